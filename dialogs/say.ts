import type { TurnContext } from 'botbuilder-core';
import type { Phrase, PhraseRenderer } from './phrase';
import { turnLanguage } from './turnLanguage';

/** Sends one phrase as a message, in the turn's language: the one way dialogs say a sentence. */
export async function say(context: TurnContext, phrases: PhraseRenderer, p: Phrase): Promise<void> {
  await context.sendActivity(phrases.render(p, turnLanguage(context)));
}
