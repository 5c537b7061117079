import type { PlatformChoice, PlatformQuery, ProvisioningRules } from './provisioningRules';
import { allowedTelephony, telephonyQuery, type RuledAnswers } from './setupAnswers';

/** The rules these decisions are made from. */
type Facts = Pick<ProvisioningRules, 'platformsOf' | 'pstnAddOnAvailable' | 'telephonyOptions'>;

/** The PSTN add-on question only exists where the add-on can exist (a US subscription). */
export function answerApplies(id: string, answers: RuledAnswers, facts: Facts): boolean {
  if (id !== 'pstnAddOn') return true;
  return (
    !!answers.country &&
    !!answers.orderType &&
    facts.pstnAddOnAvailable(answers.country, answers.orderType)
  );
}

/**
 * Drops later answers that an earlier change made impossible (a platform the new
 * country lacks, a telephony option the new platform lacks) and keeps the rest.
 * An answer whose premise is being asked again (the country while it is changed)
 * is kept until the new premise is known.
 */
export function validAnswers<A extends RuledAnswers>(answers: A, facts: Facts): A {
  const result = { ...answers };
  const premisesKnown = !!result.country && !!result.orderType;
  if (
    result.pstnAddOn !== undefined &&
    premisesKnown &&
    !answerApplies('pstnAddOn', result, facts)
  ) {
    delete result.pstnAddOn;
  }
  const platforms = result.country ? facts.platformsOf(result.country) : undefined;
  if (result.platform && platforms && !platforms.some((p) => p.id === result.platform)) {
    delete result.platform;
  }
  if (result.telephony && !telephonyStillOffered(result, facts)) delete result.telephony;
  return result;
}

function telephonyStillOffered(answers: RuledAnswers, facts: Facts): boolean {
  if (!answers.country || !answers.platform || !answers.orderType) return true; // not known yet
  if (answers.pstnAddOn === undefined && answerApplies('pstnAddOn', answers, facts)) return true;
  const choice = facts.telephonyOptions(telephonyQuery(answers));
  return allowedTelephony(choice).includes(answers.telephony!);
}

/**
 * The country's platforms; chosen without a question when there is only one.
 * A proposed platform counts if the country has it; without one, a proposed
 * telephony option points at the only platform (not on a Solution Assurance
 * request) that offers it (Webex Calling in Japan means the Standard platform).
 */
export function platformChoice(query: PlatformQuery, facts: Facts): PlatformChoice {
  const options = facts.platformsOf(query.country);
  if (options.length === 1) {
    return { options, automatic: { id: options[0]!.id, reason: 'only-option' } };
  }
  const { platform, telephony } = query.proposed ?? {};
  if (platform) {
    return options.some((p) => p.id === platform) ? { options, proposed: platform } : { options };
  }
  const fitting = telephony
    ? options.filter((p) => !p.requiresSolutionAssurance && p.telephony.includes(telephony))
    : [];
  return fitting.length === 1
    ? { options, proposed: fitting[0]!.id, impliedBy: telephony }
    : { options };
}
