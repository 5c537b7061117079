/**
 * The evaluation corpus as a floor (eval/README.md): the bot must not understand less
 * than it was measured to, and no message may record an answer it did not give. The
 * floors are the measured figures, rounded down; raise them when the bot gets better.
 * The held-out part is never tuned on, so its floor is the honest one.
 */
import { loadKnowledgeSearch } from '../../knowledge/knowledgeSearch';
import { loadRules } from '../../provisioning/loadRules';
import { CORPUS_PARTS, loadCorpus, type CorpusPart } from '../../scripts/eval/evalCorpus';
import { summarize } from '../../scripts/eval/evalReport';
import { runCorpus, type CaseResult } from '../../scripts/eval/evalRun';

/** Measured 2026-12-06: tuning 538/540, held-out 121/135, the whole corpus 97.6%. */
const FLOORS: Record<CorpusPart | 'whole corpus', number> = {
  tuning: 0.98,
  heldout: 0.88,
  'whole corpus': 0.95,
};

const results = new Map<CorpusPart, CaseResult[]>();

beforeAll(async () => {
  const rules = loadRules();
  const knowledge = loadKnowledgeSearch();
  for (const part of CORPUS_PARTS)
    results.set(part, await runCorpus(loadCorpus(part), rules, knowledge));
}, 180_000);

const of = (part: CorpusPart | 'whole corpus') =>
  summarize(part === 'whole corpus' ? [...results.values()].flat() : results.get(part)!);

describe.each(Object.keys(FLOORS) as (keyof typeof FLOORS)[])('the %s', (part) => {
  test('no message records an answer it did not give', () => {
    expect(of(part).wrongRecords.map((r) => `${r.case.id}: ${r.case.text}`)).toEqual([]);
  });

  test(`at least ${Math.round(FLOORS[part] * 100)}% of the messages are understood`, () => {
    expect(of(part).accuracy).toBeGreaterThanOrEqual(FLOORS[part]);
  });
});
