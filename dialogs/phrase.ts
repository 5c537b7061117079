import { normalizedWord } from '../common/normalizedCache';
import type { ProvisioningRules } from '../provisioning/provisioningRules';
import { normalizeText } from '../common/textNormalization';
import type { Locale } from '../locales/languages';
import type { TranslationKey, TranslationParams, WordListKey } from '../locales/translationKeys';
import type { TurnLanguage } from './turnLanguage';

/**
 * A sentence kept as a locale key and parameters rather than as text, so that a
 * question stored in dialog state can be shown again in another language.
 */
export interface Phrase {
  key: string;
  params?: Record<string, PhraseParam>;
}

/**
 * A parameter is plain text, a nested phrase, a country shown by its localized name
 * (`inSentence`: with the article some names take inside a sentence, "the United
 * Kingdom"), or phrases listed as the language lists them ("A, B or C", "A, B eller C").
 */
export type PhraseParam =
  string | number | Phrase | { country: string; inSentence?: boolean } | PhraseList;

export interface PhraseList {
  list: readonly Phrase[];
  join: 'and' | 'or';
}

/**
 * The parameters a key's text needs, exactly: none for a text without
 * `{{placeholders}}`. A wrong key or a missing parameter fails the typecheck
 * (the key types are generated from the English file: `npm run locales:keys`).
 */
export type ParamsOf<K extends TranslationKey> = [TranslationParams[K]] extends [never]
  ? []
  : [params: { [P in TranslationParams[K]]: PhraseParam }];

export function phrase<K extends TranslationKey>(key: K, ...params: ParamsOf<K>): Phrase {
  const [values] = params as [Record<string, PhraseParam>?];
  return values ? { key, params: values } : { key };
}

/**
 * Renders phrases with the turn's translators. Translations never change while
 * the process runs, so phrases without free text (and word lists) are rendered
 * once and remembered: this is on every turn's path.
 */
export class PhraseRenderer {
  private readonly rendered = new Map<string, string>();
  private readonly words = new Map<string, string[]>();
  private readonly listsByLocale = new Map<string, string[][]>();

  constructor(private readonly rules: ProvisioningRules) {}

  render(p: Phrase, language: TurnLanguage, locale: Locale = language.locale): string {
    if (!hasFreeText(p)) {
      // Most phrases have no parameters: their key alone names the text.
      const cacheKey = `${locale}\u0000${p.params ? JSON.stringify(p) : p.key}`;
      let text = this.rendered.get(cacheKey);
      if (text === undefined) {
        text = this.translate(p, language, locale);
        this.rendered.set(cacheKey, text);
      }
      return text;
    }
    return this.translate(p, language, locale);
  }

  private translate(p: Phrase, language: TurnLanguage, locale: Locale): string {
    const t = language.translator(locale);
    const params: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(p.params ?? {})) {
      params[name] = this.renderParam(value, language, locale);
    }
    // No per-call interpolation options: i18next rebuilds its interpolation patterns for
    // each call that has them (escaping is off for the whole instance: bot/translators.ts).
    return t(p.key, params);
  }

  /** Labelled values (the summary, the finished plan) in the turn's language. */
  renderFacts(
    facts: readonly { title: Phrase; value: Phrase }[],
    language: TurnLanguage,
  ): { title: string; value: string }[] {
    return facts.map((f) => ({
      title: this.render(f.title, language),
      value: this.render(f.value, language),
    }));
  }

  /** The phrase in every supported language (for recognizing answers given in either). */
  renderAll(p: Phrase, language: TurnLanguage): string[] {
    return language.languages.map((locale) => this.render(p, language, locale));
  }

  /** A locale key that holds a list of words, in every supported language at once. */
  wordList(key: WordListKey, language: TurnLanguage): string[] {
    let list = this.words.get(key);
    if (!list) {
      list = this.wordListsByLocale(key, language).flat();
      this.words.set(key, list);
    }
    return list;
  }

  /** Whether the whole message is one of a list's words ("thanks", "finish"), in any language. */
  isOneOf(text: string, key: WordListKey, language: TurnLanguage): boolean {
    const message = normalizeText(text);
    return this.wordList(key, language).some((w) => normalizedWord(w) === message);
  }

  /** A locale key that holds a list of words, one list per language (in `language.languages` order). */
  wordListsByLocale(key: WordListKey, language: TurnLanguage): string[][] {
    let lists = this.listsByLocale.get(key);
    if (!lists) {
      lists = language.languages.map((locale) => {
        const words: unknown = language.translator(locale)(key, { returnObjects: true });
        return Array.isArray(words) ? words.map(String) : [];
      });
      this.listsByLocale.set(key, lists);
    }
    return lists;
  }

  private renderParam(value: PhraseParam, language: TurnLanguage, locale: Locale): string | number {
    if (typeof value === 'string' || typeof value === 'number') return value;
    if ('country' in value) return this.countryName(value, language, locale);
    if ('list' in value) {
      const type = value.join === 'and' ? 'conjunction' : 'disjunction';
      const items = value.list.map((item) => this.render(item, language, locale));
      return new Intl.ListFormat(locale, { type }).format(items);
    }
    return this.render(value, language, locale);
  }

  private countryName(
    value: { country: string; inSentence?: boolean },
    language: TurnLanguage,
    locale: Locale,
  ): string {
    const name = this.rules.countryName(value.country, locale);
    if (!value.inSentence) return name;
    const t = language.translator(locale);
    const index = language.languages.indexOf(locale);
    const withArticle = (
      this.wordListsByLocale('words.countriesWithArticle', language)[index] ?? []
    ).includes(value.country);
    return withArticle ? t('country.withArticle', { name }) : name;
  }
}

/** Whether a phrase carries text from outside (a typed answer, a subdomain): such phrases are not cached. */
function hasFreeText(p: Phrase): boolean {
  return Object.values(p.params ?? {}).some(
    (v) =>
      typeof v === 'string' ||
      (typeof v === 'object' && 'key' in v && hasFreeText(v)) ||
      (typeof v === 'object' && 'list' in v && v.list.some(hasFreeText)),
  );
}
