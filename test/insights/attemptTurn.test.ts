import type { AttemptRecord } from '../../insights/attemptRecord';
import { AttemptTurn, type TurnFacts } from '../../insights/attemptTurn';
import { computeInsights } from '../../insights/insightsReport';

const MINUTE = 60_000;
let ids = 0;

/** One message turn of an admin, folded into the attempt before it. */
function turn(
  previous: AttemptRecord | undefined,
  facts: Partial<TurnFacts>,
  report: (turn: AttemptTurn) => void = () => {},
) {
  const attemptTurn = new AttemptTurn({ keepQuestions: false, newId: () => `a${++ids}` });
  report(attemptTurn);
  return attemptTurn.fold(previous, {
    channel: 'msteams',
    language: 'en',
    now: 0,
    plan: 1,
    answered: [],
    ...facts,
  });
}

describe('an attempt, turn by turn', () => {
  test('a finished attempt keeps a share, and the next setup is a new attempt', () => {
    const first = turn(undefined, { current: 'orderType', answered: ['role'] });
    expect(first.events.started).toEqual({ channel: 'msteams', language: 'en' });
    expect(first.events.stepsReached).toEqual(['role', 'orderType']);
    const finish = { country: 'JP', platform: 'standard', telephony: 'webex-calling' };
    const done = turn(first.record, { now: 5 * MINUTE, plan: 2, finished: finish });
    expect(done.record.closed).toEqual({ outcome: 'finished', at: 5 * MINUTE, ...finish });
    expect(done.events.stepsReached).toEqual(['summary']);
    expect(done.events.finished).toEqual({ ...finish, language: 'en' });
    const share = turn(done.record, { plan: 2 }, (t) => t.commandUsed('share'));
    expect(share.record.id).toBe(first.record.id);
    expect(share.record.commands).toEqual({ share: 1 });
    const again = turn(share.record, { plan: 3, current: 'role' });
    expect(again.record.id).not.toBe(first.record.id);
    expect(again.events.started).toBeDefined();
  });

  test('a handoff is recorded and counted; finishing afterwards still wins', () => {
    const handed = turn(undefined, {}, (t) => t.handedOff('webex-room'));
    expect(handed.events.handoff).toBe('webex-room');
    const report = (records: AttemptRecord[]) =>
      computeInsights(records, { from: 0, to: 10 * MINUTE, abandonAfterMs: MINUTE, steps: [] })
        .report.attempts;
    expect(report([handed.record])).toMatchObject({ handedOff: 1, abandoned: 0 });
    const finish = { country: 'JP', platform: 'standard', telephony: 'voice-pop' };
    const finished = turn(handed.record, { finished: finish });
    expect(report([finished.record])).toMatchObject({ handedOff: 0, finished: 1 });
  });

  test('an unsupported country is the outcome until a covered country is answered', () => {
    const named = turn(undefined, { current: 'country' }, (t) => t.unsupportedCountry('SE'));
    expect(named.record.unsupportedCountry).toBe('SE');
    const covered = turn(named.record, { answered: ['country'], current: 'platform' });
    expect(covered.record.unsupportedCountry).toBeUndefined();
  });

  test('abandoned is worked out when reading, from the last message', () => {
    const record = turn(undefined, { now: 0 }).record;
    const read = (to: number) =>
      computeInsights([record], { from: 0, to, abandonAfterMs: 60 * MINUTE, steps: [] });
    expect(read(59 * MINUTE).extras.inProgress).toBe(1);
    expect(read(60 * MINUTE).report.attempts.abandoned).toBe(1);
  });
});
