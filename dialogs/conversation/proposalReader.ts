import { normalizedWord } from '../../common/normalizedCache';
import { normalizeText } from '../../common/textNormalization';
import { startsAt } from '../../common/wordSequence';
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
import { abbreviationsKey, synonymsKey } from '../optionWords';
import type { PhraseRenderer } from '../phrase';
import type { TurnLanguage } from '../turnLanguage';
import { withoutQuotes } from '../steps/subdomain/subdomainInSentence';
import { rolePhrases, statedRole, type RolePhrases, type RoleWords } from './statedRole';

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
  /**
   * Every supported country the message names, when it names more than one ("UK was
   * wrong, it's Japan"): a change of mind reads the one that is not the answer given.
   */
  countries?: CountryCode[];
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

  /** The names of every answer per language, normalized once: they never change while the bot runs. */
  private readonly names = new Map<string, Names>();

  /** `typos`: also look for a slightly misspelt supported country ("Japn"), as a whole answer would. */
  read(text: string, language: TurnLanguage, { typos = false } = {}): ProposedAnswers {
    let names = this.names.get(language.locale);
    if (!names) this.names.set(language.locale, (names = this.namesIn(language)));
    // "the Cisco PSTN add-on" names the add-on, not the telephony option its words also name.
    const padded = withoutPhrases(withoutNegated(text, names), names.addOn);
    const words = (key: WordListKey) => this.phrases.wordList(key, language);
    const proposed: ProposedAnswers = {
      pstnAddOn: addOnNamed(text, names),
      role: statedRole(text, names.rolePhrases),
      orderType: findNamed(padded, names.orderType),
      platform: findNamed(padded, names.platform),
      telephony: findNamed(padded, names.telephony),
      subdomain: findSubdomain(text, words('words.subdomain'), words('words.subdomainConnectors')),
    };
    const country = this.rules.findCountryInText(text);
    if (country.kind === 'supported') proposed.country = country.country.code;
    if (country.kind === 'unsupported') proposed.unsupportedCountry = country.code;
    if (country.kind === 'unknown' && typos)
      proposed.country = this.misspeltCountry(padded, proposed);
    // Several countries can only be named where one is found at all.
    if (country.kind === 'supported') proposed.countries = this.countriesNamed(text);
    return withAbbreviations(dropEmpty(proposed), padded, names);
  }

  /** The supported countries the parts of a message name, when more than one. */
  private countriesNamed(text: string): CountryCode[] | undefined {
    const codes = new Set<CountryCode>();
    for (const part of text.split(PARTS)) {
      const match = this.rules.findCountryInText(part);
      if (match.kind === 'supported') codes.add(match.country.code);
    }
    return codes.size > 1 ? [...codes] : undefined;
  }

  private namesIn(language: TurnLanguage): Names {
    const words = (key: WordListKey) => this.phrases.wordList(key, language);
    const short = <T extends OptionIdOf>(ids: readonly T[]) =>
      named(ids, (id) => words(abbreviationsKey(id)));
    return {
      addOn: padNames(words('words.pstnAddOnNames')),
      absent: padNames(words('words.absent')),
      absentWords: new Set(padNames(words('words.absent')).map((w) => w.trim())),
      subdomainKeywords: padNames(words('words.subdomain')),
      rolePhrases: rolePhrases(this.roleWords(words)),
      orderType: named(ORDER_TYPES, (id) => words(synonymsKey(id))),
      platform: named(PLATFORMS, (id) => words(synonymsKey(id))),
      telephony: named(TELEPHONY_OPTIONS, (id) => [
        ...words(synonymsKey(id)),
        ...this.phrases.renderAll({ key: `telephony.name.${id}` }, language),
      ]),
      abbreviations: {
        orderType: short(ORDER_TYPES),
        platform: short(PLATFORMS),
        telephony: short(TELEPHONY_OPTIONS),
      },
    };
  }

  private roleWords(words: (key: WordListKey) => string[]): RoleWords {
    const asWords = (list: readonly string[]) =>
      list.map((w) => normalizedWord(w).split(' ').filter(Boolean));
    const articles = [[], ...asWords(words('words.articles'))];
    const selves = [[], ...asWords(words('words.selfStatement'))];
    return {
      names: named(ROLES, (id) => words(synonymsKey(id))).map(({ id, name }) => ({
        id,
        words: name.split(' '),
      })),
      openings: selves.flatMap((self) => articles.map((article) => [...self, ...article])),
      aboutOthers: new Set(words('words.aboutOthers').map(normalizedWord)),
      selfAfter: new Set(words('words.selfStatementAfter').map((w) => w.toLowerCase())),
      leadIns: new Set(words('words.leadIns').map(normalizedWord)),
      fieldNames: asWords(words('words.planFacts.role')),
      connectors: asWords(words('words.subdomainConnectors')),
      articles,
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

type OptionIdOf = OrderType | PlatformId | TelephonyId;

interface Names {
  rolePhrases: RolePhrases;
  /** The add-on's names, longest first, and the words that say it is absent ("no", "utan"). */
  addOn: string[];
  absent: string[];
  absentWords: ReadonlySet<string>;
  /** "subdomain", "deldomän", "sub domain": never read as an abbreviation ("sub"). */
  subdomainKeywords: string[];
  orderType: NameList<OrderType>;
  platform: NameList<PlatformId>;
  telephony: NameList<TelephonyId>;
  /** Short names ("sub", "std", "WxC"): read only beside other answers. */
  abbreviations: {
    orderType: NameList<OrderType>;
    platform: NameList<PlatformId>;
    telephony: NameList<TelephonyId>;
  };
}

/** Where a message's parts end: a negation or a statement does not reach past them. */
const PARTS = /[,;.!?\n]+/;

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

/**
 * The text, normalized and padded, without the words right after "no", "not", "utan"
 * ("no PSTN", "not the exception platform"), within their part of the message: "no
 * add-on, standard platform" still names the platform.
 */
function withoutNegated(text: string, names: Names): string {
  const absent = names.absentWords;
  const parts = text.split(PARTS).map((part) => {
    const words = normalizeText(part).split(' ');
    return words.filter(
      (_, i) => !absent.has(words[i - 1] ?? '') && !absent.has(words[i - 2] ?? ''),
    );
  });
  return ` ${parts.flat().filter(Boolean).join(' ')} `;
}

/**
 * Answers given by abbreviation ("sub", "std", "WxC"), read only when the message gives
 * other answers too ("partner, sub in Brazil"): alone, so short a word is too often
 * something else. Never inside the subdomain's keyword or its name ("sub domain", "sub").
 */
function withAbbreviations(proposed: ProposedAnswers, padded: string, names: Names) {
  if (!Object.keys(proposed).length) return proposed;
  const subdomain = proposed.subdomain ? [` ${normalizeText(proposed.subdomain)} `] : [];
  const text = withoutPhrases(padded, [...names.subdomainKeywords, ...subdomain]);
  const short = names.abbreviations;
  return dropEmpty({
    ...proposed,
    orderType: proposed.orderType ?? findNamed(text, short.orderType),
    platform: proposed.platform ?? findNamed(text, short.platform),
    telephony: proposed.telephony ?? findNamed(text, short.telephony),
  });
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
 * The word after "subdomain" / "deldomän", past connecting words ("is", "blir"),
 * "=" or ":" and quotes. One pass over the words: linear in the message length.
 */
function findSubdomain(
  text: string,
  keywords: readonly string[],
  connectors: readonly string[],
): string | undefined {
  const words = text.replace(/[=:]/g, ' ').split(/\s+/).map(withoutQuotes).filter(Boolean);
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

function dropEmpty(proposed: ProposedAnswers): ProposedAnswers {
  return Object.fromEntries(
    Object.entries(proposed).filter(([, v]) => v !== undefined),
  ) as ProposedAnswers;
}
