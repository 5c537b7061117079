import type { AttemptRecord } from '../../insights/attemptRecord';
import type { AttemptStore } from '../../insights/attemptStore';
import { MemoryAttemptStore } from '../../state/memoryAttemptStore';
import { RedisAttemptStore } from '../../state/redisAttemptStore';
import { RedisConnection } from '../../state/redisConnection';
import { SqliteAttemptStore } from '../../state/sqliteAttemptStore';
import { SqliteDatabase } from '../../state/sqliteDatabase';
import { deleteKeys, describeWithRedis, uniqueKeyPrefix } from './redisTestSupport';
import { tempSqliteFile } from './tempSqliteFile';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A clock that moves only when the test moves it, starting now (Redis expires by its own clock). */
class Clock {
  private time = Date.now();
  readonly now = () => this.time;
  async advance(ms: number) {
    this.time += ms;
  }
}
const RETENTION_MS = 90 * DAY_MS;

function attempt(id: string, startedAt: number): AttemptRecord {
  return {
    v: 1,
    id,
    channel: 'emulator',
    language: 'en',
    startedAt,
    lastAt: startedAt,
    messages: 1,
    reached: ['role'],
    answered: [],
    commands: {},
    questions: { topics: {}, unanswered: 0, outOfScope: 0, texts: [] },
  };
}

interface Opened {
  /** Two stores on one backing store, as two instances would have. */
  stores: [AttemptStore, AttemptStore];
  close(): Promise<void>;
}

function attemptStoreContract(name: string, open: (clock: Clock) => Promise<Opened>) {
  describe(`${name} attempt store`, () => {
    let clock: Clock;
    let opened: Opened;
    beforeEach(async () => {
      clock = new Clock();
      opened = await open(clock);
    });
    afterEach(() => opened.close());

    test('a save replaces the attempt; both instances read the same attempts', async () => {
      const [a, b] = opened.stores;
      const start = clock.now();
      await a.save(attempt('one', start));
      await b.save({ ...attempt('one', start), messages: 5 });
      await b.save(attempt('two', start + 1000));
      const read = await a.startedSince(start);
      expect(read.map((r) => [r.id, r.messages]).sort()).toEqual([
        ['one', 5],
        ['two', 1],
      ]);
      expect((await b.startedSince(start + 500)).map((r) => r.id)).toEqual(['two']);
    });

    test('attempts are deleted once they started INSIGHTS_RETENTION_DAYS ago', async () => {
      const [a] = opened.stores;
      await a.save(attempt('old', clock.now()));
      await clock.advance(10 * DAY_MS);
      await a.save(attempt('newer', clock.now()));
      await clock.advance(RETENTION_MS - 10 * DAY_MS + 1);
      // Read over a longer period than the retention: the old attempt is gone all the same.
      expect((await a.startedSince(0)).map((r) => r.id)).toEqual(['newer']);
      expect(await a.deleteStartedBefore(clock.now())).toBe(1);
      expect(await a.startedSince(0)).toEqual([]);
    });

    test('the hash key is made once and shared by every instance', async () => {
      const [a, b] = opened.stores;
      const key = await a.hashKey();
      expect(key.length).toBeGreaterThanOrEqual(32);
      expect(await b.hashKey()).toBe(key);
    });
  });
}

attemptStoreContract('memory', async (clock) => {
  const store = new MemoryAttemptStore(RETENTION_MS, clock.now);
  return { stores: [store, store], close: async () => {} };
});

attemptStoreContract('SQLite', async (clock) => {
  const file = tempSqliteFile();
  const databases = [new SqliteDatabase(file.path), new SqliteDatabase(file.path)];
  const options = { retentionMs: RETENTION_MS, now: clock.now };
  return {
    stores: [
      new SqliteAttemptStore(databases[0]!, options),
      new SqliteAttemptStore(databases[1]!, options),
    ],
    close: async () => {
      databases.forEach((d) => d.close());
      file.remove();
    },
  };
});

describeWithRedis('Redis attempts', (redisUrl) => {
  attemptStoreContract('Redis', async (clock) => {
    const keyPrefix = uniqueKeyPrefix();
    const connections = [
      new RedisConnection(redisUrl, { keyPrefix }),
      new RedisConnection(redisUrl, { keyPrefix }),
    ];
    const options = { retentionMs: RETENTION_MS, now: clock.now };
    return {
      stores: [
        new RedisAttemptStore(connections[0]!, options),
        new RedisAttemptStore(connections[1]!, options),
      ],
      close: async () => {
        await deleteKeys(redisUrl, keyPrefix);
        await Promise.all(connections.map((c) => c.close()));
      },
    };
  });
});
