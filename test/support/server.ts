import type restify from 'restify';
import { createApp, type AppOverrides } from '../../server/app';
import type { BotParts } from '../../server/composition';
import { loadConfig } from '../../server/config';
import { listen } from '../../server/httpServer';
import { createLogger } from '../../server/logger';
import { closeLater } from './leftovers';
import { stepModule } from '../../dialogs/steps/registry';
import { newSteps, newStepAskedIn } from './stepRegistry';

export interface RunningServer {
  baseUrl: string;
  /** The operator listener (/metrics, /insights), also on a free loopback port. */
  operatorUrl: string;
  server: restify.Server;
  parts: BotParts;
  close(): Promise<void>;
}

/** The real HTTP server on a free loopback port, configured from `env` like `npm start`. */
export async function startServer(
  env: NodeJS.ProcessEnv = {},
  log = createLogger('silent'),
  overrides: AppOverrides = {},
): Promise<RunningServer> {
  const config = loadConfig({ STATE_STORE: 'memory', ...env });
  const app = createApp(config, log, overrides);
  const { server, operator, parts } = app;
  const port = await listen(server, 0, '127.0.0.1');
  const operatorPort = await listen(operator, 0, '127.0.0.1');
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    operatorUrl: `http://127.0.0.1:${operatorPort}`,
    server,
    parts,
    close: closeLater(app.close),
  };
}

let sequence = 0;

/** Posts one activity with deliveryMode expectReplies; returns the HTTP status and the replies. */
export async function postActivity(
  baseUrl: string,
  activity: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; activities: Record<string, unknown>[] }> {
  const body = {
    type: 'message',
    id: `activity-${++sequence}`,
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:9/',
    conversation: { id: 'http-conversation' },
    from: { id: 'http-admin', name: 'Admin' },
    recipient: { id: 'bot', name: 'Bot' },
    deliveryMode: 'expectReplies',
    ...activity,
  };
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const parsed = text ? (JSON.parse(text) as { activities?: Record<string, unknown>[] }) : {};
  return { status: response.status, activities: parsed.activities ?? [] };
}

/**
 * Posts one activity, then answers the question of each step added since the test was
 * written with its example (the HTTP replies carry no question id: the question is known
 * by its text), until the bot asks something else. Returns every reply activity.
 */
export async function postPastNewSteps(
  baseUrl: string,
  activity: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; activities: Record<string, unknown>[]; posted: number }> {
  let result = await postActivity(baseUrl, activity, headers);
  const activities = [...result.activities];
  let posted = 1;
  for (let turn = 0; turn < 4 * newSteps().length; turn++) {
    const last = result.activities.filter((a) => a.type === 'message').at(-1);
    const step = last?.inputHint === 'expectingInput' && newStepAskedIn(String(last.text ?? ''));
    if (!step) break;
    const same = Object.fromEntries(
      ['conversation', 'from', 'locale', 'channelId'].flatMap((k) =>
        activity[k] === undefined ? [] : [[k, activity[k]]],
      ),
    );
    result = await postActivity(baseUrl, { ...same, text: stepModule(step).example }, headers);
    activities.push(...result.activities);
    posted++;
  }
  return { status: result.status, activities, posted };
}
