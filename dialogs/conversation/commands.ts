import { normalizedWord } from '../../common/normalizedCache';
import { normalizeText } from '../../common/textNormalization';
import type { Locale } from '../../locales/languages';
import type { WordListKey } from '../../locales/translationKeys';
import type { PhraseRenderer } from '../phrase';
import type { TurnLanguage } from '../turnLanguage';

/** A request about the conversation itself, understood at any step in either language. */
export type Command =
  | { kind: 'help' | 'back' | 'restart' | 'cancel' | 'status' | 'share' }
  | { kind: 'switchLanguage'; locale: Locale }
  | { kind: 'options'; countryText: string };

const WHOLE_MESSAGE_COMMANDS = ['help', 'back', 'restart', 'cancel', 'status', 'share'] as const;

/**
 * `namesCountry`: whether a text names a country (supported or not). "options
 * Japan" is the options command; "alternativ 2" is an answer ("the second one").
 */
export function recognizeCommand(
  text: string,
  language: TurnLanguage,
  phrases: PhraseRenderer,
  namesCountry: (text: string) => boolean = () => true,
): Command | undefined {
  const message = normalizeText(text);
  // A command of punctuation only ("?") normalizes to nothing: compare it as typed.
  const typed = text.trim();
  if (!message && !typed) return undefined;
  const is = (key: WordListKey) =>
    phrases
      .wordList(key, language)
      .some((w) => (message ? normalizedWord(w) === message : w === typed));

  for (const kind of WHOLE_MESSAGE_COMMANDS) if (is(`words.${kind}`)) return { kind };
  if (!message) return undefined;
  const named = languageNamed(message, language, phrases);
  if (named) return { kind: 'switchLanguage', locale: named };
  if (is('words.language')) return { kind: 'switchLanguage', locale: nextLanguage(language) };

  // Longest first, so that "options for Japan" is not read as the country "for Japan".
  const prefixes = [...phrases.wordList('words.options', language)].sort(
    (a, b) => b.length - a.length,
  );
  for (const prefix of prefixes) {
    if (message === normalizedWord(prefix)) return { kind: 'options', countryText: '' };
    const start = `${normalizedWord(prefix)} `;
    if (!message.startsWith(start)) continue;
    const countryText = message.slice(start.length);
    return namesCountry(countryText) ? { kind: 'options', countryText } : undefined;
  }
  return undefined;
}

/** The language whose own file lists the message among its names (`words.switchHere`). */
function languageNamed(
  message: string,
  language: TurnLanguage,
  phrases: PhraseRenderer,
): Locale | undefined {
  const lists = phrases.wordListsByLocale('words.switchHere', language);
  const index = lists.findIndex((words) => words.some((w) => normalizedWord(w) === message));
  return index >= 0 ? language.languages[index] : undefined;
}

/** "language" alone moves on to the next language the bot speaks. */
function nextLanguage(language: TurnLanguage): Locale {
  const { languages, locale } = language;
  return languages[(languages.indexOf(locale) + 1) % languages.length]!;
}
