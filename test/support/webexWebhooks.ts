import { webexSignature } from '../../channels/webex/webexSignature';

/** The webhook secret the Webex tests start the bot with (WEBEX_WEBHOOK_SECRET). */
export const WEBHOOK_SECRET = 'webhook-secret';

/**
 * POSTs a raw body to the bot's /api/webex as Webex would: signed with the secret,
 * unless a `signature` is given (null: none at all).
 */
export function postWebhook(
  baseUrl: string,
  raw: string,
  signature: string | null = webexSignature(raw, WEBHOOK_SECRET),
): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature) headers['x-spark-signature'] = signature;
  return fetch(`${baseUrl}/api/webex`, { method: 'POST', headers, body: raw });
}

/** The webhook Webex sends when a message is created in a room. */
export function messageWebhook(id: string, personId = 'admin-person', roomId = 'room-1') {
  return {
    id: 'hook',
    resource: 'messages',
    event: 'created',
    data: { id, roomId, personId, roomType: 'direct' },
  };
}
