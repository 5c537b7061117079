#!/usr/bin/env bash
# Makes sure Debian's chromium is at /usr/bin/chromium for `npm run test:e2e`
# (driven by playwright-core; no browser is ever downloaded by npm or Playwright).
# Usage (CI, as root on Debian): bash scripts/e2e/ensureChromium.sh && npm run test:e2e
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "== chromium: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi

echo "== installing chromium (Debian)"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "chromium is missing and this is not root: install Debian's chromium (apt-get install chromium)" >&2
    exit 1
  fi
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null

if [ ! -x /usr/bin/chromium ]; then
  echo "apt-get installed chromium but /usr/bin/chromium is still missing" >&2
  exit 1
fi
echo "== chromium: $(/usr/bin/chromium --version 2>/dev/null || echo installed)"
