import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Whether `signature` (the X-Spark-Signature header) is the HMAC-SHA1 of the raw
 * request bytes under the webhook secret. Compared in constant time.
 */
export function isValidWebexSignature(
  rawBody: Buffer,
  signature: string | undefined,
  secret: string,
): boolean {
  if (!signature || !/^[0-9a-f]{40}$/i.test(signature)) return false;
  const expected = createHmac('sha1', secret).update(rawBody).digest();
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
}

export function webexSignature(rawBody: Buffer | string, secret: string): string {
  return createHmac('sha1', secret).update(rawBody).digest('hex');
}
