import { z } from 'zod';
import type { ProvisioningRules } from '../provisioning/provisioningRules';
import { checkPlan, type RuledPlan } from '../provisioning/setupPlan';
import { STEP_MODULES, type SetupAnswers } from './steps/registry';

/** Every answer of a finished setup; a step that applies only to some plans may be absent. */
export type PlanAnswers = Required<Omit<SetupAnswers, 'pstnAddOn'>> &
  Pick<SetupAnswers, 'pstnAddOn'>;

/**
 * The finished plan: the value of the `setupCompleted` event (docs/architecture.md). It
 * holds every step's answer (a new step's too), what the rules add (region, data center)
 * and when, where and in which language it was finished.
 */
export type SetupPlan = PlanAnswers &
  RuledPlan & {
    id: string;
    /** The language the admin finished in (a language code such as "en"). */
    locale: string;
    completedAt: string;
  };

/** The answers of a finished plan, each checked against its step's schema. */
const planAnswersSchema = z.object(
  Object.fromEntries(
    STEP_MODULES.map((m) => [m.id, 'applies' in m ? m.answer.optional() : m.answer]),
  ),
) as unknown as z.ZodType<PlanAnswers>;

/** Whether every step that applies has a valid answer (the summary may finish). */
export function parsePlanAnswers(answers: SetupAnswers): PlanAnswers {
  return planAnswersSchema.parse(answers);
}

export function buildSetupPlan(
  answers: SetupAnswers,
  rules: ProvisioningRules,
  meta: { id: string; locale: string; completedAt: Date },
): SetupPlan {
  const complete = parsePlanAnswers(answers);
  return {
    id: meta.id,
    ...complete,
    ...checkPlan(complete, rules),
    locale: meta.locale,
    completedAt: meta.completedAt.toISOString(),
  };
}
