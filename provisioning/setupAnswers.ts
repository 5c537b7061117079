import type { CountryCode, OrderType, PlatformId, Role, TelephonyId } from './identifiers';
import type { TelephonyChoice, TelephonyQuery } from './provisioningRules';

/**
 * The answers the rules decide on, as far as given. The setup's own answers type
 * (dialogs/steps/registry.ts) has these fields and maybe more: the rules keep the rest.
 */
export interface RuledAnswers {
  role?: Role;
  orderType?: OrderType;
  country?: CountryCode;
  pstnAddOn?: boolean;
  platform?: PlatformId;
  telephony?: TelephonyId;
  subdomain?: string;
}

/** The telephony question for answers whose country, platform and order type are known. */
export function telephonyQuery(answers: RuledAnswers): TelephonyQuery {
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
