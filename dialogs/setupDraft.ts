import type { ProvisioningRules } from '../provisioning/provisioningRules';
import {
  answersSchema,
  STEP_MODULES,
  stepModule,
  type SetupAnswers,
  type StepId,
} from './steps/registry';

export type { SetupAnswers, StepId } from './steps/registry';

/** The questions in the order they are asked (steps/registry.ts). */
export const STEPS: readonly StepId[] = STEP_MODULES.map((step) => step.id);

/** Whether a step is asked for these answers (its module asks the rules). */
export function stepApplies(step: StepId, draft: SetupAnswers, rules: ProvisioningRules): boolean {
  return stepModule(step).applies?.(draft, rules) ?? true;
}

/** The first question still open, or undefined when the draft is complete. */
export function nextStep(draft: SetupAnswers, rules: ProvisioningRules): StepId | undefined {
  return STEPS.find((step) => stepApplies(step, draft, rules) && draft[step] === undefined);
}

/**
 * The draft with a step's answer, checked against the step's schema (a step's dialog
 * returns its answer untyped, through botbuilder's dialog stack), then without the
 * answers the change made impossible. An answer that does not fit its schema throws.
 */
export function withAnswer(
  draft: SetupAnswers,
  step: StepId,
  value: unknown,
  rules: ProvisioningRules,
): SetupAnswers {
  return rules.validAnswers(answersSchema.parse({ ...draft, [step]: value }));
}

export function withoutAnswer(draft: SetupAnswers, step: StepId): SetupAnswers {
  const copy = { ...draft };
  delete copy[step];
  return copy;
}

/**
 * The steps as the admin counts them. The PSTN add-on belongs to the country
 * (the source asks about it with the country of operation), so a US
 * subscription has as many steps as any other setup.
 */
const NUMBERED_STEPS: readonly StepId[] = STEP_MODULES.filter((s) => !('countsWith' in s)).map(
  (s) => s.id,
);

/** "Step 3 of 6": where a step stands (the summary counts with the last step). */
export function progressOf(step: StepId | 'summary'): { step: number; of: number } {
  if (step === 'summary') return { step: NUMBERED_STEPS.length, of: NUMBERED_STEPS.length };
  const countsWith = stepModule(step).countsWith;
  const counted = NUMBERED_STEPS.find((s) => s === countsWith) ?? step;
  return { step: NUMBERED_STEPS.indexOf(counted) + 1, of: NUMBERED_STEPS.length };
}

/** The answers a draft had before and has no longer (dropped by a change), besides `except`. */
export function droppedAnswers(
  before: SetupAnswers,
  after: SetupAnswers,
  except: StepId,
): StepId[] {
  return STEPS.filter(
    (step) => step !== except && before[step] !== undefined && after[step] === undefined,
  );
}

/** How many questions have an answer. */
export function answerCount(draft: SetupAnswers): number {
  return STEPS.filter((step) => draft[step] !== undefined).length;
}

/** The questions that apply and have no answer yet, in order. */
export function openSteps(draft: SetupAnswers, rules: ProvisioningRules): StepId[] {
  return STEPS.filter((step) => stepApplies(step, draft, rules) && draft[step] === undefined);
}
