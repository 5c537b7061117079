import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether an Authorization header carries the bearer token. Both sides are hashed first,
 * so the comparison takes the same time whatever the given value's length or content.
 */
export function hasBearerToken(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? '')?.[1] ?? '';
  return timingSafeEqual(digest(given), digest(token)) && given.length > 0;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
