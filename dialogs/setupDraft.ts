import type {
  CountryCode,
  OrderType,
  PlatformId,
  Role,
  TelephonyId,
} from '../provisioning/identifiers';
import type { ProvisioningRules, TelephonyQuery } from '../provisioning/provisioningRules';

/** The answers given so far. A country is only here once the admin confirmed it. */
export interface SetupDraft {
  role?: Role;
  orderType?: OrderType;
  country?: CountryCode;
  pstnAddOn?: boolean;
  platform?: PlatformId;
  telephony?: TelephonyId;
  subdomain?: string;
}

export const STEPS = [
  'role',
  'orderType',
  'country',
  'pstnAddOn',
  'platform',
  'telephony',
  'subdomain',
] as const;
export type StepId = (typeof STEPS)[number];

/** The first question still open, or undefined when the draft is complete. */
export function nextStep(draft: SetupDraft, rules: ProvisioningRules): StepId | undefined {
  return STEPS.find((step) => stepApplies(step, draft, rules) && draft[step] === undefined);
}

/** The PSTN add-on question only exists where the add-on can exist (a US subscription). */
export function stepApplies(step: StepId, draft: SetupDraft, rules: ProvisioningRules): boolean {
  if (step !== 'pstnAddOn') return true;
  return (
    !!draft.country && !!draft.orderType && rules.pstnAddOnAvailable(draft.country, draft.orderType)
  );
}

export function withAnswer<S extends StepId>(
  draft: SetupDraft,
  step: S,
  value: SetupDraft[S],
  rules: ProvisioningRules,
): SetupDraft {
  return keepValidAnswers({ ...draft, [step]: value }, rules);
}

export function withoutAnswer(draft: SetupDraft, step: StepId): SetupDraft {
  const copy = { ...draft };
  delete copy[step];
  return copy;
}

/**
 * Drops later answers that an earlier change made impossible (a platform the new
 * country lacks, a telephony option the new platform lacks) and keeps the rest,
 * so that changing one answer never silently keeps an invalid combination. An
 * answer whose premise is being asked again (the country while it is changed)
 * is kept until the new premise is known.
 */
export function keepValidAnswers(draft: SetupDraft, rules: ProvisioningRules): SetupDraft {
  let result = { ...draft };
  const premisesKnown = !!result.country && !!result.orderType;
  if (result.pstnAddOn !== undefined && premisesKnown && !stepApplies('pstnAddOn', result, rules)) {
    result = withoutAnswer(result, 'pstnAddOn');
  }
  const platforms = result.country ? rules.platformsOf(result.country) : undefined;
  if (result.platform && platforms && !platforms.some((p) => p.id === result.platform)) {
    result = withoutAnswer(result, 'platform');
  }
  if (result.telephony && !telephonyStillOffered(result, rules)) {
    result = withoutAnswer(result, 'telephony');
  }
  return result;
}

function telephonyStillOffered(draft: SetupDraft, rules: ProvisioningRules): boolean {
  if (!draft.country || !draft.platform || !draft.orderType) return true; // not known yet
  if (draft.pstnAddOn === undefined && stepApplies('pstnAddOn', draft, rules)) return true;
  const choice = rules.telephonyOptions(telephonyQuery(draft));
  if (choice.automatic?.reason === 'pstn-add-on') return draft.telephony === choice.automatic.id;
  return choice.options.includes(draft.telephony!);
}

/** The telephony question for a draft whose country, platform and order type are known. */
export function telephonyQuery(draft: SetupDraft): TelephonyQuery {
  return {
    country: draft.country!,
    platform: draft.platform!,
    orderType: draft.orderType!,
    pstnAddOn: draft.pstnAddOn ?? false,
  };
}

/**
 * The steps as the admin counts them. The PSTN add-on belongs to the country
 * (the source asks about it with the country of operation), so a US
 * subscription has as many steps as any other setup.
 */
const NUMBERED_STEPS: readonly StepId[] = [
  'role',
  'orderType',
  'country',
  'platform',
  'telephony',
  'subdomain',
];

/** "Step 3 of 6": where a step stands. */
export function progressOf(step: StepId): { step: number; of: number } {
  const counted = step === 'pstnAddOn' ? 'country' : step;
  return { step: NUMBERED_STEPS.indexOf(counted) + 1, of: NUMBERED_STEPS.length };
}

/** The answers a draft had before and has no longer (dropped by a change), besides `except`. */
export function droppedAnswers(before: SetupDraft, after: SetupDraft, except: StepId): StepId[] {
  return STEPS.filter(
    (step) => step !== except && before[step] !== undefined && after[step] === undefined,
  );
}

/** How many questions have an answer. */
export function answerCount(draft: SetupDraft): number {
  return STEPS.filter((step) => draft[step] !== undefined).length;
}
