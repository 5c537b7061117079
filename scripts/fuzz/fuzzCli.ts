import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { listen } from '../../server/httpServer';
import { createLogger } from '../../server/logger';
import { runFuzz } from './fuzzer';

/** `npm run fuzz -- --cases N --seed S`: hostile requests against a real server on loopback. */
async function main(argv: string[]): Promise<number> {
  const arg = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`);
    const value = i >= 0 ? Number(argv[i + 1]) : fallback;
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
    return value;
  };
  const cases = arg('cases', 5000);
  const seed = arg('seed', Date.now() % 100000);
  let unhandled = 0;
  process.on('unhandledRejection', () => unhandled++);
  const config = loadConfig({
    STATE_STORE: 'sqlite',
    STATE_DB: join(mkdtempSync(join(tmpdir(), 'fuzz-')), 'state.sqlite'),
    WEBEX_BOT_TOKEN: 'fuzz-token',
    WEBEX_WEBHOOK_SECRET: 'fuzz-secret',
    WEBEX_API_BASE_URL: 'http://127.0.0.1:9/v1',
    RATE_LIMIT_CONVERSATION_PER_MINUTE: '0',
    RATE_LIMIT_CLIENT_PER_MINUTE: '0',
  });
  const app = createApp(config, createLogger('fatal'));
  const port = await listen(app.server, 0, '127.0.0.1');
  const result = await runFuzz({
    baseUrl: `http://127.0.0.1:${port}`,
    cases,
    seed,
    webexSecret: 'fuzz-secret',
  });
  const healthy = (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
  await app.close();
  console.log(
    JSON.stringify({ seed, ...result, healthy, unhandledRejections: unhandled }, null, 2),
  );
  return result.serverErrors.length || !healthy || unhandled ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
