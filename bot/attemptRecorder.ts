import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { setAttemptReporter } from '../dialogs/attemptReport';
import type { SetupSession } from '../dialogs/conversation/setupSession';
import { STEPS } from '../dialogs/setupDraft';
import { findTurnLanguage } from '../dialogs/turnLanguage';
import { adminHash } from '../insights/adminHash';
import type { AttemptRecord } from '../insights/attemptRecord';
import type { AttemptStore } from '../insights/attemptStore';
import { AttemptTurn, type TurnEvents } from '../insights/attemptTurn';
import type { TurnMetrics } from '../insights/turnMetrics';
import type { Logger } from './logger';

export interface AttemptRecorderDependencies {
  store: AttemptStore;
  metrics: TurnMetrics;
  /** Where the attempt is kept between turns (private conversation state). */
  attempt: StatePropertyAccessor<AttemptRecord | undefined>;
  /** Keep the redacted text of unanswered questions (INSIGHTS_KEEP_QUESTIONS). */
  keepQuestions: boolean;
  log: Logger;
  newId: () => string;
  now: () => number;
}

/** A turn being recorded: what the dialogs report, and the last finished plan before it. */
export interface RecordedTurn {
  report: AttemptTurn;
  lastPlanBefore?: string;
}

/** The attempt as the turn left it, written once the state is saved. */
export interface PendingAttempt {
  record: AttemptRecord;
  events: TurnEvents;
}

/**
 * Records each admin's setup attempt: per message turn the dialogs report to an
 * AttemptTurn; at its end the attempt is updated in the conversation state (saved with
 * it) and written to the attempt store once that save succeeded: one extra write a turn.
 */
export class AttemptRecorder {
  constructor(private readonly deps: AttemptRecorderDependencies) {}

  begin(context: TurnContext, session: SetupSession | undefined): RecordedTurn {
    const report = new AttemptTurn({
      keepQuestions: this.deps.keepQuestions,
      newId: this.deps.newId,
    });
    setAttemptReporter(context, report);
    return { report, lastPlanBefore: session?.lastPlan?.id };
  }

  /** Folds the turn into the attempt and keeps it in the conversation state (not yet written). */
  async end(
    context: TurnContext,
    turn: RecordedTurn,
    session: SetupSession | undefined,
  ): Promise<PendingAttempt> {
    const previous = await this.deps.attempt.get(context);
    const lastPlan = session?.lastPlan;
    const key = !previous || previous.closed ? await this.hashKey() : undefined;
    const { channelId, from } = context.activity;
    const folded = turn.report.fold(previous?.v === 1 ? previous : undefined, {
      channel: channelId,
      language: findTurnLanguage(context)?.locale ?? '',
      now: this.deps.now(),
      plan: session?.planNumber,
      current: session?.current,
      answered: session ? STEPS.filter((step) => session.draft[step] !== undefined) : [],
      ...(lastPlan && lastPlan.id !== turn.lastPlanBefore
        ? { finished: pick(lastPlan, ['country', 'platform', 'telephony']) }
        : {}),
      admin: () => (key && from?.id ? adminHash(key, channelId, from.id) : undefined),
    });
    await this.deps.attempt.set(context, folded.record);
    return folded;
  }

  /** After the state was saved: counts the turn's events and writes the attempt. */
  async save({ record, events }: PendingAttempt): Promise<void> {
    this.deps.metrics.attemptChanged(events);
    try {
      await this.deps.store.save(record);
    } catch (error) {
      this.deps.metrics.storeError('attempt-write');
      this.deps.log.warn({ err: error }, 'could not record the setup attempt');
    }
  }

  private async hashKey(): Promise<string | undefined> {
    try {
      return await this.deps.store.hashKey();
    } catch {
      return undefined;
    }
  }
}

function pick<T, K extends keyof T>(value: T, keys: readonly K[]): { [P in K]: string } {
  return Object.fromEntries(keys.map((key) => [key, String(value[key])])) as { [P in K]: string };
}
