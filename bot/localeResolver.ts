import { LOCALES, type Locale } from '../provisioning/identifiers';

/** "sv-SE" → sv, "en-GB" → en; anything else is not a language we speak. */
export function supportedLocale(tag: string | undefined | null): Locale | undefined {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((l) => l === language);
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
}): Locale {
  return input.chosen ?? supportedLocale(input.activityLocale) ?? input.fallback;
}
