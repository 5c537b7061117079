import type {
  Country,
  CountryMatch,
  ProvisioningRules,
} from '../../provisioning/provisioningRules';
import { phrase, type ParamsOf, type PhraseRenderer } from '../phrase';
import type { TranslationKey } from '../../locales/translationKeys';
import { dataCenterPhrase } from '../planFacts';
import type { TurnLanguage } from '../turnLanguage';
import { echoUserText } from '../userTextEcho';

/** Answers "options <country>": platforms, telephony and data center, straight from the rules. */
export class CountryOptions {
  constructor(
    private readonly rules: ProvisioningRules,
    private readonly phrases: PhraseRenderer,
  ) {}

  describe(countryText: string, language: TurnLanguage): string {
    if (!countryText.trim()) return this.render('options.whichCountry', language);
    const match = this.rules.findCountry(countryText);
    if (match.kind === 'unknown')
      return this.render('country.unknown', language, { text: echoUserText(countryText) });
    return this.describeMatch(match, language);
  }

  /** A country's options, or for a country outside the table the honest answer that it is not covered. */
  describeMatch(match: Exclude<CountryMatch, { kind: 'unknown' }>, language: TurnLanguage): string {
    if (match.kind === 'unsupported') {
      return this.render('country.unsupported', language, {
        country: { country: match.code, inSentence: true },
      });
    }
    return this.describeCountry(match.country, language);
  }

  private describeCountry(country: Country, language: TurnLanguage): string {
    const dataCenter = this.rules.dataCenterOf(country.code);
    const or = new Intl.ListFormat(language.locale, { type: 'disjunction' });
    const platforms = country.platforms.map((platform) =>
      this.render(
        platform.requiresSolutionAssurance ? 'options.platformOnRequest' : 'options.platform',
        language,
        {
          platform: phrase(`platform.name.${platform.id}`),
          telephony: or.format(
            platform.telephony.map((id) => this.render(`telephony.name.${id}`, language)),
          ),
        },
      ),
    );
    const heading = this.render('options.heading', language, {
      country: { country: country.code },
      region: phrase(`region.${country.region}`),
      dataCenter: dataCenterPhrase(dataCenter),
    });
    const notes =
      country.code && this.rules.pstnAddOnAvailable(country.code, 'subscription')
        ? [this.render('options.pstnAddOn', language)]
        : [];
    return [heading, ...platforms, ...notes].join('\n');
  }

  private render<K extends TranslationKey>(key: K, language: TurnLanguage, ...params: ParamsOf<K>) {
    return this.phrases.render(phrase(key, ...params), language);
  }
}
