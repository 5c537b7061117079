import type { DataCenter, ProvisioningRules } from '../provisioning/provisioningRules';
import type { AnswerId, SetupAnswers } from '../provisioning/setupAnswers';
import { phrase, type Phrase } from './phrase';
import { STEPS } from './setupDraft';

export interface PlanFact {
  title: Phrase;
  value: Phrase;
}

/**
 * The answers given, with the data center the country leads to, as labelled lines
 * (the summary, status, the finished and the shared plan). Unanswered questions
 * are left out.
 */
export function planFacts(answers: SetupAnswers, rules: ProvisioningRules): PlanFact[] {
  const fact = (title: AnswerId | 'dataCenter', value: Phrase | undefined) =>
    value ? [{ title: phrase(`summary.fact.${title}`), value }] : [];
  const country = answers.country ? rules.country(answers.country) : undefined;
  const { role, orderType, pstnAddOn, platform, telephony, subdomain } = answers;
  return [
    ...fact('role', role && phrase(`role.choice.${role}`)),
    ...fact('orderType', orderType && phrase(`orderType.choice.${orderType}`)),
    ...fact('pstnAddOn', pstnAddOn === undefined ? undefined : yesNo(pstnAddOn)),
    ...fact(
      'country',
      country &&
        phrase('summary.countryValue', {
          country: { country: country.code },
          region: phrase(`region.${country.region}`),
        }),
    ),
    ...fact('dataCenter', country && dataCenterPhrase(rules.dataCenterOf(country.code))),
    ...fact('platform', platform && phrase(`platform.name.${platform}`)),
    ...fact('telephony', telephony && phrase(`telephony.name.${telephony}`)),
    ...fact('subdomain', subdomain === undefined ? undefined : plain(subdomain)),
    ...STEPS.filter((step) => !DESCRIBED.has(step)).flatMap((step) =>
      fact(step, answers[step] === undefined ? undefined : plain(answers[step])),
    ),
  ];
}

/** The answers described above; any other step's answer is shown as it is. */
const DESCRIBED = new Set<string>([
  'role',
  'orderType',
  'pstnAddOn',
  'country',
  'platform',
  'telephony',
  'subdomain',
]);

function plain(value: unknown): Phrase {
  return phrase('summary.plain', { value: String(value) });
}

function yesNo(value: boolean): Phrase {
  return phrase(value ? 'choice.yes' : 'choice.no');
}

/** A data center by name, marked when its mapping is an assumption to verify. */
export function dataCenterPhrase(dataCenter: DataCenter): Phrase {
  return 'assumed' in dataCenter.basis
    ? phrase('summary.dataCenterAssumed', { dataCenter: phrase(`dataCenter.${dataCenter.id}`) })
    : phrase('summary.dataCenterValue', { dataCenter: phrase(`dataCenter.${dataCenter.id}`) });
}
