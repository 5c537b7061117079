import type { ProvisioningRules } from '../provisioning/provisioningRules';
import { phrase, type Phrase } from './phrase';
import { stepModule, type StepId } from './steps/registry';

/** The help for a step (its module's), or for the summary. */
export function stepHelp(step: StepId | 'summary', rules: ProvisioningRules): Phrase {
  return step === 'summary' ? phrase('summary.help') : stepModule(step).help(rules);
}
