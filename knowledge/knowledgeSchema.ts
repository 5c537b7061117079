import { z } from 'zod';

/** The languages every entry is written in. */
export const KNOWLEDGE_LOCALES = ['en', 'sv'] as const;
export type KnowledgeLocale = (typeof KNOWLEDGE_LOCALES)[number];

/** The longest answer: answers are "a few lines" in a chat bubble. */
export const MAX_ANSWER_LENGTH = 600;

/** How each language's answer names where its fact comes from. */
const SOURCE_MARK: Record<KnowledgeLocale, { source: string; assumed: string }> = {
  en: { source: '(Source:', assumed: '(Assumption:' },
  sv: { source: '(Källa:', assumed: '(Antagande:' },
};

const text = z.string().trim().min(1, 'must not be empty');

/** The same thing in English and Swedish. */
const bilingual = <T extends z.ZodType>(value: T) => z.strictObject({ en: value, sv: value });

/** Where a fact comes from: a source id from `sources`, or an assumption saying what to verify. */
const basis = z.union(
  [
    z.strictObject({ source: z.string().min(1) }),
    z.strictObject({ assumed: z.string().min(10, 'an assumption must say what to verify') }),
  ],
  { error: 'must be { "source": "<id from sources>" } or { "assumed": "<what to verify>" }' },
);

const entry = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case, e.g. "pstn-add-on"'),
  /** A short name, e.g. for a button offering this topic when the bot is unsure. */
  title: bilingual(text.max(80, 'a title must fit on a button (80 characters at most)')),
  /** The words and phrases admins use for this topic. */
  topics: bilingual(z.array(text).min(1, 'an entry needs at least one topic phrase')),
  answer: bilingual(
    text.max(
      MAX_ANSWER_LENGTH,
      `an answer is a few lines (${MAX_ANSWER_LENGTH} characters at most)`,
    ),
  ),
  basis,
  /** Ids from `links`. */
  links: z.array(z.string().min(1)).optional(),
  /**
   * A topic the rules answer for each country (data center, platforms, telephony): a
   * question that names a country gets that country's facts from the rules instead.
   */
  perCountry: z.boolean().optional(),
  /** The entry that compares this one with the other options of its kind ("telephony"). */
  overview: z.string().min(1).optional(),
});

const link = z.strictObject({
  title: bilingual(text),
  url: z.url({ protocol: /^https$/, error: 'must be an https:// address' }).optional(),
  basis,
});

export const knowledgeSchema = z
  .strictObject({
    $comment: z.string().optional(),
    version: z.literal(1),
    sources: z.record(z.string(), text),
    links: z.record(z.string(), link),
    /** Words that say nothing about the topic ("how", "the", "hur", "vad"): ignored by the search. */
    stopWords: bilingual(z.array(text)),
    /** Words or phrases that mark a question as outside the setup (prices, weather, other products). */
    offTopicCues: bilingual(z.array(text).min(1)),
    /** Words that compare options ("difference", "vs", "skillnad"): such a question is about their overview. */
    comparisonCues: bilingual(z.array(text).min(1)),
    entries: z.array(entry).min(1, 'the knowledge base needs at least one entry'),
  })
  .superRefine(checkReferences);

export type KnowledgeData = z.infer<typeof knowledgeSchema>;
export type KnowledgeEntry = KnowledgeData['entries'][number];
export type KnowledgeLink = KnowledgeData['links'][string];
export type KnowledgeBasis = KnowledgeEntry['basis'];

type Path = (string | number)[];

/** Ids refer to things the file defines, once each; answers name their source or assumption. */
function checkReferences(data: KnowledgeData, ctx: z.RefinementCtx): void {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const sources = Object.keys(data.sources);
  const checkBasis = (b: KnowledgeBasis, path: Path) => {
    if ('source' in b && !sources.includes(b.source)) {
      issue([...path, 'source'], `"${b.source}" is not listed in sources (${sources.join(', ')})`);
    }
  };
  for (const [id, l] of Object.entries(data.links)) checkBasis(l.basis, ['links', id, 'basis']);
  const seen = new Set<string>();
  data.entries.forEach((e, i) => {
    if (seen.has(e.id)) issue(['entries', i, 'id'], `duplicate entry "${e.id}"`);
    seen.add(e.id);
    checkBasis(e.basis, ['entries', i, 'basis']);
    if (e.overview && !data.entries.some((o) => o.id === e.overview))
      issue(['entries', i, 'overview'], `"${e.overview}" is not an entry`);
    e.links?.forEach((id, j) => {
      if (!(id in data.links)) {
        const known = Object.keys(data.links).join(', ');
        issue(['entries', i, 'links', j], `"${id}" is not listed in links (${known})`);
      }
    });
    for (const locale of KNOWLEDGE_LOCALES) {
      const mark = SOURCE_MARK[locale][`source` in e.basis ? 'source' : 'assumed'];
      if (!e.answer[locale].includes(mark)) {
        issue(
          ['entries', i, 'answer', locale],
          `must name its ${'source' in e.basis ? 'source' : 'assumption'} in the text, with "${mark} ...)"`,
        );
      }
    }
  });
}
