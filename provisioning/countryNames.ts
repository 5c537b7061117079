import { LOCALES, type CountryCode, type Locale } from './identifiers';
import { normalizeText } from './textNormalization';

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

const displayNames = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' }),
  ]),
) as Record<Locale, Intl.DisplayNames>;

const shortNames = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    new Intl.DisplayNames(locale, { type: 'region', style: 'short', fallback: 'none' }),
  ]),
) as Record<Locale, Intl.DisplayNames>;

/**
 * Every current ISO 3166-1 alpha-2 code that Intl has a country name for.
 * Deprecated codes (DD, SU, UK, ...) are left out: Intl canonicalizes them to
 * the current code, and their names would otherwise make "Germany" ambiguous.
 */
export function allCountryCodes(): readonly CountryCode[] {
  return countryCodes;
}

/** Whether `code` is a current ISO 3166-1 alpha-2 country code (upper case). */
export function isCountryCode(code: string): boolean {
  return countryCodeSet.has(code);
}

function isCurrentCountryCode(code: string): boolean {
  if (NOT_COUNTRIES.has(code) || PRIVATE_USE.test(code) || !displayNames.en.of(code)) return false;
  return new Intl.Locale(`und-${code}`).region === code;
}

const countryCodes: readonly CountryCode[] = Array.from({ length: 26 * 26 }, (_, i) =>
  String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)),
).filter(isCurrentCountryCode);
const countryCodeSet = new Set(countryCodes);

/** The country's name in a language, from the runtime's ICU data (a maintained source, not our list). */
export function countryName(code: CountryCode, locale: Locale): string {
  return displayNames[locale].of(code.toUpperCase()) ?? code.toUpperCase();
}

/** Every name of a country in every supported language: long and short forms. */
export function namesOf(code: CountryCode): string[] {
  return LOCALES.flatMap((locale) => [
    displayNames[locale].of(code),
    shortNames[locale].of(code),
  ]).filter((name): name is string => !!name);
}

/** The form country names are compared in: normalized, without a leading English "the" ("the UK"). */
export function countryKey(text: string): string {
  return normalizeText(text).replace(/^the /, '');
}

let nameIndex: ReadonlyMap<string, ReadonlySet<CountryCode>> | undefined;

/** Every country's code and Intl names (by countryKey) to the countries they name; built once. */
export function intlNameIndex(): ReadonlyMap<string, ReadonlySet<CountryCode>> {
  if (!nameIndex) {
    const index = new Map<string, Set<CountryCode>>();
    for (const code of countryCodes) {
      for (const name of [code, ...namesOf(code)]) {
        const key = countryKey(name);
        index.set(key, (index.get(key) ?? new Set()).add(code));
      }
    }
    nameIndex = index;
  }
  return nameIndex;
}
