import { normalizeText } from './textNormalization';

const cache = new Map<string, string>();
const MAX_ENTRIES = 20_000;

/**
 * normalizeText for the bot's own vocabulary (labels, synonyms, names), which is
 * the same few thousand strings on every turn. Bounded, so that typed text
 * passing through cannot make it grow without limit.
 */
export function normalizedWord(word: string): string {
  let normalized = cache.get(word);
  if (normalized === undefined) {
    normalized = normalizeText(word);
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(word, normalized);
  }
  return normalized;
}
