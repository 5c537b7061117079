import { openRedisStores, type Stores } from '../../state/stores';
import { StoreUnavailableError } from '../../state/storeErrors';
import { freePort, RedisServer, redisServerOnPath } from './redisServer';
import { completedSetup } from './setupLogContract';

const TIMEOUT_MS = 1000;

/** Resolves with the time the call took to reject with StoreUnavailableError. */
async function rejectionTime(call: () => Promise<unknown>): Promise<number> {
  const started = Date.now();
  await expect(call()).rejects.toBeInstanceOf(StoreUnavailableError);
  return Date.now() - started;
}

async function eventually<T>(call: () => Promise<T>, withinMs: number): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe('Redis that cannot be reached', () => {
  let stores: Stores;
  beforeAll(async () => {
    stores = openRedisStores(`redis://127.0.0.1:${await freePort()}`, { timeoutMs: TIMEOUT_MS });
  });
  afterAll(() => stores?.close());

  test('every call rejects with StoreUnavailableError within a few seconds', async () => {
    const calls = [
      () => stores.storage.read(['key']),
      () => stores.storage.write({ key: { v: 1 } }),
      () => stores.storage.delete(['key']),
      () => stores.directory.isAvailable('contoso', 'alice'),
      () => stores.directory.hold('contoso', 'alice', 1000),
      () => stores.directory.claim('contoso', 'alice'),
      () => stores.setups.record(completedSetup('p1', '2025-03-01T09:00:00.000Z')),
      () => stores.setups.list(),
      () => stores.ping(),
    ];
    const times = await Promise.all(calls.map(rejectionTime));
    for (const time of times) expect(time).toBeLessThan(TIMEOUT_MS + 1500);
  });
});

const describeWithServer = redisServerOnPath() ? describe : describe.skip;
if (!redisServerOnPath()) {
  console.warn('Skipping the Redis stop/start test: redis-server is not on PATH.');
}

describeWithServer('Redis that stops and starts again', () => {
  let server: RedisServer;
  let stores: Stores;

  beforeAll(async () => {
    server = new RedisServer(await freePort());
    await server.start();
    stores = openRedisStores(server.url, { timeoutMs: TIMEOUT_MS });
  });
  // Set only once beforeAll got that far.
  afterAll(async () => {
    try {
      await stores?.close();
    } finally {
      await server?.stop();
    }
  });

  test('calls reject promptly while it is down and work again once it is back', async () => {
    await stores.storage.write({ key: { v: 1 } });
    expect(await stores.directory.claim('contoso', 'alice')).toBe(true);

    await server.stop();
    expect(await rejectionTime(() => stores.storage.read(['key']))).toBeLessThan(TIMEOUT_MS + 1500);
    expect(await rejectionTime(() => stores.ping())).toBeLessThan(TIMEOUT_MS + 1500);

    await server.start(); // an empty Redis: no data and no cached scripts
    await eventually(() => stores.ping(), 5000);
    await stores.storage.write({ key: { v: 2 } });
    expect((await stores.storage.read(['key'])).key).toMatchObject({ v: 2 });
    expect(await stores.directory.claim('contoso', 'bob')).toBe(true);
  });
});
