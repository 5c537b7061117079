import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { LOOPBACK } from './processes';

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

/** Headless Chromium for a page of our own (the insights page, a rendered message). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: run scripts/e2e/ensureChromium.sh`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A browser for the Agents Playground, as an admin's: a profile of its own, English, UTC,
 * and only loopback (the Playground's page also asks a CDN for fonts and an animation).
 */
export async function launchPlaygroundBrowser(): Promise<{
  context: BrowserContext;
  close(): Promise<void>;
}> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: run scripts/e2e/ensureChromium.sh`);
  const profileDir = mkdtempSync(join(tmpdir(), 'e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === LOOPBACK ? route.continue() : route.abort(),
  );
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
