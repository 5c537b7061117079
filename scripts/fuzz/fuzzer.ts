import { webexSignature } from '../../channels/webex/webexSignature';
import { deepJson, randomText, randomValue } from './hostileInput';
import { Random } from './random';

export interface FuzzOptions {
  baseUrl: string;
  cases: number;
  seed: number;
  /** When set, some webhook bodies carry a valid signature so that they get past it. */
  webexSecret?: string;
  /** Sent as the Authorization header of every Bot Framework request (a real or a fake token). */
  authorization?: string;
}

export interface FuzzResult {
  cases: number;
  statuses: Record<number, number>;
  serverErrors: { status: number; body: string; sent: string }[];
  /** The `text` of every activity sent (to look for in the logs). */
  texts: string[];
}

const TYPES = [
  'message',
  'message',
  'message',
  'conversationUpdate',
  'typing',
  'event',
  'invoke',
  'messageReaction',
  'installationUpdate',
  'endOfConversation',
  'x',
];
const CHANNELS = ['emulator', 'msteams', 'webex', 'test', 'directline', 'webchat', 'unknown'];

/** Sends seeded random, malformed and hostile requests; collects every 5xx. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const random = new Random(options.seed);
  const result: FuzzResult = { cases: 0, statuses: {}, serverErrors: [], texts: [] };
  for (let i = 0; i < options.cases; i++) {
    const request = random.chance(0.8)
      ? activityRequest(random, i, options.authorization)
      : webhookRequest(random, options.webexSecret);
    if (request.text !== undefined) result.texts.push(request.text);
    const response = await fetch(`${options.baseUrl}${request.path}`, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
    });
    const body = await response.text();
    result.cases++;
    result.statuses[response.status] = (result.statuses[response.status] ?? 0) + 1;
    if (response.status >= 500)
      result.serverErrors.push({
        status: response.status,
        body: body.slice(0, 300),
        sent: request.body.slice(0, 300),
      });
  }
  return result;
}

interface FuzzRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
  text?: string;
}

/** Fields where a hostile client nests JSON thousands of levels deep. */
const DEEP_FIELDS = ['channelData', 'entities', 'value'];

function activityRequest(random: Random, index: number, authorization?: string): FuzzRequest {
  const headers: Record<string, string> = {
    'content-type': random.chance(0.95)
      ? 'application/json'
      : random.pick(['text/plain', 'application/xml', '']),
  };
  if (authorization) headers.authorization = authorization;
  if (random.chance(0.05))
    return {
      path: '/api/messages',
      headers,
      body: random.pick([
        '{',
        'null',
        '[]',
        '"x"',
        '',
        ' \n\t ',
        deepJson(5000),
        '{"a":' + deepJson(200) + '}',
      ]),
    };
  const activity: Record<string, unknown> = {
    type: random.chance(0.9) ? random.pick(TYPES) : randomValue(random),
    id: random.chance(0.9) ? `fuzz-${index}` : randomValue(random),
    channelId: random.chance(0.9) ? random.pick(CHANNELS) : randomValue(random),
    serviceUrl: random.chance(0.95) ? 'http://127.0.0.1:9/' : randomValue(random),
    conversation: random.chance(0.9)
      ? {
          id: `fuzz-conv-${random.int(30)}`,
          conversationType: random.pick(['personal', 'groupChat', 'channel']),
        }
      : randomValue(random),
    from: random.chance(0.9)
      ? { id: `fuzz-user-${random.int(5)}`, name: randomText(random).slice(0, 50) }
      : randomValue(random),
    recipient: { id: 'bot' },
    locale: random.pick(['en-US', 'sv-SE', 'xx', '', randomText(random).slice(0, 70)]),
    deliveryMode: 'expectReplies',
  };
  if (random.chance(0.8)) activity.text = randomText(random);
  if (random.chance(0.3)) activity.value = randomValue(random);
  if (random.chance(0.1))
    activity.attachments = random.chance(0.7)
      ? [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1:9/x.png' }]
      : malformedList(random);
  if (random.chance(0.1))
    activity.membersAdded = random.chance(0.7)
      ? [{ id: 'fuzz-user-1' }, { id: 'bot' }]
      : malformedList(random);
  if (random.chance(0.1))
    activity.entities = random.chance(0.7)
      ? [{ type: 'mention', mentioned: randomValue(random), text: randomText(random) }]
      : malformedList(random);
  const text = typeof activity.text === 'string' ? activity.text : undefined;
  if (random.chance(0.03)) {
    const field = random.pick(DEEP_FIELDS);
    activity[field] = 'DEEP';
    const body = JSON.stringify(activity).replace('"DEEP"', deepJson(random.pick([100, 5000])));
    return { path: '/api/messages', headers, body, text };
  }
  return { path: '/api/messages', headers, body: JSON.stringify(activity), text };
}

/** A list field of the wrong shape: a string, nulls, numbers, or any value (F11). */
function malformedList(random: Random): unknown {
  return random.pick<unknown>(['x', [null], [7], [{}], {}, randomValue(random)]);
}

function webhookRequest(random: Random, secret: string | undefined): FuzzRequest {
  if (random.chance(0.03)) {
    return {
      path: '/api/webex',
      headers: { 'content-type': 'application/json' },
      body: random.pick(['', '  ']),
    };
  }
  const body = random.chance(0.5)
    ? JSON.stringify({
        resource: random.pick(['messages', 'attachmentActions', 'rooms']),
        event: 'created',
        data: randomValue(random),
      })
    : JSON.stringify(randomValue(random));
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (secret && random.chance(0.5)) headers['x-spark-signature'] = webexSignature(body, secret);
  else if (random.chance(0.5))
    headers['x-spark-signature'] = randomText(random)
      .slice(0, 60)
      .replace(/[^\x20-\x7e]/g, '');
  return { path: '/api/webex', headers, body };
}
