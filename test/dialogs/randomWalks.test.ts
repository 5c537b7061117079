/**
 * Model-based random walks: simulated admins (test/support/simulatedAdmin.ts)
 * talk to the real bot, disrupting the flow at random moments, and every reply
 * is checked against the conversation contract. At the end the plan must be
 * what the provisioning rules give for the admin's intended answers.
 *
 * Replay one walk with its transcript: WALK_SEED=123 npx jest test/dialogs/randomWalks
 * (even seeds speak English, odd seeds Swedish). Explore other walks by shifting
 * the seeds: WALK_FROM=10000 runs seeds 10000 to 10499.
 */
import type { ShippedLocale as Locale } from '../../locales/languages';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import { Conversation, shippedRules, type Reply } from '../support/conversation';
import {
  describeMessage,
  describeMove,
  isQuestionId,
  PAST_COUNTRY,
  SimulatedAdmin,
  type AdminMessage,
  type Move,
  type PlanFields,
} from '../support/simulatedAdmin';

const WALKS_PER_LANGUAGE = 250;
const MAX_TURNS = 80;
const TRANSCRIPTS_IN_REPORT = 6;

// ---------------------------------------------------------------------------
// A walk and its transcript
// ---------------------------------------------------------------------------

interface Turn {
  move: Move;
  reply: Reply;
}

/**
 * A broken promise of the contract: `rule` names it, `group` tells distinct
 * failures apart in the report (default: the rule), `detail` explains this one.
 */
class Violation extends Error {
  constructor(
    readonly rule: string,
    readonly detail: string,
    readonly group: string = rule,
  ) {
    super(`${rule}: ${detail}`);
  }
}

interface WalkResult {
  seed: number;
  locale: Locale;
  turns: Turn[];
  /** Set when the walk broke the contract (the walk stops there). */
  violation?: Violation;
}

type WalkFailure = WalkResult & { violation: Violation };

function localeOf(seed: number): Locale {
  return seed % 2 === 0 ? 'en' : 'sv';
}

async function walk(seed: number, rules: ProvisioningRules): Promise<WalkResult> {
  const locale = localeOf(seed);
  const conversation = new Conversation({ locale, conversationId: `walk-${seed}` });
  const admin = new SimulatedAdmin({ seed, locale, rules });
  const turns: Turn[] = [];
  const play = async (move: Move, send: () => Promise<Reply>): Promise<Reply> => {
    const reply = await send();
    turns.push({ move, reply });
    checkTurn({ move, reply, admin, conversation, rules });
    admin.observe(move, reply);
    return reply;
  };
  try {
    let reply = await play(joinMove(), () => conversation.join());
    while (admin.status !== 'finished') {
      if (turns.length > MAX_TURNS)
        throw new Violation('too-long', `no plan after ${MAX_TURNS} turns`);
      const move = admin.nextMove(reply);
      reply = await play(move, () => send(conversation, move.message));
    }
    if (admin.wantsToThank()) {
      const move = admin.thanks();
      await play(move, () => send(conversation, move.message));
    }
    return { seed, locale, turns };
  } catch (error) {
    if (!(error instanceof Violation)) throw error;
    return { seed, locale, turns, violation: error };
  }
}

function joinMove(): Move {
  return {
    kind: 'join',
    message: { text: '' },
    expect: { oneOf: ['role'] },
    clearYes: false,
    style: 'conversationUpdate',
  };
}

function send(conversation: Conversation, message: AdminMessage): Promise<Reply> {
  return 'text' in message ? conversation.say(message.text) : conversation.submit(message.submit);
}

// ---------------------------------------------------------------------------
// The contract, checked after every turn
// ---------------------------------------------------------------------------

interface TurnContext {
  move: Move;
  reply: Reply;
  admin: SimulatedAdmin;
  conversation: Conversation;
  rules: ProvisioningRules;
}

function checkTurn(turn: TurnContext): void {
  checkNoError(turn);
  checkNoPlaceholder(turn.reply);
  checkNoRawKey(turn.reply);
  checkPending(turn);
  checkCountryNeedsClearYes(turn);
  checkExpectation(turn);
  checkLanguage(turn.reply, turn.admin.locale);
  checkChoicesFromRules(turn);
  checkSummary(turn);
  checkPlan(turn);
}

const APOLOGIES = ['Sorry, something went wrong', 'Förlåt, något gick fel'];

function checkNoError({ reply, conversation }: TurnContext): void {
  const apology = APOLOGIES.find((a) => reply.text.includes(a));
  if (apology) throw new Violation('error-apology', `the reply contains "${apology}"`);
  if (conversation.errors.length) {
    throw new Violation('turn-error', String(conversation.errors[0]));
  }
}

function checkNoPlaceholder(reply: Reply): void {
  if (reply.text.includes('{{') || reply.text.includes('}}')) {
    throw new Violation('unfilled-placeholder', 'the reply contains {{ or }}');
  }
}

/** A locale key shown instead of its text (`progress.question`); host names are not keys. */
const RAW_KEY = /(?<![\w.@/-])[a-z][a-zA-Z]{2,}(?:\.[a-zA-Z][a-zA-Z0-9]*)+(?![\w/-])/g;
const HOST_ENDINGS = /\.(com|net|org|se|io)$/;

function checkNoRawKey(reply: Reply): void {
  const key = reply.text.match(RAW_KEY)?.find((k) => !HOST_ENDINGS.test(k));
  if (key) throw new Violation('untranslated-key', `the reply shows the key ${key}`);
}

/** Either a known question is pending, or the setup just finished or was cancelled. */
function checkPending({ move, reply }: TurnContext): void {
  if (reply.asks) {
    if (!isQuestionId(reply.questionId)) {
      throw new Violation('unknown-question-id', `questionId ${String(reply.questionId)}`);
    }
    return;
  }
  const mayEnd =
    move.expect === 'finished' ||
    (typeof move.expect === 'object' && move.expect.oneOf.includes(null));
  if (!mayEnd) throw new Violation('no-question-pending', `after ${move.kind} at ${move.at}`);
}

function checkExpectation({ move, reply }: TurnContext): void {
  const got = reply.asks ? (reply.questionId ?? '?') : null;
  const where = describeMove(move);
  const group = (rule: string) => `${rule}: ${move.kind} as ${move.style} at ${move.at ?? 'start'}`;
  if (reply.plan && move.expect !== 'finished') {
    throw new Violation('unexpected-plan', `a plan arrived after ${where}`);
  }
  if (move.expect === 'any') return;
  const answered = move.expect === 'accepted' || move.expect === 'finished';
  if (answered && got === move.at) {
    const rule = 'answer-not-taken';
    throw new Violation(rule, `${where}: the reply asks ${got} again`, group(rule));
  }
  if (move.expect === 'accepted' && got === null) {
    const rule = 'no-question-pending';
    throw new Violation(rule, `${where}: the reply asks nothing`, group(rule));
  }
  if (move.expect === 'same' && got !== move.at) {
    const rule = 'question-not-kept';
    throw new Violation(rule, `${where}: expected ${move.at} again, got ${got}`, group(rule));
  }
  if (move.expect === 'finished' && (!reply.plan || reply.asks)) {
    const rule = 'not-finished';
    const detail = `${where}: plan ${reply.plan ? 'sent' : 'missing'}, next ${got}`;
    throw new Violation(rule, detail, group(rule));
  }
  if (typeof move.expect === 'object' && !move.expect.oneOf.includes(got as never)) {
    const wanted = move.expect.oneOf.map((q) => q ?? 'no question').join(' or ');
    const rule = 'wrong-next-question';
    const detail = `${where}: expected ${wanted}, got ${got ?? 'no question'}`;
    throw new Violation(rule, detail, group(rule));
  }
}

// -- language ---------------------------------------------------------------

const MARKERS: Record<Locale, ReadonlySet<string>> = {
  en: new Set([
    'the',
    'you',
    'your',
    'is',
    'are',
    'to',
    'and',
    'which',
    'for',
    'not',
    'or',
    'with',
    'can',
    'will',
    'of',
    'what',
    'this',
    'it',
  ]),
  sv: new Set([
    'och',
    'du',
    'är',
    'att',
    'det',
    'vill',
    'vilken',
    'vilket',
    'för',
    'inte',
    'som',
    'på',
    'med',
    'eller',
    'har',
    'kan',
    'din',
    'ditt',
    'en',
    'ett',
    'till',
    'om',
  ]),
};
const YES_NO_LABELS: Record<Locale, string[]> = { en: ['Yes', 'No'], sv: ['Ja', 'Nej'] };

function checkLanguage(reply: Reply, locale: Locale): void {
  const ids = reply.choices.map((c) => c.id).join(',');
  if (ids === 'yes,no') {
    const labels = reply.choices.map((c) => c.label);
    if (labels.join() !== YES_NO_LABELS[locale].join()) {
      throw new Violation(
        'wrong-language',
        `yes/no labels ${labels.join('/')} while speaking ${locale}`,
      );
    }
  }
  const other: Locale = locale === 'en' ? 'sv' : 'en';
  const words = reply.text.toLowerCase().split(/[^a-zåäöé]+/);
  const hits = (l: Locale) => words.filter((w) => MARKERS[l].has(w)).length;
  if (hits(other) >= 2 && hits(other) > hits(locale)) {
    throw new Violation('wrong-language', `the reply reads as ${other} while speaking ${locale}`);
  }
}

// -- the irreversible country -----------------------------------------------

function checkCountryNeedsClearYes({ move, reply, admin }: TurnContext): void {
  if (move.at !== 'country.confirm' || move.clearYes || admin.countryConfirmed) return;
  if (PAST_COUNTRY.includes(reply.questionId as never)) {
    throw new Violation(
      'country-without-clear-yes',
      `${move.kind} ${describeMessage(move.message)} at country.confirm moved on to ${reply.questionId}`,
    );
  }
}

// -- choices come from the rules ----------------------------------------------

function checkChoicesFromRules({ move, reply, admin, rules }: TurnContext): void {
  const intended = admin.intentions;
  const ids = reply.choices.map((c) => c.id);
  const same = (expected: readonly string[]) => expected.join() === ids.join();
  const fail = (what: string) =>
    new Violation(
      'not-from-rules',
      `${reply.questionId}: ${what} (choices ${ids.join(',')})`,
      `not-from-rules: ${reply.questionId} ${what.replace(/ [A-Z]{2}\b.*/, '')} ${askedHow(move, reply)}`,
    );
  switch (reply.questionId) {
    case 'country':
      // Asked again, the question points to the list above instead of sending it again.
      if (ids.length && !same(rules.countries().map((c) => c.code)))
        throw fail('not the supported countries');
      return;
    case 'pstnAddOn':
      if (!rules.pstnAddOnAvailable(intended.country, intended.orderType)) {
        throw fail(`asked for ${intended.country} ${intended.orderType}`);
      }
      return;
    case 'platform': {
      const platforms = rules.platformsOf(intended.country).map((p) => p.id);
      if (platforms.length < 2) throw fail(`asked though ${intended.country} has one platform`);
      if (!same(platforms)) throw fail(`not the platforms of ${intended.country}`);
      return;
    }
    case 'telephony': {
      const telephony = rules.telephonyOptions({ ...intended });
      if (telephony.automatic) throw fail(`asked though automatic (${telephony.automatic.reason})`);
      if (!same(telephony.options)) throw fail('not the options the rules allow');
      return;
    }
  }
}

/** Whether the question was asked anew or again (after help, a question, an unclear answer, ...). */
function askedHow(move: Move, reply: Reply): string {
  return move.at === reply.questionId ? 'when asked again' : 'when asked';
}

// -- summary and plan ---------------------------------------------------------

function checkSummary({ move, reply, admin, rules }: TurnContext): void {
  if (reply.questionId !== 'summary') return;
  const { country, subdomain } = admin.intentions;
  const fail = (what: string) =>
    new Violation('summary-mismatch', what, `summary-mismatch: ${what} ${askedHow(move, reply)}`);
  if (!reply.choices.some((c) => c.id === 'finish')) throw fail('the summary offers no finish');
  const countryName = rules.countryName(country, admin.locale);
  for (const shown of [countryName, subdomain, rules.dataCenterOf(country).id]) {
    if (!reply.text.includes(shown)) throw fail(`the summary does not show the intended ${shown}`);
  }
}

function checkPlan({ reply, admin }: TurnContext): void {
  if (!reply.plan) return;
  const expected = admin.expectedPlan();
  const keys = Object.keys(expected) as (keyof PlanFields)[];
  const wrong = keys.filter((k) => reply.plan?.[k] !== expected[k]);
  if (wrong.length) {
    const diff = wrong.map(
      (k) => `${k}: got ${String(reply.plan?.[k])}, wanted ${String(expected[k])}`,
    );
    throw new Violation('wrong-plan', diff.join('; '));
  }
}

// ---------------------------------------------------------------------------
// Reporting
// ---------------------------------------------------------------------------

function transcript(walked: WalkResult): string {
  const lines = [
    `seed ${walked.seed} (${walked.locale}), replay: WALK_SEED=${walked.seed} npx jest test/dialogs/randomWalks`,
    `violation: ${walked.violation?.message ?? 'none'}`,
  ];
  walked.turns.forEach(({ move, reply }, index) => {
    const sent = move.kind === 'join' ? '(joins)' : describeMessage(move.message);
    lines.push(`${index + 1}. admin ${sent}   [${describeMove(move)}]`);
    const asked = reply.asks ? (reply.questionId ?? '(no questionId)') : '(no question)';
    lines.push(`   bot [${asked}]${reply.plan ? ' +plan ' + JSON.stringify(reply.plan) : ''}`);
    for (const line of reply.text.split('\n')) lines.push(`     | ${line}`);
  });
  return lines.join('\n');
}

function report(failures: WalkFailure[], walks: number): string {
  const groups = new Map<string, WalkFailure[]>();
  for (const failure of failures) {
    const key = failure.violation.group;
    groups.set(key, [...(groups.get(key) ?? []), failure]);
  }
  const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
  const lines = [`${failures.length} of ${walks} walks broke the contract:`];
  for (const [key, group] of sorted) {
    const seeds = group
      .slice(0, 12)
      .map((f) => f.seed)
      .join(', ');
    lines.push(
      `  ${key}: ${group.length} walks (seeds ${seeds}${group.length > 12 ? ', ...' : ''})`,
    );
  }
  for (const [, group] of sorted.slice(0, TRANSCRIPTS_IN_REPORT)) {
    const shortest = group.reduce((a, b) => (b.turns.length < a.turns.length ? b : a));
    lines.push('', transcript(shortest));
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------

const replaySeed = envNumber('WALK_SEED');
const firstSeed = envNumber('WALK_FROM') ?? 1;

function envNumber(name: string): number | undefined {
  const value = process.env[name];
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${name} must be a whole number`);
  return n;
}

/** WALKS_PER_LANGUAGE consecutive seeds of this language (its parity) from firstSeed on. */
function seedsOf(locale: Locale): number[] {
  const first = localeOf(firstSeed) === locale ? firstSeed : firstSeed + 1;
  return Array.from({ length: WALKS_PER_LANGUAGE }, (_, i) => first + 2 * i);
}

async function walkAll(seeds: number[]): Promise<WalkFailure[]> {
  const rules = shippedRules();
  const failures: WalkFailure[] = [];
  for (const seed of seeds) {
    const walked = await walk(seed, rules);
    if (walked.violation) failures.push({ ...walked, violation: walked.violation });
  }
  return failures;
}

describe('random walks of simulated admins', () => {
  if (replaySeed !== undefined) {
    test(`replays seed ${replaySeed}`, async () => {
      const walked = await walk(replaySeed, shippedRules());
      if (walked.violation) throw new Error(transcript(walked));
      console.log(transcript(walked));
    });
    return;
  }

  test.each<Locale>(['en', 'sv'])(
    `${WALKS_PER_LANGUAGE} walks in %s keep the contract and end with the intended plan`,
    async (locale) => {
      const seeds = seedsOf(locale);
      const failures = await walkAll(seeds);
      if (failures.length) throw new Error(report(failures, seeds.length));
    },
    60_000,
  );
});
