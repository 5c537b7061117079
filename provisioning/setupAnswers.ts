import type { CountryCode, OrderType, PlatformId, Role, TelephonyId } from './identifiers';
import type { TelephonyChoice, TelephonyQuery } from './provisioningRules';

/**
 * A plan in progress: the answers given so far. A country is only here once the
 * admin confirmed it.
 */
export interface SetupAnswers {
  role?: Role;
  orderType?: OrderType;
  country?: CountryCode;
  pstnAddOn?: boolean;
  platform?: PlatformId;
  telephony?: TelephonyId;
  subdomain?: string;
}

export type AnswerId = keyof SetupAnswers;

/** The telephony question for answers whose country, platform and order type are known. */
export function telephonyQuery(answers: SetupAnswers): TelephonyQuery {
  return {
    country: answers.country!,
    platform: answers.platform!,
    orderType: answers.orderType!,
    pstnAddOn: answers.pstnAddOn ?? false,
  };
}

/** The telephony options a plan may end with: the automatic one if any, else those offered. */
export function allowedTelephony(choice: TelephonyChoice): readonly TelephonyId[] {
  return choice.automatic ? [choice.automatic.id] : choice.options;
}
