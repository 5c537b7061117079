import type { AttemptRecord, CommandId } from './attemptRecord';
import type { AttemptReporter, QuestionResult } from './attemptReporter';
import { redactQuestion } from './redaction';

/** What the bot knows about a message turn once the dialogs ran (from the session). */
export interface TurnFacts {
  channel: string;
  language: string;
  now: number;
  /** The setup (plan) number in the conversation after the turn. */
  plan?: number;
  /** The step asked at the end of the turn, if any (a step id or 'summary'). */
  current?: string;
  /** The steps with an answer at the end of the turn. */
  answered: readonly string[];
  /** A plan finished in this turn. */
  finished?: { country: string; platform: string; telephony: string };
  /** Keyed hash of the admin (for counting distinct admins), when a new attempt needs it. */
  admin?: () => string | undefined;
}

/** What changed in this turn, for the process's counters (wxcc_setup_*). */
export interface TurnEvents {
  started?: { channel: string; language: string };
  stepsReached: string[];
  commands: CommandId[];
  questions: QuestionResult['kind'][];
  finished?: { country: string; platform: string; telephony: string; language: string };
  handoff?: string;
}

export interface AttemptTurnOptions {
  /** Keep the redacted text of unanswered questions (INSIGHTS_KEEP_QUESTIONS). */
  keepQuestions: boolean;
  newId: () => string;
}

/** Most unanswered texts kept per attempt (each at most 200 characters). */
const MAX_TEXTS_PER_ATTEMPT = 20;

/**
 * One turn's report: the dialogs tell it what happened (AttemptReporter); at the end
 * of the turn the bot folds it, with the session's facts, into the attempt's record.
 */
export class AttemptTurn implements AttemptReporter {
  private readonly commands: CommandId[] = [];
  private readonly questions: QuestionResult[] = [];
  private wasCancelled = false;
  private unsupported?: string;
  private handoff?: string;

  constructor(private readonly options: AttemptTurnOptions) {}

  commandUsed(command: CommandId): void {
    this.commands.push(command);
  }

  questionAsked(result: QuestionResult): void {
    this.questions.push(result);
  }

  cancelled(): void {
    this.wasCancelled = true;
  }

  unsupportedCountry(country: string): void {
    this.unsupported = country;
  }

  handedOff(target: string): void {
    this.handoff = target;
  }

  /** The attempt after this turn (a new one when the previous was closed), and the turn's events. */
  fold(
    previous: AttemptRecord | undefined,
    facts: TurnFacts,
  ): { record: AttemptRecord; events: TurnEvents } {
    const continues = previous && !(previous.closed && previous.plan !== facts.plan);
    const record = continues ? copyOf(previous) : this.newRecord(facts);
    const events: TurnEvents = {
      ...(continues ? {} : { started: { channel: facts.channel, language: facts.language } }),
      stepsReached: [],
      commands: this.commands,
      questions: this.questions.map((q) => q.kind),
    };
    record.lastAt = facts.now;
    record.messages += 1;
    record.language = facts.language;
    record.plan = facts.plan;
    this.addSteps(record, facts, events);
    this.addQuestions(record);
    for (const command of this.commands)
      record.commands[command] = (record.commands[command] ?? 0) + 1;
    this.close(record, facts, events);
    return { record, events };
  }

  private newRecord(facts: TurnFacts): AttemptRecord {
    const admin = facts.admin?.();
    return {
      v: 1,
      id: this.options.newId(),
      channel: facts.channel,
      language: facts.language,
      ...(admin ? { admin } : {}),
      startedAt: facts.now,
      lastAt: facts.now,
      messages: 0,
      reached: [],
      answered: [],
      commands: {},
      questions: { topics: {}, unanswered: 0, outOfScope: 0, texts: [] },
    };
  }

  private addSteps(record: AttemptRecord, facts: TurnFacts, events: TurnEvents): void {
    const answered = facts.finished ? [...facts.answered, 'summary'] : facts.answered;
    const reached = [...answered, ...(facts.current ? [facts.current] : [])];
    for (const step of reached) {
      if (record.reached.includes(step)) continue;
      record.reached.push(step);
      events.stepsReached.push(step);
    }
    for (const step of answered) if (!record.answered.includes(step)) record.answered.push(step);
  }

  private addQuestions(record: AttemptRecord): void {
    const questions = record.questions;
    for (const question of this.questions) {
      if (question.kind === 'answered')
        questions.topics[question.topic] = (questions.topics[question.topic] ?? 0) + 1;
      if (question.kind === 'out-of-scope') questions.outOfScope += 1;
      if (question.kind !== 'unanswered') continue;
      questions.unanswered += 1;
      if (this.options.keepQuestions && questions.texts.length < MAX_TEXTS_PER_ATTEMPT)
        questions.texts.push(redactQuestion(question.text));
    }
  }

  private close(record: AttemptRecord, facts: TurnFacts, events: TurnEvents): void {
    if (this.unsupported) record.unsupportedCountry = this.unsupported;
    else if (facts.answered.includes('country')) delete record.unsupportedCountry;
    if (this.handoff) {
      record.handedOff = { target: this.handoff, at: facts.now };
      events.handoff = this.handoff;
    }
    if (record.closed) return;
    if (facts.finished) {
      record.closed = { outcome: 'finished', at: facts.now, ...facts.finished };
      events.finished = { ...facts.finished, language: facts.language };
    } else if (this.wasCancelled) {
      record.closed = { outcome: 'cancelled', at: facts.now };
    }
  }
}

function copyOf(record: AttemptRecord): AttemptRecord {
  return {
    ...record,
    reached: [...record.reached],
    answered: [...record.answered],
    commands: { ...record.commands },
    questions: {
      ...record.questions,
      topics: { ...record.questions.topics },
      texts: [...record.questions.texts],
    },
  };
}
