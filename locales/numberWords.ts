/**
 * Small whole numbers written out, as a sentence in the language has them ("de två
 * alternativen", "the two options"); larger numbers stay digits. Used by the i18next
 * format `{{count, words}}`.
 */
const WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
  ],
  sv: [
    'noll',
    'ett',
    'två',
    'tre',
    'fyra',
    'fem',
    'sex',
    'sju',
    'åtta',
    'nio',
    'tio',
    'elva',
    'tolv',
  ],
};

export function numberInWords(value: unknown, locale: string | undefined): string {
  const words = WORDS[locale ?? ''];
  if (typeof value === 'number' && Number.isInteger(value) && words?.[value]) return words[value];
  return String(value);
}
