import { normalizedWord } from '../common/normalizedCache';
import { normalizeText } from '../common/textNormalization';

/**
 * Everything that picks one choice: its labels in every language and synonyms
 * (also inside a sentence), and its id (only as the whole answer: a code such as
 * "MY" or "AR" is also an ordinary word).
 */
export interface ChoiceVocabulary {
  id: string;
  words: string[];
}

/** Words that name a place in a list: ordinals per language, and the words around them. */
export interface OrdinalVocabulary {
  /** Per language, "first", "second", ... in order. */
  ordinals: string[][];
  /** Per language, the word for the last one. */
  last: string[];
  /** Words that may surround an ordinal ("the", "one", "number", "den", "nummer"). */
  fillers: string[];
}

/**
 * Finds the choice a typed answer means: its number or ordinal in the list ("2",
 * "the second one", "den andra"), a whole label or synonym in either language,
 * or, inside a longer sentence, the one label it contains ("I'm a partner" picks
 * partner). Returns undefined when nothing or more than one fits.
 */
export function recognizeChoice(
  text: string,
  choices: ChoiceVocabulary[],
  ordinals: OrdinalVocabulary,
): string | undefined {
  const answer = normalizeText(text);
  if (!answer) return undefined;
  const place = placeInList(answer, choices.length, ordinals);
  if (place !== undefined) return choices[place - 1]?.id;

  const exact = choices.find(
    (c) => normalizedWord(c.id) === answer || c.words.some((w) => normalizedWord(w) === answer),
  );
  if (exact) return exact.id;
  return longestContainedChoice(` ${answer} `, choices);
}

/** The 1-based place a message names ("3", "3rd", "the third one", "nummer 3", "den sista"), if any. */
function placeInList(answer: string, count: number, vocabulary: OrdinalVocabulary) {
  const fillers = new Set(vocabulary.fillers.map(normalizedWord));
  const words = answer.split(' ').filter((w) => !fillers.has(w));
  if (words.length !== 1) return undefined;
  const word = words[0]!;
  const number = /^(\d{1,3})(?:st|nd|rd|th)?$/.exec(word);
  if (number) return Number(number[1]);
  if (vocabulary.last.some((w) => normalizedWord(w) === word)) return count;
  for (const list of vocabulary.ordinals) {
    const index = list.findIndex((w) => normalizedWord(w) === word);
    if (index >= 0) return index + 1;
  }
  return undefined;
}

/**
 * The choice a sentence names. A name inside a longer one counts as the longer
 * ("Voice POP" in "Voice POP Bridge"); two choices named apart ("the partner, for our
 * customer") are no answer.
 */
function longestContainedChoice(padded: string, choices: ChoiceVocabulary[]): string | undefined {
  const found = choices.flatMap((choice) =>
    choice.words.flatMap((word) => {
      const w = normalizedWord(word);
      return w
        ? occurrences(padded, ` ${w} `).map((start) => ({
            id: choice.id,
            start,
            end: start + w.length,
          }))
        : [];
    }),
  );
  const outermost = found.filter(
    (a) =>
      !found.some(
        (b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start,
      ),
  );
  const ids = new Set(outermost.map((m) => m.id));
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** Where `needle` starts in `haystack`, every time. */
function occurrences(haystack: string, needle: string): number[] {
  const starts: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1))
    starts.push(i);
  return starts;
}
