import type { WordListKey } from '../locales/translationKeys';
import { normalizedWord } from '../common/normalizedCache';
import { normalizeText } from '../common/textNormalization';

/** A yes/no answer is three-valued: only a clear yes or a clear no counts. */
export type YesNo = 'yes' | 'no' | 'unclear';

export interface YesNoVocabulary {
  yes: string[];
  no: string[];
  /** Hedges such as "not sure", "maybe", "vet inte": never a yes, never a no. */
  unsure: string[];
  /** Words that turn a yes around ("absolutely not", "absolut inte"): a yes with one is unclear. */
  negators: string[];
}

type Kind = 'yes' | 'no' | 'unsure';
const KINDS: readonly Kind[] = ['yes', 'no', 'unsure'];

/**
 * Reads a typed answer to a yes/no question. Phrases are matched as whole words;
 * a phrase inside a longer matching phrase does not count ("sure" inside "not
 * sure", "stämmer" inside "stämmer inte"). A hedge, both a yes and a no, or
 * neither make the answer unclear.
 */
export function recognizeYesNo(text: string, vocabulary: YesNoVocabulary): YesNo {
  const padded = ` ${normalizeText(text)} `;
  if (padded === ' 1 ') return 'yes';
  if (padded === ' 2 ') return 'no';
  const hits = KINDS.flatMap((kind) =>
    vocabulary[kind]
      .map(normalizedWord)
      .filter((phrase) => phrase && padded.includes(` ${phrase} `))
      .map((phrase) => ({ kind, phrase })),
  );
  const outermost = hits.filter(
    (hit) =>
      !hits.some(
        (other) => other.phrase.length > hit.phrase.length && other.phrase.includes(hit.phrase),
      ),
  );
  const kinds = new Set(outermost.map((hit) => hit.kind));
  if (kinds.size !== 1 || kinds.has('unsure')) return 'unclear';
  if (kinds.has('no')) return 'no';
  const negated = vocabulary.negators.some((w) => padded.includes(` ${normalizedWord(w)} `));
  return negated ? 'unclear' : 'yes';
}

/** The yes/no vocabulary from the locale word lists (`words.yes`, `words.no`, `words.unsure`). */
export function yesNoWords(wordList: (key: WordListKey) => string[]): YesNoVocabulary {
  return {
    yes: wordList('words.yes'),
    no: wordList('words.no'),
    unsure: wordList('words.unsure'),
    negators: wordList('words.negators'),
  };
}
