import type { DataCenter, ProvisioningRules } from '../provisioning/provisioningRules';
import { phrase, type Phrase } from './phrase';
import type { AnswerId, SetupAnswers } from '../provisioning/setupAnswers';

export interface PlanFact {
  title: Phrase;
  value: Phrase;
}

/** Every answer with the data center it leads to, as labelled lines (summary and finished plan). */
export function planFacts(draft: SetupAnswers, rules: ProvisioningRules): PlanFact[] {
  const country = rules.country(draft.country!)!;
  const dataCenter = rules.dataCenterOf(country.code);
  const fact = (title: AnswerId | 'dataCenter', value: Phrase) => ({
    title: phrase(`summary.fact.${title}`),
    value,
  });
  return [
    fact('role', phrase(`role.choice.${draft.role!}`)),
    fact('orderType', phrase(`orderType.choice.${draft.orderType!}`)),
    ...(draft.pstnAddOn === undefined
      ? []
      : [fact('pstnAddOn', phrase(draft.pstnAddOn ? 'choice.yes' : 'choice.no'))]),
    fact(
      'country',
      phrase('summary.countryValue', {
        country: { country: country.code },
        region: phrase(`region.${country.region}`),
      }),
    ),
    fact('dataCenter', dataCenterPhrase(dataCenter)),
    fact('platform', phrase(`platform.name.${draft.platform!}`)),
    fact('telephony', phrase(`telephony.name.${draft.telephony!}`)),
    fact('subdomain', phrase('summary.plain', { value: draft.subdomain! })),
  ];
}

/** A data center by name, marked when its mapping is an assumption to verify. */
export function dataCenterPhrase(dataCenter: DataCenter): Phrase {
  return phrase(
    'assumed' in dataCenter.basis ? 'summary.dataCenterAssumed' : 'summary.dataCenterValue',
    {
      dataCenter: phrase(`dataCenter.${dataCenter.id}`),
    },
  );
}
