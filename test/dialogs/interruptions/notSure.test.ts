/**
 * The not sure handler: a hedge at a question that is not yes/no gets "no hurry" and
 * the step's help. At a yes/no question it does not match: the step asks again with
 * a hint, and an uncertain answer is never taken as yes (or as no).
 */
import {
  describeHandler,
  toCountry,
  toPlatform,
  WORDS,
  type Lang,
  type Row,
} from '../../support/handlerTable';

const countryConfirm: [Lang, string, string[], string, string][] = [
  ['en', 'Mexico', ['not sure', 'maybe', 'no, not sure'], 'yes please', 'business country'],
  ['sv', 'Mexiko', ['inte säker', 'vet inte', 'nej, inte säker'], 'ja tack', 'verksamhetsland'],
];
const atCountryConfirmation = countryConfirm.flatMap(([lang, mexico, unsure, clearYes, hint]) => {
  const w = WORDS[lang];
  return unsure.map((message): Row => ({
    lang,
    what: `"${message}" at the country confirmation asks again with a hint; a clear yes then confirms`,
    state: [w.customer, w.subscription, { user: mexico, asks: 'country.confirm' }],
    message,
    by: 'step',
    says: [w.unclear, hint, mexico],
    asks: 'country.confirm',
    choices: ['yes', 'no'],
    then: [{ user: clearYes, asks: 'telephony' }],
    recorded: { country: 'MX' },
  }));
});

const pstn: [Lang, string[], string, string][] = [
  ['en', ['not sure', 'maybe', 'no, not sure'], 'add-ons of the order', 'Yes'],
  ['sv', ['inte säker', 'vet inte'], 'tilläggen i ordern', 'Ja'],
];
const atPstnAddOn = pstn.flatMap(([lang, unsure, hint, yesLabel]) => {
  const w = WORDS[lang];
  return unsure.map((message): Row => ({
    lang,
    what: `"${message}" at the PSTN add-on question asks again with a hint; the add-on is not declined`,
    state: [...toCountry(lang), 'USA', w.yes],
    message,
    by: 'step',
    says: [w.unclear, hint],
    asks: 'pstnAddOn',
    then: [
      { user: w.yes, asks: 'platform' },
      { user: 'standard', says: ['Webex Contact Center PSTN'], asks: 'subdomain' },
      { user: 'acmeus', says: ['PSTN', `: ${yesLabel}`], asks: 'summary' },
      { user: w.finish, plan: { pstnAddOn: true, telephony: 'webex-cc-pstn' } },
    ],
  }));
});

const atSolutionAssurance = (
  [
    ['en', 'no, not sure'],
    ['sv', 'nej, inte säker'],
  ] as const
).map(([lang, message]): Row => {
  const w = WORDS[lang];
  return {
    lang,
    what: `"${message}" does not decline the Solution Assurance platform either`,
    state: [...toPlatform(lang), { user: w.exception, asks: 'platform.confirm' }],
    message,
    by: 'step',
    says: [w.unclear],
    asks: 'platform.confirm',
    then: [
      // Japan's Exception platform has one telephony option, chosen without a question.
      { user: w.yes, says: [lang === 'en' ? 'Voice POP' : 'Röst-POP'], asks: 'subdomain' },
      { user: 'acmejp' },
      { user: w.finish, plan: { platform: 'exception' } },
    ],
  };
});

const atCountry = (
  [
    ['en', 'not sure'],
    ['sv', 'inte säker'],
  ] as const
).map(([lang, message]): Row => ({
  lang,
  what: `"${message}" at the country question: no hurry, the step's help, the question again`,
  state: toCountry(lang),
  message,
  by: 'handler',
  keys: ['smallTalk.unsure'],
  says: [WORDS[lang].helpText.country!],
  asks: 'country',
  then: [{ user: 'Japan', asks: 'country.confirm' }],
}));

describeHandler({
  handler: 'not sure',
  ownKeys: ['smallTalk.unsure'],
  rows: [...atCountryConfirmation, ...atPstnAddOn, ...atSolutionAssurance, ...atCountry],
});
