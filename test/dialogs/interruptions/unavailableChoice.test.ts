/**
 * The unavailable choice handler: an option of the question being asked that this plan
 * cannot have gets the rule that rules it out (issue 20: Controlled GA in Japan got a
 * generic "isn't one of the options").
 */
import {
  describeHandler,
  LANGS,
  toCountry,
  toPlatform,
  type Row,
} from '../../support/handlerTable';

const rows: Row[] = LANGS.flatMap((lang): Row[] => {
  const en = lang === 'en';
  return [
    {
      lang,
      what: 'Controlled GA at the platform question for Japan: only in the USA',
      state: toPlatform(lang),
      message: en ? 'Controlled GA' : 'Kontrollerad GA',
      by: 'handler',
      says: [en ? 'is offered only in the United States' : 'erbjuds bara i USA'],
      asks: 'platform',
      then: [{ user: 'standard', asks: 'telephony' }],
    },
    {
      lang,
      what: 'an option the country has goes to the step',
      state: toPlatform(lang),
      message: 'standard',
      by: 'step',
      asks: 'telephony',
    },
    {
      lang,
      what: 'a country answer at the country question is no option of a restricted step',
      state: toCountry(lang),
      message: 'Japan',
      by: 'step',
      asks: 'country.confirm',
    },
  ];
});

describeHandler({
  handler: 'unavailable choice',
  ownKeys: [],
  rows,
});
