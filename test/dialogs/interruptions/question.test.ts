/**
 * The question handler: the admin's own question is answered (from the rules or the
 * knowledge base) and never taken as an answer: the same question is asked again and
 * the next answer is the one recorded. Its replies are knowledge or rules text, so it
 * shows by behaviour.
 */
import {
  describeHandler,
  LANGS,
  textOf,
  toCountry,
  toSubdomain,
  toTelephony,
  toUsPlatform,
  WORDS,
  type Lang,
  type Row,
} from '../../support/handlerTable';

const rows = (
  [
    ['en', 'up to four telephony options', 'Telephony: Webex Calling'],
    ['sv', 'upp till fyra telefonialternativ', 'Telefoni: Webex Calling'],
  ] as const
).map(([lang, answer, fact]): Row => ({
  lang,
  what: 'at the telephony question, a comparison gets the overview and its options are not taken',
  state: toTelephony(lang),
  message:
    lang === 'en'
      ? "what's the difference between Voice POP Bridge and Webex Calling?"
      : 'vad är skillnaden mellan Röst-POP-brygga och Webex Calling?',
  by: 'handler',
  says: [answer],
  asks: 'telephony',
  then: [
    { user: 'webex calling', asks: 'subdomain' },
    { user: 'acmejp', says: [fact], asks: 'summary' },
  ],
}));

const platform = (
  [
    ['en', 'what is Controlled GA?', 'new digital channels'],
    ['sv', 'vad är Kontrollerad GA?', 'nya digitala kanalerna'],
  ] as const
).map(([lang, message, answer]): Row => ({
  lang,
  what: 'at the platform question (USA), Controlled GA is not chosen',
  state: toUsPlatform(lang),
  message,
  by: 'handler',
  says: [answer],
  never: ['Solution Assurance contact asked you to. Did they'],
  asks: 'platform',
  then: [{ user: 'standard', asks: 'telephony' }],
}));

const country = (
  [
    [
      'en',
      'Which telephony options does Canada have?',
      'Voice POP',
      'Is Canada the right',
      'Is Japan the right',
    ],
    [
      'sv',
      'Vilka telefonialternativ har Kanada?',
      'Röst-POP',
      'Är Kanada rätt land',
      'Är Japan rätt land',
    ],
  ] as const
).map(([lang, message, voicePop, confirmCanada, confirmJapan]): Row => ({
  lang,
  what: 'at the country question, answered from the rules without selecting the country',
  state: toCountry(lang),
  message,
  by: 'handler',
  says: ['ca1', voicePop],
  never: [confirmCanada],
  asks: 'country',
  then: [{ user: 'Japan', says: [confirmJapan], asks: 'country.confirm' }],
}));

const subdomain = (
  [
    ['en', 'what is vPOP?', 'Invalid subdomain', 'Subdomain: acmejp'],
    ['sv', 'vad är vPOP?', 'Ogiltigt namn', 'Deldomän: acmejp'],
  ] as const
).map(([lang, message, invalid, fact]): Row => ({
  lang,
  what: 'at the subdomain question, the question is not checked as a subdomain',
  state: toSubdomain(lang),
  message,
  by: 'handler',
  never: [invalid, 'vadarvpop', 'whatisvpop'],
  asks: 'subdomain',
  then: [{ user: 'acmejp', says: [fact], asks: 'summary' }],
}));

const changeLater: [Lang, string, string][] = [
  ['en', 'can I change the country later?', 'cannot be changed once it is set'],
  ['sv', 'kan jag ändra land senare?', 'går inte att ändra när det väl är inställt'],
];
const countryLater = changeLater.flatMap(([lang, message, never]): Row[] => [
  {
    lang,
    what: `"${message}" is answered at the country question`,
    state: toCountry(lang),
    message,
    by: 'handler',
    says: [never],
    never: ["isn't one of the options"],
    asks: 'country',
    then: [{ user: 'Japan', asks: 'country.confirm' }],
  },
  {
    lang,
    what: `"${message}" is answered at the country confirmation`,
    state: [...toCountry(lang), { user: 'Japan', asks: 'country.confirm' }],
    message,
    by: 'handler',
    says: [never],
    asks: 'country.confirm',
    then: [{ user: WORDS[lang].yes, asks: 'platform' }],
  },
]);

/** Fragments of the answer on what to do when the country is not in the table. */
const NOT_IN_TABLE: Record<Lang, string> = {
  en: 'covers only the countries it lists',
  sv: 'tar bara upp de länder den listar',
};

const countryFacts: Row[] = (
  [
    [
      'en',
      'what data center does South Korea get?',
      'South Korea: region APJC',
      'The data centers are us1',
    ],
    ['sv', 'vilket datacenter får Sydkorea?', 'Sydkorea: regionen APJC', 'Datacentren är us1'],
    [
      'en',
      'does Mexico get the exception platform?',
      'Mexico: region LATAM',
      'says nothing more about it',
    ],
    [
      'sv',
      'finns undantagsplattformen i Mexiko?',
      'Mexiko: regionen LATAM',
      'mer än så säger artikeln inte',
    ],
  ] as const
).map(([lang, message, facts, general]) => ({
  lang,
  what: `"${message}" gets the country's facts from the rules, not the general topic`,
  state: toTelephony(lang),
  message,
  by: 'handler',
  says: [facts],
  never: [general],
  asks: 'telephony',
}));

const unsupportedCountry: Row[] = LANGS.flatMap((lang): Row[] => [
  {
    lang,
    what: 'a question naming a country outside the table gets what to do next, no facts',
    state: toCountry(lang),
    message:
      lang === 'en' ? 'what data center does Germany get?' : 'vilket datacenter får Tyskland?',
    by: 'handler',
    says: [NOT_IN_TABLE[lang]],
    never: ['Germany: region', 'Tyskland: regionen'],
    asks: 'country',
  },
  {
    lang,
    what: 'a vague "what now?" right after a country outside the table is about that country',
    state: [...toCountry(lang), 'Germany'],
    message: lang === 'en' ? 'what do I do then?' : 'vad gör jag nu?',
    by: 'handler',
    says: [NOT_IN_TABLE[lang]],
    never: [textOf(lang, 'answers.outOfScope')],
    asks: 'country',
  },
  {
    lang,
    what: 'the same "what now?" after a supported country is not about the table',
    state: [...toCountry(lang), 'Japan', WORDS[lang].yes],
    message: lang === 'en' ? 'what do I do then?' : 'vad gör jag nu?',
    by: 'handler',
    never: [NOT_IN_TABLE[lang]],
    asks: 'platform',
  },
  {
    lang,
    what: 'an off-topic question after a country outside the table is still declined',
    state: [...toCountry(lang), 'Germany'],
    message: lang === 'en' ? "what's the weather in Berlin?" : 'hur är vädret i Berlin?',
    by: 'handler',
    says: [textOf(lang, 'answers.outOfScope')],
    never: [NOT_IN_TABLE[lang]],
    asks: 'country',
  },
]);

/** A country question that names no country is about the plan's (issue 20's fresh walk). */
const planCountry: Row[] = (
  [
    ['en', 'which data center will it be?', 'data center anz1'],
    ['sv', 'vilket datacenter blir det?', 'datacentret anz1'],
  ] as const
).map(([lang, message, fact]): Row => ({
  lang,
  what: 'at the country confirmation, a data center question gets the country being confirmed',
  state: [...toCountry(lang), 'Australia'],
  message,
  by: 'handler',
  says: [fact],
  asks: 'country.confirm',
  then: [{ user: WORDS[lang].yes, asks: 'platform' }],
}));

describeHandler({
  handler: 'question',
  ownKeys: [],
  rows: [
    ...rows,
    ...platform,
    ...country,
    ...subdomain,
    ...countryLater,
    ...countryFacts,
    ...unsupportedCountry,
    ...planCountry,
  ],
});
