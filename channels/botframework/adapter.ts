import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from '../../bot/logger';
import { turnErrorFields } from '../../bot/turnErrorLog';

/** What botbuilder's token check returns (its type lives in botframework-connector). */
type AuthenticateRequestResult = Awaited<
  ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
>;

/** The Bot Framework app registration; all empty for local, unauthenticated use. */
export interface BotFrameworkCredentials {
  MicrosoftAppId?: string;
  MicrosoftAppPassword?: string;
  MicrosoftAppType?: string;
  MicrosoftAppTenantId?: string;
}

/** Where tokens are checked; tests point these at a local OpenID metadata endpoint. */
export interface BotFrameworkEndpoints {
  ToBotFromChannelOpenIdMetadataUrl?: string;
  ToBotFromEmulatorOpenIdMetadataUrl?: string;
  ToBotFromChannelTokenIssuer?: string;
}

/** The public cloud's values, which botbuilder needs spelled out once one endpoint is changed. */
const PUBLIC_CLOUD = {
  ValidateAuthority: true,
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromChannelOpenIdMetadataUrl:
    'https://login.botframework.com/v1/.well-known/openidconfiguration',
  ToBotFromEmulatorOpenIdMetadataUrl:
    'https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration',
  CallerId: 'urn:botframework:azure',
};

/**
 * The Bot Framework adapter, split in two so that the route decides what happens between
 * checking a request's token and running its turn (rate limits count only authenticated
 * requests). Without MicrosoftAppId every request is let in (local use).
 */
export class BotFrameworkAdapter extends CloudAdapter {
  constructor(
    auth: ConfigurationBotFrameworkAuthentication,
    /** False without MicrosoftAppId: every request is let in, as from the Emulator. */
    readonly authEnabled: boolean,
    readonly log: Logger,
  ) {
    super(auth);
  }

  /** Rejects when the token is missing or invalid, or cannot be checked (see authFailure). */
  authenticate(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
  }

  /** Runs the turn of an authenticated request; the result carries expectReplies answers. */
  runTurn(
    auth: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}

export function createAdapter(
  config: BotFrameworkCredentials,
  log: Logger,
  apologize: (context: TurnContext) => Promise<void>,
  endpoints?: BotFrameworkEndpoints,
): BotFrameworkAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    ...(endpoints ? { ...PUBLIC_CLOUD, ...endpoints } : {}),
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
  const adapter = new BotFrameworkAdapter(auth, !!config.MicrosoftAppId, log);
  adapter.onTurnError = async (context, error) => {
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
  return adapter;
}

/** Algorithms Bot Framework tokens are signed with; anything else is refused unread. */
const SIGNING_ALGORITHMS = ['RS256', 'RS384', 'RS512'];

/** Cheap checks before the token reaches botbuilder: a Bearer JWT with an RSA algorithm. */
export function plausibleBearer(authHeader: string): boolean {
  const match = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(authHeader);
  if (!match) return false;
  try {
    const header = JSON.parse(Buffer.from(match[1]!, 'base64url').toString('utf8')) as {
      alg?: unknown;
    };
    return typeof header.alg === 'string' && SIGNING_ALGORITHMS.includes(header.alg);
  } catch {
    return false;
  }
}

/**
 * Why authentication failed: `unavailable` when the OpenID metadata or signing keys could
 * not be fetched (try again later), else `unauthorized` (the token is not good).
 */
export function authFailure(error: unknown): 'unauthorized' | 'unavailable' {
  const { name, statusCode, code } = (error ?? {}) as {
    name?: unknown;
    statusCode?: unknown;
    code?: unknown;
  };
  if (name === 'FetchError' || name === 'AbortError') return 'unavailable';
  if (typeof statusCode === 'number' && statusCode >= 500) return 'unavailable';
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return 'unavailable';
  return 'unauthorized';
}
