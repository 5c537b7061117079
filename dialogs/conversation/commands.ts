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
 * A command is a short message: a sentence longer than this is something else (a
 * question, answers), even when it contains a command's words.
 */
export const MAX_COMMAND_WORDS = 10;

/**
 * Recognises the commands in the admin's own words, in either language. A message is a
 * command when, once the filler words around a request are gone (`words.commandFillers`:
 * "please", "can you", "so far", "tack", "kan du", "hittills"), what is left is exactly one
 * of a command's phrases, read the same way ("what have I answered so far?", "show me my
 * answers", "på svenska tack", "can we start over?"). Punctuation does not count, so a
 * question mark does not stop "where am I?" from being status; a real question keeps words
 * of its own ("can I change the country later?") and is no command. Only short messages
 * are read (MAX_COMMAND_WORDS).
 *
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
  if (!message) {
    const kind = WHOLE_MESSAGE_COMMANDS.find((k) =>
      phrases.wordList(`words.${k}`, language).includes(typed),
    );
    return kind ? { kind } : undefined;
  }
  if (message.split(' ').length > MAX_COMMAND_WORDS) return undefined;
  const reader = commandReader(phrases, language);
  const whole = phraseCommand(reader.core(message), language, reader);
  if (whole) return whole;
  // "forget it, cancel this": clauses that each say the same command.
  const clauses = text
    .split(/[,;.!]+/)
    .map((clause) => reader.core(normalizeText(clause)))
    .filter((clause) => clause);
  if (clauses.length > 1) {
    const read = clauses.map((clause) => phraseCommand(clause, language, reader));
    const [first] = read;
    if (first && read.every((c) => c && JSON.stringify(c) === JSON.stringify(first))) return first;
  }

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
  return asksToShare(message, language, phrases, true) ? { kind: 'share' } : undefined;
}

/**
 * "send me the plan so I can forward it", "can I share this with my colleague?": a short
 * message that names sending (`words.shareVerbs`) and the plan (`words.shareObjects`).
 * After Finish the plan is what the conversation is about, and the verb alone says it
 * ("give me something to send to the customer"): `needsObject` false.
 */
export function asksToShare(
  text: string,
  language: TurnLanguage,
  phrases: PhraseRenderer,
  needsObject: boolean,
): boolean {
  const message = normalizeText(text);
  if (!message || message.split(' ').length > MAX_COMMAND_WORDS) return false;
  const padded = ` ${message} `;
  const mentions = (key: WordListKey) =>
    phrases.wordList(key, language).some((w) => padded.includes(` ${normalizedWord(w)} `));
  return mentions('words.shareVerbs') && (!needsObject || mentions('words.shareObjects'));
}

/** The command whose phrase a message's core is, if any. */
function phraseCommand(
  core: string,
  language: TurnLanguage,
  reader: CommandReader,
): Command | undefined {
  if (!core) return undefined;
  const is = (key: WordListKey) => reader.phrasesOf(key).has(core);
  for (const kind of WHOLE_MESSAGE_COMMANDS) if (is(`words.${kind}`)) return { kind };
  const named = languageNamed(core, language, reader);
  if (named) return { kind: 'switchLanguage', locale: named };
  if (is('words.language')) return { kind: 'switchLanguage', locale: nextLanguage(language) };
  return undefined;
}

/**
 * How messages and the command phrases are compared: both normalized and without the
 * filler words, so that a filler in a listed phrase never matters either.
 */
interface CommandReader {
  /** The message without its filler words ("" when it holds nothing else). */
  core(normalized: string): string;
  /** A word list's phrases, read as `core` reads a message. */
  phrasesOf(key: WordListKey): ReadonlySet<string>;
  /** The same for each language's own list. */
  phrasesByLocale(key: WordListKey): ReadonlySet<string>[];
}

const readers = new WeakMap<PhraseRenderer, CommandReader>();

/** One reader per phrase renderer: the lists are read once, not on every message. */
function commandReader(phrases: PhraseRenderer, language: TurnLanguage): CommandReader {
  let reader = readers.get(phrases);
  if (reader) return reader;
  // Longest first, so that "can you" goes as one filler before "you" could.
  const fillers = phrases
    .wordList('words.commandFillers', language)
    .map((w) => normalizedWord(w).split(' '))
    .filter((w) => w[0])
    .sort((a, b) => b.length - a.length);
  const core = (normalized: string): string => {
    const words = normalized.split(' ');
    const kept: string[] = [];
    for (let i = 0; i < words.length;) {
      const filler = fillers.find((f) => f.every((w, j) => words[i + j] === w));
      if (filler) i += filler.length;
      else kept.push(words[i++]!);
    }
    return kept.join(' ');
  };
  const read = (list: string[]) =>
    new Set(list.map((w) => core(normalizedWord(w))).filter((w) => w));
  const lists = new Map<WordListKey, ReadonlySet<string>>();
  const byLocale = new Map<WordListKey, ReadonlySet<string>[]>();
  reader = {
    core,
    phrasesOf(key) {
      let set = lists.get(key);
      if (!set) lists.set(key, (set = read(phrases.wordList(key, language))));
      return set;
    },
    phrasesByLocale(key) {
      let sets = byLocale.get(key);
      if (!sets) byLocale.set(key, (sets = phrases.wordListsByLocale(key, language).map(read)));
      return sets;
    },
  };
  readers.set(phrases, reader);
  return reader;
}

/** The language whose own file lists the message among its names (`words.switchHere`). */
function languageNamed(
  core: string,
  language: TurnLanguage,
  reader: CommandReader,
): Locale | undefined {
  const index = reader.phrasesByLocale('words.switchHere').findIndex((names) => names.has(core));
  return index >= 0 ? language.languages[index] : undefined;
}

/** "language" alone moves on to the next language the bot speaks. */
function nextLanguage(language: TurnLanguage): Locale {
  const { languages, locale } = language;
  return languages[(languages.indexOf(locale) + 1) % languages.length]!;
}
