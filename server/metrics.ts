import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { TurnEvents } from '../insights/attemptTurn';
import type { TurnMetrics, TurnResult } from '../insights/turnMetrics';

/** The prefix of every metric (a contract: design.md, README "Operating it"). */
export const METRIC_PREFIX = 'wxcc_setup_';

/**
 * This process's Prometheus metrics, served at GET /metrics on the operator listener.
 * Each instance counts its own turns; Prometheus adds the instances up.
 */
export class Metrics implements TurnMetrics {
  readonly registry = new Registry();
  private readonly turns = this.counter(
    'turns_total',
    'Turns handled, by channel and result (ok, error, timeout, rejected)',
    ['channel', 'result'],
  );
  private readonly turnDuration = new Histogram({
    name: `${METRIC_PREFIX}turn_duration_seconds`,
    help: 'How long a turn took, by channel',
    labelNames: ['channel'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly started = this.counter(
    'attempts_started_total',
    'Setup attempts started, by channel and language',
    ['channel', 'language'],
  );
  private readonly stepReached = this.counter(
    'step_reached_total',
    'Attempts that reached a step (first time per attempt)',
    ['step'],
  );
  private readonly finished = this.counter(
    'finished_total',
    'Setups finished, by country, platform, telephony and language',
    ['country', 'platform', 'telephony', 'language'],
  );
  private readonly questions = this.counter(
    'questions_total',
    "Admins' questions, by result (answered, unanswered, out_of_scope)",
    ['result'],
  );
  private readonly commands = this.counter('commands_total', 'Commands used, by command', [
    'command',
  ]);
  private readonly handoffs = this.counter('handoffs_total', 'Handoffs to a person, by target', [
    'target',
  ]);
  private readonly storeErrors = this.counter(
    'store_errors_total',
    'Failed calls to the state store, by store and operation',
    ['store', 'operation'],
  );
  private readonly httpRejected = this.counter(
    'http_rejected_total',
    'Requests answered with a 4xx or 5xx status, by route and status',
    ['route', 'status'],
  );

  constructor(private readonly store: string) {
    collectDefaultMetrics({ register: this.registry, prefix: METRIC_PREFIX });
  }

  turnDone(channel: string, result: TurnResult, seconds: number): void {
    this.turns.inc({ channel, result });
    this.turnDuration.observe({ channel }, seconds);
  }

  attemptChanged(events: TurnEvents): void {
    if (events.started) this.started.inc(events.started);
    for (const step of events.stepsReached) this.stepReached.inc({ step });
    for (const command of events.commands) this.commands.inc({ command });
    for (const result of events.questions)
      this.questions.inc({ result: result === 'out-of-scope' ? 'out_of_scope' : result });
    if (events.finished) this.finished.inc(events.finished);
    if (events.handoff) this.handoffs.inc({ target: events.handoff });
  }

  storeError(operation: string): void {
    this.storeErrors.inc({ store: this.store, operation });
  }

  /** A request answered with an error status (`route`: the route's path, or `unknown`). */
  requestRejected(route: string, status: number): void {
    this.httpRejected.inc({ route, status: String(status) });
  }

  private counter<L extends string>(name: string, help: string, labelNames: readonly L[]) {
    return new Counter<L>({
      name: `${METRIC_PREFIX}${name}`,
      help,
      labelNames,
      registers: [this.registry],
    });
  }
}
