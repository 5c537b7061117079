import type { DataCenter, ProvisioningRules } from '../provisioning/provisioningRules';
import type { TranslationKey } from '../locales/translationKeys';
import { phrase, type Phrase } from './phrase';
import type { SetupAnswers } from './setupDraft';
import { STEP_MODULES } from './steps/registry';

export interface PlanFact {
  title: Phrase;
  value: Phrase;
}

/**
 * The answers given, as each step's module shows them (the country with its data
 * center), as labelled lines: the summary, status, the finished and the shared plan.
 * Unanswered questions are left out, and so are the steps that do not apply to these
 * answers (the module asks the rules): a finished plan holds "no PSTN add-on" for Japan,
 * where it was never asked and does not exist.
 */
export function planFacts(answers: SetupAnswers, rules: ProvisioningRules): PlanFact[] {
  return STEP_MODULES.flatMap((step) => {
    const value = answers[step.id];
    if (step.applies && !step.applies(answers, rules)) return [];
    // A module's facts take its own answer; the registry's union of them takes none alone.
    const facts = step.facts as (answer: typeof value, rules: ProvisioningRules) => PlanFact[];
    return value === undefined ? [] : facts(value, rules);
  });
}

/** The names of the labelled lines: each has its title at `summary.fact.<name>` in the locale files. */
export type FactName =
  Extract<TranslationKey, `summary.fact.${string}`> extends `summary.fact.${infer N}` ? N : never;

/** One labelled line. */
export function fact(name: FactName, value: Phrase): PlanFact {
  return { title: phrase(`summary.fact.${name}`), value };
}

/** A data center by name, marked when its mapping is an assumption to verify. */
export function dataCenterPhrase(dataCenter: DataCenter): Phrase {
  return 'assumed' in dataCenter.basis
    ? phrase('summary.dataCenterAssumed', { dataCenter: phrase(`dataCenter.${dataCenter.id}`) })
    : phrase('summary.dataCenterValue', { dataCenter: phrase(`dataCenter.${dataCenter.id}`) });
}
