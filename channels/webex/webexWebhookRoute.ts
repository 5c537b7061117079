import type { Request, Response } from 'restify';
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../bot/logger';
import type { HttpRoute } from '../httpRoute';
import { parseJsonBody } from '../jsonBody';
import { BodyTooLargeError, readRawBody } from './readRawBody';
import type { WebexAdapter } from './webexAdapter';
import { isValidWebexSignature } from './webexSignature';
import { webhookNotification } from './webexTypes';

export interface WebexRouteOptions {
  adapter: WebexAdapter;
  /** When set, every webhook must carry a valid X-Spark-Signature. */
  secret?: string;
  log: Logger;
  logic: (context: TurnContext) => Promise<void>;
}

const MAX_WEBHOOK_BYTES = 64 * 1024;

/** POST /api/webex: Webex webhooks, each one turn of the bot. */
export function webexRoute(options: WebexRouteOptions): HttpRoute {
  return { method: 'post', path: '/api/webex', handlers: [webexWebhookHandler(options)] };
}

/** Handles POST /api/webex: signature, shape, then one turn of the bot. */
export function webexWebhookHandler(options: WebexRouteOptions) {
  return async (req: Request, res: Response): Promise<void> => {
    let raw: Buffer;
    try {
      raw = await readRawBody(req, MAX_WEBHOOK_BYTES);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      res.send(413, { error: 'request body too large' });
      return;
    }
    if (
      options.secret &&
      !isValidWebexSignature(raw, req.header('x-spark-signature'), options.secret)
    ) {
      options.log.warn({ route: '/api/webex' }, 'webhook with a missing or wrong signature');
      res.send(401, { error: 'invalid signature' });
      return;
    }
    const parsed = parseJsonBody(raw);
    const notification = webhookNotification.safeParse(parsed.ok ? parsed.value : undefined);
    if (!notification.success) {
      res.send(400, { error: 'not a Webex messages or attachmentActions webhook' });
      return;
    }
    try {
      const outcome = await options.adapter.handleWebhook(notification.data, options.logic);
      res.send(200, { outcome });
    } catch (error) {
      options.log.error({ err: error, route: '/api/webex' }, 'webhook failed');
      res.send(502, { error: 'could not process the webhook' });
    }
  };
}
