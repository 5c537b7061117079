/**
 * The command handler: help, back, restart, cancel, language and options at any
 * question, also right after a rejected answer. Its replies are the step's help, the
 * rules' facts or a confirmation question: it shows by behaviour (the question asked
 * again, or the one the command leads to), and a language switch by its own text.
 */
import type { Exchange } from '../../support/transcript';
import {
  describeHandler,
  LANGS,
  other,
  toCountry,
  toPlatform,
  textOf,
  toSubdomain,
  toTelephony,
  toUsPlatform,
  toUsSummary,
  US_SUMMARY_FACTS,
  WORDS,
  type Lang,
  type Row,
} from '../../support/handlerTable';

/** States right after a rejected answer: the way there, and the question asked again. */
function afterRejection(lang: Lang): { what: string; state: Exchange[]; pending: string }[] {
  const w = WORDS[lang];
  const rejection = (way: string[], answer: string, pending: string) => ({
    state: [...way.map((user) => ({ user })), { user: answer, asks: pending }],
    pending,
  });
  return [
    {
      what: 'an unsupported country',
      ...rejection(toCountry(lang), lang === 'en' ? 'Sweden' : 'Sverige', 'country'),
    },
    { what: 'an unknown country', ...rejection(toCountry(lang), 'xyz', 'country') },
    { what: 'an invalid subdomain', ...rejection(toSubdomain(lang), 'acme-jp', 'subdomain') },
    {
      what: '"no" at the country confirmation',
      ...rejection([...toCountry(lang), 'Japan'], w.no, 'country'),
    },
    {
      what: '"no" at the Solution Assurance confirmation',
      ...rejection([...toPlatform(lang), w.exception], w.no, 'platform'),
    },
  ];
}

/** Help, options and a language switch right after a rejected answer. */
const afterRejectedAnswer: Row[] = LANGS.flatMap((lang) => {
  const w = WORDS[lang];
  const next = WORDS[other(lang)];
  return afterRejection(lang).flatMap(({ what, state, pending }): Row[] => [
    {
      lang,
      what: `help after ${what}`,
      state,
      message: w.help,
      by: 'handler',
      says: [w.helpText[pending]!, w.stepWord],
      asks: pending,
    },
    {
      lang,
      what: `options after ${what}`,
      state,
      message: `${w.options} Japan`,
      by: 'handler',
      says: ['jp1'],
      asks: pending,
    },
    {
      lang,
      what: `the language switch after ${what} sticks`,
      state,
      message: w.otherLanguage,
      by: 'handler',
      says: [next.languageSwitched, next.stepWord],
      asks: pending,
      // The next reply is in the new language too.
      then: [
        {
          user: next.help,
          says: [next.helpText[pending]!, next.stepWord],
          never: [w.stepWord],
          asks: pending,
        },
      ],
    },
  ]);
});

/** The way to each question, for help at every step (a US subscription). */
function helpAt(lang: Lang): [string, string[]][] {
  const w = WORDS[lang];
  return [
    ['role', []],
    ['orderType', [w.partner]],
    ['country', toCountry(lang)],
    ['country.confirm', [...toCountry(lang), 'USA']],
    ['pstnAddOn', [...toCountry(lang), 'USA', w.yes]],
    ['platform', toUsPlatform(lang)],
    ['platform.confirm', [...toUsPlatform(lang), w.exception]],
    ['telephony', [...toUsPlatform(lang), 'standard']],
    ['subdomain', [...toUsPlatform(lang), 'standard', 'webex calling']],
    ['summary', [...toUsPlatform(lang), 'standard', 'webex calling', 'acmeus']],
  ];
}

/** Help at every question: the step's help (no unfilled placeholder), the question again. */
const helpAtEveryStep: Row[] = LANGS.flatMap((lang) => {
  const w = WORDS[lang];
  return helpAt(lang).map(([question, way]): Row => {
    const help = w.helpText[question];
    return {
      lang,
      what: `help at ${question}`,
      state: way.map((user, i) => (i === way.length - 1 ? { user, asks: question } : { user })),
      message: w.help,
      by: 'handler',
      says: [...(help ? [help] : []), ...(question === 'subdomain' ? ['63'] : [])],
      asks: question,
    };
  });
});

/** Help names only what the plan's country offers (issue 20: Controlled GA was offered for Japan). */
const helpForTheCountry: Row[] = LANGS.map((lang): Row => ({
  lang,
  what: "help at Japan's platform question names only Japan's platforms",
  state: toPlatform(lang),
  message: WORDS[lang].help,
  by: 'handler',
  says: [WORDS[lang].helpText.platform!, 'Japan'],
  never: [lang === 'en' ? 'Controlled GA' : 'Kontrollerad GA'],
  asks: 'platform',
}));

const back: Row[] = LANGS.flatMap((lang): Row[] => {
  const w = WORDS[lang];
  const toUs = toUsSummary(lang).map((user) => ({ user }));
  return [
    {
      lang,
      what: 'back after "Change platform" returns to the summary with every answer kept',
      state: [...toUs, { user: w.changePlatform, asks: 'platform' }],
      message: w.back,
      by: 'handler',
      says: US_SUMMARY_FACTS[lang],
      asks: 'summary',
      then: [
        {
          user: w.finish,
          plan: {
            country: 'US',
            platform: 'standard',
            telephony: 'voice-pop-bridge',
            subdomain: 'acmeus',
            pstnAddOn: false,
          },
        },
      ],
    },
    {
      lang,
      what: 'back from the Solution Assurance confirmation after "Change platform" returns to the platform question, and the same platform returns to the summary with every answer kept',
      state: [
        ...toUs,
        { user: w.changePlatform, asks: 'platform' },
        { user: w.exception, asks: 'platform.confirm' },
      ],
      message: w.back,
      by: 'handler',
      asks: 'platform',
      then: [{ user: 'standard', says: US_SUMMARY_FACTS[lang], asks: 'summary' }],
    },
    {
      lang,
      what: 'back from the Solution Assurance confirmation returns to the platform question, not the country',
      state: [...toPlatform(lang), { user: w.exception, asks: 'platform.confirm' }],
      message: w.back,
      by: 'handler',
      asks: 'platform',
      choices: ['standard', 'exception'],
      then: [{ user: 'standard', asks: 'telephony' }],
    },
  ];
});

const options: Row[] = [
  ['en', 'options', 'Which country? Type for example: options Japan.'],
  ['sv', 'alternativ', 'Vilket land? Skriv till exempel "alternativ Japan".'],
].map(([lang, message, whichCountry]): Row => ({
  lang: lang as Lang,
  what: `"${message}" alone asks which country`,
  state: toCountry(lang as Lang),
  message: message!,
  by: 'handler',
  says: [whichCountry!],
  never: ["don't recognise", 'känner inte igen'],
  asks: 'country',
  then: [{ user: 'Japan', asks: 'country.confirm' }],
}));

const shorter: Row[] = LANGS.map((lang): Row => ({
  lang,
  what: 'asked again after help, the country list is not sent again',
  state: toCountry(lang),
  message: WORDS[lang].help,
  by: 'handler',
  asks: 'country',
  choices: [],
}));

/** Restart and cancel with three or more answers ask first (the yes/no is the next table's). */
const askFirst: Row[] = LANGS.flatMap((lang) => {
  const w = WORDS[lang];
  return (['cancel', 'restart'] as const).map((command): Row => ({
    lang,
    what: `${command} with three answers asks first, naming how many`,
    state: toPlatform(lang),
    message: w[command],
    by: 'handler',
    says: ['3'],
    asks: `${command}.confirm`,
    choices: ['yes', 'no'],
  }));
});

/**
 * Commands in the admin's own words (issue 20): a status paraphrase with its question
 * mark, "summary" (never read as a country), and a language switch, restart or back in
 * words, at the country question of a partner subscription.
 */
const naturalWords: Row[] = (
  [
    ['en', 'what have I answered so far?', 'status', ['Partner administrator']],
    ['en', 'what did I say so far?', 'status', ['Subscription']],
    ['en', 'summary', 'status', ['Partner administrator']],
    ['sv', 'vad har jag svarat hittills?', 'status', ['Partneradministratör']],
    ['sv', 'vad har jag valt', 'status', ['Prenumeration']],
    ['sv', 'sammanfattning', 'status', ['Partneradministratör']],
  ] as const
).map(([lang, message, , says]): Row => ({
  lang,
  what: `"${message}" shows the answers so far and asks the country again`,
  state: toCountry(lang),
  message,
  by: 'handler',
  keys: ['status.heading'],
  says: [...says],
  never: ["don't recognise", 'känner inte igen', "can't answer", 'kan inte svara'],
  asks: 'country',
}));

const naturalSwitches: Row[] = (
  [
    ['en', 'switch to Swedish'],
    ['en', 'på svenska tack'],
    ['sv', 'can you speak english'],
    ['sv', 'in English please'],
  ] as const
).map(([lang, message]): Row => {
  const next = WORDS[other(lang)];
  return {
    lang,
    what: `"${message}" switches language and asks the country again`,
    state: toCountry(lang),
    message,
    by: 'handler',
    says: [next.languageSwitched, next.stepWord],
    asks: 'country',
  };
});

const naturalMoves: Row[] = LANGS.flatMap((lang): Row[] => {
  const w = WORDS[lang];
  return [
    {
      lang,
      what: 'going back in words asks the previous question',
      state: toCountry(lang),
      message: lang === 'en' ? 'go back one step please' : 'gå tillbaka ett steg tack',
      by: 'handler',
      asks: 'orderType',
      says: [w.orderTypeQuestion],
    },
    {
      lang,
      what: 'starting over in words asks first, with three answers',
      state: toPlatform(lang),
      message: lang === 'en' ? "let's start over" : 'kan vi börja om?',
      by: 'handler',
      says: ['3'],
      asks: 'restart.confirm',
    },
  ];
});

/**
 * Back goes to the previous step the admin answered and never un-confirms the country
 * (issue 20): it passes over the country, says it stays, and the country is not asked again.
 */
const backKeepsCountry: Row[] = LANGS.flatMap((lang): Row[] => {
  const w = WORDS[lang];
  return [
    {
      lang,
      what: 'back at the platform goes past the confirmed country to the order type, which stays answered on',
      state: toPlatform(lang),
      message: w.back,
      by: 'handler',
      keys: ['commands.backKeepsCountry'],
      says: ['Japan'],
      asks: 'orderType',
      then: [{ user: w.subscription, asks: 'platform' }],
      recorded: { country: 'JP' },
    },
    {
      lang,
      what: 'back at the US platform goes to the PSTN add-on, the country stays',
      state: toUsPlatform(lang),
      message: w.back,
      by: 'handler',
      asks: 'pstnAddOn',
      never: [textOf(lang, 'commands.backKeepsCountry')],
      then: [{ user: w.no, asks: 'platform' }],
      recorded: { country: 'US' },
    },
    {
      lang,
      what: 'back twice from the telephony: the platform, then past the country to the order type',
      state: [...toTelephony(lang), { user: w.back, asks: 'platform' }],
      message: w.back,
      by: 'handler',
      keys: ['commands.backKeepsCountry'],
      asks: 'orderType',
      then: [{ user: w.subscription, asks: 'platform' }],
      recorded: { country: 'JP' },
    },
  ];
});

describeHandler({
  handler: 'command',
  ownKeys: ['commands.languageSwitched'],
  rows: [
    ...afterRejectedAnswer,
    ...helpAtEveryStep,
    ...helpForTheCountry,
    ...back,
    ...options,
    ...shorter,
    ...askFirst,
    ...naturalWords,
    ...naturalSwitches,
    ...naturalMoves,
    ...backKeepsCountry,
  ],
});
