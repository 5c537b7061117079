import { allCountryCodes, namesOf } from './countryNames';
import type { CountryCode } from './identifiers';
import { editDistance, normalizeText } from './textNormalization';

/** What a text names: a country code, and whether a typo had to be tolerated. */
export type FoundCountry = { code: CountryCode; exact: boolean } | undefined;

/** Names of three letters or fewer are codes or abbreviations ("US", "UK", "USA"). */
const ABBREVIATION_LENGTH = 3;
const MAX_WORDS_IN_NAME = 4;

/**
 * Recognizes countries from what people type, in English or Swedish: names from
 * Intl for every country (so unsupported ones are recognized too), the rules'
 * aliases, and ISO codes. Built once; lookups are cheap.
 */
export class CountryFinder {
  private readonly byName = new Map<string, Set<CountryCode>>();
  private readonly fuzzyNames: { name: string; code: CountryCode }[] = [];

  /** `aliases`: extra names per country (from the rules data). `textCodes`: codes that may be found in a sentence. */
  constructor(
    aliases: ReadonlyMap<CountryCode, readonly string[]>,
    private readonly textCodes: ReadonlySet<CountryCode>,
  ) {
    for (const code of allCountryCodes()) {
      for (const name of [code, ...namesOf(code)]) this.add(name, code);
    }
    for (const [code, names] of aliases) for (const name of names) this.add(name, code);
    for (const [name, codes] of this.byName) {
      if (name.length > ABBREVIATION_LENGTH && codes.size === 1)
        this.fuzzyNames.push({ name, code: [...codes][0]! });
    }
  }

  /** The country a whole answer names ("Japan", "jp", "Storbritannien", "Japn"). */
  find(text: string): FoundCountry {
    const answer = normalizeText(text);
    if (!answer) return undefined;
    const exact = this.only(this.byName.get(answer));
    if (exact) return { code: exact, exact: true };
    return this.closest(answer);
  }

  /**
   * The country named somewhere in a sentence. Names only match as whole words;
   * codes and abbreviations only in capitals and only for `textCodes`, so that
   * "in" is never India and "us" never the USA. The longest name wins.
   */
  findInText(text: string): FoundCountry {
    const words = text
      .split(/[^\p{L}\p{N}\p{M}.]+/u)
      .map((w) => w.replace(/\.+$/, ''))
      .filter(Boolean);
    for (let size = Math.min(MAX_WORDS_IN_NAME, words.length); size >= 1; size--) {
      for (let start = 0; start + size <= words.length; start++) {
        const original = words.slice(start, start + size).join(' ');
        const code = this.nameInText(original);
        if (code) return { code, exact: true };
      }
    }
    return undefined;
  }

  private nameInText(original: string): CountryCode | undefined {
    const code = this.only(this.byName.get(normalizeText(original)));
    if (!code) return undefined;
    const abbreviation = normalizeText(original).replace(/ /g, '').length <= ABBREVIATION_LENGTH;
    if (!abbreviation) return code;
    return original === original.toUpperCase() && this.textCodes.has(code) ? code : undefined;
  }

  /** The one country within a small edit distance (1 for 4+ letters, 2 for 8+), if exactly one. */
  private closest(answer: string): FoundCountry {
    if (answer.length <= ABBREVIATION_LENGTH) return undefined;
    const allowed = answer.length >= 8 ? 2 : 1;
    let best = allowed + 1;
    const codes = new Set<CountryCode>();
    for (const { name, code } of this.fuzzyNames) {
      if (Math.abs(name.length - answer.length) > allowed) continue;
      const distance = editDistance(answer, name);
      if (distance < best) {
        best = distance;
        codes.clear();
      }
      if (distance === best) codes.add(code);
    }
    const code = best <= allowed ? this.only(codes) : undefined;
    return code ? { code, exact: false } : undefined;
  }

  private add(name: string, code: CountryCode): void {
    const key = normalizeText(name);
    if (!key) return;
    const codes = this.byName.get(key) ?? new Set<CountryCode>();
    codes.add(code);
    this.byName.set(key, codes);
  }

  private only(codes: Set<CountryCode> | undefined): CountryCode | undefined {
    return codes?.size === 1 ? [...codes][0] : undefined;
  }
}
