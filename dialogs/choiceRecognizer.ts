import { normalizedWord } from '../provisioning/normalizedCache';
import { normalizeText } from '../provisioning/textNormalization';

/** Everything that picks one choice: its labels in every language, synonyms and id. */
export interface ChoiceVocabulary {
  id: string;
  words: string[];
}

/**
 * Finds the choice a typed answer means: its number in the list, a whole label or
 * synonym in either language, or, inside a longer sentence, the one label it contains
 * ("I'm a partner" picks partner). Returns undefined when nothing or more than one fits.
 */
export function recognizeChoice(text: string, choices: ChoiceVocabulary[]): string | undefined {
  const answer = normalizeText(text);
  if (!answer) return undefined;
  const byNumber = /^\d{1,3}$/.test(answer) ? choices[Number(answer) - 1] : undefined;
  if (byNumber) return byNumber.id;

  const exact = choices.find((c) => c.words.some((w) => normalizedWord(w) === answer));
  if (exact) return exact.id;
  return longestContainedChoice(` ${answer} `, choices);
}

function longestContainedChoice(padded: string, choices: ChoiceVocabulary[]): string | undefined {
  let best: { id: string; length: number; tied: boolean } | undefined;
  for (const choice of choices) {
    for (const word of choice.words) {
      const w = normalizedWord(word);
      if (!w || !padded.includes(` ${w} `)) continue;
      if (!best || w.length > best.length) best = { id: choice.id, length: w.length, tied: false };
      else if (w.length === best.length && best.id !== choice.id) best.tied = true;
    }
  }
  return best && !best.tied ? best.id : undefined;
}
