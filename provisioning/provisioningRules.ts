import type {
  CountryCode,
  DataCenterId,
  OrderType,
  PlatformId,
  RegionId,
  TelephonyId,
} from './identifiers';
import type { RuledAnswers } from './setupAnswers';

/** Where a fact comes from: a named source, or an assumption an operator should verify. */
export type Basis = { source: string } | { assumed: string };

export interface DataCenter {
  id: DataCenterId;
  location: string;
  basis: Basis;
}

export interface PlatformOption {
  id: PlatformId;
  /** Only when the admin's Cisco Solution Assurance contact asked for it. */
  requiresSolutionAssurance: boolean;
  /** The platform to choose for subscription orders. */
  forSubscriptions: boolean;
  /** Telephony options of this platform in this country, in the source's order. */
  telephony: readonly TelephonyId[];
  basis: Basis;
}

export interface Country {
  code: CountryCode;
  region: RegionId;
  dataCenter: DataCenterId;
  platforms: readonly PlatformOption[];
  basis: Basis;
}

export interface RegionCountries {
  region: RegionId;
  countries: readonly Country[];
}

export type CountryMatch =
  | { kind: 'supported'; country: Country; /** false when a typo was tolerated */ exact: boolean }
  | { kind: 'unsupported'; code: CountryCode }
  | { kind: 'unknown' };

export interface TelephonyQuery {
  country: CountryCode;
  platform: PlatformId;
  orderType: OrderType;
  /** Whether the Cisco PSTN for Contact Center add-on was ordered. */
  pstnAddOn: boolean;
}

export interface TelephonyChoice {
  /** Options the admin may pick from (never empty for a valid query). */
  options: readonly TelephonyId[];
  /** Set when no question is needed: the add-on applies it, or only one option is left. */
  automatic?: { id: TelephonyId; reason: 'pstn-add-on' | 'only-option' };
}

export interface PlatformQuery {
  country: CountryCode;
  /** Answers named earlier in a message and not confirmed yet. */
  proposed?: { platform?: PlatformId; telephony?: TelephonyId };
}

export interface PlatformChoice {
  /** The country's platforms, in the file's order (never empty). */
  options: readonly PlatformOption[];
  /** Set when no question is needed: the country has only one platform. */
  automatic?: { id: PlatformId; reason: 'only-option' };
  /** The platform the proposed answers point at, if exactly one of the options. */
  proposed?: PlatformId;
  /** Set when `proposed` follows from a proposed telephony option, not a named platform. */
  impliedBy?: TelephonyId;
}

export type SubdomainProblem =
  'empty' | 'too-short' | 'too-long' | 'invalid-characters' | 'reserved';

export type SubdomainCheck =
  { ok: true; subdomain: string } | { ok: false; subdomain: string; reason: SubdomainProblem };

/** Every rule the bot applies. Pure: no I/O once constructed. */
export interface ProvisioningRules {
  /** Supported countries, in data-file order. */
  countries(): readonly Country[];
  countriesByRegion(): readonly RegionCountries[];
  /** A supported country by ISO code (any case); undefined when unsupported. */
  country(code: string): Country | undefined;
  /** What a person typed as a whole answer: a name (sv/en), alias or code; tolerates a small typo. */
  findCountry(text: string): CountryMatch;
  /** A country named somewhere inside a sentence (exact names/aliases; codes only when typed in capitals). */
  findCountryInText(text: string): CountryMatch;
  /** The country's name in the given language (from Intl.DisplayNames). */
  /** The country's name in a language (a language code such as "en"). */
  countryName(code: CountryCode, locale: string): string;
  dataCenter(id: DataCenterId): DataCenter;
  dataCenterOf(code: CountryCode): DataCenter;
  platformsOf(code: CountryCode): readonly PlatformOption[];
  /** Whether the Cisco PSTN for Contact Center add-on can exist for this country and order type. */
  pstnAddOnAvailable(code: CountryCode, orderType: OrderType): boolean;
  platformChoice(query: PlatformQuery): PlatformChoice;
  telephonyOptions(query: TelephonyQuery): TelephonyChoice;
  /** Whether the question for `id` exists for these answers (the PSTN add-on only where it can exist). */
  answerApplies(id: string, answers: RuledAnswers): boolean;
  /** The answers without those an earlier change made impossible (see answerRules.ts). */
  validAnswers<A extends RuledAnswers>(answers: A): A;
  /** Length limits of the subdomain policy (for messages). */
  subdomainLimits(): { minLength: number; maxLength: number };
  /** Normalizes (trim, lower case) and checks the subdomain policy. */
  checkSubdomain(text: string): SubdomainCheck;
  /** A valid subdomain close to an invalid one ("acme-jp" → "acmejp", "Åkerlund" → "akerlund"), if any. */
  subdomainSuggestion(text: string): string | undefined;
  /** Policy-valid alternatives to a taken subdomain, best first (availability not checked). */
  subdomainAlternatives(subdomain: string, country?: CountryCode): readonly string[];
  /** How many free alternatives to offer for a taken subdomain. */
  subdomainAlternativesOffered(): number;
  /** How long a checked subdomain stays reserved for an admin who has not finished yet. */
  subdomainHoldMs(): number;
  /** Whether a valid subdomain is more likely a slip ("2", "ab") than a choice: confirmed before it is held. */
  subdomainNeedsConfirmation(subdomain: string): boolean;
}
