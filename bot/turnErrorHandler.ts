import type { TurnContext } from 'botbuilder';
import type { Logger } from './logger';
import { turnErrorFields } from './turnErrorLog';

/** What every adapter does with a turn that threw: one error line, then the apology. */
export function turnErrorHandler(
  log: Logger,
  apologize: (context: TurnContext) => Promise<void>,
): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    const { channelId, conversation, type } = context.activity;
    log.error(
      {
        ...turnErrorFields(error),
        channelId,
        conversationId: conversation?.id,
        activityType: type,
      },
      'turn failed',
    );
    await apologize(context).catch((sendError: unknown) =>
      log.error({ err: sendError }, 'could not send the apology'),
    );
  };
}
