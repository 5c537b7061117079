import { normalizedWord } from '../common/normalizedCache';
import { editDistance, normalizeText } from '../common/textNormalization';
import type { ChoiceVocabulary } from './choiceRecognizer';

/** Shorter words are too often another word one letter away ("sub" / "sup"). */
const MIN_TYPO_LENGTH = 5;
const MAX_TYPOS = 1;

/**
 * The choice a one-word answer misspells by one letter ("prtner", "trail",
 * "prenumration"): only when exactly one choice is that close, and never when the word
 * means something itself (`isKnown`: another option, "thanks", "next").
 */
export function misspeltChoice(
  text: string,
  choices: readonly ChoiceVocabulary[],
  isKnown: (word: string) => boolean,
): string | undefined {
  const answer = normalizeText(text);
  if (answer.length < MIN_TYPO_LENGTH || answer.includes(' ') || isKnown(answer)) return undefined;
  const close = new Set(
    choices
      .filter((choice) => [choice.id, ...choice.words].some((w) => isTypoOf(answer, w)))
      .map((choice) => choice.id),
  );
  return close.size === 1 ? [...close][0] : undefined;
}

function isTypoOf(answer: string, name: string): boolean {
  const word = normalizedWord(name);
  if (word.length < MIN_TYPO_LENGTH || word.includes(' ')) return false;
  return (
    Math.abs(word.length - answer.length) <= MAX_TYPOS &&
    editDistance(answer, word, MAX_TYPOS) <= MAX_TYPOS
  );
}
