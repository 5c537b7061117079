import { normalizedWord } from '../../common/normalizedCache';
import { normalizeText } from '../../common/textNormalization';
import type { PhraseRenderer } from '../phrase';
import type { TurnLanguage } from '../turnLanguage';

/** An admin asking for a person: `need` is what they need, when the message says it. */
export interface HandoffAsk {
  need?: string;
}

/**
 * Whether a message asks for a person, in either language: the whole message is one
 * of `words.handoffAlone` ("human", "support", "människa"), or it contains one of
 * `words.handoffPhrases` ("can I talk to someone about ...", "prata med en person").
 * A word such as "agent" alone inside a sentence ("how many agents") is no request.
 */
export function recognizeHandoff(
  text: string,
  language: TurnLanguage,
  phrases: PhraseRenderer,
): HandoffAsk | undefined {
  const message = normalizeText(text);
  if (!message) return undefined;
  if (phrases.wordList('words.handoffAlone', language).some((w) => normalizedWord(w) === message))
    return {};
  const padded = ` ${message} `;
  const found = phrases
    .wordList('words.handoffPhrases', language)
    .map((w) => normalizedWord(w))
    .filter((w) => w && padded.includes(` ${w} `));
  if (!found.length) return undefined;
  // What is left once the requests and the filler words are gone says what is needed.
  const fillers = new Set(
    phrases.wordList('words.handoffFillers', language).map((w) => normalizedWord(w)),
  );
  const rest = found
    .reduce((left, request) => left.replace(` ${request} `, ' '), padded)
    .split(' ')
    .filter((w) => w && !fillers.has(w));
  return rest.length ? { need: text.trim() } : {};
}

/** "continue setup", "fortsätt" and their variants: the admin ends the handoff. */
export function isContinueSetup(
  text: string,
  language: TurnLanguage,
  phrases: PhraseRenderer,
): boolean {
  return phrases.isOneOf(text.replace(/[.!]+$/, ''), 'words.continueSetup', language);
}
