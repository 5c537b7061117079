import { createInterface } from 'node:readline/promises';
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../bot/logger';
import { turnErrorFields } from '../../bot/turnErrorLog';
import type { TurnHandler } from '../../bot/turnHandler';
import { TerminalAdapter } from './terminalAdapter';

/** A bot that can also apologize for a failed turn. */
export interface ChatBot extends TurnHandler {
  apologize(context: TurnContext): Promise<void>;
}

/** Talks to the bot on stdin/stdout until the input ends (Ctrl-D). */
export async function runTerminalChat(bot: ChatBot, locale: string, log: Logger): Promise<void> {
  const adapter = new TerminalAdapter(
    {
      message: (text) => console.log(`\n${text}`),
      event: (name, value) => console.log(`\n[${name}] ${JSON.stringify(value)}`),
    },
    locale,
  );
  adapter.onTurnError = async (context, error) => {
    log.error(turnErrorFields(error), 'turn failed');
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
