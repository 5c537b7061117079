import { normalizedWord } from '../common/normalizedCache';
import { normalizeText } from '../common/textNormalization';
import type { WordListKey } from '../locales/translationKeys';
import { OPTION_IDS, abbreviationsKey, synonymsKey } from './optionWords';
import type { PhraseRenderer } from './phrase';
import type { TurnLanguage } from './turnLanguage';

/** The word lists of words that already mean something to the bot, besides the options. */
const MEANINGFUL_LISTS: readonly WordListKey[] = [
  'words.commonWords',
  'words.yes',
  'words.no',
  'words.help',
  'words.thanks',
  'words.greeting',
  'words.finish',
  'words.back',
  'words.cancel',
  'words.restart',
  'words.unsure',
];

/**
 * Words the bot already gives a meaning to, in every language: common replies ("ok",
 * "next", "tack"), commands, and every step option's names and abbreviations. Such a word
 * is never read as a typo of something else, nor taken as a name without asking.
 */
export class KnownWords {
  private known?: Set<string>;

  constructor(private readonly phrases: PhraseRenderer) {}

  /** Whether the whole text is one of the known words. */
  has(text: string, language: TurnLanguage): boolean {
    this.known ??= this.collect(language);
    return this.known.has(normalizeText(text));
  }

  private collect(language: TurnLanguage): Set<string> {
    const lists = [
      ...MEANINGFUL_LISTS,
      ...OPTION_IDS.flatMap((id) => [synonymsKey(id), abbreviationsKey(id)]),
    ];
    return new Set(
      lists.flatMap((key) => this.phrases.wordList(key, language).map(normalizedWord)),
    );
  }
}
