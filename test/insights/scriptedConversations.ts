import { postPastNewSteps } from '../support/server';

/** The conversations the operator's view is checked with, one admin each (English, Emulator). */
export const SCRIPTS = {
  finished: [
    'partner',
    'subscription',
    'Japan',
    'yes',
    'Standard platform',
    'Webex Calling',
    'insightsacme',
    'Finish',
  ],
  stoppedAtPlatform: ['partner', 'subscription', 'Japan', 'yes', 'can I change the country later?'],
  cancelled: ['customer', 'help', 'what is the weather in Paris tomorrow?', 'cancel'],
  unsupportedCountry: ['partner', 'trial', 'Sweden'],
  unanswerable: [
    'partner',
    'Can I configure the IVR flow for bob@example.com in the wizard? Call me on 0701234567',
  ],
} as const;

/**
 * Runs every script over POST /api/messages (each admin in a conversation of its own);
 * a step added after the scripts were written is answered with its example. Resolves
 * with the number of messages each admin sent.
 */
export async function runScripts(
  baseUrl: string,
  prefix: string,
): Promise<Record<keyof typeof SCRIPTS, number>> {
  const messages = {
    finished: 0,
    stoppedAtPlatform: 0,
    cancelled: 0,
    unsupportedCountry: 0,
    unanswerable: 0,
  };
  for (const name of Object.keys(SCRIPTS) as (keyof typeof SCRIPTS)[]) {
    const script = SCRIPTS[name];
    const conversation = { id: `${prefix}-${name}` };
    for (const text of script) {
      const { status, posted } = await postPastNewSteps(baseUrl, {
        text,
        conversation,
        locale: 'en-US',
      });
      if (status !== 200) throw new Error(`${name}: "${text}" got HTTP ${status}`);
      messages[name] += posted;
    }
  }
  return messages;
}

/** The value of one sample in Prometheus text format, or undefined when absent. */
export function sample(metrics: string, name: string, labels: Record<string, string> = {}) {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of metrics.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const labelText = /\{(.*)\}/.exec(line)?.[1] ?? '';
    const have = labelText ? labelText.split(',') : [];
    if (have.length === wanted.length && wanted.every((w) => have.includes(w)))
      return Number(line.split(' ').pop());
  }
  return undefined;
}
