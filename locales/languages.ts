import { resources } from './resources';

/**
 * A language the bot speaks: a folder of locales/ with one translation file,
 * named by its language code ("en", "sv"). Everything that depends on the
 * languages (translators, recognition in every language, the language switch,
 * the configured default, the terminal's --lang) takes the list from the
 * resources it is given; the shipped ones are below.
 */
export type Locale = string;

/** Translation resources by language, as i18next takes them. */
export type TranslationResources = Readonly<Record<Locale, { translation: object }>>;

export const SHIPPED_RESOURCES: TranslationResources = resources;

/** The shipped languages, in the order of locales/resources.ts (the first is the fallback default). */
export const SHIPPED_LANGUAGES: readonly Locale[] = Object.keys(resources);

/** A word list (`words.*`) of every language of `resources`, in one list. */
export function wordsOfEveryLanguage(resources: TranslationResources, path: string): string[] {
  return Object.values(resources).flatMap(({ translation }) => {
    const words = path
      .split('.')
      .reduce<unknown>(
        (node, name) =>
          node && typeof node === 'object' ? (node as Record<string, unknown>)[name] : undefined,
        translation,
      );
    return Array.isArray(words) ? words.map(String) : [];
  });
}

/** A shipped language, as a type (for code and tests written for exactly these). */
export type ShippedLocale = keyof typeof resources;
