import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { translationKeysSource } from '../../scripts/locales/translationKeys';
import { Translators, type TranslationProblem } from '../../bot/translators';
import { STEPS } from '../../dialogs/setupDraft';
import { resources } from '../../locales/resources';
import type { ShippedLocale as Locale } from '../../locales/languages';
import { Conversation, type Reply } from '../support/conversation';
import { isNewStepQuestion, typicalAnswer } from '../support/stepRegistry';

// ---------------------------------------------------------------------------
// The resources themselves
// ---------------------------------------------------------------------------

/** Every leaf of a resource tree by its key path (`subdomain.problem.too-long`); arrays are leaves. */
function leaves(node: unknown, path = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const [name, child] of Object.entries(node)) {
      leaves(child, path ? `${path}.${name}` : name, into);
    }
  } else {
    into.set(path, node);
  }
  return into;
}

/** What a leaf is: 'text' or 'word list' when valid, otherwise what is wrong with it. */
function kindOf(value: unknown): string {
  if (typeof value === 'string') return value.trim() ? 'text' : 'empty text';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'empty word list';
    const valid = value.every((w) => typeof w === 'string' && w.trim() !== '');
    return valid ? 'word list' : 'word list with an empty or non-string word';
  }
  return `a ${value === null ? 'null' : typeof value}`;
}

const PLACEHOLDER = /\{\{\s*([^}]+?)\s*\}\}/g;

/** The names of the `{{name}}` (or `{{name, format}}`) placeholders of a text, sorted. */
function placeholders(text: string): string[] {
  const names = [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!.split(',')[0]!.trim());
  return [...new Set(names)].sort();
}

const en = leaves(resources.en.translation);
const sv = leaves(resources.sv.translation);

describe('locale resources: en and sv', () => {
  test('have exactly the same key paths', () => {
    expect(en.size).toBeGreaterThan(50);
    const onlyInEn = [...en.keys()].filter((key) => !sv.has(key));
    const onlyInSv = [...sv.keys()].filter((key) => !en.has(key));
    expect({ onlyInEn, onlyInSv }).toEqual({ onlyInEn: [], onlyInSv: [] });
  });

  test('every key is a non-empty text in both, or a list of non-empty words in both', () => {
    const differing = [...en.keys()]
      .filter((key) => sv.has(key))
      .map((key) => ({ key, en: kindOf(en.get(key)), sv: kindOf(sv.get(key)) }))
      .filter((k) => k.en !== k.sv || (k.en !== 'text' && k.en !== 'word list'))
      .map((k) => `${k.key}: en ${k.en}, sv ${k.sv}`);
    expect(differing).toEqual([]);
  });

  test('every text has the same {{placeholders}} in both', () => {
    const differing: string[] = [];
    for (const [key, enText] of en) {
      const svText = sv.get(key);
      if (typeof enText !== 'string' || typeof svText !== 'string') continue;
      const [enNames, svNames] = [placeholders(enText), placeholders(svText)];
      if (enNames.join() !== svNames.join()) {
        differing.push(`${key}: en {${enNames.join(', ')}}, sv {${svNames.join(', ')}}`);
      }
    }
    expect(differing).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// The phrases the bot renders
// ---------------------------------------------------------------------------

/**
 * Answers to give per question id, in order: the n-th time a question is asked
 * it gets the n-th answer (the last one once they run out). Answers may be
 * commands (back, restart, options ..., a language). Choice questions are
 * answered by choice id, so that the lead's wording changes do not matter.
 */
type Answers = Record<string, string[]>;

interface Scenario {
  name: string;
  answers: Answers;
  /** Whether the conversation ends with a finished plan or with "cancel". */
  ends: 'finished' | 'cancelled';
}

/** The words a scenario types, per language. */
interface Words {
  help: string;
  yes: string;
  no: string;
  options: string;
  back: string;
  restart: string;
  cancel: string;
  /** The command that switches to the other language, and the one that switches back. */
  otherLanguage: string;
  ownLanguage: string;
  usa: string;
  sweden: string;
  canada: string;
}

const WORDS: Record<Locale, Words> = {
  en: {
    help: 'help',
    yes: 'yes',
    no: 'no',
    options: 'options',
    back: 'back',
    restart: 'restart',
    cancel: 'cancel',
    otherLanguage: 'svenska',
    ownLanguage: 'english',
    usa: 'United States',
    sweden: 'Sweden',
    canada: 'Canada',
  },
  sv: {
    help: 'hjälp',
    yes: 'ja',
    no: 'nej',
    options: 'alternativ',
    back: 'tillbaka',
    restart: 'börja om',
    cancel: 'avbryt',
    otherLanguage: 'english',
    ownLanguage: 'svenska',
    usa: 'USA',
    sweden: 'Sverige',
    canada: 'Kanada',
  },
};

function scenarios(w: Words): Scenario[] {
  return [
    {
      name: 'a Japan trial: options, unknown and unsupported countries, bad subdomains, back, restart, languages',
      answers: {
        role: ['partner'],
        orderType: [w.restart, 'trial'],
        country: [`${w.options} Japan`, `${w.options} ${w.sweden}`, 'xyz', w.sweden, 'Japan'],
        'country.confirm': [w.no, w.yes],
        platform: ['standard'],
        telephony: [w.back, 'webex-calling'],
        // 'a' last before the valid name: it is too short only if the rules say so.
        subdomain: ['acme-jp', 'a'.repeat(70), 'acme', 'a', 'acmejp'],
        // 'a' looks like a slip: it is asked back before it is held.
        'subdomain.confirm': [w.no],
        summary: [w.otherLanguage, w.ownLanguage, 'finish'],
        // Asked only when a restart would lose enough answers.
        'restart.confirm': [w.yes],
      },
      ends: 'finished',
    },
    {
      name: 'a US subscription with the PSTN add-on: Solution Assurance declined, then confirmed',
      answers: {
        role: ['customer'],
        orderType: ['subscription'],
        country: [w.usa],
        'country.confirm': [w.yes],
        pstnAddOn: [w.yes],
        platform: ['controlled-ga'],
        'platform.confirm': [w.no, w.yes],
        telephony: ['webex-cc-pstn'],
        subdomain: ['acmeus'],
        summary: ['finish'],
      },
      ends: 'finished',
    },
    {
      name: 'a Canada trial: back at the first question; platform and telephony chosen without questions',
      answers: {
        role: [w.back, 'customer'],
        orderType: ['trial'],
        country: [w.canada],
        'country.confirm': [w.yes],
        subdomain: ['acmeca'],
        summary: ['finish'],
      },
      ends: 'finished',
    },
    {
      name: 'cancelled at the country',
      answers: {
        role: ['partner'],
        orderType: ['subscription'],
        country: [w.cancel],
        'cancel.confirm': [w.yes],
      },
      ends: 'cancelled',
    },
  ];
}

/** The help the bot gave while a question was asked. */
interface HelpShown {
  questionId: string;
  question: string;
  help: string;
}

interface Run {
  replies: Reply[];
  helps: HelpShown[];
  last: Reply;
}

const MAX_TURNS = 80;

function messageTexts(reply: Reply): string[] {
  return reply.activities.filter((a) => a.type === 'message').map((a) => a.text ?? '');
}

/** Answers every question by its id; asks for help the first time each question is asked. */
async function drive(conversation: Conversation, answers: Answers, help: string): Promise<Run> {
  const replies: Reply[] = [];
  const helps: HelpShown[] = [];
  const helped = new Set<string>();
  const timesAnswered = new Map<string, number>();
  const transcript: string[] = [];
  const send = async (text?: string) => {
    const reply = text === undefined ? await conversation.join() : await conversation.say(text);
    replies.push(reply);
    transcript.push(`> ${text ?? '(joins)'}`, `[${reply.questionId ?? '-'}] ${reply.text}`);
    return reply;
  };
  const fail = (problem: string) =>
    new Error(`${problem}\n--- the last exchanges:\n${transcript.slice(-8).join('\n')}`);

  let reply = await send();
  for (let turn = 0; reply.asks; turn++) {
    const id = reply.questionId;
    if (turn >= MAX_TURNS) throw fail(`still asking "${id}" after ${MAX_TURNS} turns`);
    if (id === undefined) throw fail('the bot asked a question without questionId');
    if (!helped.has(id)) {
      helped.add(id);
      const question = messageTexts(reply).at(-1) ?? '';
      reply = await send(help);
      if (reply.questionId !== id) throw fail(`help at "${id}" did not ask "${id}" again`);
      helps.push({ questionId: id, question, help: messageTexts(reply)[0] ?? '' });
      continue;
    }
    // A step added since the scenarios were written gets its example (after its help).
    const queue = answers[id] ?? (isNewStepQuestion(id) ? [typicalAnswer(reply)] : undefined);
    if (!queue?.length) throw fail(`no answer for the question "${id}"`);
    const n = timesAnswered.get(id) ?? 0;
    timesAnswered.set(id, n + 1);
    reply = await send(queue[Math.min(n, queue.length - 1)]);
  }
  return { replies, helps, last: reply };
}

/** Everything a reply shows: its messages, facts, choice labels and choice groups. */
function shownTexts(reply: Reply): string[] {
  return [reply.text, ...reply.choices.map((c) => c.group ?? '')];
}

const QUESTION_STEPS: readonly string[] = [...STEPS, 'summary'];

describe.each<[Locale]>([['en'], ['sv']])(
  'every phrase the bot renders is complete (%s)',
  (locale) => {
    const problems: TranslationProblem[] = [];
    const runs: { scenario: Scenario; run: Run }[] = [];

    beforeAll(async () => {
      const translators = new Translators({ onProblem: (p) => problems.push(p) });
      const words = WORDS[locale];
      for (const scenario of scenarios(words)) {
        const conversation = new Conversation({ locale, translators, taken: ['acme'] });
        try {
          runs.push({ scenario, run: await drive(conversation, scenario.answers, words.help) });
        } catch (error) {
          throw new Error(`${locale}, ${scenario.name}: ${(error as Error).message}`);
        }
        expect(conversation.errors).toEqual([]);
      }
    });

    test('each conversation ends as scripted', () => {
      expect(
        runs.map(({ scenario, run }) => [scenario.name, run.last.plan ? 'finished' : 'cancelled']),
      ).toEqual(runs.map(({ scenario }) => [scenario.name, scenario.ends]));
    });

    test('no missing key or missing parameter was reported', () => {
      const unique = [...new Set(problems.map((p) => JSON.stringify(p)))];
      expect(unique).toEqual([]);
    });

    test('no reply shows a {{placeholder}}', () => {
      const unfilled = runs
        .flatMap(({ run }) => run.replies.flatMap(shownTexts))
        .flatMap((text) => text.split('\n'))
        .filter((line) => line.includes('{{') || line.includes('}}'));
      expect(unfilled).toEqual([]);
    });

    test('help was shown for every step, and it is more than the question', () => {
      const helps = runs.flatMap(({ run }) => run.helps);
      const missing = QUESTION_STEPS.filter((step) => !helps.some((h) => h.questionId === step));
      expect({ stepsWithoutHelp: missing }).toEqual({ stepsWithoutHelp: [] });
      const useless = helps
        .filter((h) => h.help.trim() === '' || h.help.trim() === h.question.trim())
        .map((h) => `${h.questionId}: ${JSON.stringify(h.help)}`);
      expect(useless).toEqual([]);
    });
  },
);

describe('typed translation keys', () => {
  test('locales/translationKeys.ts is current (run `npm run locales:keys` after changing en)', () => {
    const file = readFileSync(join(__dirname, '..', '..', 'locales', 'translationKeys.ts'), 'utf8');
    expect(file).toBe(translationKeysSource(resources.en.translation));
  });
});
