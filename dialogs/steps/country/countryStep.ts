import { z } from 'zod';
import { dataCenterPhrase, fact } from '../../planFacts';
import { phrase } from '../../phrase';
import { defineStep } from '../stepModule';
import { COUNTRY_QUESTION, CountryDialog } from './countryDialog';
import { CountryValidator } from './countryValidator';

/** The country of operation, confirmed: it fixes the data center, shown with it. */
export const countryStep = defineStep({
  id: 'country',
  answer: z.string().regex(/^[A-Z]{2}$/),
  dialog: CountryDialog,
  validators: ({ rules, phrases }) => ({
    [COUNTRY_QUESTION]: new CountryValidator(rules, phrases),
  }),
  facts: (code, rules) => {
    const country = rules.country(code);
    if (!country) return [];
    return [
      fact(
        'country',
        phrase('summary.countryValue', {
          country: { country: country.code },
          region: phrase(`region.${country.region}`),
        }),
      ),
      fact('dataCenter', dataCenterPhrase(rules.dataCenterOf(country.code))),
    ];
  },
  help: (_rules, _answers, question) =>
    question === 'country.confirm' ? phrase('country.confirmHelp') : phrase('country.help'),
  example: 'Japan',
});
