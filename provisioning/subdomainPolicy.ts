import { foldLetters } from '../common/textNormalization';
import type { SubdomainCheck } from './provisioningRules';
import type { RulesData } from './rulesSchema';

type PolicyData = RulesData['subdomain'];

/**
 * Lower case for ASCII letters only. String.toLowerCase would turn lookalikes
 * into ASCII (the Kelvin sign "K" becomes "k") and let them pass the policy.
 */
function asciiLowerCase(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/** The organization subdomain rules: syntax, length, reserved names; and alternatives to a taken name. */
export class SubdomainPolicy {
  private readonly allowed: RegExp;
  private readonly reserved: Set<string>;

  /** `candidates`: how many alternatives to a taken name to propose at most. */
  constructor(
    private readonly data: PolicyData,
    private readonly candidates: number,
  ) {
    this.allowed = new RegExp(data.allowedPattern, 'u');
    this.reserved = new Set(data.reserved.map(asciiLowerCase));
  }

  get limits(): { minLength: number; maxLength: number } {
    return { minLength: this.data.minLength, maxLength: this.data.maxLength };
  }

  check(text: string): SubdomainCheck {
    const subdomain = asciiLowerCase(text.trim());
    const length = [...subdomain].length;
    if (!subdomain) return { ok: false, subdomain, reason: 'empty' };
    if (length > this.data.maxLength) return { ok: false, subdomain, reason: 'too-long' };
    if (!this.allowed.test(subdomain))
      return { ok: false, subdomain, reason: 'invalid-characters' };
    if (length < this.data.minLength) return { ok: false, subdomain, reason: 'too-short' };
    if (this.reserved.has(subdomain)) return { ok: false, subdomain, reason: 'reserved' };
    return { ok: true, subdomain };
  }

  /**
   * The invalid text made valid: accents dropped, other characters left out,
   * lower case, cut to the maximum length. Undefined when nothing valid is left
   * or the text was valid already.
   */
  suggestion(text: string): string | undefined {
    const candidate = foldLetters(text)
      .replace(/[^A-Za-z0-9]+/g, '')
      .toLowerCase()
      .slice(0, this.data.maxLength);
    if (candidate === asciiLowerCase(text.trim())) return undefined;
    return this.check(candidate).ok ? candidate : undefined;
  }

  /**
   * Valid names close to a taken one, best first: with the country code, "cc"
   * (contact center), then numbers from 2; shortened to fit the maximum length.
   */
  alternatives(subdomain: string, country?: string): string[] {
    const base = asciiLowerCase(subdomain.trim());
    if (!base) return [];
    const suffixes = [
      ...(country ? [asciiLowerCase(country)] : []),
      'cc',
      ...Array.from({ length: 2 * this.candidates }, (_, i) => String(i + 2)),
    ];
    const candidates = suffixes.map(
      (suffix) => base.slice(0, Math.max(0, this.data.maxLength - suffix.length)) + suffix,
    );
    return [...new Set(candidates)]
      .filter((c) => c !== base && this.check(c).ok)
      .slice(0, this.candidates);
  }
}
