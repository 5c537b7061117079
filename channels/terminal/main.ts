import { createInterface } from 'node:readline/promises';
import { composeBot } from '../../bot/composition';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { supportedLocale } from '../../bot/localeResolver';
import { TerminalAdapter } from './terminalAdapter';

/** `npm run chat [-- --lang sv|en]`: the same bot, in this terminal. */
async function main(argv: string[]): Promise<void> {
  const langIndex = argv.indexOf('--lang');
  const requested = langIndex >= 0 ? argv[langIndex + 1] : undefined;
  const lang = supportedLocale(requested);
  if (requested !== undefined && !lang) {
    console.error(`--lang must be sv or en (got "${requested ?? ''}")`);
    process.exit(2);
  }
  const config = loadConfig({ ...process.env, STATE_STORE: 'memory' });
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn', process.stderr);
  const { bot } = composeBot(config, log);
  const adapter = new TerminalAdapter(
    {
      message: (text) => console.log(`\n${text}`),
      event: (name, value) => console.log(`\n[${name}] ${JSON.stringify(value)}`),
    },
    lang ?? config.DEFAULT_LOCALE,
  );
  adapter.onTurnError = async (context, error) => {
    log.error({ err: error }, 'turn failed');
    await bot.apologize(context);
  };

  const run = (text?: string) => adapter.receive((context) => bot.run(context), text);
  await run();
  const input = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: process.stdin.isTTY,
  });
  input.setPrompt('\n> ');
  input.prompt();
  for await (const line of input) {
    await run(line);
    input.prompt();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
