import { normalizedWord } from '../../provisioning/normalizedCache';
import { normalizeText } from '../../provisioning/textNormalization';
import type { Locale } from '../../provisioning/identifiers';
import type { PhraseRenderer } from '../phrase';
import type { TurnLanguage } from '../turnLanguage';

/** A request about the conversation itself, understood at any step in either language. */
export type Command =
  | { kind: 'help' | 'back' | 'restart' | 'cancel' }
  | { kind: 'switchLanguage'; locale: Locale }
  | { kind: 'options'; countryText: string };

const WHOLE_MESSAGE_COMMANDS = ['help', 'back', 'restart', 'cancel'] as const;

export function recognizeCommand(
  text: string,
  language: TurnLanguage,
  phrases: PhraseRenderer,
): Command | undefined {
  const message = normalizeText(text);
  if (!message) return undefined;
  const is = (key: string) =>
    phrases.wordList(key, language).some((w) => normalizedWord(w) === message);

  for (const kind of WHOLE_MESSAGE_COMMANDS) if (is(`words.${kind}`)) return { kind };
  if (is('words.english')) return { kind: 'switchLanguage', locale: 'en' };
  if (is('words.swedish')) return { kind: 'switchLanguage', locale: 'sv' };
  if (is('words.language'))
    return { kind: 'switchLanguage', locale: language.locale === 'sv' ? 'en' : 'sv' };

  // Longest first, so that "options for Japan" is not read as the country "for Japan".
  const prefixes = [...phrases.wordList('words.options', language)].sort(
    (a, b) => b.length - a.length,
  );
  for (const prefix of prefixes) {
    if (message === normalizedWord(prefix)) return { kind: 'options', countryText: '' };
    const start = `${normalizedWord(prefix)} `;
    if (message.startsWith(start))
      return { kind: 'options', countryText: message.slice(start.length) };
  }
  return undefined;
}
