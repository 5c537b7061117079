import restify from 'restify';
import type { TurnHandler } from '../../bot/turnHandler';
import type { HttpRoute } from '../httpRoute';
import { parseJsonBody } from '../jsonBody';
import { activityProblem, toActivity } from './activityCheck';
import { authFailure, plausibleBearer, type BotFrameworkAdapter } from './adapter';
import { RateLimiter } from './rateLimiter';
import { isLoopbackUrl } from './serviceUrl';

export interface RequestLimits {
  maxBodyBytes: number;
  perConversationPerMinute: number;
  perClientPerMinute: number;
}

const DEFAULT_LIMITS: RequestLimits = {
  maxBodyBytes: 256 * 1024,
  perConversationPerMinute: 60,
  perClientPerMinute: 600,
};

/** Seconds a channel should wait when the token cannot be checked right now. */
const AUTH_RETRY_AFTER_SECONDS = 30;

/**
 * POST /api/messages: Bot Framework activities (Teams, the Emulator, the Agents
 * Playground, Web Chat). In order: JSON (not too deep), shape, token, rate, turn. Only
 * authenticated requests count toward the rate limits, so forged ones lock nobody out.
 */
export function messagesRoute(
  adapter: BotFrameworkAdapter,
  bot: TurnHandler,
  limitOverrides: Partial<RequestLimits> = {},
): HttpRoute {
  const limits = { ...DEFAULT_LIMITS, ...limitOverrides };
  const { log } = adapter;
  // A limit of 0 turns that limit off.
  const perClient = limits.perClientPerMinute
    ? new RateLimiter(limits.perClientPerMinute)
    : undefined;
  const perConversation = limits.perConversationPerMinute
    ? new RateLimiter(limits.perConversationPerMinute)
    : undefined;

  const handle = async (req: restify.Request, res: restify.Response) => {
    const parsed = parseJsonBody(req.body as Buffer | string);
    if (!parsed.ok) return void res.send(400, { error: parsed.problem });
    const problem = activityProblem(parsed.value);
    if (problem) return void res.send(400, { error: 'invalid activity', detail: problem });
    const activity = toActivity(parsed.value);
    if (!adapter.authEnabled && !isLoopbackUrl(activity.serviceUrl)) {
      return void res.send(400, {
        error: 'invalid activity',
        detail: 'serviceUrl: only loopback addresses while authentication is off',
      });
    }

    const authHeader = req.header('authorization') ?? '';
    let auth: Awaited<ReturnType<BotFrameworkAdapter['authenticate']>>;
    try {
      if (adapter.authEnabled && !plausibleBearer(authHeader)) throw new Error('not an RSA JWT');
      auth = await adapter.authenticate(activity, authHeader);
    } catch (error) {
      const failure = authFailure(error);
      log.warn(
        { route: '/api/messages', failure, reason: reasonOf(error) },
        'request not authenticated',
      );
      if (failure === 'unavailable') {
        res.header('retry-after', String(AUTH_RETRY_AFTER_SECONDS));
        return void res.send(503, { error: 'authentication unavailable' });
      }
      return void res.send(401, { error: 'unauthorized' });
    }

    const wait =
      perClient?.take(req.socket.remoteAddress ?? 'unknown') ||
      perConversation?.take(activity.conversation.id);
    if (wait) {
      res.header('retry-after', String(wait));
      return void res.send(429, { error: 'too many requests' });
    }
    try {
      const answer = await adapter.runTurn(auth, activity, (context) => bot.run(context));
      res.send(answer?.status ?? 200, answer?.body);
    } catch (error) {
      log.error({ err: error, route: '/api/messages' }, 'activity failed');
      res.send(500, { error: 'could not process the activity' });
    }
  };
  return {
    method: 'post',
    path: '/api/messages',
    handlers: [
      requireJson,
      restify.plugins.bodyReader({ maxBodySize: limits.maxBodyBytes }),
      handle,
    ],
  };
}

/** 415 for anything but JSON, before the body is read. */
function requireJson(req: restify.Request, res: restify.Response, next: restify.Next): void {
  if (!/^application\/json\b/i.test(req.header('content-type') ?? '')) {
    res.send(415, { error: 'content type must be application/json' });
    return next(false);
  }
  next();
}

/** A short reason for the log: botbuilder's and jsonwebtoken's messages hold no token. */
function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
}
