import type { CountryNames } from './countryNames';
import type { CountryCode } from './identifiers';
import { editDistance } from '../common/textNormalization';

/** What a text names: a country code, and whether a typo had to be tolerated. */
export type FoundCountry = { code: CountryCode; exact: boolean } | undefined;

/** Names of three letters or fewer are codes or abbreviations ("US", "UK", "USA"). */
const ABBREVIATION_LENGTH = 3;
const MAX_WORDS_IN_NAME = 4;

function isAbbreviation(key: string): boolean {
  return key.replace(/ /g, '').length <= ABBREVIATION_LENGTH;
}

/**
 * Recognizes countries from what people type, in English or Swedish: names from
 * Intl for every country (so unsupported ones are recognized too), the rules'
 * aliases, and ISO codes. Built once; lookups are cheap.
 */
export class CountryFinder {
  private readonly byName = new Map<string, Set<CountryCode>>();
  private readonly fuzzyNames: { name: string; code: CountryCode }[] = [];

  /** `aliases`: extra names per country (rules data); `supported`: the countries of the rules. */
  constructor(
    aliases: ReadonlyMap<CountryCode, readonly string[]>,
    private readonly supported: ReadonlySet<CountryCode>,
    private readonly names: CountryNames,
  ) {
    for (const [key, codes] of names.nameIndex()) this.byName.set(key, new Set(codes));
    for (const [code, names] of aliases) for (const name of names) this.add(name, code);
    for (const [name, codes] of this.byName) {
      if (!isAbbreviation(name) && codes.size === 1)
        this.fuzzyNames.push({ name, code: [...codes][0]! });
    }
  }

  /** The country a whole answer names ("Japan", "jp", "the UK", "Storbritannien", "Japn"). */
  find(text: string): FoundCountry {
    const answer = this.names.key(text);
    if (!answer) return undefined;
    const exact = this.exact(text.trim(), answer, 'answer');
    if (exact) return { code: exact, exact: true };
    return this.closest(answer);
  }

  /**
   * The country named somewhere in a sentence: whole words only, no typos. The
   * longest name wins; between names of the same length, a supported country.
   */
  findInText(text: string): FoundCountry {
    const words = text
      .split(/[^\p{L}\p{N}\p{M}.]+/u)
      .map((w) => w.replace(/\.+$/, ''))
      .filter(Boolean);
    // In a sentence typed all in capitals, "MY" or "ID" is a word, not a code.
    const mode = words.length > 1 && text === text.toUpperCase() ? 'shouted' : 'text';
    for (let size = Math.min(MAX_WORDS_IN_NAME, words.length); size >= 1; size--) {
      let first: CountryCode | undefined;
      for (let start = 0; start + size <= words.length; start++) {
        const original = words.slice(start, start + size).join(' ');
        const code = this.exact(original, this.names.key(original), mode);
        if (code && this.supported.has(code)) return { code, exact: true };
        first ??= code;
      }
      if (first) return { code: first, exact: true };
    }
    return undefined;
  }

  /**
   * An exact name or alias. Codes and abbreviations of three letters or fewer:
   * in a whole answer in any case for a supported country, in capitals for any
   * other ("no" is not Norway, "NO" is); in a sentence only in capitals and only
   * for a supported country ("in" is never India, "us" never the USA).
   */
  private exact(
    original: string,
    key: string,
    mode: 'answer' | 'text' | 'shouted',
  ): CountryCode | undefined {
    const code = this.only(this.byName.get(key));
    if (!code || !isAbbreviation(key)) return code;
    const supported = this.supported.has(code);
    const capitals = original === original.toUpperCase();
    if (mode === 'answer') return supported || capitals ? code : undefined;
    return mode === 'text' && supported && capitals ? code : undefined;
  }

  /** The one country within a small edit distance (1 for 4+ letters, 2 for 8+), if exactly one. */
  private closest(answer: string): FoundCountry {
    if (isAbbreviation(answer)) return undefined;
    const allowed = answer.length >= 8 ? 2 : 1;
    let best = allowed + 1;
    const codes = new Set<CountryCode>();
    for (const { name, code } of this.fuzzyNames) {
      if (Math.abs(name.length - answer.length) > allowed) continue;
      const distance = editDistance(answer, name, allowed);
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
    const key = this.names.key(name);
    if (!key) return;
    const codes = this.byName.get(key) ?? new Set<CountryCode>();
    codes.add(code);
    this.byName.set(key, codes);
  }

  private only(codes: Set<CountryCode> | undefined): CountryCode | undefined {
    return codes?.size === 1 ? [...codes][0] : undefined;
  }
}
