// The stemmers' types sit behind "exports", which `moduleResolution: node` does not read.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./stemmers.d.ts" />
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as swedishStemmer } from '@orama/stemmers/swedish';
import { foldLetters } from '../common/textNormalization';
import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import {
  KNOWLEDGE_LOCALES,
  type KnowledgeData,
  type KnowledgeEntry,
  type KnowledgeLocale,
} from './knowledgeSchema';
import { loadKnowledge } from './loadKnowledge';

/** What the search makes of a question. */
export type KnowledgeResult =
  /** A confident match: show `entry.answer[locale]`. */
  | { kind: 'answer'; entry: KnowledgeEntry; score: number }
  /** Setup words, but no clear topic: offer these (best first, 1 to 3) and `help`. */
  | { kind: 'unsure'; closest: KnowledgeEntry[] }
  /** Nothing about the setup (prices, weather, other products): decline in one line. */
  | { kind: 'out-of-scope' };

/** A link of an entry, ready to show: `url` is absent where the data has only a title. */
export interface ResolvedLink {
  id: string;
  title: string;
  url?: string;
}

/**
 * The thresholds of the search. The defaults were set on the question set in
 * test/knowledge/questionSet.ts; the figures are printed by its test.
 */
export interface SearchTuning {
  /** From this score (MiniSearch's BM25+ of the best entry) on, an anchored best entry is answered. */
  answerScore: number;
  /** The best entry must score this many times the second best to be answered. */
  margin: number;
  /**
   * With no topic phrase matched whole, a question is still about the setup (and gets the
   * closest topics) when more than this share of its words are topic words of some entry and
   * the best entry scores at least `unsureScore`; otherwise it is out of scope.
   */
  vocabularyCoverage: number;
  unsureScore: number;
  /** How many topics an unsure result offers at most. */
  closest: number;
}

export const DEFAULT_TUNING: SearchTuning = {
  answerScore: 12,
  margin: 1.1,
  vocabularyCoverage: 0.5,
  unsureScore: 6,
  closest: 3,
};

const STEMMERS: Record<KnowledgeLocale, (word: string) => string> = {
  en: englishStemmer,
  sv: swedishStemmer,
};

/** Field weights: the admins' words for a topic count most, the answer text least. */
const BOOST = { topics: 3, title: 2, answer: 1 };

interface IndexedPhrase {
  id: number;
  phrase: string;
}

interface IndexedEntry {
  id: string;
  topics: string;
  title: string;
  answer: string;
}

/** Words of a text: lower case, split on anything that is not a letter or a digit. */
function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** å -> a, ä -> a, ö -> o, é -> e: admins on an English keyboard type "deldoman". */
function fold(word: string): string {
  return foldLetters(word);
}

/** Typos allowed in a (stemmed) question word: none in short words, more in long ones. */
function fuzziness(term: string): number | false {
  if (term.length < 5) return false;
  return term.length < 8 ? 1 : 2;
}

/**
 * Whether a question term matched a topic term closely enough to count it as said: a prefix
 * match only when at most 2 letters are missing ("telefoni" for "telefonin", not "land" for
 * "landsval"); exact and typo matches always.
 */
function closeEnough(queryTerm: string, topicTerm: string): boolean {
  if (queryTerm === topicTerm || !topicTerm.startsWith(queryTerm)) return true;
  return topicTerm.length - queryTerm.length <= 2;
}

/** One language's index, stop words and off-topic cues. */
class LocaleIndex {
  private readonly stopWords: ReadonlySet<string>;
  /** Each cue's words; `claimed` when an entry's topic phrases hold all of them (the `cost` entry). */
  private readonly cues: readonly {
    parts: { word: string; stem: string }[];
    /** The entries whose topic phrases hold every word of the cue. */
    claimedBy: string[];
    claimed: boolean;
  }[];
  private readonly processTerm: (term: string) => string | null;
  /** Words that compare options ("difference", "vs"), folded. */
  private readonly comparisonCues: ReadonlySet<string>;
  private readonly index: MiniSearch<IndexedEntry>;
  /** Every topic phrase as a document of its own, to tell which phrases a question holds whole. */
  private readonly phrases: MiniSearch<IndexedPhrase>;
  /** A phrase document's id -> its entry and its (processed) terms. */
  private readonly phraseTerms = new Map<number, { entry: string; terms: string[] }>();
  private readonly searchOptions: SearchOptions;

  constructor(
    readonly locale: KnowledgeLocale,
    data: KnowledgeData,
  ) {
    const stem = STEMMERS[locale];
    this.stopWords = new Set(data.stopWords[locale].flatMap(words));
    // A cue word matches the same word, or a word with the same stem of 4 letters or more
    // ("prices" catches "pricing"; "billig" does not catch "bil"). No folding here: "väder"
    // must not catch "vad".
    const processTerm = (term: string): string | null => {
      if (term.length < 2 || this.stopWords.has(term)) return null;
      return fold(stem(term));
    };
    this.processTerm = processTerm;
    this.comparisonCues = new Set(data.comparisonCues[locale].flatMap(words).map(fold));
    this.cues = data.offTopicCues[locale].map((cue) => {
      const claimedBy = data.entries
        .filter((e) => {
          const topicWords = new Set(e.topics[locale].flatMap(words));
          return words(cue).every((w) => topicWords.has(w));
        })
        .map((e) => e.id);
      const parts = words(cue).map((w) => ({ word: w, stem: stem(w) }));
      return { parts, claimedBy, claimed: claimedBy.length > 0 };
    });
    this.index = new MiniSearch<IndexedEntry>({
      fields: ['topics', 'title', 'answer'],
      tokenize: words,
      processTerm,
    });
    this.index.addAll(
      data.entries.map((e) => ({
        id: e.id,
        topics: e.topics[locale].join('\n'),
        title: e.title[locale],
        answer: e.answer[locale],
      })),
    );
    this.phrases = new MiniSearch<IndexedPhrase>({
      fields: ['phrase'],
      tokenize: words,
      processTerm,
    });
    const phraseDocs = data.entries.flatMap((e) =>
      e.topics[locale].map((phrase) => ({ entry: e.id, phrase })),
    );
    phraseDocs.forEach(({ entry, phrase }, id) => {
      const terms = words(phrase).flatMap((w) => processTerm(w) ?? []);
      if (terms.length) this.phraseTerms.set(id, { entry, terms });
    });
    this.phrases.addAll(phraseDocs.map(({ phrase }, id) => ({ id, phrase })));
    this.searchOptions = {
      boost: BOOST,
      combineWith: 'OR',
      prefix: (term) => term.length >= 3,
      fuzzy: fuzziness,
      weights: { fuzzy: 0.45, prefix: 0.5 },
    };
  }

  /** The question's topic words: stop words dropped, stemmed and folded, each once. */
  terms(question: string): string[] {
    const stem = STEMMERS[this.locale];
    const terms = words(question)
      .filter((w) => w.length >= 2 && !this.stopWords.has(w))
      .map((w) => fold(stem(w)));
    return [...new Set(terms)];
  }

  /**
   * Whether the question is outside the setup by its words: it holds an off-topic cue that no
   * entry uses ("weather", "poem"), or a cue that an entry does use ("cost", "kostar": the
   * `cost` entry) next to words that are no topic words ("what does a pizza cost").
   */
  hasOffTopicCue(question: string): boolean {
    const matched = this.matchedCues(question);
    if (!matched.length) return false;
    if (matched.some(({ claimed }) => !claimed)) return true;
    const cueWords = new Set(matched.flatMap(({ words: w }) => w));
    const { topicTerms } = this.topicMatches(question);
    return words(question)
      .filter((w) => !cueWords.has(w))
      .flatMap((w) => this.processTerm(w) ?? [])
      .some((term) => !topicTerms.has(term));
  }

  /** The cues the question holds (a word, or words in a row), with the question's words for each. */
  /** The entries that use a cue the question holds ("how much" is the `cost` entry's). */
  cueEntries(question: string): Set<string> {
    return new Set(this.matchedCues(question).flatMap(({ claimedBy }) => claimedBy));
  }

  private matchedCues(
    question: string,
  ): { claimed: boolean; claimedBy: string[]; words: string[] }[] {
    const stem = STEMMERS[this.locale];
    const tokens = words(question).map((w) => ({ word: w, stem: stem(w) }));
    const same = (
      token: { word: string; stem: string } | undefined,
      cue: { word: string; stem: string },
    ) =>
      token !== undefined &&
      (token.word === cue.word || (cue.stem.length >= 4 && token.stem === cue.stem));
    return this.cues.flatMap(({ parts, claimed, claimedBy }) =>
      tokens.flatMap((_, i) =>
        parts.every((part, j) => same(tokens[i + j], part))
          ? [{ claimed, claimedBy, words: tokens.slice(i, i + parts.length).map((t) => t.word) }]
          : [],
      ),
    );
  }

  /** Whether the question compares things ("what's the difference", "std vs exception"). */
  compares(question: string): boolean {
    return words(question).some((w) => this.comparisonCues.has(fold(w)));
  }

  /** The entries, best first. */
  rank(question: string): SearchResult[] {
    return this.index.search(question, this.searchOptions);
  }

  /**
   * Which entries have a topic phrase all of whose words are in the question (with the same
   * stemming, typo and prefix tolerance as the ranking), and which of the question's terms are
   * topic words of any entry.
   */
  topicMatches(question: string): { anchored: Set<string>; topicTerms: Set<string> } {
    const anchored = new Set<string>();
    const topicTerms = new Set<string>();
    for (const result of this.phrases.search(question, this.searchOptions)) {
      result.queryTerms.forEach((t) => topicTerms.add(t));
      const phrase = this.phraseTerms.get(Number(result.id));
      const whole = phrase?.terms.every(
        (t) => result.terms.includes(t) && result.queryTerms.some((q) => closeEnough(q, t)),
      );
      if (phrase && whole) anchored.add(phrase.entry);
    }
    return { anchored, topicTerms };
  }
}

/** One language's verdict on a question, with the share of its words that language knows. */
interface LocaleResult {
  result: KnowledgeResult;
  known: number;
}

/** Which verdict wins when the languages disagree: an answer, then a menu, then declining. */
const RESULT_RANK: Record<KnowledgeResult['kind'], number> = {
  answer: 2,
  unsure: 1,
  'out-of-scope': 0,
};

/** Finds the knowledge entry that answers an admin's question, in English or Swedish. */
export class KnowledgeSearch {
  private readonly indexes: Record<KnowledgeLocale, LocaleIndex>;
  private readonly byId: ReadonlyMap<string, KnowledgeEntry>;
  private readonly tuning: SearchTuning;

  constructor(
    readonly data: KnowledgeData,
    tuning: Partial<SearchTuning> = {},
  ) {
    this.tuning = { ...DEFAULT_TUNING, ...tuning };
    this.byId = new Map(data.entries.map((e) => [e.id, e]));
    this.indexes = Object.fromEntries(
      KNOWLEDGE_LOCALES.map((locale) => [locale, new LocaleIndex(locale, data)]),
    ) as Record<KnowledgeLocale, LocaleIndex>;
  }

  /**
   * What the knowledge says to a question asked in a conversation in `locale`. The question
   * may be written in any of the knowledge's languages ("vem konfigurerar chatten?" in an
   * English conversation): each language's index is searched and the confident answer taken
   * (the conversation's language first); the entry is bilingual, so the caller shows its
   * answer in the conversation's language. An off-topic cue in any language declines it.
   */
  search(question: string, locale: KnowledgeLocale): KnowledgeResult {
    if (this.isOffTopic(question, locale)) return { kind: 'out-of-scope' };
    const order = [locale, ...KNOWLEDGE_LOCALES.filter((l) => l !== locale)];
    const results = order.map((l) => this.searchIn(question, this.indexes[l]));
    const rank = (r: LocaleResult) => RESULT_RANK[r.result.kind];
    // Best kind first; among answers the one whose language knows more of the question's words.
    const best = results.reduce((a, b) =>
      rank(b) > rank(a) || (rank(b) === rank(a) && b.known > a.known) ? b : a,
    );
    return best.result;
  }

  /** One language's verdict on the question, and the share of its words that are topic words. */
  private searchIn(question: string, index: LocaleIndex): LocaleResult {
    const outOfScope = { result: { kind: 'out-of-scope' } as const, known: 0 };
    const terms = index.terms(question);
    if (!terms.length) return outOfScope;
    const results = index.rank(question);
    const [top] = results;
    if (!top) return outOfScope;
    const { anchored, topicTerms } = index.topicMatches(question);
    const known = topicTerms.size / terms.length;
    // The answer is the best entry with a topic phrase said whole, clearly ahead of the next
    // such entry: "what is Voice POP?" holds "voice pop" whole, not "voice pop bridge".
    // A question with a cue an entry uses ("the price of the PSTN add-on") is that entry's.
    const compared = this.comparedOverview(question, index, anchored);
    if (compared) return { result: { kind: 'answer', entry: compared, score: top.score }, known };
    const cueEntries = index.cueEntries(question);
    const [first, next] = results.filter(
      (r) => anchored.has(String(r.id)) && (!cueEntries.size || cueEntries.has(String(r.id))),
    );
    const clear = !next || first!.score >= next.score * this.tuning.margin;
    if (first && first.score >= this.tuning.answerScore && clear) {
      return { result: { kind: 'answer', entry: this.entryOf(first), score: first.score }, known };
    }
    const about =
      anchored.size > 0 ||
      (known > this.tuning.vocabularyCoverage && top.score >= this.tuning.unsureScore);
    if (!about) return outOfScope;
    const closest = results.slice(0, this.tuning.closest).map((r) => this.entryOf(r));
    return { result: { kind: 'unsure', closest }, known };
  }

  /**
   * A question comparing two options of one kind ("the difference between vPOP and Webex
   * Calling") is about their overview entry (`telephony`), not about either option.
   */
  private comparedOverview(
    question: string,
    index: LocaleIndex,
    anchored: ReadonlySet<string>,
  ): KnowledgeEntry | undefined {
    if (!index.compares(question)) return undefined;
    const overviews = [...anchored].flatMap((id) => this.byId.get(id)?.overview ?? []);
    const compared = overviews.find((o, i) => overviews.indexOf(o) !== i);
    return compared === undefined ? undefined : this.byId.get(compared);
  }

  /**
   * Whether the text names something the data lists as outside the setup (weather, the price
   * of a pizza, ...), in the conversation's language or another one.
   */
  isOffTopic(text: string, locale: KnowledgeLocale): boolean {
    return [locale, ...KNOWLEDGE_LOCALES].some((l) => this.indexes[l].hasOffTopicCue(text));
  }

  /** An entry by id (for a button that offers a topic). */
  entry(id: string): KnowledgeEntry | undefined {
    return this.byId.get(id);
  }

  /** An entry's links in one language. */
  links(entry: KnowledgeEntry, locale: KnowledgeLocale): ResolvedLink[] {
    return (entry.links ?? []).map((id) => {
      const link = this.data.links[id]!;
      return { id, title: link.title[locale], ...(link.url ? { url: link.url } : {}) };
    });
  }

  private entryOf(result: SearchResult): KnowledgeEntry {
    return this.byId.get(String(result.id))!;
  }
}

/** The shipped knowledge base (or `file`), validated, ready to search. */
export function loadKnowledgeSearch(
  file?: string,
  tuning?: Partial<SearchTuning>,
): KnowledgeSearch {
  return new KnowledgeSearch(loadKnowledge(file), tuning);
}
