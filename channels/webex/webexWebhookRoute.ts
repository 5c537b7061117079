import type { Request, Response } from 'restify';
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../bot/logger';
import type { HttpRoute } from '../httpRoute';
import { parseJsonBody } from '../jsonBody';
import { RejectedRequests } from '../rejectedRequests';
import { BodyTooLargeError, readRawBody } from './readRawBody';
import type { WebexAdapter } from './webexAdapter';
import { WebexApiError } from './webexClient';
import { isValidWebexSignature } from './webexSignature';
import { webhookNotification } from './webexTypes';

export interface WebexRouteOptions {
  adapter: WebexAdapter;
  /** When set, every webhook must carry a valid X-Spark-Signature. */
  secret?: string;
  log: Logger;
  logic: (context: TurnContext) => Promise<void>;
  /** Where rejected webhooks are counted and logged (sampled). */
  rejected?: RejectedRequests;
}

const MAX_WEBHOOK_BYTES = 64 * 1024;
const ROUTE = '/api/webex';

/** POST /api/webex: Webex webhooks, each one turn of the bot. */
export function webexRoute(options: WebexRouteOptions): HttpRoute {
  return { method: 'post', path: '/api/webex', handlers: [webexWebhookHandler(options)] };
}

/** Handles POST /api/webex: signature, shape, then one turn of the bot. */
export function webexWebhookHandler(options: WebexRouteOptions) {
  const rejected = options.rejected ?? new RejectedRequests(options.log);
  const reject = (res: Response, status: number, reason: string, error: string) => {
    rejected.reject(ROUTE, reason, status);
    res.send(status, { error });
  };
  return async (req: Request, res: Response): Promise<void> => {
    let raw: Buffer;
    try {
      raw = await readRawBody(req, MAX_WEBHOOK_BYTES);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      return reject(res, 413, 'body too large', 'request body too large');
    }
    if (raw.toString('utf8').trim() === '') return reject(res, 400, 'empty body', 'empty body');
    if (
      options.secret &&
      !isValidWebexSignature(raw, req.header('x-spark-signature'), options.secret)
    ) {
      return reject(res, 401, 'missing or wrong signature', 'invalid signature');
    }
    const parsed = parseJsonBody(raw);
    const notification = webhookNotification.safeParse(parsed.ok ? parsed.value : undefined);
    if (!notification.success) {
      const error = 'not a Webex messages or attachmentActions webhook';
      return reject(res, 400, 'not a webhook', error);
    }
    try {
      const outcome = await options.adapter.handleWebhook(notification.data, options.logic);
      res.send(200, { outcome });
    } catch (error) {
      if (isPermanentWebexFailure(error)) {
        // Webex will never give us this message (gone, not ours): a retry cannot help.
        options.log.warn({ route: ROUTE, webexStatus: error.status }, 'webhook ignored');
        return void res.send(200, { outcome: 'ignored' });
      }
      options.log.error({ err: error, route: ROUTE, status: 502 }, 'webhook failed');
      res.send(502, { error: 'could not process the webhook' });
    }
  };
}

/** A 4xx from the Webex API that a retry cannot fix (not 408 or 429, which can pass). */
function isPermanentWebexFailure(error: unknown): error is WebexApiError {
  return (
    error instanceof WebexApiError &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== 408 &&
    error.status !== 429
  );
}
