import type { TurnContext } from 'botbuilder';

/** Anything that handles a turn: the setup bot, or the benchmark's bare echo handler. */
export interface TurnHandler {
  run(context: TurnContext): Promise<void>;
}
