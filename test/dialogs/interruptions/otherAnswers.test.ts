/**
 * The other answers handler: a sentence with answers to several questions (and every
 * answer-like first message). What it gives is taken or proposed for its step, what it
 * cannot take is said right away, and the first open question is asked.
 */
import { describeHandler, LANGS, toCountry, WORDS, type Row } from '../../support/handlerTable';

const misspelt = (
  [
    ['en', 'partner subscription in Japn', 'Is Japan the right country'],
    ['sv', 'partner prenumeration i Japn', 'Är Japan rätt land'],
  ] as const
).map(([lang, message, proposal]): Row => ({
  lang,
  what: 'a misspelt country inside a first message is proposed, role and order type taken',
  message,
  by: 'handler',
  says: [proposal],
  asks: 'country.confirm',
  then: [{ user: WORDS[lang].yes, asks: 'platform' }],
  recorded: { role: 'partner', orderType: 'subscription', country: 'JP' },
}));

const invalidSubdomain = (
  [
    ['en', 'partner, subscription in Japan, subdomain acme-jp'],
    ['sv', 'partner, prenumeration i Japan, deldomän acme-jp'],
  ] as const
).map(([lang, message]): Row => {
  const w = WORDS[lang];
  return {
    lang,
    what: 'an invalid subdomain in the opening is reported right away with a suggestion, offered later',
    message,
    by: 'handler',
    keys: ['subdomain.notTaken', 'subdomain.suggestionLater'],
    says: ['acme-jp', 'acmejp'],
    asks: 'country.confirm',
    then: [
      { user: w.yes, asks: 'platform' },
      { user: 'standard', asks: 'telephony' },
      { user: 'webex calling', asks: 'subdomain', choices: ['acmejp'] },
      { user: '1', asks: 'summary' },
      { user: w.finish, plan: { subdomain: 'acmejp' } },
    ],
  };
});

/** An option another step cannot take is refused with the rule (issue 20: it was passed over silently). */
const refused = LANGS.map((lang): Row => ({
  lang,
  what: "the PSTN option at a US trial's platform question: the add-on does not apply to trials",
  state: [WORDS[lang].customer, WORDS[lang].trial, 'USA', WORDS[lang].yes],
  message:
    lang === 'en' ? 'I want Webex Contact Center PSTN' : 'jag vill ha Webex Contact Center PSTN',
  by: 'handler',
  says: [
    lang === 'en' ? "the add-on doesn't apply to trials" : 'tillägget gäller inte provperioder',
  ],
  asks: 'platform',
  then: [{ user: 'standard', asks: 'telephony', choices: ['voice-pop-bridge', 'webex-calling'] }],
}));

/** At the add-on's own yes/no, a sentence about the add-on answers it (issue 20). */
const addOnInSentence = (
  [
    ['en', 'we bought the Cisco PSTN for Contact Center add-on', true],
    ['sv', 'vi har köpt tillägget Cisco PSTN for Contact Center', true],
    ['en', "we don't have the PSTN add-on", false],
    ['sv', 'vi har inte PSTN-tillägget', false],
  ] as const
).map(([lang, message, pstnAddOn]): Row => ({
  lang,
  what: `the add-on named in a sentence at its question answers it: ${pstnAddOn}`,
  state: [...toCountry(lang), 'USA', WORDS[lang].yes],
  message,
  by: 'handler',
  keys: [pstnAddOn ? 'proposals.addOn' : 'proposals.noAddOn'],
  asks: 'platform',
  recorded: { pstnAddOn },
}));

/** A platform that follows from a telephony option named is announced with why (issue 20's walk). */
const implied = LANGS.map((lang): Row => ({
  lang,
  what: 'Webex Calling named for New Zealand: the Standard platform is chosen and said so',
  message:
    lang === 'en'
      ? "we're the partner, trial for our customer in New Zealand with Webex Calling"
      : 'vi är partner, provperiod för vår kund i Nya Zeeland med Webex Calling',
  by: 'handler',
  asks: 'country.confirm',
  then: [
    {
      user: WORDS[lang].yes,
      says: [
        lang === 'en'
          ? 'Webex Calling is offered only on the Standard platform'
          : 'finns Webex Calling bara på standardplattformen',
      ],
      asks: 'subdomain',
    },
  ],
  recorded: { platform: 'standard', telephony: 'webex-calling', country: 'NZ' },
}));

describeHandler({
  handler: 'other answers',
  ownKeys: ['subdomain.notTaken', 'subdomain.suggestionLater'],
  rows: [...misspelt, ...invalidSubdomain, ...refused, ...addOnInSentence, ...implied],
});
