import type {
  CountryCode,
  DataCenterId,
  OrderType,
  PlatformId,
  RegionId,
  Role,
  TelephonyId,
} from './identifiers';
import type { ProvisioningRules } from './provisioningRules';
import { allowedTelephony, type SetupAnswers } from './setupAnswers';

/** The finished plan: the value of the `setupCompleted` event (docs/architecture.md). */
export interface SetupPlan {
  id: string;
  role: Role;
  orderType: OrderType;
  pstnAddOn: boolean;
  country: CountryCode;
  region: RegionId;
  dataCenter: DataCenterId;
  /** The country's data center is an assumption of the rules data, to verify. */
  dataCenterAssumed: boolean;
  platform: PlatformId;
  telephony: TelephonyId;
  subdomain: string;
  /** The language the admin finished in (a language code such as "en"). */
  locale: string;
  completedAt: string;
}

/** Every answer of a finished setup (the PSTN add-on only where it was asked). */
export type PlanAnswers = Required<Omit<SetupAnswers, 'pstnAddOn'>> &
  Pick<SetupAnswers, 'pstnAddOn'>;

/**
 * Builds the plan and checks it once more against the rules, so that no
 * combination the rules forbid can ever be reported as completed.
 */
export function buildSetupPlan(
  answers: PlanAnswers,
  rules: ProvisioningRules,
  meta: {
    id: string; /** The language the admin finished in (a language code such as "en"). */
    locale: string;
    completedAt: Date;
  },
): SetupPlan {
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
    id: meta.id,
    role: answers.role,
    orderType: answers.orderType,
    pstnAddOn,
    country: country.code,
    region: country.region,
    dataCenter: country.dataCenter,
    dataCenterAssumed: 'assumed' in rules.dataCenterOf(country.code).basis,
    platform: answers.platform,
    telephony: answers.telephony,
    subdomain: subdomain.subdomain,
    locale: meta.locale,
    completedAt: meta.completedAt.toISOString(),
  };
}
