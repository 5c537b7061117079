import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { deleteKeys, describeWithRedis, uniqueKeyPrefix } from '../state/redisTestSupport';
import type { InsightsReport } from '../../insights/insightsReport';
import { startServer, type RunningServer } from '../support/server';
import type { StepId } from '../../dialogs/steps/registry';
import { newSteps } from '../support/stepRegistry';
import { runScripts, sample } from './scriptedConversations';

const HOUR_MS = 60 * 60 * 1000;

/** The five scripted admins through the real server, then /metrics and /insights.json. */
function operatorView(store: string, env: () => NodeJS.ProcessEnv, cleanUp: () => Promise<void>) {
  describe(`the operator's view on ${store}`, () => {
    let running: RunningServer;
    let clockOffset = 0;
    let messages: Record<string, number> = {};
    const total = () => Object.values(messages).reduce((a, b) => a + b, 0);

    beforeAll(async () => {
      running = await startServer({ INSIGHTS_KEEP_QUESTIONS: 'true', ...env() }, undefined, {
        insightsNow: () => Date.now() + clockOffset,
      });
      messages = await runScripts(running.baseUrl, `view-${store}`);
    });
    afterAll(async () => {
      await running.close();
      await cleanUp();
    });

    test('/metrics counts the turns, attempts, steps, commands, questions and the finished setup', async () => {
      const text = await (await fetch(`${running.operatorUrl}/metrics`)).text();
      const emulator = { channel: 'emulator' };
      expect(sample(text, 'wxcc_setup_turns_total', { ...emulator, result: 'ok' })).toBe(total());
      expect(sample(text, 'wxcc_setup_turn_duration_seconds_count', emulator)).toBe(total());
      expect(
        sample(text, 'wxcc_setup_attempts_started_total', { ...emulator, language: 'en' }),
      ).toBe(5);
      const reached = (step: string) => sample(text, 'wxcc_setup_step_reached_total', { step });
      expect(
        ['role', 'orderType', 'country', 'platform', 'telephony', 'subdomain', 'summary'].map(
          reached,
        ),
      ).toEqual([5, 5, 3, 2, 1, 1, 1]);
      expect(reached('pstnAddOn')).toBeUndefined();
      expect(
        sample(text, 'wxcc_setup_finished_total', {
          country: 'JP',
          platform: 'standard',
          telephony: 'webex-calling',
          language: 'en',
        }),
      ).toBe(1);
      expect(sample(text, 'wxcc_setup_commands_total', { command: 'help' })).toBe(1);
      expect(sample(text, 'wxcc_setup_commands_total', { command: 'cancel' })).toBe(1);
      const questions = (result: string) => sample(text, 'wxcc_setup_questions_total', { result });
      expect(['answered', 'unanswered', 'out_of_scope'].map(questions)).toEqual([1, 1, 1]);
      expect(text).toContain('# TYPE wxcc_setup_handoffs_total counter');
      expect(text).toContain('# TYPE wxcc_setup_store_errors_total counter');
      expect(text).toContain('# TYPE wxcc_setup_http_rejected_total counter');
      expect(text).toMatch(/^wxcc_setup_process_cpu_seconds_total /m);
    });

    test('/insights.json: every outcome once the idle attempts are past the abandon time', async () => {
      const read = async () =>
        (await (await fetch(`${running.operatorUrl}/insights.json`)).json()) as InsightsReport;
      const now = await read();
      expect(now.attempts).toEqual({
        started: 5,
        finished: 1,
        cancelled: 1,
        abandoned: 0,
        unsupportedCountry: 1,
        handedOff: 0,
      });
      clockOffset = 2 * HOUR_MS;
      const later = await read();
      clockOffset = 0;
      expect(later.attempts).toEqual({ ...now.attempts, abandoned: 2 });
      // The funnel of the steps the scripts name (a step added since is answered in passing).
      const named = later.funnel.filter(({ step }) => !newSteps().includes(step as StepId));
      expect(named).toEqual([
        { step: 'role', reached: 5 },
        { step: 'orderType', reached: 5 },
        { step: 'country', reached: 3 },
        { step: 'pstnAddOn', reached: 0 },
        { step: 'platform', reached: 2 },
        { step: 'telephony', reached: 1 },
        { step: 'subdomain', reached: 1 },
        { step: 'summary', reached: 1 },
      ]);
      expect(later.finished).toEqual({
        byCountry: { JP: 1 },
        byPlatform: { standard: 1 },
        byTelephony: { 'webex-calling': 1 },
        byLanguage: { en: 1 },
        byChannel: { emulator: 1 },
      });
      expect(later.questions).toEqual({
        answered: 1,
        unanswered: 1,
        outOfScope: 1,
        topTopics: [{ topic: 'country-is-permanent', count: 1 }],
        unansweredTexts: [
          {
            text: 'Can I configure the IVR flow for [email] in the wizard? Call me on [phone]',
            count: 1,
          },
        ],
      });
      expect(later.medianMessagesToFinish).toBe(messages.finished);
      expect(later.medianMinutesToFinish).toBeGreaterThanOrEqual(0);
      expect(later.medianMinutesToFinish).toBeLessThan(1);
      expect(Date.parse(later.to) - Date.parse(later.from)).toBe(30 * 24 * HOUR_MS);
    });

    test('the stored attempts hold no typed text and no user id in clear', async () => {
      const stored = JSON.stringify(await running.parts.stores.attempts.startedSince(0));
      for (const typed of ['bob@example.com', '0701234567', 'insightsacme', 'Paris', 'Sweden'])
        expect(stored).not.toContain(typed);
      expect(stored).not.toContain('http-admin');
      expect(stored).toContain('"admin":"');
    });

    test('a bad days or lang gets 400 with a message that names it', async () => {
      const days = await fetch(`${running.operatorUrl}/insights.json?days=14`);
      expect(days.status).toBe(400);
      expect(((await days.json()) as { error: string }).error).toBe('days must be 7, 30, 90');
      const lang = await fetch(`${running.operatorUrl}/insights?lang=de`);
      expect(lang.status).toBe(400);
      expect(await lang.text()).toContain('lang must be en or sv');
    });

    test('the public port never serves the operator paths', async () => {
      for (const path of ['/metrics', '/insights', '/insights.json']) {
        expect((await fetch(`${running.baseUrl}${path}`)).status).toBe(404);
      }
      const text = await (await fetch(`${running.operatorUrl}/metrics`)).text();
      const rejected = { route: 'unknown', status: '404' };
      expect(sample(text, 'wxcc_setup_http_rejected_total', rejected)).toBe(3);
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'operator-view-'));
operatorView(
  'SQLite',
  () => ({ STATE_STORE: 'sqlite', STATE_DB: join(dir, 'state.sqlite') }),
  async () => rmSync(dir, { recursive: true, force: true }),
);

describeWithRedis('the operator view on Redis', (redisUrl) => {
  const keyPrefix = uniqueKeyPrefix();
  operatorView(
    'Redis',
    () => ({ STATE_STORE: 'redis', REDIS_URL: redisUrl, REDIS_KEY_PREFIX: keyPrefix }),
    () => deleteKeys(redisUrl, keyPrefix),
  );
});
