import { supportedLocale } from '../bot/localeResolver';
import { SHIPPED_LANGUAGES } from '../locales/languages';
import { runTerminalChat } from '../channels/terminal/terminalChat';
import { composeBot } from './composition';
import { loadConfig } from './config';
import { createLogger } from './logger';

/** `npm run chat [-- --lang sv|en]`: the same bot, in this terminal (state in memory). */
async function main(argv: string[]): Promise<void> {
  const langIndex = argv.indexOf('--lang');
  const requested = langIndex >= 0 ? argv[langIndex + 1] : undefined;
  const lang = supportedLocale(requested, SHIPPED_LANGUAGES);
  if (requested !== undefined && !lang) {
    console.error(
      `--lang must be one of ${SHIPPED_LANGUAGES.join(', ')} (got "${requested ?? ''}")`,
    );
    process.exit(2);
  }
  const config = loadConfig({ ...process.env, STATE_STORE: 'memory' });
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn', process.stderr);
  const { bot } = composeBot(config, log);
  await runTerminalChat(bot, lang ?? config.DEFAULT_LOCALE, log);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
