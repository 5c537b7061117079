import i18next, { type i18n, type InitOptions, type TFunction } from 'i18next';
import { SHIPPED_RESOURCES, type Locale, type TranslationResources } from '../locales/languages';
import { numberInWords } from '../locales/numberWords';

/** A phrase rendered incompletely: its key is missing, or a `{{parameter}}` was not given. */
export interface TranslationProblem {
  kind: 'missing-key' | 'missing-parameter';
  locale: string;
  /** For a missing parameter: the key(s) whose text lacked it (i18next only passes the text). */
  key: string;
  parameter?: string;
}

export interface TranslatorsOptions {
  /** The languages to speak (default: the shipped locales/ files). */
  resources?: TranslationResources;
  /** Called for every problem; rendering continues as without it (the key or `{{name}}` is shown). */
  onProblem?: (problem: TranslationProblem) => void;
}

/**
 * One i18next instance for the process and one fixed translator per language,
 * made once at start-up. Turns pick a translator; nobody ever calls
 * changeLanguage on the shared instance (it would race between users).
 */
export class Translators {
  /** Every language there is a translation file for, in the order of the resources. */
  readonly languages: readonly Locale[];
  private readonly fixed: ReadonlyMap<Locale, TFunction>;

  constructor(options: TranslatorsOptions = {}) {
    const resources = options.resources ?? SHIPPED_RESOURCES;
    this.languages = Object.keys(resources);
    const instance: i18n = i18next.createInstance();
    void instance.init({
      resources,
      lng: this.languages[0],
      fallbackLng: false,
      supportedLngs: [...this.languages],
      initAsync: false,
      returnNull: false,
      interpolation: { escapeValue: false },
      ...(options.onProblem ? problemReporting(resources, options.onProblem) : {}),
    });
    // `{{count, words}}`: "de två alternativen" rather than "de 2 alternativen".
    instance.services.formatter?.add('words', (value, lng) => numberInWords(value, lng));
    this.fixed = new Map(this.languages.map((l) => [l, instance.getFixedT(l)]));
  }

  /** The translator of a language the bot speaks (the first language for any other). */
  for(locale: Locale): TFunction {
    return this.fixed.get(locale) ?? this.fixed.get(this.languages[0]!)!;
  }
}

/** i18next's hooks for missing keys (they need saveMissing) and for missing interpolation values. */
function problemReporting(
  resources: TranslationResources,
  onProblem: (problem: TranslationProblem) => void,
): InitOptions {
  return {
    saveMissing: true,
    missingKeyHandler: (
      lngs,
      _ns,
      key,
      _fallbackValue,
      _updateMissing,
      options: { lng?: string },
    ) => onProblem({ kind: 'missing-key', locale: lngs[0] ?? options.lng ?? '', key }),
    missingInterpolationHandler: (
      text: string,
      match: RegExpExecArray,
      options: { lng?: string },
    ) => {
      const locale = options.lng ?? '';
      onProblem({
        kind: 'missing-parameter',
        locale,
        key: keysWithText(resources, locale, text),
        parameter: match[1].trim(),
      });
      // Keep the placeholder, as i18next does without a handler.
      return match[0];
    },
  };
}

/** The key(s) whose text in the locale is `text`, or the text itself when none is (a default value). */
function keysWithText(resources: TranslationResources, locale: string, text: string): string {
  const tree: unknown = resources[locale]?.translation;
  const keys: string[] = [];
  const visit = (node: unknown, path: string): void => {
    if (node === text) keys.push(path);
    else if (node && typeof node === 'object' && !Array.isArray(node)) {
      for (const [name, child] of Object.entries(node))
        visit(child, path ? `${path}.${name}` : name);
    }
  };
  visit(tree, '');
  return keys.length ? keys.join(' | ') : text;
}
