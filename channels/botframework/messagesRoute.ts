import restify from 'restify';
import type { TurnHandler } from '../../bot/turnHandler';
import type { HttpRoute } from '../httpRoute';
import { parseJsonBody } from '../jsonBody';
import { RejectedRequests } from '../rejectedRequests';
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

const ROUTE = '/api/messages';

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
  rejected = new RejectedRequests(adapter.log),
): HttpRoute {
  const limits = { ...DEFAULT_LIMITS, ...limitOverrides };
  const { log } = adapter;
  const reject = (res: restify.Response, status: number, reason: string, body: object) => {
    rejected.reject(ROUTE, reason, status);
    res.send(status, body);
  };
  // A limit of 0 turns that limit off.
  const perClient = limits.perClientPerMinute
    ? new RateLimiter(limits.perClientPerMinute)
    : undefined;
  const perConversation = limits.perConversationPerMinute
    ? new RateLimiter(limits.perConversationPerMinute)
    : undefined;

  const handle = async (req: restify.Request, res: restify.Response) => {
    const parsed = parseJsonBody(req.body as Buffer | string | undefined);
    if (!parsed.ok) return reject(res, 400, parsed.problem, { error: parsed.problem });
    const problem = activityProblem(parsed.value);
    if (problem) {
      return reject(res, 400, 'invalid activity', { error: 'invalid activity', detail: problem });
    }
    const activity = toActivity(parsed.value);
    if (!adapter.authEnabled && !isLoopbackUrl(activity.serviceUrl)) {
      return reject(res, 400, 'serviceUrl not loopback', {
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
      const status = failure === 'unavailable' ? 503 : 401;
      // Sampled: a flood of forged tokens writes one line a minute, with the count.
      rejected.reject(ROUTE, `not authenticated: ${failure}`, status, {
        firstReason: reasonOf(error),
      });
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
      return reject(res, 429, 'rate limited', { error: 'too many requests' });
    }
    try {
      const answer = await adapter.runTurn(auth, activity, (context) => bot.run(context));
      res.send(answer?.status ?? 200, answer?.body);
    } catch (error) {
      log.error({ err: error, route: ROUTE, status: 500 }, 'activity failed');
      res.send(500, { error: 'could not process the activity' });
    }
  };
  return {
    method: 'post',
    path: ROUTE,
    handlers: [
      requireJson(rejected),
      restify.plugins.bodyReader({ maxBodySize: limits.maxBodyBytes }),
      handle,
    ],
  };
}

/** 415 for anything but JSON, before the body is read. */
function requireJson(rejected: RejectedRequests) {
  return (req: restify.Request, res: restify.Response, next: restify.Next): void => {
    if (!/^application\/json\b/i.test(req.header('content-type') ?? '')) {
      rejected.reject(ROUTE, 'not JSON', 415);
      res.send(415, { error: 'content type must be application/json' });
      return next(false);
    }
    next();
  };
}

/** A short reason for the log: botbuilder's and jsonwebtoken's messages hold no token. */
function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
}
