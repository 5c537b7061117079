import i18next, { type i18n, type TFunction } from 'i18next';
import { resources } from '../locales/resources';
import { LOCALES, type Locale } from '../provisioning/identifiers';

/**
 * One i18next instance for the process and one fixed translator per language,
 * made once at start-up. Turns pick a translator; nobody ever calls
 * changeLanguage on the shared instance (it would race between users).
 */
export class Translators {
  private readonly fixed: Record<Locale, TFunction>;

  constructor() {
    const instance: i18n = i18next.createInstance();
    void instance.init({
      resources,
      lng: 'en',
      fallbackLng: false,
      supportedLngs: [...LOCALES],
      initAsync: false,
      returnNull: false,
      interpolation: { escapeValue: false },
    });
    this.fixed = { en: instance.getFixedT('en'), sv: instance.getFixedT('sv') };
  }

  for(locale: Locale): TFunction {
    return this.fixed[locale];
  }
}
