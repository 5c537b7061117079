/**
 * The cost of matching one admin question against the knowledge base (knowledge/), measured
 * over the question set of test/knowledge/questionSet.ts (in-scope, held-out and out-of-scope
 * questions, English and Swedish). Prints figures; asserts nothing.
 *
 *   npm run bench:knowledge [-- --rounds 200] [-- --json]
 */
import { performance } from 'node:perf_hooks';
import { loadKnowledgeSearch } from '../knowledge/knowledgeSearch';
import type { KnowledgeLocale } from '../knowledge/knowledgeSchema';
import { HELD_OUT, OUT_OF_SCOPE, QUESTIONS } from '../test/knowledge/questionSet';

export interface KnowledgeBenchReport {
  /** Reading, validating and indexing the shipped file, once. */
  loadMs: number;
  questions: number;
  rounds: number;
  /** Per question, in microseconds. */
  meanUs: number;
  p50Us: number;
  p99Us: number;
  maxUs: number;
  perLocale: Record<KnowledgeLocale, { meanUs: number; p99Us: number }>;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function workload(): { locale: KnowledgeLocale; question: string }[] {
  return (['en', 'sv'] as const).flatMap((locale) => [
    ...QUESTIONS[locale].map((q) => ({ locale, question: q.question })),
    ...HELD_OUT[locale].map((q) => ({ locale, question: q.question })),
    ...OUT_OF_SCOPE[locale].map((question) => ({ locale, question })),
  ]);
}

export function runKnowledgeBench(rounds: number): KnowledgeBenchReport {
  const loadStart = performance.now();
  const knowledge = loadKnowledgeSearch();
  const loadMs = performance.now() - loadStart;
  const questions = workload();
  // Warm up the JIT before timing.
  for (let i = 0; i < 20; i++) for (const q of questions) knowledge.search(q.question, q.locale);
  const samples: Record<KnowledgeLocale, number[]> = { en: [], sv: [] };
  for (let round = 0; round < rounds; round++) {
    for (const q of questions) {
      const start = performance.now();
      knowledge.search(q.question, q.locale);
      samples[q.locale].push((performance.now() - start) * 1000);
    }
  }
  const all = [...samples.en, ...samples.sv].sort((a, b) => a - b);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const locale = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { meanUs: round1(mean(sorted)), p99Us: round1(percentile(sorted, 99)) };
  };
  return {
    loadMs: round1(loadMs),
    questions: questions.length,
    rounds,
    meanUs: round1(mean(all)),
    p50Us: round1(percentile(all, 50)),
    p99Us: round1(percentile(all, 99)),
    maxUs: round1(all.at(-1)!),
    perLocale: { en: locale(samples.en), sv: locale(samples.sv) },
  };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function main(argv: string[]): void {
  const i = argv.indexOf('--rounds');
  const rounds = i >= 0 ? Number(argv[i + 1]) : 200;
  if (!Number.isInteger(rounds) || rounds <= 0)
    throw new Error('--rounds must be a positive integer');
  const report = runKnowledgeBench(rounds);
  if (argv.includes('--json')) {
    console.log(JSON.stringify(report));
    return;
  }
  console.log(`knowledge search, node ${process.version}`);
  console.log(`  load + validate + index: ${report.loadMs} ms (once, at start)`);
  console.log(
    `  ${report.questions} questions x ${report.rounds} rounds: mean ${report.meanUs} µs, ` +
      `p50 ${report.p50Us} µs, p99 ${report.p99Us} µs, max ${report.maxUs} µs per question`,
  );
  for (const [name, figures] of Object.entries(report.perLocale)) {
    console.log(`  ${name}: mean ${figures.meanUs} µs, p99 ${figures.p99Us} µs`);
  }
}

if (require.main === module) main(process.argv.slice(2));
