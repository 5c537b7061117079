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
  const asks = phrases
    .wordList('words.questionWords', language)
    .some((w) => padded.includes(` ${normalizedWord(w)} `));
  if (opensQuestion || asks) return 'question';
  const hedges = phrases
    .wordList('words.unsure', language)
    .some((w) => padded.includes(` ${normalizedWord(w)} `));
  return hedges ? 'unsure' : undefined;
}
