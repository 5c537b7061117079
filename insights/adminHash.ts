import { createHmac } from 'node:crypto';

/**
 * A keyed hash of who the admin is (channel and user id), to count distinct admins
 * without keeping their ids: without the store's key it cannot be traced back.
 */
export function adminHash(key: string, channel: string, userId: string): string {
  return createHmac('sha256', key)
    .update(`${channel}\u0000${userId}`)
    .digest('base64url')
    .slice(0, 22);
}
