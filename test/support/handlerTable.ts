/**
 * Tables of messages per interruption handler (dialogs/interruptions/interruptionList.ts):
 * each row reaches a state, sends one message and says what must happen, in the words
 * of an admin in English or Swedish. Moved here from the off-script transcripts (issue
 * 10), which the tables in test/dialogs/interruptions/ and offScriptTranscripts.test.ts
 * now hold.
 */
import { resources } from '../../locales/resources';
import {
  interruptionList,
  type InterruptionParts,
} from '../../dialogs/interruptions/interruptionList';
import type { SetupPlan } from '../../dialogs/setupPlan';
import { Conversation, type ConversationOptions, type Reply } from './conversation';
import { completeRemaining, progressLabel } from './stepRegistry';
import { play, type Exchange } from './transcript';
import type { StepId } from '../../dialogs/setupDraft';

export type Lang = 'en' | 'sv';

export const LANGS: Lang[] = ['en', 'sv'];
export const other = (lang: Lang): Lang => (lang === 'en' ? 'sv' : 'en');

/** What an admin types, and short fragments of what the bot says, in each language. */
export interface Words {
  yes: string;
  no: string;
  partner: string;
  customer: string;
  trial: string;
  subscription: string;
  help: string;
  back: string;
  restart: string;
  cancel: string;
  finish: string;
  options: string;
  /** The command that switches to the other language. */
  otherLanguage: string;
  languageSwitched: string;
  /** The progress label of a step, counted from the registry ("Step 3 of 6"). */
  step: (step: StepId) => string;
  /** The word every progress line starts with ("Step"/"Steg"). */
  stepWord: string;
  roleQuestion: string;
  orderTypeQuestion: string;
  changePlatform: string;
  changeCountry: string;
  exception: string;
  alreadyInUse: string;
  answersKept: string;
  unclear: string;
  /** A fragment of each step's help. */
  helpText: Record<string, string>;
}

export const WORDS: Record<Lang, Words> = {
  en: {
    yes: 'yes',
    no: 'no',
    partner: 'partner',
    customer: 'customer',
    trial: 'trial',
    subscription: 'subscription',
    help: 'help',
    back: 'back',
    restart: 'restart',
    cancel: 'cancel',
    finish: 'finish',
    options: 'options',
    otherLanguage: 'svenska',
    languageSwitched: "I'll speak English",
    step: (step) => progressLabel(step, 'en'),
    stepWord: 'Step ',
    roleQuestion: 'Are you a partner administrator',
    orderTypeQuestion: 'Is this a trial or a subscription?',
    changePlatform: 'change platform',
    changeCountry: 'change country',
    exception: 'exception',
    alreadyInUse: 'already in use',
    answersKept: 'your answers are kept',
    unclear: 'I need a clear yes or no',
    helpText: {
      role: 'Partner administrators set up services',
      orderType: 'A trial is started with the Start Trial wizard',
      country: 'decides the data center',
      'country.confirm': 'Answer yes if this is the country where your contact center operates',
      pstnAddOn: 'exists only for the USA',
      platform: 'the Standard platform for subscription orders',
      telephony: 'Only the telephony options Cisco allows',
      subdomain: 'identifies the organization',
      summary: 'Check every line',
    },
  },
  sv: {
    yes: 'ja',
    no: 'nej',
    partner: 'partner',
    customer: 'kund',
    trial: 'provperiod',
    subscription: 'prenumeration',
    help: 'hjälp',
    back: 'tillbaka',
    restart: 'börja om',
    cancel: 'avbryt',
    finish: 'slutför',
    options: 'alternativ',
    otherLanguage: 'english',
    languageSwitched: 'nu pratar jag svenska',
    step: (step) => progressLabel(step, 'sv'),
    stepWord: 'Steg ',
    roleQuestion: 'Är du partneradministratör',
    orderTypeQuestion: 'Gäller det en provperiod eller en prenumeration?',
    changePlatform: 'ändra plattform',
    changeCountry: 'ändra land',
    exception: 'undantag',
    alreadyInUse: 'används redan',
    answersKept: 'dina svar finns kvar',
    unclear: 'Här behöver jag ett tydligt ja eller nej',
    helpText: {
      role: 'En partneradministratör konfigurerar',
      orderType: 'En provperiod startas',
      country: 'avgör i vilket datacenter',
      'country.confirm': 'Svara ja om det här är landet där ert kontaktcenter finns',
      pstnAddOn: 'finns bara för USA',
      platform: 'standardplattformen för prenumerationsorder',
      telephony: 'bara de telefonialternativ som Cisco tillåter',
      subdomain: 'identifierar organisationen',
      summary: 'Kontrollera varje rad',
    },
  },
};

/** Never in any reply: the error apology or an unfilled placeholder. */
const ALWAYS_NEVER = ['Sorry, something went wrong', 'Förlåt, något gick fel', '{{', '}}'];

/** Plays a transcript; every reply must be free of the error apology and unfilled placeholders. */
export async function talk(conversation: Conversation, exchanges: Exchange[]): Promise<Reply[]> {
  const replies = await play(
    conversation,
    exchanges.map((e) => ({ ...e, never: [...(e.never ?? []), ...ALWAYS_NEVER] })),
  );
  expect(conversation.errors).toEqual([]);
  return replies;
}

/** A new conversation in the given language that has joined and sent the given answers. */
export async function reach(
  lang: Lang,
  answers: string[],
  options: ConversationOptions = {},
): Promise<Conversation> {
  const conversation = new Conversation({ locale: lang, ...options });
  await talk(conversation, [{}, ...answers.map((user) => ({ user }))]);
  return conversation;
}

/** Answers that lead to the country question (partner, subscription). */
export const toCountry = (lang: Lang) => [WORDS[lang].partner, WORDS[lang].subscription];
/** ... to the platform question for Japan. */
export const toPlatform = (lang: Lang) => [...toCountry(lang), 'Japan', WORDS[lang].yes];
/** ... to the telephony question (Japan, Standard platform). */
export const toTelephony = (lang: Lang) => [...toPlatform(lang), 'standard'];
/** ... to the subdomain question (Japan, Standard platform, Webex Calling). */
export const toSubdomain = (lang: Lang) => [...toTelephony(lang), 'webex calling'];
/** ... to the platform question for a US subscription without the PSTN add-on. */
export const toUsPlatform = (lang: Lang) => [
  ...toCountry(lang),
  'USA',
  WORDS[lang].yes,
  WORDS[lang].no,
];
/** ... to the summary of a US subscription: Standard platform, Voice POP Bridge, acmeus. */
export const toUsSummary = (lang: Lang) => [
  ...toUsPlatform(lang),
  'standard',
  lang === 'en' ? 'bridge' : 'brygga',
  'acmeus',
];

/** The summary facts of the US plan reached by `toUsSummary`. */
export const US_SUMMARY_FACTS: Record<Lang, string[]> = {
  en: [
    'Role: Partner administrator',
    'Order type: Subscription',
    'Cisco PSTN for Contact Center add-on: No',
    'Country of operation: United States',
    'Platform: Standard platform',
    'Telephony: Voice POP Bridge',
    'Subdomain: acmeus',
  ],
  sv: [
    'Roll: Partneradministratör',
    'Ordertyp: Prenumeration',
    'Tillägget Cisco PSTN för Contact Center: Nej',
    'Land: USA',
    'Plattform: Standardplattform',
    'Telefoni: Röst-POP-brygga',
    'Deldomän: acmeus',
  ],
};

/**
 * The text of a translation key in a language, up to its first `{{placeholder}}`: what
 * a reply shows when the key was said.
 */
export function textOf(lang: Lang, key: string): string {
  let node: unknown = resources[lang].translation;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no text for ${key} in ${lang}`);
  const text = node.split('{{')[0]!.trim();
  if (!text) throw new Error(`${key} in ${lang} starts with a placeholder`);
  return text;
}

/** One message in a state, and what must come of it. */
export interface Row {
  lang: Lang;
  /** What the row shows (part of the test's name). */
  what: string;
  /**
   * The state: the answers sent after the first contact (an exchange where the way there
   * is checked too, e.g. the question it ends at). Omitted: the message is the first of
   * the conversation (no first contact before it).
   */
  state?: (string | Exchange)[];
  /** Conversation options (a channel). */
  options?: ConversationOptions;
  /** The message. */
  message: string;
  /**
   * Who took the message: this table's handler, or none of the interruptions ("step":
   * the active step had it, as the list's fall-through says).
   */
  by: 'handler' | 'step';
  /** Translation keys whose text (up to a placeholder) the reply shows. */
  keys?: string[];
  /** Fragments the reply shows. */
  says?: string[];
  /** Fragments the reply must not show. */
  never?: string[];
  /** The question that comes next (`false`: none, nothing new is asked). */
  asks?: string | false;
  /** Its exact choice ids. */
  choices?: string[];
  /** The plan the message itself finished with (the setupCompleted event). */
  plan?: Partial<SetupPlan>;
  /** What comes after the message, as in a transcript. */
  then?: Exchange[];
  /**
   * What is recorded: fields of the finished plan once every remaining question is
   * answered with its step's example and the summary finished.
   */
  recorded?: Partial<SetupPlan>;
  /** What is not recorded: fields the finished plan must not hold with these values. */
  notRecorded?: Partial<SetupPlan>;
}

/** One interruption handler's table. */
export interface HandlerTable {
  /** The handler's name in interruptionList.ts. */
  handler: string;
  /**
   * Translation keys only this handler says: a row it took names the one its reply
   * shows (in `keys`), a row it did not take ("step") must show none of them. A reply
   * that is another's text too (help, a knowledge answer) shows the handler by
   * behaviour only: the question asked again, nothing recorded.
   */
  ownKeys: string[];
  rows: Row[];
}

/** The names of the interruption handlers, in the list's order. */
export function handlerNames(): string[] {
  // The handlers only keep their parts: none is used to read a name.
  return interruptionList({} as InterruptionParts).map((h) => h.name);
}

/** The table of messages no handler takes: the active step has them. */
export const NO_HANDLER = 'none (the active step)';

/** One describe per table, one test per row. */
export function describeHandler(table: HandlerTable): void {
  describe(`interruption "${table.handler}"`, () => {
    if (table.handler !== NO_HANDLER) {
      test('is a handler of the interruption list', () => {
        expect(handlerNames()).toContain(table.handler);
      });
    }
    test.each(table.rows.map((row) => [row.lang, row.what, row] as const))(
      '%s: %s',
      async (_lang, _what, row) => runRow(table, row),
    );
  });
}

async function runRow(table: HandlerTable, row: Row): Promise<void> {
  const conversation = new Conversation({ locale: row.lang, ...row.options });
  if (row.state !== undefined) {
    const way = row.state.map((s) => (typeof s === 'string' ? { user: s } : s));
    await talk(conversation, [{}, ...way]);
  }
  const own = table.ownKeys.map((key) => textOf(row.lang, key));
  const keys = (row.keys ?? []).map((key) => textOf(row.lang, key));
  const [reply] = await talk(conversation, [
    {
      user: row.message,
      says: [...keys, ...(row.says ?? [])],
      never: [...(row.never ?? []), ...(row.by === 'step' ? own : [])],
      ...(typeof row.asks === 'string' ? { asks: row.asks } : {}),
      ...(row.choices ? { choices: row.choices } : {}),
      ...(row.plan ? { plan: row.plan } : {}),
    },
  ]);
  if (row.asks === false) expect(reply!.asks).toBe(false);
  const replies = [reply!, ...(await talk(conversation, row.then ?? []))];
  if (row.recorded || row.notRecorded) {
    const plan = await finishedPlan(conversation, row.lang, replies[replies.length - 1]!);
    if (row.recorded) expect(plan).toEqual(expect.objectContaining(row.recorded));
    for (const [field, value] of Object.entries(row.notRecorded ?? {}))
      expect({ field, value: plan[field as keyof SetupPlan] }).not.toEqual({ field, value });
  }
}

/** The plan finished from a reply: every remaining question answered with its example. */
async function finishedPlan(conversation: Conversation, lang: Lang, from: Reply) {
  if (from.plan) return from.plan;
  const summary = await completeRemaining(conversation, from);
  const done = await conversation.say(WORDS[lang].finish);
  expect(conversation.errors).toEqual([]);
  if (!done.plan) throw new Error(`finishing at ${summary.questionId} sent no plan`);
  return done.plan;
}
