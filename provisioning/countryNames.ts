import { LOCALES, type CountryCode, type Locale } from './identifiers';

/** Region codes that Intl knows but that are not countries (EU, UN, "Unknown Region", private use). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'AA', 'XA', 'XB']);

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
export function allCountryCodes(): CountryCode[] {
  const codes: CountryCode[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (isCurrentCountryCode(code)) codes.push(code);
    }
  }
  return codes;
}

function isCurrentCountryCode(code: string): boolean {
  if (NOT_COUNTRIES.has(code) || /^(Q[M-Z]|X[A-JL-Z])$/.test(code) || !displayNames.en.of(code))
    return false;
  return new Intl.Locale(`und-${code}`).region === code;
}

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
