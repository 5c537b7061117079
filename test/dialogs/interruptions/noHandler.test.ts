/**
 * Messages none of the interruptions takes: the active step has them (its recogniser,
 * its validator, the summary's change and finish). No handler's own text shows.
 */
import {
  describeHandler,
  LANGS,
  NO_HANDLER,
  toCountry,
  toSubdomain,
  toUsSummary,
  WORDS,
  type Lang,
  type Row,
} from '../../support/handlerTable';

const unsupportedCountry: [Lang, string, string[], string][] = [
  [
    'en',
    'Sweden',
    [
      'does not cover Sweden',
      "Please don't pick another country just to go on",
      'Data Locality in Webex Contact Center',
      'Your answers so far are kept',
    ],
    'Role: Partner administrator',
  ],
  [
    'sv',
    'Sverige',
    [
      'tar inte upp Sverige',
      'Välj inte ett annat land bara för att komma vidare',
      'Datalokalitet',
      'Dina svar hittills finns kvar',
    ],
    'Roll: Partneradministratör',
  ],
];
const outsideTheTable = unsupportedCountry.map(([lang, country, says, roleFact]): Row => {
  const w = WORDS[lang];
  return {
    lang,
    what: 'a country outside the table: not covered, not to pick another, the answers kept',
    state: toCountry(lang),
    message: country,
    by: 'step',
    says,
    never: ['eu1', 'eu2', w.roleQuestion, w.orderTypeQuestion],
    asks: 'country',
    then: [
      { user: 'Japan', never: [w.roleQuestion, w.orderTypeQuestion], asks: 'country.confirm' },
      { user: w.yes, asks: 'platform' },
      { user: 'standard' },
      { user: 'webex calling' },
      { user: 'acmejp', says: [roleFact], asks: 'summary' },
      { user: w.finish, plan: { role: 'partner', orderType: 'subscription', country: 'JP' } },
    ],
  };
});

const ordinals = (
  [
    ['en', 'the second one', 'number 2', 'the first one', 'bridge'],
    ['sv', 'den andra', 'nummer 2', 'den första', 'brygga'],
  ] as const
).map(([lang, second, number2, first, bridge]): Row => ({
  lang,
  what: `ordinals ("${second}", "${number2}") and "${first}"`,
  state: [],
  message: second,
  by: 'step',
  asks: 'orderType',
  then: [
    { user: number2, asks: 'country' },
    { user: 'Japan', asks: 'country.confirm' },
    { user: WORDS[lang].yes, asks: 'platform' },
    { user: first, asks: 'telephony' },
    { user: bridge, asks: 'subdomain' },
    { user: 'acmejp', asks: 'summary' },
    {
      user: WORDS[lang].finish,
      plan: {
        role: 'customer',
        orderType: 'subscription',
        platform: 'standard',
        telephony: 'voice-pop-bridge',
      },
    },
  ],
}));

const customerAdmin = (
  [
    ['en', "I'm the customer's admin"],
    ['sv', 'jag är kundens admin'],
  ] as const
).map(([lang, message]): Row => ({
  lang,
  what: `"${message}" picks the customer administrator`,
  state: [],
  message,
  by: 'step',
  asks: 'orderType',
  then: [{ user: WORDS[lang].subscription, asks: 'country' }],
  recorded: { role: 'customer' },
}));

const akerlund = LANGS.map((lang): Row => ({
  lang,
  what: '"Åkerlund" at the subdomain step suggests akerlund',
  state: toSubdomain(lang),
  message: 'Åkerlund',
  by: 'step',
  says: ['akerlund'],
  asks: 'subdomain',
  choices: ['akerlund'],
  then: [{ user: 'akerlund', asks: 'summary' }],
}));

/** A subdomain that looks like a slip is asked back; held and recorded only after a yes (issue 20). */
const slipSubdomain = LANGS.map((lang): Row => ({
  lang,
  what: '"2" at the subdomain step is asked back, a no asks for the name again',
  state: toSubdomain(lang),
  message: '2',
  by: 'step',
  says: [lang === 'en' ? 'Use "2" as the subdomain?' : 'Vill du använda "2" som deldomän?'],
  asks: 'subdomain.confirm',
  then: [
    { user: WORDS[lang].no, asks: 'subdomain' },
    { user: 'acmejp', asks: 'summary' },
  ],
  recorded: { subdomain: 'acmejp' },
}));

const subdomainInSentence = (
  [
    ['en', "let's go with adatum", 'adatum'],
    ['en', 'call it adatum', 'adatum'],
    ['sv', 'vi tar lindqvistbygg', 'lindqvistbygg'],
    ['sv', 'kör på adatum', 'adatum'],
  ] as const
).map(([lang, message, subdomain]): Row => ({
  lang,
  what: `"${message}" at the subdomain step is the name ${subdomain}`,
  state: toSubdomain(lang),
  message,
  by: 'step',
  asks: 'summary',
  recorded: { subdomain },
}));

const closing = (
  [
    ['en', ['Here is your setup plan', 'Subdomain: ', 'Role: ', 'Platform: ']],
    ['sv', ['Här är din konfigurationsplan', 'Deldomän: ', 'Roll: ', 'Plattform: ']],
  ] as const
).map(([lang, summary]): Row => ({
  lang,
  what: 'the closing message is not followed by the summary again',
  state: [...toSubdomain(lang), { user: 'acmejp', asks: 'summary' }],
  message: WORDS[lang].finish,
  by: 'step',
  never: [...summary],
  plan: { subdomain: 'acmejp' },
}));

const wizardSteps = LANGS.map((lang): Row => ({
  lang,
  what: 'the numbered steps to the wizard are one per line (terminal channel)',
  options: { channelId: 'terminal' },
  state: [WORDS[lang].customer],
  message: WORDS[lang].trial,
  by: 'step',
  says: ['\n1. ', '\n2. ', '\n3. ', '\n4. '],
  asks: 'country',
}));

const noLongerApplies = (
  [
    ['en', 'no longer applies'],
    ['sv', 'gäller inte längre'],
  ] as const
).map(([lang, dropped]): Row => {
  const w = WORDS[lang];
  return {
    lang,
    what: 'changing the country away from the USA says the PSTN add-on no longer applies',
    state: toUsSummary(lang),
    message: w.changeCountry,
    by: 'step',
    asks: 'country',
    then: [
      { user: 'Japan', asks: 'country.confirm' },
      { user: w.yes, says: [dropped] },
    ],
    recorded: { country: 'JP', pstnAddOn: false },
  };
});

const dataCenterAssumed = (
  [
    ['en', 'Mexico', 'an assumption'],
    ['sv', 'Mexiko', 'ett antagande'],
  ] as const
).map(([lang, mexico, assumption]): Row => {
  const w = WORDS[lang];
  return {
    lang,
    what: 'the data center assumption travels with the plan: summary, closing message, plan',
    state: [w.customer, w.subscription],
    message: mexico,
    by: 'step',
    says: ['us1'],
    asks: 'country.confirm',
    then: [
      { user: w.yes },
      { user: 'webex calling' },
      { user: 'acmemx', says: ['us1 ', assumption], asks: 'summary' },
      {
        user: w.finish,
        says: ['us1', assumption],
        plan: { country: 'MX', dataCenter: 'us1', dataCenterAssumed: true },
      },
    ],
  };
});

describeHandler({
  handler: NO_HANDLER,
  // Texts only a handler says: none shows when the step has the message.
  ownKeys: [
    'smallTalk.greeting',
    'smallTalk.thanks',
    'smallTalk.unsure',
    'commands.kept',
    'commands.languageSwitched',
    'done.thanks',
    'subdomain.suggestionLater',
  ],
  rows: [
    ...outsideTheTable,
    ...ordinals,
    ...customerAdmin,
    ...akerlund,
    ...slipSubdomain,
    ...subdomainInSentence,
    ...closing,
    ...wizardSteps,
    ...noLongerApplies,
    ...dataCenterAssumed,
  ],
});
