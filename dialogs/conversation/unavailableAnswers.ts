import type {
  CountryCode,
  OrderType,
  PlatformId,
  TelephonyId,
} from '../../provisioning/identifiers';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import { phrase, type Phrase } from '../phrase';

/** What is known of a plan when a message names a platform or telephony option. */
export interface PlanSoFar {
  country?: CountryCode;
  orderType?: OrderType;
  platform?: PlatformId;
}

/**
 * Why a named platform or telephony option cannot be taken for this plan, from the rules
 * (never a rule of its own): "Controlled GA only in the USA", "the PSTN add-on does not
 * apply to trials". Undefined when it can be taken, or when too little is known to say.
 */
export class UnavailableAnswers {
  constructor(private readonly rules: ProvisioningRules) {}

  /** Why a step cannot take this value, for the steps whose options the rules restrict. */
  forStep(plan: PlanSoFar, step: string, value: unknown): Phrase | undefined {
    if (step === 'platform') return this.platform(plan, value as PlatformId);
    if (step === 'telephony') return this.telephony(plan, value as TelephonyId);
    if (step === 'pstnAddOn') return this.pstnAddOn(plan, value as boolean);
    return undefined;
  }

  platform(plan: PlanSoFar, platform: PlatformId): Phrase | undefined {
    if (!plan.country) return undefined;
    if (this.rules.platformsOf(plan.country).some((p) => p.id === platform)) return undefined;
    const name = phrase(`platform.name.${platform}`);
    const country = { country: plan.country, inSentence: true };
    const offeredIn = this.rules
      .countries()
      .filter((c) => c.platforms.some((p) => p.id === platform));
    return offeredIn.length === 1
      ? phrase('proposals.platformOnlyIn', {
          platform: name,
          country,
          only: { country: offeredIn[0]!.code, inSentence: true },
        })
      : phrase('proposals.platformNotOffered', { platform: name, country });
  }

  /** An add-on said to be ordered where it cannot exist; saying there is none is always fine. */
  pstnAddOn(plan: PlanSoFar, ordered: boolean): Phrase | undefined {
    if (!ordered) return undefined;
    const { country, orderType } = plan;
    if (orderType && country && this.rules.pstnAddOnAvailable(country, orderType)) return undefined;
    if (
      orderType === 'trial' &&
      (!country || this.rules.pstnAddOnAvailable(country, 'subscription'))
    )
      return phrase('proposals.pstnAddOnNotOnTrial');
    if (country && !this.rules.pstnAddOnAvailable(country, 'subscription'))
      return phrase('proposals.pstnAddOnNotOffered', { country: { country, inSentence: true } });
    return undefined;
  }

  telephony(plan: PlanSoFar, telephony: TelephonyId): Phrase | undefined {
    const { country } = plan;
    if (!country) return undefined;
    if (this.offered(country, plan.platform, plan.orderType).includes(telephony)) return undefined;
    const name = phrase(`telephony.name.${telephony}`);
    // Offered for a subscription but not on this trial: the add-on it comes with is not for trials.
    if (
      plan.orderType === 'trial' &&
      this.offered(country, plan.platform, 'subscription').includes(telephony)
    )
      return phrase('proposals.telephonyNotOnTrial', { telephony: name });
    if (plan.platform && this.offered(country, undefined, plan.orderType).includes(telephony))
      return phrase('proposals.telephonyNotOnPlatform', {
        telephony: name,
        platform: phrase(`platform.definite.${plan.platform}`),
      });
    return phrase('proposals.telephonyNotOffered', {
      telephony: name,
      country: { country, inSentence: true },
    });
  }

  /** Telephony a plan could get in the country, on the platform if known, with the add-on where it exists. */
  private offered(
    country: CountryCode,
    platform?: PlatformId,
    orderType?: OrderType,
  ): TelephonyId[] {
    const platforms = this.rules.platformsOf(country).filter((p) => !platform || p.id === platform);
    const orders: OrderType[] = orderType ? [orderType] : ['trial', 'subscription'];
    return platforms.flatMap((p) =>
      orders.flatMap((o) => [
        ...this.rules.telephonyOptions({ country, platform: p.id, orderType: o, pstnAddOn: true })
          .options,
      ]),
    );
  }
}
