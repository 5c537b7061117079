import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { runScripts } from '../insights/scriptedConversations';
import { launchChromium } from './support/chromium';
import { LOOPBACK, startBot, type Child } from './support/processes';

/**
 * The operator's page in headless Chromium: after the scripted conversations (one
 * finished, one stopped at the platform, one cancelled, one unsupported country, one
 * unanswerable question), /insights shows their figures in English and Swedish, asks for
 * nothing beyond the operator listener, and is saved as test-results/insights-<lang>.png.
 */
const RESULTS_DIR = join(__dirname, '..', '..', 'test-results');

let bot: { child: Child; port: number; operatorPort: number } | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  bot = await startBot({ INSIGHTS_KEEP_QUESTIONS: 'true' });
  await runScripts(`http://${LOOPBACK}:${bot.port}`, 'e2e-insights');
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await bot?.child.stop().catch(() => undefined);
}, 30_000);

const PAGES = [
  {
    lang: 'en',
    figures: {
      started: '5',
      finished: '1',
      finishRate: '20%',
      cancelled: '1',
      unsupportedCountry: '1',
    },
    funnelRow: ['Platform', '2', '1 (33 %)'],
    country: 'Japan (JP)',
  },
  {
    lang: 'sv',
    figures: {
      started: '5',
      finished: '1',
      finishRate: '20 %',
      cancelled: '1',
      unsupportedCountry: '1',
    },
    funnelRow: ['Plattform', '2', '1 (33 %)'],
    country: 'Japan (JP)',
  },
] as const;

describe.each(PAGES)('the insights page ($lang)', ({ lang, figures, funnelRow, country }) => {
  it('shows the figures of the conversations and loads nothing from elsewhere', async () => {
    const origin = `http://${LOOPBACK}:${bot!.operatorPort}`;
    const page = await browser!.newPage({
      viewport: { width: 1100, height: 900 },
      locale: 'en-US',
    });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    try {
      const response = await page.goto(`${origin}/insights?lang=${lang}&days=30`);
      expect(response?.status()).toBe(200);
      for (const [key, value] of Object.entries(figures)) {
        const shown = await page.locator(`[data-figure="${key}"] dd`).innerText();
        expect({ key, shown: shown.replace(/\u00a0/g, ' ') }).toEqual({ key, shown: value });
      }
      const funnel = page
        .locator('table')
        .first()
        .locator('tbody tr')
        .filter({ has: page.locator('th', { hasText: funnelRow[0] }) });
      expect(await funnel.locator('th, td').allInnerTexts()).toEqual([...funnelRow]);
      expect(await page.locator('body').innerText()).toContain(country);
      expect(await page.locator('body').innerText()).toContain(
        'Can I configure the IVR flow for [email] in the wizard? Call me on [phone]',
      );
      expect(await page.locator('svg.chart').count()).toBeGreaterThanOrEqual(6);
      mkdirSync(RESULTS_DIR, { recursive: true });
      await page.screenshot({ path: join(RESULTS_DIR, `insights-${lang}.png`), fullPage: true });
    } finally {
      await page.close();
    }
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });
});
