import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ORDER_TYPES, PLATFORMS, ROLES, TELEPHONY_OPTIONS } from '../../provisioning/identifiers';
import { COMMANDS } from '../../insights/attemptRecord';

/** The answers a message gives (or a path gives before it), by step, as the bot stores them. */
export const givenAnswersSchema = z
  .object({
    role: z.enum(ROLES),
    orderType: z.enum(ORDER_TYPES),
    country: z.string().regex(/^[A-Z]{2}$/),
    pstnAddOn: z.boolean(),
    platform: z.enum(PLATFORMS),
    telephony: z.enum(TELEPHONY_OPTIONS),
    subdomain: z.string().min(1),
  })
  .partial()
  .strict();
export type GivenAnswers = z.infer<typeof givenAnswersSchema>;

/** Where the admin is when they write the message (eval/README.md). */
export const PLACES = [
  'start',
  'role',
  'orderType',
  'country',
  'country.confirm',
  'pstnAddOn',
  'platform',
  'telephony',
  'subdomain',
  'summary',
  'finished',
  'unsupported',
] as const;
export type Place = (typeof PLACES)[number];

export const expectationSchema = z.union([
  z.object({ question: z.string().min(1) }).strict(),
  z.object({ answers: givenAnswersSchema }).strict(),
  z.object({ command: z.enum(COMMANDS) }).strict(),
  z.object({ handoff: z.literal(true) }).strict(),
  z.object({ nothing: z.literal(true) }).strict(),
]);
export type Expectation = z.infer<typeof expectationSchema>;

export const CLASSES = [
  'question',
  'answers',
  'change',
  'command',
  'handoff',
  'smalltalk',
] as const;

export const corpusCaseSchema = z
  .object({
    id: z.string().regex(/^[th]-\d+$/),
    class: z.enum(CLASSES),
    lang: z.enum(['en', 'sv']),
    at: z.enum(PLACES),
    given: givenAnswersSchema.optional(),
    text: z.string().min(1).max(500),
    expect: expectationSchema,
    note: z.string().optional(),
  })
  .strict();
export type CorpusCase = z.infer<typeof corpusCaseSchema>;

export const CORPUS_PARTS = ['tuning', 'heldout'] as const;
export type CorpusPart = (typeof CORPUS_PARTS)[number];

/** The corpus folder of a checkout (eval/corpus), from the source or the built script. */
export function corpusFolder(): string {
  return join(
    __dirname,
    __dirname.includes(`${join('dist', 'scripts')}`) ? '../../..' : '../..',
    'eval',
    'corpus',
  );
}

/** One part of the corpus, every line checked; a bad line names its number and what is wrong. */
export function loadCorpus(part: CorpusPart, folder = corpusFolder()): CorpusCase[] {
  const lines = readFileSync(join(folder, `${part}.jsonl`), 'utf8').split('\n');
  const cases: CorpusCase[] = [];
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const parsed = corpusCaseSchema.safeParse(JSON.parse(line));
    if (!parsed.success) {
      throw new Error(`${part}.jsonl line ${index + 1}: ${z.prettifyError(parsed.error)}`);
    }
    cases.push(parsed.data);
  });
  const ids = new Set<string>();
  for (const c of cases) {
    if (ids.has(c.id)) throw new Error(`${part}.jsonl: the id ${c.id} is used twice`);
    ids.add(c.id);
  }
  return cases;
}
