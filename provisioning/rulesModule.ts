import { answerApplies, platformChoice, validAnswers } from './answerRules';
import { shippedCountryNames, type CountryNames } from './countryNames';
import { CountryFinder } from './countryFinder';
import type { CountryCode, DataCenterId, OrderType, RegionId } from './identifiers';
import type {
  Country,
  CountryMatch,
  DataCenter,
  PlatformChoice,
  PlatformOption,
  PlatformQuery,
  ProvisioningRules,
  RegionCountries,
  SubdomainCheck,
  TelephonyChoice,
  TelephonyQuery,
} from './provisioningRules';
import type { RulesData } from './rulesSchema';
import type { RuledAnswers } from './setupAnswers';
import { SubdomainPolicy } from './subdomainPolicy';

/** The rules, answered from validated data. Indexes are built once, here. */
export class RulesModule implements ProvisioningRules {
  private readonly countryList: Country[];
  private readonly byCode: Map<CountryCode, Country>;
  private readonly byRegion: RegionCountries[];
  private readonly dataCenters: Map<DataCenterId, DataCenter>;
  /** A country's data center with the basis of that country's mapping. */
  private readonly dataCenterByCountry: Map<CountryCode, DataCenter>;
  private readonly finder: CountryFinder;
  private readonly subdomains: SubdomainPolicy;
  private readonly pstnCountries: Set<CountryCode>;
  private readonly pstnTelephony: Set<string>;

  constructor(
    private readonly data: RulesData,
    private readonly names: CountryNames = shippedCountryNames(),
  ) {
    this.countryList = data.countries.map((c) => toCountry(c, data));
    this.byCode = new Map(this.countryList.map((c) => [c.code, c]));
    this.byRegion = data.regions
      .map(({ id }) => ({
        region: id as RegionId,
        countries: this.countryList.filter((c) => c.region === id),
      }))
      .filter((r) => r.countries.length > 0);
    this.dataCenters = new Map(data.dataCenters.map((d) => [d.id, d]));
    this.dataCenterByCountry = new Map(
      data.countries.map((c) => [
        c.code,
        { ...this.dataCenter(c.dataCenter.id), basis: c.dataCenter.basis },
      ]),
    );
    this.finder = new CountryFinder(
      new Map(data.countries.map((c) => [c.code, c.aliases ?? []])),
      new Set(this.byCode.keys()),
      names,
    );
    this.subdomains = new SubdomainPolicy(
      data.subdomain,
      data.assistant.subdomainAlternatives.candidates,
    );
    this.pstnCountries = new Set(data.pstnAddOn.countries);
    this.pstnTelephony = new Set(
      data.telephonyOptions.filter((t) => t.requiresPstnAddOn).map((t) => t.id),
    );
  }

  countries(): readonly Country[] {
    return this.countryList;
  }

  countriesByRegion(): readonly RegionCountries[] {
    return this.byRegion;
  }

  country(code: string): Country | undefined {
    return this.byCode.get(code.toUpperCase());
  }

  findCountry(text: string): CountryMatch {
    return this.match(this.finder.find(text));
  }

  findCountryInText(text: string): CountryMatch {
    return this.match(this.finder.findInText(text));
  }

  countryName(code: CountryCode, locale: string): string {
    return this.names.countryName(code, locale);
  }

  dataCenter(id: DataCenterId): DataCenter {
    const dataCenter = this.dataCenters.get(id);
    if (!dataCenter) throw new Error(`unknown data center ${id}`);
    return dataCenter;
  }

  dataCenterOf(code: CountryCode): DataCenter {
    return this.dataCenterByCountry.get(this.supported(code).code)!;
  }

  platformsOf(code: CountryCode): readonly PlatformOption[] {
    return this.supported(code).platforms;
  }

  pstnAddOnAvailable(code: CountryCode, orderType: OrderType): boolean {
    if (orderType === 'trial' && !this.data.pstnAddOn.appliesToTrials) return false;
    return this.pstnCountries.has(code.toUpperCase());
  }

  platformChoice(query: PlatformQuery): PlatformChoice {
    return platformChoice(query, this);
  }

  /**
   * The platform's options; Webex Contact Center PSTN only with the add-on on an
   * order where it exists, and then applied automatically (source: "the
   * telephony option is used automatically").
   */
  telephonyOptions(query: TelephonyQuery): TelephonyChoice {
    const platform = this.platformsOf(query.country).find((p) => p.id === query.platform);
    if (!platform) throw new Error(`${query.country} has no ${query.platform} platform`);
    const addOn = query.pstnAddOn && this.pstnAddOnAvailable(query.country, query.orderType);
    const options = addOn
      ? platform.telephony
      : platform.telephony.filter((id) => !this.pstnTelephony.has(id));
    const pstn = addOn ? options.find((id) => this.pstnTelephony.has(id)) : undefined;
    if (pstn) return { options, automatic: { id: pstn, reason: 'pstn-add-on' } };
    return options.length === 1
      ? { options, automatic: { id: options[0]!, reason: 'only-option' } }
      : { options };
  }

  answerApplies(id: string, answers: RuledAnswers): boolean {
    return answerApplies(id, answers, this);
  }

  validAnswers<A extends RuledAnswers>(answers: A): A {
    return validAnswers(answers, this);
  }

  subdomainLimits(): { minLength: number; maxLength: number } {
    return this.subdomains.limits;
  }

  checkSubdomain(text: string): SubdomainCheck {
    return this.subdomains.check(text);
  }

  subdomainSuggestion(text: string): string | undefined {
    return this.subdomains.suggestion(text);
  }

  subdomainAlternatives(subdomain: string, country?: CountryCode): readonly string[] {
    return this.subdomains.alternatives(subdomain, country);
  }

  subdomainAlternativesOffered(): number {
    return this.data.assistant.subdomainAlternatives.offered;
  }

  subdomainHoldMs(): number {
    return this.data.assistant.subdomainHoldHours * 60 * 60 * 1000;
  }

  subdomainNeedsConfirmation(subdomain: string): boolean {
    const { shorterThan, digitsOnly } = this.data.assistant.subdomainConfirm;
    return [...subdomain].length < shorterThan || (digitsOnly && /^\d+$/.test(subdomain));
  }

  private supported(code: CountryCode): Country {
    const country = this.country(code);
    if (!country) throw new Error(`country ${code} is not in the rules`);
    return country;
  }

  private match(found: ReturnType<CountryFinder['find']>): CountryMatch {
    if (!found) return { kind: 'unknown' };
    const country = this.byCode.get(found.code);
    return country
      ? { kind: 'supported', country, exact: found.exact }
      : { kind: 'unsupported', code: found.code };
  }
}

function toCountry(entry: RulesData['countries'][number], data: RulesData): Country {
  return {
    code: entry.code,
    region: entry.region,
    dataCenter: entry.dataCenter.id,
    basis: entry.basis,
    platforms: entry.platforms.map((p) => {
      const platform = data.platforms.find((x) => x.id === p.id)!;
      return {
        id: p.id,
        requiresSolutionAssurance: platform.requiresSolutionAssurance,
        forSubscriptions: platform.forSubscriptions,
        telephony: p.telephony,
        basis: p.basis,
      };
    }),
  };
}
