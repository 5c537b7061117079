#!/usr/bin/env bash
# The container image's own steps (see Dockerfile), run without a container daemon in a
# clean copy of the tree on the Node found first on PATH (CI: Node 24):
#   build stage:   npm ci --omit=optional && npm run build   (skipped with --dist DIR)
#   runtime stage: npm ci --omit=dev --omit=optional, then dist/ only
# then, with a clean environment and no .env: start, the HEALTHCHECK command, half a setup
# over HTTP (expectReplies), SIGTERM (must exit 0), start again on the same SQLite file (a
# deploy), the rest of that setup (setupCompleted), SIGTERM. A runtime import of a dev
# dependency fails here, which is how such images usually break.
#
#   bash scripts/deploy/imageSteps.sh [--dist path/to/built/dist]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dist=""
if [ "${1:-}" = "--dist" ]; then dist=$(cd "$2" && pwd); fi

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
started=$SECONDS
echo "== image steps on node $(node --version), npm $(npm --version), in $work"

if [ -z "$dist" ]; then
  echo "== build stage"
  mkdir "$work/build"
  (cd "$root" && git ls-files -z --cached --others --exclude-standard | tar -c --ignore-failed-read --null -T -) | tar -x -C "$work/build"
  (cd "$work/build" && npm ci --omit=optional --no-audit --no-fund >/dev/null && npm run build >/dev/null)
  dist="$work/build/dist"
fi

echo "== runtime stage: production install"
mkdir -p "$work/app" "$work/data"
cp "$root/package.json" "$root/package-lock.json" "$root/.npmrc" "$work/app/"
cd "$work/app"
npm ci --omit=dev --omit=optional --no-audit --no-fund >/dev/null
cp -r "$dist" dist
# What the Dockerfile copies besides dist/: the data files read from the package root.
mkdir provisioning knowledge
cp "$root/provisioning/rules.json" provisioning/
cp "$root/knowledge/knowledge.json" knowledge/
for dev in typescript jest ts-jest eslint prettier @microsoft/app-manifest; do
  if [ -e "node_modules/$dev" ]; then echo "dev dependency $dev installed by --omit=dev" >&2; exit 1; fi
done

port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
url="http://127.0.0.1:$port"
# What the image sets (Dockerfile ENV), on loopback here; nothing else from this shell.
run_env=(env -i "PATH=$PATH" "HOME=$work" NODE_ENV=production "PORT=$port" HOST=127.0.0.1
  "STATE_DB=$work/data/state.sqlite" LOG_LEVEL=warn)

start_server() {
  "${run_env[@]}" node dist/server/main.js >>"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do
    if "${run_env[@]}" node dist/server/healthCheck.js >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then break; fi
    sleep 0.1
  done
  echo "the server did not become healthy:" >&2
  cat "$work/server.log" >&2
  exit 1
}

stop_server() {
  kill -TERM "$server_pid"
  local code=0
  wait "$server_pid" || code=$?
  server_pid=""
  if [ "$code" != 0 ]; then
    echo "SIGTERM: exit code $code (expected 0)" >&2
    cat "$work/server.log" >&2
    exit 1
  fi
  echo "== SIGTERM: exit 0"
}

echo "== start, HEALTHCHECK"
start_server
"${run_env[@]}" node dist/server/healthCheck.js
echo "== half a setup over HTTP"
"${run_env[@]}" node dist/scripts/deploy/setupOverHttp.js --url "$url" --conversation deploy --part first
stop_server
echo "== start again on the same /data (a deploy), the rest of the setup"
start_server
"${run_env[@]}" node dist/scripts/deploy/setupOverHttp.js --url "$url" --conversation deploy --part rest
stop_server
echo "== image steps passed in $((SECONDS - started)) s"
