import {
  ORDER_TYPES,
  PLATFORMS,
  ROLES,
  TELEPHONY_OPTIONS,
  type OrderType,
  type PlatformId,
  type Role,
  type TelephonyId,
} from '../provisioning/identifiers';
import type { WordListKey } from '../locales/translationKeys';

/** Any option of a step that is one choice among fixed identifiers. */
export type OptionId = Role | OrderType | PlatformId | TelephonyId;

const PLATFORM_IDS: readonly string[] = PLATFORMS;
const TELEPHONY_IDS: readonly string[] = TELEPHONY_OPTIONS;

/** Every fixed option of every step, in step order. */
export const OPTION_IDS: readonly OptionId[] = [
  ...ROLES,
  ...ORDER_TYPES,
  ...PLATFORMS,
  ...TELEPHONY_OPTIONS,
];

/** The locale word list of an option's names and synonyms (besides its label). */
export function synonymsKey(id: OptionId): WordListKey {
  if (PLATFORM_IDS.includes(id)) return `words.platform.${id as PlatformId}`;
  if (TELEPHONY_IDS.includes(id)) return `words.telephony.${id as TelephonyId}`;
  return `words.${id as Role | OrderType}`;
}

/**
 * The locale word list of an option's abbreviations ("sub", "std", "WxC"): taken at the
 * option's own question, and in a sentence only beside other answers (proposalReader.ts).
 */
export function abbreviationsKey(id: OptionId): WordListKey {
  return `words.abbreviations.${id}`;
}

/** What a step's choice for an option is also recognized by. */
export function optionWords(id: OptionId): { synonyms: WordListKey; abbreviations: WordListKey } {
  return { synonyms: synonymsKey(id), abbreviations: abbreviationsKey(id) };
}
