import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ConfigError, loadConfig } from '../../server/config';
import { startServer, type RunningServer } from '../support/server';
import { sample } from './scriptedConversations';

describe('the operator listener', () => {
  test('off loopback, start-up stops with a message naming OPERATOR_TOKEN unless it is set', () => {
    expect(() => loadConfig({ OPERATOR_HOST: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => loadConfig({ OPERATOR_HOST: '0.0.0.0' })).toThrow(/OPERATOR_TOKEN.*required/);
    expect(loadConfig({ OPERATOR_HOST: '0.0.0.0', OPERATOR_TOKEN: 't' }).OPERATOR_HOST).toBe(
      '0.0.0.0',
    );
    const defaults = loadConfig({});
    expect([defaults.OPERATOR_PORT, defaults.OPERATOR_HOST, defaults.OPERATOR_TOKEN]).toEqual([
      3979,
      '127.0.0.1',
      undefined,
    ]);
    expect(() => loadConfig({ INSIGHTS_KEEP_QUESTIONS: 'yes' })).toThrow(
      /INSIGHTS_KEEP_QUESTIONS.*true or false/,
    );
  });

  describe('with OPERATOR_TOKEN', () => {
    let running: RunningServer;
    beforeAll(async () => {
      running = await startServer({ OPERATOR_TOKEN: 'operator-secret' });
    });
    afterAll(() => running.close());

    test.each(['/metrics', '/insights', '/insights.json'])(
      '%s needs the bearer token',
      async (path) => {
        const url = `${running.operatorUrl}${path}`;
        const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
        expect((await fetch(url)).status).toBe(401);
        expect((await fetch(url, bearer('operator-secre'))).status).toBe(401);
        expect((await fetch(url, bearer('operator-secretx'))).status).toBe(401);
        expect((await fetch(url, { headers: { authorization: 'operator-secret' } })).status).toBe(
          401,
        );
        expect((await fetch(url, bearer('operator-secret'))).status).toBe(200);
      },
    );
  });

  describe('the page', () => {
    let running: RunningServer;
    beforeAll(async () => {
      running = await startServer();
    });
    afterAll(() => running.close());

    test('speaks the language of Accept-Language unless ?lang says otherwise', async () => {
      const swedish = await fetch(`${running.operatorUrl}/insights`, {
        headers: { 'accept-language': 'de-DE, sv-SE;q=0.8, en;q=0.5' },
      });
      const html = await swedish.text();
      expect(html).toContain('<html lang="sv">');
      expect(html).toContain('Nyckeltal');
      const english = await fetch(`${running.operatorUrl}/insights?lang=en&days=7`, {
        headers: { 'accept-language': 'sv' },
      });
      expect(await english.text()).toContain('Key figures');
    });

    test('allows nothing from outside: a CSP of default-src none with only its own style', async () => {
      const response = await fetch(`${running.operatorUrl}/insights`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+';/);
      const html = await response.text();
      expect(html).not.toMatch(/<script|<link|<img|src=|url\(/i);
    });
  });

  describe('when the store is down', () => {
    const dir = mkdtempSync(join(tmpdir(), 'operator-down-'));
    let running: RunningServer;
    beforeAll(async () => {
      running = await startServer({ STATE_STORE: 'sqlite', STATE_DB: join(dir, 'state.sqlite') });
      await running.parts.stores.close();
    });
    afterAll(async () => {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('the page and the JSON answer 503 and say so; /metrics still answers and counts it', async () => {
      const page = await fetch(`${running.operatorUrl}/insights?lang=en`);
      expect(page.status).toBe(503);
      expect(await page.text()).toContain('The state store cannot be reached');
      const json = await fetch(`${running.operatorUrl}/insights.json`);
      expect(json.status).toBe(503);
      expect(((await json.json()) as { error: string }).error).toMatch(/store cannot be reached/);
      const metrics = await fetch(`${running.operatorUrl}/metrics`);
      expect(metrics.status).toBe(200);
      const labels = { store: 'sqlite', operation: 'attempt-read' };
      expect(sample(await metrics.text(), 'wxcc_setup_store_errors_total', labels)).toBe(2);
    });
  });
});
