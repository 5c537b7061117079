import { normalizedWord } from '../../provisioning/normalizedCache';
import { normalizeText } from '../../provisioning/textNormalization';
import {
  ORDER_TYPES,
  PLATFORMS,
  ROLES,
  TELEPHONY_OPTIONS,
  type CountryCode,
  type OrderType,
  type PlatformId,
  type Role,
  type TelephonyId,
} from '../../provisioning/identifiers';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import type { PhraseRenderer } from '../phrase';
import type { TurnLanguage } from '../turnLanguage';

/** The answers one free-form message contains ("a partner, subscription in Japan, subdomain acmejp"). */
export interface MessageSlots {
  role?: Role;
  orderType?: OrderType;
  country?: CountryCode;
  unsupportedCountry?: CountryCode;
  platform?: PlatformId;
  telephony?: TelephonyId;
  subdomain?: string;
}

/**
 * Reads every answer a sentence names, in either language. Words come from the
 * locale files (`words.*` and the choice labels); countries from the rules module.
 */
export class MessageSlotReader {
  constructor(
    private readonly rules: ProvisioningRules,
    private readonly phrases: PhraseRenderer,
  ) {}

  /** `typos`: also look for a slightly misspelt supported country ("Japn"), as a whole answer would. */
  read(text: string, language: TurnLanguage, { typos = false } = {}): MessageSlots {
    const padded = ` ${normalizeText(text)} `;
    const words = (key: string) => this.phrases.wordList(key, language);
    const slots: MessageSlots = {
      role: findNamed(padded, ROLES, (id) => words(`words.${id}`)),
      orderType: findNamed(padded, ORDER_TYPES, (id) => words(`words.${id}`)),
      platform: findNamed(padded, PLATFORMS, (id) => words(`words.platform.${id}`)),
      telephony: findNamed(padded, TELEPHONY_OPTIONS, (id) => [
        ...words(`words.telephony.${id}`),
        ...this.phrases.renderAll({ key: `telephony.name.${id}` }, language),
      ]),
      subdomain: findSubdomain(text, words('words.subdomain')),
    };
    const country = this.rules.findCountryInText(text);
    if (country.kind === 'supported') slots.country = country.country.code;
    if (country.kind === 'unsupported') slots.unsupportedCountry = country.code;
    if (country.kind === 'unknown' && typos) slots.country = this.misspeltCountry(padded, slots);
    return dropEmpty(slots);
  }

  /** A word that is a typo of exactly one supported country, and not a word the slots already took. */
  private misspeltCountry(padded: string, slots: MessageSlots): CountryCode | undefined {
    const taken = new Set(Object.values(slots).map((v) => String(v).toLowerCase()));
    const found = new Set<CountryCode>();
    for (const word of padded.trim().split(' ')) {
      if (word.length < MIN_TYPO_LENGTH || taken.has(word)) continue;
      const match = this.rules.findCountry(word);
      if (match.kind === 'supported' && !match.exact) found.add(match.country.code);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }
}

/** Shorter words are too often a typo of some country ("peru" / "per"). */
const MIN_TYPO_LENGTH = 4;

/**
 * The identifier named in the text as whole words. A name inside a longer match
 * does not count ("voice pop" inside "voice pop bridge"); two different
 * identifiers named side by side ("a partner ... for a customer") give none.
 */
function findNamed<T extends string>(
  padded: string,
  ids: readonly T[],
  namesOf: (id: T) => string[],
): T | undefined {
  const found = ids.flatMap((id) =>
    namesOf(id)
      .map(normalizedWord)
      .filter((name) => name && padded.includes(` ${name} `))
      .map((name) => ({ id, name })),
  );
  const outermost = found.filter(
    (f) =>
      !found.some(
        (other) =>
          other.id !== f.id && other.name.length > f.name.length && other.name.includes(f.name),
      ),
  );
  const distinct = new Set(outermost.map((f) => f.id));
  return distinct.size === 1 ? outermost[0]!.id : undefined;
}

/** The word after "subdomain" / "deldomän" (optionally "is", ":" or quotes in between). */
function findSubdomain(text: string, keywords: string[]): string | undefined {
  for (const keyword of keywords) {
    const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const match = new RegExp(
      `(?:^|[\\s,;(])${escaped}\\s*(?:is|är|blir|=|:)?\\s*["'“”‘’«»]?([^\\s"'“”‘’«»,;!?()]+)`,
      'iu',
    ).exec(text);
    if (match) return match[1]!.replace(/[.]+$/, '');
  }
  return undefined;
}

function dropEmpty(slots: MessageSlots): MessageSlots {
  return Object.fromEntries(
    Object.entries(slots).filter(([, v]) => v !== undefined),
  ) as MessageSlots;
}
