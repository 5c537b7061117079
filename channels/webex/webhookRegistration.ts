import type { WebexClient } from './webexClient';

/** The two webhooks the bot needs, identified by name so that re-running updates them. */
export const REQUIRED_WEBHOOKS = [
  { name: 'wxcc-setup-bot messages', resource: 'messages', event: 'created' },
  { name: 'wxcc-setup-bot card submits', resource: 'attachmentActions', event: 'created' },
] as const;

export type RegistrationResult = { name: string; action: 'created' | 'updated' | 'unchanged' }[];

/**
 * Creates or updates, by name, exactly the bot's two webhooks. Never deletes or
 * touches other webhooks; safe to run twice.
 */
export async function registerWebhooks(
  client: WebexClient,
  targetUrl: string,
  secret: string | undefined,
): Promise<RegistrationResult> {
  const existing = await client.webhooks();
  const result: RegistrationResult = [];
  for (const wanted of REQUIRED_WEBHOOKS) {
    const body = { ...wanted, targetUrl, ...(secret ? { secret } : {}) };
    const current = existing.find((w) => w.name === wanted.name);
    if (!current) {
      await client.createWebhook(body);
      result.push({ name: wanted.name, action: 'created' });
    } else if (current.targetUrl !== targetUrl || current.resource !== wanted.resource || secret) {
      // The secret cannot be read back, so a configured secret is always written again.
      await client.updateWebhook(current.id, {
        name: wanted.name,
        targetUrl,
        ...(secret ? { secret } : {}),
      });
      result.push({ name: wanted.name, action: 'updated' });
    } else {
      result.push({ name: wanted.name, action: 'unchanged' });
    }
  }
  return result;
}
