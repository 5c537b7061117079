import type { ProvisioningRules } from '../provisioning/provisioningRules';
import { phrase, type Phrase } from './phrase';
import type { SetupAnswers } from './setupDraft';
import { stepModule, type StepId } from './steps/registry';

/** The help for a step (its module's, for these answers and the question asked), or for the summary. */
export function stepHelp(
  step: StepId | 'summary',
  rules: ProvisioningRules,
  answers: SetupAnswers = {},
  question?: string,
): Phrase {
  return step === 'summary'
    ? phrase('summary.help')
    : stepModule(step).help(rules, answers, question);
}
