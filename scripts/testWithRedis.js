// `npm test`: jest, with a throwaway redis-server on a free loopback port for the Redis
// tests when REDIS_URL is unset and redis-server is on PATH (as .ci/run does); without
// one, those tests are skipped with the reason printed. Arguments go to jest.
const { spawn } = require('node:child_process');
const { join } = require('node:path');
// Built by `npm test` just before (scripts/buildIfStale.js): the bench's own starter.
const { startLoopbackRedis } = require('../dist/bench/redisServer.js');

async function main() {
  const env = { ...process.env };
  let redis;
  if (!env.REDIS_URL) {
    redis = await startLoopbackRedis();
    if (redis) {
      env.REDIS_URL = redis.url;
      console.log(`redis-server for the Redis tests on ${redis.url}`);
    }
  }
  const jest = require.resolve('jest/bin/jest', { paths: [join(__dirname, '..')] });
  const child = spawn(process.execPath, [jest, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env,
  });
  const code = await new Promise((resolve) =>
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0))),
  );
  if (redis) await redis.stop();
  return code;
}

main().then((code) => process.exit(code));
