import type { Random } from './random';

/** Texts people and attackers send: injections, direction marks, lookalikes, control characters, huge and binary text. */
const NASTY_TEXTS = [
  '',
  ' ',
  '\u0000\u0001\u0002',
  '\u202Epartner\u202C',
  '\u200F\u200E\u2066svenska\u2069',
  '🙂🇯🇵👩🏽‍💻',
  '<script>alert(1)</script>',
  '**bold** [x](javascript:alert(1)) <at>bot</at>',
  '{"type":"AdaptiveCard"}',
  'аcme',
  'ＡＣＭＥ',
  'options ' + 'x'.repeat(300),
  'alternativ Sverige',
  'back',
  'restart',
  'cancel',
  'svenska',
  'finish',
  'yes',
  '1',
  '99999999999999999999',
  '-1',
  'partner subscription Japan subdomain acme',
  '%s%s%n',
  "'; DROP TABLE items; --",
  '../../etc/passwd',
  'A\u030Aland',
];

const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'];

export function randomText(random: Random): string {
  switch (random.int(6)) {
    case 0:
      return random.pick(NASTY_TEXTS);
    case 1:
      return randomUnicode(random, random.int(60));
    case 2:
      return 'x'.repeat(random.pick([1_000, 9_999, 10_001, 50_000]));
    case 3:
      return Array.from({ length: random.int(40) }, () => String.fromCharCode(random.int(32))).join(
        '',
      );
    default:
      return random.pick([
        ...NASTY_TEXTS,
        'partner',
        'trial',
        'Japan',
        'Kanada',
        'webex calling',
        'acme' + random.int(1000),
      ]);
  }
}

function randomUnicode(random: Random, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) {
    const code = random.pick([
      random.int(0x80),
      0x400 + random.int(0x100),
      0x1f600 + random.int(0x50),
      0xd800 + random.int(0x800),
    ]);
    text += String.fromCodePoint(code);
  }
  return text;
}

/** Random JSON values: deep nesting, prototype-pollution keys, odd types. */
export function randomValue(random: Random, depth = 0): unknown {
  if (depth > 4 || random.chance(0.3)) {
    return random.pick<unknown>([null, true, 0, -1, 1e308, 'choice', randomText(random), [], {}]);
  }
  if (random.chance(0.3))
    return Array.from({ length: random.int(5) }, () => randomValue(random, depth + 1));
  const object: Record<string, unknown> = {};
  for (let i = 0; i < random.int(5); i++) {
    const key = random.chance(0.3)
      ? random.pick(POLLUTION_KEYS)
      : random.pick(['choice', 'text', 'id', 'x', randomText(random).slice(0, 20)]);
    Object.defineProperty(object, key, {
      value: randomValue(random, depth + 1),
      enumerable: true,
      configurable: true,
      writable: true,
    });
  }
  return object;
}

export function deepJson(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}
