import type { ProvisioningRules } from '../provisioning/provisioningRules';
import { phrase, type Phrase } from './phrase';
import type { StepId } from './setupDraft';

/** The help for a step, with every parameter its text needs. */
export function stepHelp(step: StepId | 'summary', rules: ProvisioningRules): Phrase {
  if (step === 'subdomain') return phrase('subdomain.help', rules.subdomainLimits());
  return phrase(`${step}.help`);
}
