/**
 * The evaluation corpus as a floor (eval/README.md): the bot must not understand less
 * than it was measured to, and no message may record an answer it did not give. The
 * floors are the measured figures, rounded down; raise them when the bot gets better.
 * The held-out part is never tuned on, so its floor is the honest one.
 */
import { loadKnowledgeSearch } from '../../knowledge/knowledgeSearch';
import { loadRules } from '../../provisioning/loadRules';
import { loadCorpus, type CorpusPart } from '../../scripts/eval/evalCorpus';
import { summarize } from '../../scripts/eval/evalReport';
import { runCorpus } from '../../scripts/eval/evalRun';

const FLOORS: Record<CorpusPart, number> = { tuning: 0.87, heldout: 0.8 };

const rules = loadRules();
const knowledge = loadKnowledgeSearch();

describe.each(Object.keys(FLOORS) as CorpusPart[])('the %s part of the corpus', (part) => {
  let summary: ReturnType<typeof summarize>;

  beforeAll(async () => {
    summary = summarize(await runCorpus(loadCorpus(part), rules, knowledge));
  }, 120_000);

  test('no message records an answer it did not give', () => {
    expect(summary.wrongRecords.map((r) => `${r.case.id}: ${r.case.text}`)).toEqual([]);
  });

  test(`at least ${Math.round(FLOORS[part] * 100)}% of the messages are understood`, () => {
    expect(summary.accuracy).toBeGreaterThanOrEqual(FLOORS[part]);
  });
});
