import type { TurnContext } from 'botbuilder';
import { serveFloor } from './floorHost';

/**
 * The benchmark's floor: the same restify server and Bot Framework adapter as the
 * bot, with a bare handler that echoes one message per turn (no dialog, no state).
 */
serveFloor({
  run: async (context: TurnContext) =>
    void (await context.sendActivity(context.activity.text ?? '')),
});
