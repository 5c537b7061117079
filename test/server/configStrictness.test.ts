import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configWarnings, loadConfig } from '../../server/config';
import { openSqliteStores } from '../../state/stores';
import { StoreUnavailableError } from '../../state/storeErrors';

describe('F7: configuration says what it does, or refuses', () => {
  test.each([
    ['PORT', '0x10D6'],
    ['PORT', '1e3'],
    ['PORT', '80.0'],
    ['PORT', ' 80'],
    ['TURN_TIMEOUT_MS', '5e3'],
    ['MAX_BODY_KB', '-64'],
    ['RATE_LIMIT_CLIENT_PER_MINUTE', '0b11'],
    ['MAX_CONNECTIONS_PER_ADDRESS', '1_000'],
  ])('%s=%j is refused with a message that names it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(
      new RegExp(
        `${name} \\(got "${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\): must be a whole number`,
      ),
    );
  });

  test('digits are read as written', () => {
    const config = loadConfig({
      PORT: '4310',
      TURN_TIMEOUT_MS: '5000',
      MAX_CONNECTIONS_PER_ADDRESS: '0',
    });
    expect([config.PORT, config.TURN_TIMEOUT_MS, config.MAX_CONNECTIONS_PER_ADDRESS]).toEqual([
      4310, 5000, 0,
    ]);
  });

  test('a variable that has no effect without another one is warned about', () => {
    const env = {
      REDIS_URL: 'redis://127.0.0.1:6379',
      WEBEX_WEBHOOK_SECRET: 'secret',
      MicrosoftAppPassword: 'password',
    };
    expect(configWarnings(loadConfig(env), env)).toEqual([
      'REDIS_URL is set but has no effect without STATE_STORE=redis.',
      'WEBEX_WEBHOOK_SECRET is set but has no effect without WEBEX_BOT_TOKEN.',
      'MicrosoftAppPassword is set but has no effect without MicrosoftAppId.',
    ]);
    const redis = { STATE_STORE: 'redis', REDIS_URL: 'redis://127.0.0.1:6379' };
    expect(configWarnings(loadConfig(redis), redis)).toEqual([]);
  });

  test('.env.example as it is (defaults) gives no warning', () => {
    const env = Object.fromEntries(
      readFileSync(join(__dirname, '../../.env.example'), 'utf8')
        .split('\n')
        .filter((line) => /^[A-Za-z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(configWarnings(loadConfig(env), env)).toEqual([]);
  });

  test.each(['/proc/self/state.sqlite', '/sys/state.sqlite', '/dev/shm/../state.sqlite'])(
    'STATE_DB=%s is refused before anything opens it',
    (path) => {
      expect(() => loadConfig({ STATE_DB: path })).toThrow(/STATE_DB .*\/proc, \/sys or \/dev/);
    },
  );

  test('a STATE_DB that cannot be opened says why', () => {
    expect(() => openSqliteStores('/dev/null/state.sqlite')).toThrow(StoreUnavailableError);
    expect(() => openSqliteStores('/dev/null/state.sqlite')).toThrow(
      /cannot open SQLite file \/dev\/null\/state\.sqlite: .*(EEXIST|ENOTDIR)/,
    );
  });
});
