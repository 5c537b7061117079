/**
 * A simulated administrator for model-based random walks through the setup
 * conversation. It holds intended answers drawn from the provisioning rules and,
 * turn by turn, either answers the pending question (identified by its
 * questionId, in one of several equivalent forms) or disrupts the flow the way
 * real admins do: help, back, questions, a language switch, restart, cancel,
 * unclear yes/no answers, invalid input, old card buttons.
 *
 * Every move states what the conversation contract promises in return
 * (`Expectation`); the walk test checks it. Everything is driven by one seeded
 * PRNG, so a seed replays the same walk.
 */
import {
  ORDER_TYPES,
  ROLES,
  type CountryCode,
  type OrderType,
  type PlatformId,
  type Role,
  type TelephonyId,
} from '../../provisioning/identifiers';
import type { ShippedLocale as Locale } from '../../locales/languages';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import type { SetupPlan } from '../../dialogs/setupPlan';
import { Random } from '../../scripts/fuzz/random';
import type { Reply } from './conversation';
import { isNewStepQuestion, newSteps, typicalAnswer } from './stepRegistry';
import { STEPS, type StepId } from '../../dialogs/setupDraft';

export { Random };

// ---------------------------------------------------------------------------
// The question ids of the conversation contract
// ---------------------------------------------------------------------------

export const QUESTION_IDS = [
  'role',
  'orderType',
  'country',
  'country.confirm',
  'pstnAddOn',
  'platform',
  'platform.confirm',
  'telephony',
  'subdomain',
  'summary',
  'restart.confirm',
  'cancel.confirm',
] as const;
/**
 * A question of the contract, or of a step added to the registry since the simulated
 * admin was written (answered with its step's example, see stepRegistry.ts).
 */
export type QuestionId = (typeof QUESTION_IDS)[number] | StepId | `${StepId}.confirm`;

export function isQuestionId(id: string | undefined): id is QuestionId {
  return (QUESTION_IDS as readonly (string | undefined)[]).includes(id) || isNewStepQuestion(id);
}

const YES_NO_QUESTIONS: readonly QuestionId[] = [
  'country.confirm',
  'pstnAddOn',
  'platform.confirm',
  'restart.confirm',
  'cancel.confirm',
];

/** Questions that come after the country is fixed: reaching them means the country was accepted. */
export const PAST_COUNTRY: readonly QuestionId[] = [
  'pstnAddOn',
  'platform',
  'platform.confirm',
  'telephony',
  'subdomain',
  'summary',
  ...newSteps().filter((s) => STEPS.indexOf(s) > STEPS.indexOf('country')),
];

type Command = 'restart' | 'cancel';

function confirmOf(command: Command): QuestionId {
  return command === 'restart' ? 'restart.confirm' : 'cancel.confirm';
}

// ---------------------------------------------------------------------------
// Intentions: the setup the admin wants, drawn from the rules
// ---------------------------------------------------------------------------

export interface Intentions {
  role: Role;
  orderType: OrderType;
  country: CountryCode;
  pstnAddOn: boolean;
  platform: PlatformId;
  /** Whether the platform needs Cisco Solution Assurance's request (asked as platform.confirm). */
  platformNeedsAssurance: boolean;
  telephony: TelephonyId;
  subdomain: string;
}

export function drawIntentions(rules: ProvisioningRules, random: Random, seed: number): Intentions {
  const role = random.pick(ROLES);
  const orderType = random.pick(ORDER_TYPES);
  const country = random.pick(rules.countries()).code;
  const pstnAddOn = rules.pstnAddOnAvailable(country, orderType) && random.chance(0.5);
  const platform = drawPlatform(rules, country, random);
  const telephony = rules.telephonyOptions({
    country,
    platform: platform.id,
    orderType,
    pstnAddOn,
  });
  return {
    role,
    orderType,
    country,
    pstnAddOn,
    platform: platform.id,
    platformNeedsAssurance: platform.requiresSolutionAssurance,
    telephony: telephony.automatic?.id ?? random.pick(telephony.options),
    subdomain: `walk${seed}`,
  };
}

/** Mostly the everyday platform; a platform that needs Solution Assurance only sometimes. */
function drawPlatform(rules: ProvisioningRules, country: CountryCode, random: Random) {
  const platforms = rules.platformsOf(country);
  const everyday = platforms.filter((p) => !p.requiresSolutionAssurance);
  const special = platforms.filter((p) => p.requiresSolutionAssurance);
  if (everyday.length && (!special.length || random.chance(0.7))) return random.pick(everyday);
  return random.pick(special.length ? special : platforms);
}

/** The fields of the setupCompleted plan that the intentions decide. */
export type PlanFields = Pick<
  SetupPlan,
  | 'role'
  | 'orderType'
  | 'pstnAddOn'
  | 'country'
  | 'region'
  | 'dataCenter'
  | 'platform'
  | 'telephony'
  | 'subdomain'
  | 'locale'
>;

export function expectedPlan(
  intentions: Intentions,
  rules: ProvisioningRules,
  locale: Locale,
): PlanFields {
  const country = rules.country(intentions.country);
  if (!country) throw new Error(`intended country ${intentions.country} is not supported`);
  return {
    role: intentions.role,
    orderType: intentions.orderType,
    pstnAddOn: intentions.pstnAddOn,
    country: intentions.country,
    region: country.region,
    dataCenter: rules.dataCenterOf(intentions.country).id,
    platform: intentions.platform,
    telephony: intentions.telephony,
    subdomain: intentions.subdomain.toLowerCase(),
    locale,
  };
}

// ---------------------------------------------------------------------------
// Phrasebook: what the admin types, per language
// ---------------------------------------------------------------------------

interface Phrasebook {
  help: string;
  back: string;
  restart: string;
  cancel: string;
  /** Switches the bot to this language. */
  switchHere: string;
  options: (country: string) => string;
  yesPlease: string;
  uncertain: readonly string[];
  questions: readonly string[];
  greetings: readonly string[];
  unsupportedCountries: readonly string[];
  startAgain: readonly string[];
  thanks: readonly string[];
  ordinalWords: readonly string[];
  numbered: (n: number) => string;
}

const PHRASES: Record<Locale, Phrasebook> = {
  en: {
    help: 'help',
    back: 'back',
    restart: 'restart',
    cancel: 'cancel',
    switchHere: 'english',
    options: (country) => `options ${country}`,
    yesPlease: 'yes please',
    uncertain: ['not sure', 'maybe', "I don't know"],
    questions: [
      'what is Controlled GA?',
      'what is vPOP?',
      'can I change the country later?',
      'Which telephony options does Canada have?',
    ],
    greetings: ['hi', 'hello'],
    unsupportedCountries: ['Sweden', 'Germany', 'India'],
    startAgain: ['hi', 'I want to set up a tenant'],
    thanks: ['thanks', 'thank you'],
    ordinalWords: ['the first one', 'the second one', 'the third one', 'the fourth one'],
    numbered: (n) => `number ${n}`,
  },
  sv: {
    help: 'hjälp',
    back: 'tillbaka',
    restart: 'börja om',
    cancel: 'avbryt',
    switchHere: 'svenska',
    options: (country) => `alternativ ${country}`,
    yesPlease: 'ja tack',
    uncertain: ['inte säker', 'vet inte', 'kanske'],
    questions: [
      'vad är Kontrollerad GA?',
      'vad är vPOP?',
      'kan jag ändra landet senare?',
      'Vilka telefonialternativ har Kanada?',
    ],
    greetings: ['hej', 'hallå'],
    unsupportedCountries: ['Sverige', 'Tyskland', 'Indien'],
    startAgain: ['hej', 'jag vill konfigurera en klientorganisation'],
    thanks: ['tack', 'tack så mycket'],
    ordinalWords: ['den första', 'den andra', 'den tredje', 'den fjärde'],
    numbered: (n) => `nummer ${n}`,
  },
};

const INVALID_SUBDOMAINS = ['acme-jp', 'Åkerlund', 'a.b', 'acme corp'];

function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'sv' : 'en';
}

// ---------------------------------------------------------------------------
// Moves: one message and what the contract promises in reply
// ---------------------------------------------------------------------------

export type AdminMessage = { text: string } | { submit: { choice: string } };

/**
 * What the reply must be:
 * - `accepted`: the answer was taken, a different question is pending;
 * - `same`: nothing was selected, the same question is asked again;
 * - `finished`: the plan arrives and no question is pending;
 * - `{ oneOf }`: one of these questions (`null`: no question pending);
 * - `any`: only the general invariants apply.
 */
export type Expectation =
  'accepted' | 'same' | 'finished' | 'any' | { oneOf: (QuestionId | null)[] };

export type MoveKind =
  | 'join'
  | 'answer'
  | 'summary-change'
  | 'finish'
  | 'confirm-command'
  | 'decline-command'
  | 'deny-country'
  | 'help'
  | 'back'
  | 'options'
  | 'language'
  | 'restart'
  | 'cancel'
  | 'question'
  | 'greeting'
  | 'uncertain'
  | 'unsupported-country'
  | 'invalid-subdomain'
  | 'out-of-range'
  | 'ordinal-at-yes-no'
  | 'old-card'
  | 'empty'
  | 'start-again'
  | 'thanks';

export interface Move {
  kind: MoveKind;
  message: AdminMessage;
  /** The question pending when the move was made. */
  at?: string;
  expect: Expectation;
  /** A clear yes to a yes/no question. */
  clearYes: boolean;
  /** The choice id or value meant, when the move answers. */
  value?: string;
  /** How the message was phrased: card submit, label, number, ordinal, typed name, ... */
  style: string;
}

/** "answer JP as number at country" */
export function describeMove(move: Move): string {
  const value = move.value ? ` ${move.value}` : '';
  return `${move.kind}${value} as ${move.style} at ${move.at ?? 'start'}`;
}

export function describeMessage(message: AdminMessage): string {
  return 'text' in message
    ? JSON.stringify(message.text)
    : `[card submit ${JSON.stringify(message.submit)}]`;
}

const STAYS: Expectation = 'same';

// ---------------------------------------------------------------------------
// The admin
// ---------------------------------------------------------------------------

export interface AdminOptions {
  seed: number;
  locale: Locale;
  rules: ProvisioningRules;
  /** Share of turns spent on a disruption instead of an answer. */
  disruptionRate?: number;
}

export type AdminStatus = 'in-setup' | 'cancelled' | 'finished';

export class SimulatedAdmin {
  readonly intentions: Intentions;
  /** The language the admin speaks (and expects the bot to speak). */
  locale: Locale;
  status: AdminStatus = 'in-setup';
  /** Whether a clear yes confirmed the country in the current run (since the last restart/cancel). */
  countryConfirmed = false;
  /** A restart or cancel the admin asked for and has not yet seen carried out. */
  pendingCommand: Command | undefined;
  private readonly random: Random;
  private readonly rules: ProvisioningRules;
  private readonly disruptionRate: number;
  private commandsLeft = 2;
  private languageSwitchesLeft = 2;
  private summaryChangesLeft = 1;
  /** Choice ids shown so far, per question, for "old card" submits. */
  private readonly seenChoiceIds = new Map<string, Set<string>>();

  constructor(options: AdminOptions) {
    this.random = new Random(options.seed);
    this.rules = options.rules;
    this.locale = options.locale;
    this.disruptionRate = options.disruptionRate ?? 0.3;
    this.intentions = drawIntentions(options.rules, this.random, options.seed);
  }

  expectedPlan(): PlanFields {
    return expectedPlan(this.intentions, this.rules, this.locale);
  }

  /** Whether the admin wants to say thanks after finishing (decided once, at random). */
  wantsToThank(): boolean {
    return this.random.chance(0.5);
  }

  thanks(): Move {
    return this.move('thanks', this.text(this.random.pick(this.phrases.thanks)), { oneOf: [null] });
  }

  /** The admin's next message, given the bot's last reply. */
  nextMove(reply: Reply): Move {
    const at = reply.questionId;
    if (this.status === 'cancelled' || !at) {
      return this.move('start-again', this.text(this.random.pick(this.phrases.startAgain)), {
        oneOf: ['role'],
      });
    }
    const disruption = this.random.chance(this.disruptionRate) ? this.disruption(reply) : undefined;
    return { ...(disruption ?? this.answer(reply)), at };
  }

  /** Updates what the admin knows after seeing the reply to its move. */
  observe(move: Move, reply: Reply): void {
    const movedOn = PAST_COUNTRY.includes(reply.questionId as QuestionId);
    if (move.at === 'country.confirm' && move.clearYes && movedOn) this.countryConfirmed = true;
    if (move.kind === 'finish' && reply.plan) this.status = 'finished';
    if (move.kind === 'start-again') this.status = 'in-setup';
    this.observeCommand(move, reply);
    if (reply.questionId) this.rememberChoices(reply.questionId, reply);
  }

  private observeCommand(move: Move, reply: Reply): void {
    const command = this.pendingCommand;
    if (!command || reply.questionId === confirmOf(command)) return;
    this.pendingCommand = undefined;
    const carriedOut = move.kind === command || move.kind === 'confirm-command';
    if (!carriedOut) return;
    if (command === 'cancel' && !reply.asks) this.startNewRun('cancelled');
    if (command === 'restart' && reply.questionId === 'role') this.startNewRun('in-setup');
  }

  private rememberChoices(questionId: string, reply: Reply): void {
    const seen = this.seenChoiceIds.get(questionId) ?? new Set<string>();
    for (const choice of reply.choices) seen.add(choice.id);
    this.seenChoiceIds.set(questionId, seen);
  }

  private startNewRun(status: AdminStatus): void {
    this.status = status;
    this.countryConfirmed = false;
  }

  private get phrases(): Phrasebook {
    return PHRASES[this.locale];
  }

  // -- answers --------------------------------------------------------------

  private answer(reply: Reply): Move {
    const at = reply.questionId as QuestionId;
    const intended = this.intentions;
    switch (at) {
      case 'role':
        return this.choose(reply, intended.role);
      case 'orderType':
        return this.choose(reply, intended.orderType);
      case 'country':
        return this.chooseCountry(reply);
      case 'country.confirm':
        return this.yesNo(reply, true);
      case 'pstnAddOn':
        return this.yesNo(reply, intended.pstnAddOn);
      case 'platform':
        return this.choose(reply, intended.platform);
      case 'platform.confirm':
        return this.yesNo(reply, intended.platformNeedsAssurance);
      case 'telephony':
        return this.choose(reply, intended.telephony);
      case 'subdomain':
        return this.typeSubdomain();
      case 'summary':
        return this.summary(reply);
      case 'restart.confirm':
      case 'cancel.confirm':
        return this.confirmCommand(reply, at);
      default:
        // A step added since: its typical answer (the walk checks the plan's other fields).
        if (isNewStepQuestion(at)) {
          const example = typicalAnswer(reply);
          return { ...this.move('answer', this.text(example), 'accepted'), value: example };
        }
        // An unknown question: the walk test reports it; answer something harmless.
        return this.move('help', this.text(this.phrases.help), 'any');
    }
  }

  private choose(reply: Reply, id: string, kind: MoveKind = 'answer'): Move {
    const { message, style } = this.choiceForm(reply, id);
    const expect: Expectation = kind === 'finish' ? 'finished' : 'accepted';
    return { ...this.move(kind, message, expect), value: id, style };
  }

  /** One of the equivalent ways to pick a shown choice. */
  private choiceForm(reply: Reply, id: string): { message: AdminMessage; style: string } {
    const index = reply.choices.findIndex((c) => c.id === id);
    if (index < 0) return { message: { submit: { choice: id } }, style: 'card submit (not shown)' };
    const label = reply.choices[index]?.label ?? id;
    const forms: { message: AdminMessage; style: string }[] = [
      { message: { submit: { choice: id } }, style: 'card submit' },
      { message: { text: label }, style: 'label' },
      { message: { text: String(index + 1) }, style: 'number' },
      { message: { text: this.ordinal(index + 1) }, style: 'ordinal' },
    ];
    return this.random.pick(forms);
  }

  private ordinal(n: number): string {
    const words = this.phrases.ordinalWords;
    return n <= words.length && this.random.chance(0.7)
      ? (words[n - 1] as string)
      : this.phrases.numbered(n);
  }

  private chooseCountry(reply: Reply): Move {
    const code = this.intentions.country;
    if (this.random.chance(0.3)) {
      const name = this.rules.countryName(code, this.locale);
      const typed = this.random.chance(0.5) ? name.toLowerCase() : name;
      return {
        ...this.move('answer', this.text(typed), 'accepted'),
        value: code,
        style: 'typed name',
      };
    }
    return this.choose(reply, code);
  }

  /** A clear yes or no: the button, its label, or (for yes) the polite form. */
  private yesNo(reply: Reply, yes: boolean, kind: MoveKind = 'answer'): Move {
    const id = yes ? 'yes' : 'no';
    const label = reply.choices.find((c) => c.id === id)?.label;
    const forms: { message: AdminMessage; style: string }[] = [
      { message: { submit: { choice: id } }, style: 'card submit' },
      ...(label ? [{ message: this.text(label), style: 'label' }] : []),
      ...(yes ? [{ message: this.text(this.phrases.yesPlease), style: 'polite yes' }] : []),
    ];
    const { message, style } = this.random.pick(forms);
    return { ...this.move(kind, message, 'accepted'), clearYes: yes, value: id, style };
  }

  /**
   * "the first one" at a yes/no question is not a clear yes (the country can
   * never be changed): it selects nothing and the bot asks for a clear answer.
   * (A bare "1" is the number of "Yes" in the list a text channel shows.)
   */
  private ordinalAtYesNo(): Move {
    return this.move('ordinal-at-yes-no', this.text(this.ordinal(1)), STAYS);
  }

  private typeSubdomain(): Move {
    const name = this.intentions.subdomain;
    const typed = this.random.chance(0.3) ? name.charAt(0).toUpperCase() + name.slice(1) : name;
    return { ...this.move('answer', this.text(typed), 'accepted'), value: name, style: 'text' };
  }

  private summary(reply: Reply): Move {
    const changes = reply.choices.filter((c) => c.id.startsWith('change:'));
    if (this.summaryChangesLeft > 0 && changes.length && this.random.chance(0.3)) {
      this.summaryChangesLeft--;
      // The step asked next is up to the bot (an automatic option may just be explained).
      const change = this.choose(reply, this.random.pick(changes).id, 'summary-change');
      return { ...change, expect: 'any' };
    }
    return this.choose(reply, 'finish', 'finish');
  }

  private confirmCommand(reply: Reply, at: QuestionId): Move {
    const asked = this.pendingCommand && confirmOf(this.pendingCommand) === at;
    if (!asked) return { ...this.yesNo(reply, false, 'decline-command'), expect: 'any' };
    if (this.random.chance(0.15)) return this.yesNo(reply, false, 'decline-command');
    const expect: Expectation = at === 'restart.confirm' ? { oneOf: ['role'] } : { oneOf: [null] };
    return { ...this.yesNo(reply, true, 'confirm-command'), expect };
  }

  // -- disruptions ----------------------------------------------------------

  private disruption(reply: Reply): Move | undefined {
    const candidates = this.disruptionsAt(reply);
    return candidates.length ? this.random.pick(candidates)() : undefined;
  }

  private disruptionsAt(reply: Reply): (() => Move)[] {
    const at = reply.questionId as QuestionId;
    const p = this.phrases;
    const say = (kind: MoveKind, texts: readonly string[], expect: Expectation) => () =>
      this.move(kind, this.text(this.random.pick(texts)), expect);
    const confirmingCommand = at === 'restart.confirm' || at === 'cancel.confirm';
    // Another command at "restart/cancel?" drops that question and is done for the step below it.
    const commandStays: Expectation = confirmingCommand ? 'any' : STAYS;
    const list: (() => Move)[] = [
      say('help', [p.help], commandStays),
      say('back', [p.back], 'any'),
      () => this.askOptions(commandStays),
      say('question', p.questions, STAYS),
      say('greeting', p.greetings, STAYS),
      say('empty', [''], STAYS),
    ];
    if (this.languageSwitchesLeft > 0) list.push(() => this.switchLanguage(commandStays));
    if (this.commandsLeft > 0 && !confirmingCommand) list.push(() => this.command());
    if (at === 'country') list.push(say('unsupported-country', p.unsupportedCountries, STAYS));
    if (at === 'subdomain') list.push(say('invalid-subdomain', INVALID_SUBDOMAINS, STAYS));
    if (YES_NO_QUESTIONS.includes(at)) {
      list.push(say('uncertain', p.uncertain, STAYS), () => this.ordinalAtYesNo());
    }
    if (at === 'country.confirm') list.push(() => this.denyCountry(reply));
    // At the subdomain question a number is a valid name, not a choice.
    if (reply.choices.length && at !== 'subdomain') list.push(() => this.outOfRange(reply));
    if (this.oldChoiceIds(reply).length) list.push(() => this.oldCard(reply));
    return list;
  }

  private askOptions(expect: Expectation): Move {
    const country = this.random.pick(this.rules.countries()).code;
    const name = this.rules.countryName(country, this.locale);
    return this.move('options', this.text(this.phrases.options(name)), expect);
  }

  private switchLanguage(expect: Expectation): Move {
    this.languageSwitchesLeft--;
    this.locale = otherLocale(this.locale);
    return this.move('language', this.text(this.phrases.switchHere), expect);
  }

  private command(): Move {
    this.commandsLeft--;
    const command: Command = this.random.chance(0.5) ? 'restart' : 'cancel';
    this.pendingCommand = command;
    const text = command === 'restart' ? this.phrases.restart : this.phrases.cancel;
    const expect: Expectation =
      command === 'restart'
        ? { oneOf: ['restart.confirm', 'role'] }
        : { oneOf: ['cancel.confirm', null] };
    return this.move(command, this.text(text), expect);
  }

  private denyCountry(reply: Reply): Move {
    return { ...this.yesNo(reply, false, 'deny-country'), expect: 'any' };
  }

  private outOfRange(reply: Reply): Move {
    const n = reply.choices.length + 1 + this.random.int(3);
    const text = this.random.chance(0.5) ? String(n) : this.phrases.numbered(n);
    return this.move('out-of-range', this.text(text), STAYS);
  }

  /** Ids of earlier questions' buttons that mean nothing at the current question. */
  private oldChoiceIds(reply: Reply): string[] {
    const current = new Set(reply.choices.map((c) => c.id));
    for (const id of this.seenChoiceIds.get(reply.questionId ?? '') ?? []) current.add(id);
    const earlier = [...this.seenChoiceIds.values()].flatMap((ids) => [...ids]);
    return [...new Set(earlier)].filter((id) => !current.has(id));
  }

  private oldCard(reply: Reply): Move {
    const id = this.random.pick(this.oldChoiceIds(reply));
    return { ...this.move('old-card', { submit: { choice: id } }, 'any'), style: 'card submit' };
  }

  // -- helpers --------------------------------------------------------------

  private text(text: string): AdminMessage {
    return { text };
  }

  private move(kind: MoveKind, message: AdminMessage, expect: Expectation): Move {
    return { kind, message, expect, clearYes: false, style: 'text' };
  }
}
