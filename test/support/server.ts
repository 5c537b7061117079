import type restify from 'restify';
import { createApp, type AppOverrides } from '../../server/app';
import type { BotParts } from '../../server/composition';
import { loadConfig } from '../../server/config';
import { listen } from '../../server/httpServer';
import { createLogger } from '../../server/logger';
import { closeLater } from './leftovers';

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
