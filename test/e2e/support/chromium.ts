/** Debian's chromium (scripts/e2e/ensureChromium.sh installs it). */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless, and quiet: nothing of its own goes out (updates, sync, QUIC). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
