import { normalizedWord } from '../../common/normalizedCache';
import { normalizeText } from '../../common/textNormalization';
import type { WordListKey } from '../../locales/translationKeys';
import type { PhraseRenderer } from '../phrase';
import type { TurnLanguage } from '../turnLanguage';

/** An admin asking for a person: `need` is what they need, when the message says it. */
export interface HandoffAsk {
  need?: string;
}

/**
 * Whether a message asks for a person, in either language:
 * - the whole message, polite words aside, is one of `words.handoffAlone` ("human",
 *   "support", "människa tack");
 * - it contains one of `words.handoffPhrases` ("prata med en person") or of
 *   `words.handoffEscalate` ("escalate this please");
 * - it asks to reach someone (`words.handoffReach`: "connect me", "transfer me", "koppla
 *   mig", "prata med") and names a person (`words.handoffPeople`: "agent", "supervisor",
 *   "handläggare"), said by the admin for themselves: a word of `words.handoffSelf` ("is
 *   there a person I can chat with?") or the request first ("speak to a manager"). So
 *   "can customers chat with an agent?" and "how many agents?" are no requests.
 */
export function recognizeHandoff(
  text: string,
  language: TurnLanguage,
  phrases: PhraseRenderer,
): HandoffAsk | undefined {
  const message = normalizeText(text);
  if (!message) return undefined;
  const words = handoffWordLists(phrases, language);
  const padded = ` ${message} `;
  if (words.isAlone(message)) return {};
  const requests = [
    ...words.found('words.handoffPhrases', padded),
    ...words.found('words.handoffEscalate', padded),
    ...words.reachForAPerson(padded),
  ];
  if (!requests.length) return undefined;
  return words.leftOver(padded, requests).length ? { need: text.trim() } : {};
}

/**
 * The word lists normalized once per renderer: they hold every language and never change
 * while the bot runs, and this runs on every message.
 */
const LISTS = new WeakMap<PhraseRenderer, HandoffWordLists>();

function handoffWordLists(phrases: PhraseRenderer, language: TurnLanguage): HandoffWordLists {
  let lists = LISTS.get(phrases);
  if (!lists) LISTS.set(phrases, (lists = new HandoffWordLists(phrases, language)));
  return lists;
}

/** The word lists a request for a person is read with, normalised, in every language. */
class HandoffWordLists {
  private readonly lists = new Map<WordListKey, string[]>();
  private readonly fillers: ReadonlySet<string>;
  /** Each word that alone asks for a person, and the same without its filler words. */
  private readonly alone: { word: string; bare: string }[];

  constructor(
    private readonly phrases: PhraseRenderer,
    private readonly language: TurnLanguage,
  ) {
    this.fillers = new Set(this.list('words.handoffFillers'));
    this.alone = this.list('words.handoffAlone').map((word) => ({
      word,
      bare: this.withoutFillers(word),
    }));
  }

  /** "person", "människa tack": one of the words that alone ask for a person. */
  isAlone(message: string): boolean {
    const bare = this.withoutFillers(message);
    if (!bare) return false;
    return this.alone.some((w) => w.word === message || w.bare === bare);
  }

  /** The list's phrases the (space-padded) message holds whole. */
  found(key: WordListKey, padded: string): string[] {
    return this.list(key).filter((w) => w && padded.includes(` ${w} `));
  }

  /** "transfer me to an agent": a way of reaching someone and a person, said for the admin. */
  reachForAPerson(padded: string): string[] {
    const reach = this.found('words.handoffReach', padded);
    const people = this.found('words.handoffPeople', padded);
    if (!reach.length || !people.length) return [];
    const forSelf =
      this.found('words.handoffSelf', padded).length > 0 ||
      reach.some((r) => this.opensWith(padded, r));
    return forSelf ? [...reach, ...people] : [];
  }

  /** The words left once the requests and the filler words are gone: what is needed. */
  leftOver(padded: string, requests: string[]): string[] {
    const longestFirst = [...requests].sort((a, b) => b.length - a.length);
    const rest = longestFirst.reduce((left, r) => left.split(` ${r} `).join(' '), padded);
    return rest.split(' ').filter((w) => w && !this.fillers.has(w));
  }

  /** Whether the message, polite words before it aside ("please, ..."), opens with the phrase. */
  private opensWith(padded: string, phrase: string): boolean {
    const words = padded.split(' ').filter(Boolean);
    return words.some(
      (_, i) =>
        words.slice(0, i).every((w) => this.fillers.has(w)) &&
        ` ${words.slice(i).join(' ')} `.startsWith(` ${phrase} `),
    );
  }

  private withoutFillers(text: string): string {
    return text
      .split(' ')
      .filter((w) => w && !this.fillers.has(w))
      .join(' ');
  }

  private list(key: WordListKey): string[] {
    let list = this.lists.get(key);
    if (!list) {
      list = this.phrases.wordList(key, this.language).map((w) => normalizedWord(w));
      this.lists.set(key, list);
    }
    return list;
  }
}

/** "continue setup", "fortsätt" and their variants: the admin ends the handoff. */
export function isContinueSetup(
  text: string,
  language: TurnLanguage,
  phrases: PhraseRenderer,
): boolean {
  return phrases.isOneOf(text.replace(/[.!]+$/, ''), 'words.continueSetup', language);
}
