import type { SubdomainCheck } from './provisioningRules';
import type { RulesData } from './rulesSchema';

type PolicyData = RulesData['subdomain'];

/** The organization subdomain rules: syntax, length, reserved names; and alternatives to a taken name. */
export class SubdomainPolicy {
  private readonly allowed: RegExp;
  private readonly reserved: Set<string>;

  constructor(private readonly data: PolicyData) {
    this.allowed = new RegExp(data.allowedPattern, 'u');
    this.reserved = new Set(data.reserved.map((r) => r.toLowerCase()));
  }

  get limits(): { minLength: number; maxLength: number } {
    return { minLength: this.data.minLength, maxLength: this.data.maxLength };
  }

  check(text: string): SubdomainCheck {
    const subdomain = text.trim().toLowerCase();
    if (!subdomain) return { ok: false, subdomain, reason: 'empty' };
    if (!this.allowed.test(subdomain))
      return { ok: false, subdomain, reason: 'invalid-characters' };
    if ([...subdomain].length > this.data.maxLength)
      return { ok: false, subdomain, reason: 'too-long' };
    if ([...subdomain].length < this.data.minLength)
      return { ok: false, subdomain, reason: 'too-short' };
    if (this.reserved.has(subdomain)) return { ok: false, subdomain, reason: 'reserved' };
    return { ok: true, subdomain };
  }

  /** Valid names close to a taken one: with the country code, "cc", or a number; best first. */
  alternatives(subdomain: string, country?: string): string[] {
    const base = subdomain.trim().toLowerCase();
    const suffixes = [
      ...(country ? [country.toLowerCase()] : []),
      'cc',
      ...Array.from({ length: 9 }, (_, i) => String(i + 1)),
    ];
    const candidates = suffixes.map(
      (suffix) => base.slice(0, this.data.maxLength - suffix.length) + suffix,
    );
    return [...new Set(candidates)].filter((c) => c !== base && this.check(c).ok);
  }
}
