import type { TurnContext } from 'botbuilder-core';
import type { PhraseRenderer } from '../phrase';
import type { TurnLanguage } from '../turnLanguage';
import { readAnswer } from '../userAnswer';
import { recognizeYesNo, yesNoWords, type YesNo } from '../yesNoRecognizer';

/**
 * The admin's yes or no to a confirmation the setup asked itself (restart, cancel, a change
 * that clears answers): its own button, or a clear yes/no typed; anything else is unclear.
 */
export function confirmationAnswer(
  context: TurnContext,
  questionId: string,
  language: TurnLanguage,
  phrases: PhraseRenderer,
): YesNo {
  const answer = readAnswer(context.activity);
  if (answer.kind === 'choice') {
    const ownButton = !answer.question || answer.question === questionId;
    return ownButton && (answer.id === 'yes' || answer.id === 'no') ? answer.id : 'unclear';
  }
  if (answer.kind !== 'text') return 'unclear';
  return recognizeYesNo(
    answer.text,
    yesNoWords((key) => phrases.wordList(key, language)),
  );
}
