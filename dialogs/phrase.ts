import type { ProvisioningRules } from '../provisioning/provisioningRules';
import { LOCALES, type Locale } from '../provisioning/identifiers';
import type { TurnLanguage } from './turnLanguage';

/**
 * A sentence kept as a locale key and parameters rather than as text, so that a
 * question stored in dialog state can be shown again in another language.
 */
export interface Phrase {
  key: string;
  params?: Record<string, PhraseParam>;
}

/** A parameter is plain text, a nested phrase, or a country shown by its localized name. */
export type PhraseParam = string | number | Phrase | { country: string };

export function phrase(key: string, params?: Record<string, PhraseParam>): Phrase {
  return params ? { key, params } : { key };
}

export class PhraseRenderer {
  constructor(private readonly rules: ProvisioningRules) {}

  render(p: Phrase, language: TurnLanguage, locale: Locale = language.locale): string {
    const t = language.translator(locale);
    const params: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(p.params ?? {})) {
      params[name] = this.renderParam(value, language, locale);
    }
    return t(p.key, { ...params, interpolation: { escapeValue: false } });
  }

  /** The phrase in every supported language (for recognizing answers given in either). */
  renderAll(p: Phrase, language: TurnLanguage): string[] {
    return LOCALES.map((locale) => this.render(p, language, locale));
  }

  /** A locale key that holds a list of words, in every supported language at once. */
  wordList(key: string, language: TurnLanguage): string[] {
    return LOCALES.flatMap((locale) => {
      const words: unknown = language.translator(locale)(key, { returnObjects: true });
      return Array.isArray(words) ? words.map(String) : [];
    });
  }

  private renderParam(value: PhraseParam, language: TurnLanguage, locale: Locale): string | number {
    if (typeof value === 'string' || typeof value === 'number') return value;
    if ('country' in value) return this.rules.countryName(value.country, locale);
    return this.render(value, language, locale);
  }
}
