import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

/** The Redis the tests use; CI provides it. Only ever a loopback address. */
export const redisUrl = process.env.REDIS_URL;

/** `describe` when REDIS_URL is set, otherwise `describe.skip` with the reason printed once. */
export function describeWithRedis(name: string, body: (url: string) => void): void {
  if (redisUrl === undefined) {
    console.warn(
      `Skipping "${name}": REDIS_URL is not set (e.g. REDIS_URL=redis://127.0.0.1:6390).`,
    );
    describe.skip(name, () => body(''));
    return;
  }
  describe(name, () => body(redisUrl));
}

/** A key prefix of its own for each test, so tests never see each other's keys. */
export function uniqueKeyPrefix(): string {
  return `test-${randomUUID()}:`;
}

/** Removes what a test left in Redis. */
export async function deleteKeys(url: string, keyPrefix: string): Promise<void> {
  const client = new Redis(url, { lazyConnect: true });
  try {
    await client.connect();
    const keys = await client.keys(`${keyPrefix}*`);
    if (keys.length > 0) await client.del(...keys);
  } finally {
    client.disconnect();
  }
}
