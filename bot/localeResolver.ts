import type { Locale } from '../locales/languages';

/** "sv-SE" → sv, "en-GB" → en; anything else is not one of `languages`. */
export function supportedLocale(
  tag: string | undefined | null,
  languages: readonly Locale[],
): Locale | undefined {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return languages.find((l) => l === language);
}

/**
 * The language of a turn. A language the user chose explicitly ("svenska") wins:
 * Teams sends the client's UI language on every message, and an admin who asked
 * for Swedish must not be switched back on the next turn. Then the activity's
 * locale, then the configured default.
 */
export function resolveLocale(input: {
  chosen?: Locale;
  activityLocale?: string;
  fallback: Locale;
  languages: readonly Locale[];
}): Locale {
  const chosen = input.chosen && input.languages.includes(input.chosen) ? input.chosen : undefined;
  return chosen ?? supportedLocale(input.activityLocale, input.languages) ?? input.fallback;
}
