import { normalizeText } from '../../../common/textNormalization';
import { startsAt } from '../../../common/wordSequence';

const QUOTES = /^["'“”‘’«»(]+|["'“”‘’«»,;!?().]+$/gu;

/** A typed name without the quotes and punctuation around it ("'acme'," -> "acme"). */
export function withoutQuotes(word: string): string {
  return word.replace(QUOTES, '');
}

/**
 * The name in a sentence that is one of the leading phrases and one word ("let's go with
 * adatum", "vi tar lindqvistbygg", "call it 'adatum'"); undefined for any other sentence.
 */
export function subdomainAfterLead(text: string, leads: readonly string[]): string | undefined {
  const typed = text.trim().split(/\s+/);
  const name = withoutQuotes(typed[typed.length - 1]!);
  if (typed.length < 2 || !name) return undefined;
  const words = normalizeText(typed.slice(0, -1).join(' ')).split(' ');
  const led = leads.some((lead) => {
    const phrase = normalizeText(lead).split(' ');
    return phrase.length === words.length && startsAt(words, 0, phrase);
  });
  return led ? name : undefined;
}
