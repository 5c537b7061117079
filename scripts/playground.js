// `npm run playground`: the Microsoft 365 Agents Playground (as Teams) pointed at the bot
// on PORT from the environment or .env (default 3978), like `npm start` reads them.
// Extra arguments go to the Playground: npm run playground -- --port 56151
const { spawn } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

if (existsSync('.env')) process.loadEnvFile('.env');
const port = Number(process.env.PORT || 3978);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a port number (got "${process.env.PORT}")`);
  process.exit(2);
}
const cli = require.resolve('@microsoft/m365agentsplayground/cli.js', {
  paths: [join(__dirname, '..')],
});
const endpoint = `http://127.0.0.1:${port}/api/messages`;
console.log(`Agents Playground for the bot at ${endpoint}`);
const child = spawn(
  process.execPath,
  [cli, '-e', endpoint, '-c', 'msteams', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
