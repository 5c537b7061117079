import {
  SHIPPED_LANGUAGES,
  SHIPPED_RESOURCES,
  wordsOfEveryLanguage,
  type Locale,
} from '../locales/languages';
import type { CountryCode } from './identifiers';
import { normalizeText } from '../common/textNormalization';

/**
 * Region codes that Intl knows but that are not ISO 3166-1 countries: groupings
 * (EU, EZ, UN), "Unknown Region" (ZZ), private use (AA, QM-QZ, XA-XZ), and the
 * codes ISO only reserves for other organizations (Ascension, Clipperton, Sark,
 * Diego Garcia, Ceuta & Melilla, Canary Islands, Tristan da Cunha).
 * XK (Kosovo) is user-assigned but kept: people name it as a country.
 */
const NOT_COUNTRIES = new Set([
  'EU',
  'EZ',
  'UN',
  'ZZ',
  'QO',
  'AA',
  'AC',
  'CP',
  'CQ',
  'DG',
  'EA',
  'IC',
  'TA',
]);
const PRIVATE_USE = /^(Q[M-Z]|X[A-JL-Z])$/;

/** Which country codes exist is the same in every language: English names are the test. */
const englishNames = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });

/** Whether `code` is a current ISO 3166-1 alpha-2 country code (upper case). */
export function isCountryCode(code: string): boolean {
  return countryCodeSet.has(code);
}

function isCurrentCountryCode(code: string): boolean {
  if (NOT_COUNTRIES.has(code) || PRIVATE_USE.test(code) || !englishNames.of(code)) return false;
  return new Intl.Locale(`und-${code}`).region === code;
}

const countryCodes: readonly CountryCode[] = Array.from({ length: 26 * 26 }, (_, i) =>
  String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)),
).filter(isCurrentCountryCode);
const countryCodeSet = new Set(countryCodes);

/**
 * Country names in the languages the bot speaks, from the runtime's ICU data (a
 * maintained source, not our list), and the form names are compared in.
 */
export class CountryNames {
  private readonly long = new Map<Locale, Intl.DisplayNames>();
  private readonly short = new Map<Locale, Intl.DisplayNames>();
  private readonly leading: RegExp | undefined;
  private index: ReadonlyMap<string, ReadonlySet<CountryCode>> | undefined;

  /**
   * `languages`: whose names are recognized; `leadingWords`: words that may come
   * before a country name and are not part of it ("the UK", "landet Japan").
   */
  constructor(
    private readonly languages: readonly Locale[],
    leadingWords: readonly string[],
  ) {
    // Normalized words hold only letters, digits and spaces: nothing to escape.
    const words = leadingWords.map(normalizeText).filter(Boolean);
    this.leading = words.length
      ? new RegExp(`^(?:${words.sort((a, b) => b.length - a.length).join('|')}) `)
      : undefined;
  }

  /** The country's name in a language (any language Intl knows). */
  countryName(code: CountryCode, locale: Locale): string {
    return this.names(this.long, locale, 'long').of(code.toUpperCase()) ?? code.toUpperCase();
  }

  /** Every name of a country in every language spoken: long and short forms. */
  namesOf(code: CountryCode): string[] {
    return this.languages
      .flatMap((locale) => [
        this.names(this.long, locale, 'long').of(code),
        this.names(this.short, locale, 'short').of(code),
      ])
      .filter((name): name is string => !!name);
  }

  /** The form country names are compared in: normalized, without a leading word ("the UK"). */
  key(text: string): string {
    const normalized = normalizeText(text);
    return this.leading ? normalized.replace(this.leading, '') : normalized;
  }

  /** Every country's code and names (by key) to the countries they name; built once. */
  nameIndex(): ReadonlyMap<string, ReadonlySet<CountryCode>> {
    if (!this.index) {
      const index = new Map<string, Set<CountryCode>>();
      for (const code of countryCodes) {
        for (const name of [code, ...this.namesOf(code)]) {
          const key = this.key(name);
          index.set(key, (index.get(key) ?? new Set()).add(code));
        }
      }
      this.index = index;
    }
    return this.index;
  }

  private names(
    cache: Map<Locale, Intl.DisplayNames>,
    locale: Locale,
    style: 'long' | 'short',
  ): Intl.DisplayNames {
    let names = cache.get(locale);
    if (!names) {
      names = new Intl.DisplayNames(locale, { type: 'region', style, fallback: 'none' });
      cache.set(locale, names);
    }
    return names;
  }
}

let shipped: CountryNames | undefined;

/** Country names in the shipped languages, with their leading words (`words.countryLeadingWords`). */
export function shippedCountryNames(): CountryNames {
  return (shipped ??= new CountryNames(
    SHIPPED_LANGUAGES,
    wordsOfEveryLanguage(SHIPPED_RESOURCES, 'words.countryLeadingWords'),
  ));
}
