import { normalizedWord } from '../../common/normalizedCache';
import { normalizeText } from '../../common/textNormalization';
import type { PhraseRenderer } from '../phrase';
import type { TurnLanguage } from '../turnLanguage';

/** A message that is no answer to any question: a greeting, a thank-you, a question of the admin's, a hedge. */
export type MessageKind = 'greeting' | 'thanks' | 'question' | 'unsure';

/**
 * What kind of message this is, in any language. A question mark anywhere, a
 * first word that opens a question (what, which, can, tell, vad, vilken, kan,
 * berätta, ...) or a question word anywhere ("I'm a partner, how do I ...") makes
 * it a question: a question is never taken as an answer.
 */
export function messageKind(
  text: string,
  language: TurnLanguage,
  phrases: PhraseRenderer,
): MessageKind | undefined {
  if (phrases.isOneOf(text, 'words.greeting', language)) return 'greeting';
  if (phrases.isOneOf(text, 'words.thanks', language)) return 'thanks';
  if (text.includes('?')) return 'question';
  const message = normalizeText(text);
  const padded = ` ${message} `;
  const opensQuestion = phrases
    .wordList('words.questionStarters', language)
    .some((w) => padded.startsWith(` ${normalizedWord(w)} `));
  const asks = hasQuestionWord(text, phrases.wordList('words.questionWords', language));
  if (opensQuestion || asks) return 'question';
  const hedges = phrases
    .wordList('words.unsure', language)
    .some((w) => padded.includes(` ${normalizedWord(w)} `));
  return hedges ? 'unsure' : undefined;
}

/**
 * Whether a question word stands in the text. A word typed with its accents must be the
 * word itself: "vår" (our) is not "var" (where) although they fold alike; typed without
 * accents ("nar" for "när") it may be any question word that folds to it.
 */
function hasQuestionWord(text: string, questionWords: readonly string[]): boolean {
  const exact = new Set(questionWords.map((w) => w.toLowerCase()));
  const folded = new Set(questionWords.map(normalizedWord));
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .some((word) => exact.has(word) || (/^[a-z0-9]+$/.test(word) && folded.has(word)));
}
