import en from './en/translation.json';
import sv from './sv/translation.json';

/** Every user-facing string, per language. en and sv hold the same keys (a test checks it). */
export const resources = {
  en: { translation: en },
  sv: { translation: sv },
};
