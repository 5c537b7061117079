import restify from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { TurnHandler } from '../../bot/turnHandler';
import type { HttpRoute } from '../httpRoute';
import { activityProblem } from './activityCheck';
import { RateLimiter } from './rateLimiter';

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

/**
 * POST /api/messages: Bot Framework activities (Teams, the Emulator, the Agents
 * Playground, Web Chat), checked for shape, size and rate before the adapter runs
 * a turn of the bot.
 */
export function messagesRoute(
  adapter: CloudAdapter,
  bot: TurnHandler,
  limitOverrides: Partial<RequestLimits> = {},
): HttpRoute {
  const limits = { ...DEFAULT_LIMITS, ...limitOverrides };
  // A limit of 0 turns that limit off.
  const perClient = limits.perClientPerMinute
    ? new RateLimiter(limits.perClientPerMinute)
    : undefined;
  const perConversation = limits.perConversationPerMinute
    ? new RateLimiter(limits.perConversationPerMinute)
    : undefined;
  const handle = async (req: restify.Request, res: restify.Response) => {
    const problem = activityProblem(req.body);
    if (problem) return void res.send(400, { error: 'invalid activity', detail: problem });
    const wait =
      perClient?.take(req.socket.remoteAddress ?? 'unknown') ||
      perConversation?.take(String((req.body as { conversation: { id: string } }).conversation.id));
    if (wait) {
      res.header('retry-after', String(wait));
      return void res.send(429, { error: 'too many requests' });
    }
    await adapter.process(req, res, (context) => bot.run(context));
  };
  return {
    method: 'post',
    path: '/api/messages',
    handlers: [
      requireJson,
      restify.plugins.bodyReader({ maxBodySize: limits.maxBodyBytes }),
      restify.plugins.jsonBodyParser({ mapParams: false }),
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
