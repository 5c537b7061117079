import { normalizedWord } from '../../common/normalizedCache';
import { normalizeText } from '../../common/textNormalization';
import {
  ORDER_TYPES,
  PLATFORMS,
  ROLES,
  TELEPHONY_OPTIONS,
  type CountryCode,
  type OrderType,
  type PlatformId,
  type Role,
  type TelephonyId,
} from '../../provisioning/identifiers';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import type { WordListKey } from '../../locales/translationKeys';
import type { PhraseRenderer } from '../phrase';
import type { TurnLanguage } from '../turnLanguage';

/**
 * The answers one free-form message proposes ("a partner, subscription in Japan,
 * subdomain acmejp"): each is still confirmed or checked by its step.
 */
export interface ProposedAnswers {
  role?: Role;
  orderType?: OrderType;
  /** Whether the Cisco PSTN for Contact Center add-on was ordered ("we have the PSTN add-on", "no add-on"). */
  pstnAddOn?: boolean;
  country?: CountryCode;
  unsupportedCountry?: CountryCode;
  platform?: PlatformId;
  telephony?: TelephonyId;
  subdomain?: string;
}

/**
 * Reads every answer a sentence names, in either language. Words come from the
 * locale files (`words.*` and the choice labels); countries from the rules module.
 */
export class ProposalReader {
  constructor(
    private readonly rules: ProvisioningRules,
    private readonly phrases: PhraseRenderer,
  ) {}

  /** The names of every answer, normalized once: the languages never change while the bot runs. */
  private names?: Names;

  /** `typos`: also look for a slightly misspelt supported country ("Japn"), as a whole answer would. */
  read(text: string, language: TurnLanguage, { typos = false } = {}): ProposedAnswers {
    const names = (this.names ??= this.namesIn(language));
    const addOn = addOnNamed(text, names);
    // "the Cisco PSTN add-on" names the add-on, not the telephony option its words also name.
    const padded = withoutPhrases(` ${normalizeText(text)} `, names.addOn);
    const words = (key: WordListKey) => this.phrases.wordList(key, language);
    const proposed: ProposedAnswers = {
      pstnAddOn: addOn,
      role: statedRole(text, names),
      orderType: findNamed(withoutNegated(padded, names), names.orderType),
      platform: findNamed(withoutNegated(padded, names), names.platform),
      telephony: findNamed(withoutNegated(padded, names), names.telephony),
      subdomain: findSubdomain(text, words('words.subdomain'), words('words.subdomainConnectors')),
    };
    const country = this.rules.findCountryInText(text);
    if (country.kind === 'supported') proposed.country = country.country.code;
    if (country.kind === 'unsupported') proposed.unsupportedCountry = country.code;
    if (country.kind === 'unknown' && typos)
      proposed.country = this.misspeltCountry(padded, proposed);
    return dropEmpty(proposed);
  }

  private namesIn(language: TurnLanguage): Names {
    const words = (key: WordListKey) => this.phrases.wordList(key, language);
    return {
      addOn: padNames(words('words.pstnAddOnNames')),
      absent: padNames(words('words.absent')),
      articles: ['', ...words('words.articles').map(normalizedWord)],
      selfStatements: words('words.selfStatement').map(normalizedWord),
      aboutOthers: new Set(words('words.aboutOthers').map(normalizedWord)),
      role: named(ROLES, (id) => words(`words.${id}`)),
      orderType: named(ORDER_TYPES, (id) => words(`words.${id}`)),
      platform: named(PLATFORMS, (id) => words(`words.platform.${id}`)),
      telephony: named(TELEPHONY_OPTIONS, (id) => [
        ...words(`words.telephony.${id}`),
        ...this.phrases.renderAll({ key: `telephony.name.${id}` }, language),
      ]),
    };
  }

  /** A word that is a typo of exactly one supported country, and not a word already taken. */
  private misspeltCountry(padded: string, proposed: ProposedAnswers): CountryCode | undefined {
    const taken = new Set(Object.values(proposed).map((v) => String(v).toLowerCase()));
    const found = new Set<CountryCode>();
    for (const word of padded.trim().split(' ')) {
      if (word.length < MIN_TYPO_LENGTH || taken.has(word)) continue;
      const match = this.rules.findCountry(word);
      if (match.kind === 'supported' && !match.exact) found.add(match.country.code);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }
}

/** Shorter words are too often a typo of some country ("peru" / "per"). */
const MIN_TYPO_LENGTH = 4;

/** Each identifier's names in every language, normalized, and padded for a whole-word search. */
type NameList<T extends string> = { id: T; name: string; padded: string }[];

interface Names {
  /** How writers say who they are ("I'm", "we are", "jag är"), and the articles that may follow. */
  selfStatements: string[];
  aboutOthers: Set<string>;
  articles: string[];
  /** The add-on's names, longest first, and the words that say it is absent ("no", "utan"). */
  addOn: string[];
  absent: string[];
  role: NameList<Role>;
  orderType: NameList<OrderType>;
  platform: NameList<PlatformId>;
  telephony: NameList<TelephonyId>;
}

function named<T extends string>(ids: readonly T[], namesOf: (id: T) => string[]): NameList<T> {
  return ids.flatMap((id) =>
    namesOf(id)
      .map(normalizedWord)
      .filter(Boolean)
      .map((name) => ({ id, name, padded: ` ${name} ` })),
  );
}

/**
 * The identifier named in the text as whole words. A name inside a longer match
 * does not count ("voice pop" inside "voice pop bridge"); two different
 * identifiers named side by side ("a partner ... for a customer") give none.
 */
function findNamed<T extends string>(padded: string, list: NameList<T>): T | undefined {
  // Runs on every message: most name nothing, and a single name needs no more checks.
  const found = list.filter((entry) => padded.includes(entry.padded));
  if (found.length <= 1) return found[0]?.id;
  const outermost = found.filter(
    (f) =>
      !found.some(
        (other) =>
          other.id !== f.id && other.name.length > f.name.length && other.name.includes(f.name),
      ),
  );
  const distinct = new Set(outermost.map((f) => f.id));
  return distinct.size === 1 ? outermost[0]!.id : undefined;
}

/** Names normalized and padded for a whole-word search, the longest first. */
function padNames(list: readonly string[]): string[] {
  return list.map((w) => ` ${normalizedWord(w)} `).sort((a, b) => b.length - a.length);
}

function withoutPhrases(padded: string, phrases: readonly string[]): string {
  return phrases.reduce((text, p) => text.split(p).join(' '), padded);
}

/** The text without the words right after "no", "not", "utan" ("no PSTN", "not the exception platform"). */
function withoutNegated(padded: string, names: Names): string {
  const words = padded.trim().split(' ');
  const absent = new Set(names.absent.map((w) => w.trim()));
  const kept = words.filter(
    (_, i) => !absent.has(words[i - 1] ?? '') && !absent.has(words[i - 2] ?? ''),
  );
  return ` ${kept.join(' ')} `;
}

/**
 * Whether a part of the message names the PSTN add-on as ordered (true) or not (false,
 * "no PSTN add-on", "utan tillägget"); undefined when no part names it.
 */
function addOnNamed(text: string, names: Names): boolean | undefined {
  let said: boolean | undefined;
  for (const part of text.split(/[,;.!?\n]+/)) {
    const padded = ` ${normalizeText(part)} `;
    const at = Math.min(...names.addOn.map((n) => padded.indexOf(n)).filter((i) => i >= 0));
    if (!Number.isFinite(at)) continue;
    const before = padded.slice(0, at + 1);
    said = !names.absent.some((w) => before.includes(w));
  }
  return said;
}

/**
 * The role the writer states for themselves: a part of the message (between commas,
 * full stops or "and") that opens with the role ("partner, trial, Japan", "a reseller"),
 * or with "I'm", "we are", "jag är", ... and the role. A role mentioned otherwise ("a trial for a
 * customer in Australia", "send it to the customer") is whom the work is for, not the
 * writer's role. So is a role followed by what it does or where it is ("the customer is
 * in Ireland", "kunden finns i Indonesien").
 */
function statedRole(text: string, names: Names): Role | undefined {
  const found = new Set<Role>();
  const openings = ['', ...names.selfStatements].flatMap((self) =>
    names.articles.map((article) => normalizeText(`${self} ${article}`)),
  );
  for (const part of text.split(/[,;.!?\n]+|\s+(?:and|och)\s+/i)) {
    const words = ` ${normalizeText(part)} `;
    for (const { id, name } of names.role) {
      const stated = (opening: string) => {
        const start = ` ${`${opening} ${name}`.trim()} `;
        const next = words.slice(start.length).split(' ')[0]!;
        return words.startsWith(start) && !names.aboutOthers.has(next);
      };
      if (openings.some(stated)) found.add(id);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

const QUOTES = /^["'“”‘’«»(]+|["'“”‘’«»,;!?().]+$/gu;

/**
 * The word after "subdomain" / "deldomän", past connecting words ("is", "blir"),
 * "=" or ":" and quotes. One pass over the words: linear in the message length.
 */
function findSubdomain(
  text: string,
  keywords: readonly string[],
  connectors: readonly string[],
): string | undefined {
  const words = text
    .replace(/[=:]/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(QUOTES, ''))
    .filter(Boolean);
  const lower = words.map((w) => w.toLowerCase());
  const keywordWords = keywords.map((k) => k.toLowerCase().split(/\s+/));
  const connectorWords = connectors.map((c) => c.toLowerCase().split(/\s+/));
  for (let i = 0; i < words.length; i++) {
    const keyword = keywordWords.find((k) => startsAt(lower, i, k));
    if (!keyword) continue;
    let next = i + keyword.length;
    const connector = connectorWords.find((c) => startsAt(lower, next, c));
    if (connector) next += connector.length;
    if (next < words.length) return words[next];
  }
  return undefined;
}

function startsAt(words: readonly string[], start: number, phrase: readonly string[]): boolean {
  return phrase.every((word, offset) => words[start + offset] === word);
}

function dropEmpty(proposed: ProposedAnswers): ProposedAnswers {
  return Object.fromEntries(
    Object.entries(proposed).filter(([, v]) => v !== undefined),
  ) as ProposedAnswers;
}
