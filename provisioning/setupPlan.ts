import type { CountryCode, DataCenterId, RegionId, TelephonyId } from './identifiers';
import type { ProvisioningRules } from './provisioningRules';
import { allowedTelephony, type RuledAnswers } from './setupAnswers';

/** What the rules make of a finished plan's answers: checked once more, with the data center. */
export type RuledPlan = {
  country: CountryCode;
  region: RegionId;
  dataCenter: DataCenterId;
  /** The country's data center is an assumption of the rules data, to verify. */
  dataCenterAssumed: boolean;
  pstnAddOn: boolean;
  telephony: TelephonyId;
  /** In its normal form (lower case). */
  subdomain: string;
};

/** The answers of a finished plan that the rules decide on (the PSTN add-on only where it was asked). */
export type RuledPlanAnswers = Required<Omit<RuledAnswers, 'pstnAddOn'>> &
  Pick<RuledAnswers, 'pstnAddOn'>;

/**
 * Checks the plan once more against the rules, so that no combination the rules forbid
 * can ever be reported as completed, and adds what follows from the country.
 */
export function checkPlan(answers: RuledPlanAnswers, rules: ProvisioningRules): RuledPlan {
  const country = rules.country(answers.country);
  if (!country) throw new Error(`country ${answers.country} is not supported`);
  const pstnAddOn = answers.pstnAddOn ?? false;
  const allowed = allowedTelephony(rules.telephonyOptions({ ...answers, pstnAddOn }));
  if (!allowed.includes(answers.telephony)) {
    throw new Error(`telephony ${answers.telephony} is not allowed for this plan`);
  }
  const subdomain = rules.checkSubdomain(answers.subdomain);
  if (!subdomain.ok) throw new Error(`subdomain is invalid: ${subdomain.reason}`);
  return {
    country: country.code,
    region: country.region,
    dataCenter: country.dataCenter,
    dataCenterAssumed: 'assumed' in rules.dataCenterOf(country.code).basis,
    pstnAddOn,
    telephony: answers.telephony,
    subdomain: subdomain.subdomain,
  };
}
