import { createInterface } from 'node:readline/promises';
import type { Logger } from '../../bot/logger';
import type { ChannelBot } from '../channelModule';
import { turnErrorHandler } from '../../bot/turnErrorHandler';
import { TerminalAdapter } from './terminalAdapter';

/** Talks to the bot on stdin/stdout until the input ends (Ctrl-D). */
export async function runTerminalChat(bot: ChannelBot, locale: string, log: Logger): Promise<void> {
  const adapter = new TerminalAdapter(
    {
      message: (text) => console.log(`\n${text}`),
      event: (name, value) => console.log(`\n[${name}] ${JSON.stringify(value)}`),
    },
    locale,
  );
  adapter.onTurnError = turnErrorHandler(log, (context) => bot.apologize(context));

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
