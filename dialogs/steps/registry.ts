import { z } from 'zod';
import type { AnswerValidators } from '../answerValidator';
import type { StepDependencies } from '../stepDialog';
import { countryStep } from './country/countryStep';
import { orderTypeStep } from './orderType/orderTypeStep';
import { platformStep } from './platform/platformStep';
import { pstnAddOnStep } from './pstnAddOn/pstnAddOnStep';
import { roleStep } from './role/roleStep';
import { subdomainStep } from './subdomain/subdomainStep';
import { telephonyStep } from './telephony/telephonyStep';

/**
 * The setup's steps in the order they are asked (an answer may depend on earlier ones).
 * Adding a step: its folder with a module (stepModule.ts), one line here, and its texts
 * in the locale files. Everything else reads this list.
 */
export const STEP_MODULES = [
  roleStep,
  orderTypeStep,
  countryStep,
  pstnAddOnStep,
  platformStep,
  telephonyStep,
  subdomainStep,
] as const;

type Modules = (typeof STEP_MODULES)[number];

export type StepId = Modules['id'];

/** A plan in progress: the answers given so far. A country is only here once confirmed. */
export type SetupAnswers = {
  [M in Modules as M['id']]?: z.infer<M['answer']>;
};

/** The module of a step. */
export function stepModule(id: StepId): Modules {
  return STEP_MODULES.find((m) => m.id === id)!;
}

/** Every answer checked against its step's schema, all optional: a draft as it is kept. */
export const answersSchema = z.object(
  Object.fromEntries(STEP_MODULES.map((m) => [m.id, m.answer.optional()])),
) as unknown as z.ZodType<SetupAnswers>;

/** A step id as stored or submitted ("change:country"): one of the registry's. */
export const stepIdSchema = z.enum(STEP_MODULES.map((m) => m.id) as [StepId, ...StepId[]]);

/** Every step's answer validators, by question id (answerValidator.ts). */
export function stepValidators(deps: StepDependencies): AnswerValidators {
  return Object.assign(
    {},
    ...STEP_MODULES.map((step) => step.validators?.(deps) ?? {}),
  ) as AnswerValidators;
}
