import { loadKnowledgeSearch } from '../../knowledge/knowledgeSearch';
import { loadRules } from '../../provisioning/loadRules';
import { CORPUS_PARTS, loadCorpus, type CorpusPart } from './evalCorpus';
import { formatSummary, summarize } from './evalReport';
import { runCorpus } from './evalRun';

const USAGE = 'usage: npm run eval [-- --part tuning|heldout|all] [--failed] [--id <case id>]';

/**
 * `npm run eval`: every corpus message through the real bot; accuracy per class, the
 * confusions and any message that recorded an answer it did not give. Exit code 1 when
 * one did. `--failed` prints each wrong case with the bot's reply.
 */
async function main(argv: string[]): Promise<number> {
  const option = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const part = option('part') ?? 'all';
  if (part !== 'all' && !CORPUS_PARTS.includes(part as CorpusPart)) throw new Error(USAGE);
  const parts = part === 'all' ? CORPUS_PARTS : [part as CorpusPart];
  const rules = loadRules();
  const knowledge = loadKnowledgeSearch();
  let wrongRecords = 0;
  for (const name of parts) {
    const only = option('id');
    const cases = loadCorpus(name).filter((c) => !only || c.id === only);
    const started = process.hrtime.bigint();
    const results = await runCorpus(cases, rules, knowledge);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const summary = summarize(results);
    wrongRecords += summary.wrongRecords.length;
    console.log(formatSummary(name, summary));
    console.log(`  (${cases.length} conversations in ${(ms / 1000).toFixed(1)} s)\n`);
    if (!argv.includes('--failed') && !only) continue;
    for (const r of results.filter((x) => !x.correct || only)) {
      console.log(`${r.case.id} [${r.case.lang} at ${r.case.at}] ${r.case.text}`);
      console.log(`   expected ${r.expected}, got ${r.got}`);
      console.log(`   ${r.reply.replace(/\n/g, '\n   ').slice(0, 400)}\n`);
    }
  }
  return wrongRecords ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
