import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from '../../bot/logger';

/** The Bot Framework app registration; all empty for local, unauthenticated use. */
export interface BotFrameworkCredentials {
  MicrosoftAppId?: string;
  MicrosoftAppPassword?: string;
  MicrosoftAppType?: string;
  MicrosoftAppTenantId?: string;
}

/**
 * The Bot Framework adapter. Without MicrosoftAppId it accepts unauthenticated
 * local traffic (Emulator, Agents Playground, tests); with it, every request
 * must carry a valid Bot Framework token.
 */
export function createAdapter(
  config: BotFrameworkCredentials,
  log: Logger,
  apologize: (context: TurnContext) => Promise<void>,
): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context, error) => {
    const { channelId, conversation, type } = context.activity;
    log.error(
      { err: error, channelId, conversationId: conversation?.id, activityType: type },
      'turn failed',
    );
    await apologize(context).catch((sendError: unknown) =>
      log.error({ err: sendError }, 'could not send the apology'),
    );
  };
  return adapter;
}
