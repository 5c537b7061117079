// Runs `tsc -p tsconfig.build.json` only when a source is newer than the last build, so
// that `npm start`, `npm run chat` and the other scripts start at once when nothing
// changed (plain JS: it runs before there is a build). `--force` always builds.
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const STAMP = join(ROOT, 'dist', '.build-stamp');
const FILES = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

/** The newest modification time of the build's inputs (its include folders and configs). */
function newestSource() {
  const { include } = JSON.parse(
    require('node:fs').readFileSync(join(ROOT, 'tsconfig.build.json'), 'utf8'),
  );
  let newest = 0;
  const visit = (path) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules') visit(join(path, entry));
    } else if (/\.(ts|json)$/.test(path)) newest = Math.max(newest, stat.mtimeMs);
  };
  for (const entry of [...include, ...FILES]) {
    if (existsSync(join(ROOT, entry))) visit(join(ROOT, entry));
  }
  return newest;
}

function main() {
  const force = process.argv.includes('--force');
  if (!force && existsSync(STAMP) && statSync(STAMP).mtimeMs >= newestSource()) return 0;
  const started = Date.now();
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], {
    stdio: 'inherit',
  });
  if (result.status !== 0) return result.status ?? 1;
  writeFileSync(STAMP, `built in ${Date.now() - started} ms\n`);
  return 0;
}

process.exit(main());
