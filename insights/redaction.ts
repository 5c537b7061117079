/** Longest kept unanswered question, after redaction. */
export const MAX_KEPT_QUESTION = 200;

const EMAIL = /[^\s@<>()[\]{}",;:]+@[^\s@<>()[\]{}",;:]+\.[a-z]{2,}/giu;
/** A phone number: an optional +, then digits with spaces, dots, dashes or brackets, 7 digits or more. */
const PHONE = /\+?\(?\d[\d\s().-]{5,}\d/gu;
const DIGIT_RUN = /\d{6,}/gu;

/**
 * An unanswered question as it may be kept: e-mail addresses, phone numbers and runs of
 * six or more digits replaced by placeholders, whitespace collapsed, cut to 200 characters.
 */
export function redactQuestion(text: string): string {
  const redacted = text
    .replace(EMAIL, '[email]')
    .replace(PHONE, (match) => (isPhoneNumber(match) ? '[phone]' : match))
    .replace(DIGIT_RUN, '[number]')
    .replace(/\s+/gu, ' ')
    .trim();
  return Array.from(redacted).slice(0, MAX_KEPT_QUESTION).join('');
}

/** Seven digits or more, written as a number is dialled (+, a leading 0, or separators); not a date. */
function isPhoneNumber(text: string): boolean {
  if (text.replace(/\D/gu, '').length < 7 || ISO_DATE.test(text)) return false;
  return /^[+(0]/u.test(text) || /[\s().-]/u.test(text);
}

const ISO_DATE = /^\d{4}-\d\d-\d\d$/u;
