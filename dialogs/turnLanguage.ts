import type { TurnContext } from 'botbuilder-core';
import type { TFunction } from 'i18next';
import type { Locale } from '../locales/languages';

/** The language of one turn: fixed for the whole turn, never a shared global switch. */
export interface TurnLanguage {
  locale: Locale;
  /** Every language the bot speaks (answers are understood in all of them). */
  languages: readonly Locale[];
  t: TFunction;
  /** A translator for any supported language, e.g. to accept answers given in the other one. */
  translator(locale: Locale): TFunction;
  /** Switches to another language for the rest of this turn and keeps it as the user's choice. */
  switchTo(locale: Locale): Promise<void>;
}

/** What a turn's language is made from (bot/translators.ts is one). */
export interface LanguageSource {
  readonly languages: readonly Locale[];
  for(locale: Locale): TFunction;
}

/**
 * The language of a new turn. Switching changes this object only, for the rest of
 * the turn, and hands the choice to `remember` (the bot keeps it for the user).
 */
export function newTurnLanguage(
  source: LanguageSource,
  locale: Locale,
  remember: (locale: Locale) => Promise<void> = async () => undefined,
): TurnLanguage {
  const language: TurnLanguage = {
    locale,
    languages: source.languages,
    t: source.for(locale),
    translator: (l) => source.for(l),
    switchTo: async (l) => {
      language.locale = l;
      language.t = source.for(l);
      await remember(l);
    },
  };
  return language;
}

const TURN_LANGUAGE = Symbol('turnLanguage');

export function setTurnLanguage(context: TurnContext, language: TurnLanguage): void {
  context.turnState.set(TURN_LANGUAGE, language);
}

/** The turn's language, or undefined before the bot has set it (e.g. in an error handler). */
export function findTurnLanguage(context: TurnContext): TurnLanguage | undefined {
  return context.turnState.get(TURN_LANGUAGE) as TurnLanguage | undefined;
}

export function turnLanguage(context: TurnContext): TurnLanguage {
  const language = findTurnLanguage(context);
  if (!language)
    throw new Error('No turn language: the bot must call setTurnLanguage() before running dialogs');
  return language;
}
