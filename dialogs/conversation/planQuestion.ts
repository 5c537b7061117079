import { normalizedWord } from '../../common/normalizedCache';
import { normalizeText } from '../../common/textNormalization';
import type { WordListKey } from '../../locales/translationKeys';
import type { FactName } from '../planFacts';
import type { PhraseRenderer } from '../phrase';
import type { TurnLanguage } from '../turnLanguage';

const FACT_NAMES = [
  'role',
  'orderType',
  'pstnAddOn',
  'country',
  'dataCenter',
  'platform',
  'telephony',
  'subdomain',
] as const satisfies readonly FactName[];

/**
 * The facts a question asks of the admin's own plan, in either language: "which data
 * center did we get?", "what was the subdomain again?", "vilket datacenter fick vi?".
 * It asks for a value (`words.planAsk`: what, which, vilket), names a fact of the plan
 * (`words.planFacts.<fact>`) and refers to what was chosen (`words.planReference`: we,
 * did, again, fick, valde; not "vår", which folds into "var", where). "What is a
 * subdomain?" names a fact but is about the topic, and "we picked the wrong country, can
 * we fix it?" asks for no value: neither is answered from the plan. Empty when the
 * question is not about the plan.
 */
export function factsAskedOfPlan(
  text: string,
  language: TurnLanguage,
  phrases: PhraseRenderer,
): FactName[] {
  const padded = ` ${normalizeText(text)} `;
  const mentions = (key: WordListKey) =>
    phrases.wordList(key, language).some((w) => padded.includes(` ${normalizedWord(w)} `));
  if (!mentions('words.planAsk') || !mentions('words.planReference')) return [];
  return FACT_NAMES.filter((name) => mentions(`words.planFacts.${name}`));
}
