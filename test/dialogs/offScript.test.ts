/**
 * Issue 10: the conversation holds up when real admins go off script.
 * One describe per numbered problem of the issue, each in English and Swedish.
 */
import { Conversation, type ConversationOptions, type Reply } from '../support/conversation';
import { progressLabel } from '../support/stepRegistry';
import { play, type Exchange } from '../support/transcript';
import type { StepId } from '../../dialogs/setupDraft';

type Lang = 'en' | 'sv';

/** What an admin types, and short fragments of what the bot says, in each language. */
interface Words {
  yes: string;
  no: string;
  partner: string;
  customer: string;
  trial: string;
  subscription: string;
  help: string;
  back: string;
  restart: string;
  cancel: string;
  finish: string;
  options: string;
  /** The command that switches to the other language. */
  otherLanguage: string;
  languageSwitched: string;
  /** The progress label of a step, counted from the registry ("Step 3 of 6"). */
  step: (step: StepId) => string;
  /** The word every progress line starts with ("Step"/"Steg"). */
  stepWord: string;
  roleQuestion: string;
  orderTypeQuestion: string;
  changePlatform: string;
  changeCountry: string;
  exception: string;
  alreadyInUse: string;
  answersKept: string;
  unclear: string;
  /** A fragment of each step's help. */
  helpText: Record<string, string>;
}

const WORDS: Record<Lang, Words> = {
  en: {
    yes: 'yes',
    no: 'no',
    partner: 'partner',
    customer: 'customer',
    trial: 'trial',
    subscription: 'subscription',
    help: 'help',
    back: 'back',
    restart: 'restart',
    cancel: 'cancel',
    finish: 'finish',
    options: 'options',
    otherLanguage: 'svenska',
    languageSwitched: "I'll speak English",
    step: (step) => progressLabel(step, 'en'),
    stepWord: 'Step ',
    roleQuestion: 'Are you a partner administrator',
    orderTypeQuestion: 'Is this a trial or a subscription?',
    changePlatform: 'change platform',
    changeCountry: 'change country',
    exception: 'exception',
    alreadyInUse: 'already in use',
    answersKept: 'your answers are kept',
    unclear: 'I need a clear yes or no',
    helpText: {
      role: 'Partner administrators set up services',
      orderType: 'A trial is started with the Start Trial wizard',
      country: 'decides the data center',
      pstnAddOn: 'exists only for the USA',
      platform: 'Choose the Standard platform for subscription orders',
      telephony: 'Only the telephony options Cisco allows',
      subdomain: 'identifies the organization',
      summary: 'Check every line',
    },
  },
  sv: {
    yes: 'ja',
    no: 'nej',
    partner: 'partner',
    customer: 'kund',
    trial: 'provperiod',
    subscription: 'prenumeration',
    help: 'hjälp',
    back: 'tillbaka',
    restart: 'börja om',
    cancel: 'avbryt',
    finish: 'slutför',
    options: 'alternativ',
    otherLanguage: 'english',
    languageSwitched: 'nu pratar jag svenska',
    step: (step) => progressLabel(step, 'sv'),
    stepWord: 'Steg ',
    roleQuestion: 'Är du partneradministratör',
    orderTypeQuestion: 'Gäller det en provperiod eller en prenumeration?',
    changePlatform: 'ändra plattform',
    changeCountry: 'ändra land',
    exception: 'undantag',
    alreadyInUse: 'används redan',
    answersKept: 'dina svar finns kvar',
    unclear: 'Här behöver jag ett tydligt ja eller nej',
    helpText: {
      role: 'En partneradministratör konfigurerar',
      orderType: 'En provperiod startas',
      country: 'avgör i vilket datacenter',
      pstnAddOn: 'finns bara för USA',
      platform: 'Välj standardplattformen för prenumerationsorder',
      telephony: 'bara de telefonialternativ som Cisco tillåter',
      subdomain: 'identifierar organisationen',
      summary: 'Kontrollera varje rad',
    },
  },
};

const LANGS: Lang[] = ['en', 'sv'];
const other = (lang: Lang): Lang => (lang === 'en' ? 'sv' : 'en');

/** Never in any reply: the error apology or an unfilled placeholder. */
const ALWAYS_NEVER = ['Sorry, something went wrong', 'Förlåt, något gick fel', '{{', '}}'];

/** Plays a transcript; every reply must be free of the error apology and unfilled placeholders. */
async function talk(conversation: Conversation, exchanges: Exchange[]): Promise<Reply[]> {
  const replies = await play(
    conversation,
    exchanges.map((e) => ({ ...e, never: [...(e.never ?? []), ...ALWAYS_NEVER] })),
  );
  expect(conversation.errors).toEqual([]);
  return replies;
}

/** A new conversation in the given language that has joined and sent the given answers. */
async function reach(
  lang: Lang,
  answers: string[],
  options: ConversationOptions = {},
): Promise<Conversation> {
  const conversation = new Conversation({ locale: lang, ...options });
  await talk(conversation, [{}, ...answers.map((user) => ({ user }))]);
  return conversation;
}

/** Answers that lead to the country question (partner, subscription). */
const toCountry = (lang: Lang) => [WORDS[lang].partner, WORDS[lang].subscription];
/** ... to the platform question for Japan. */
const toPlatform = (lang: Lang) => [...toCountry(lang), 'Japan', WORDS[lang].yes];
/** ... to the telephony question (Japan, Standard platform). */
const toTelephony = (lang: Lang) => [...toPlatform(lang), 'standard'];
/** ... to the subdomain question (Japan, Standard platform, Webex Calling). */
const toSubdomain = (lang: Lang) => [...toTelephony(lang), 'webex calling'];
/** ... to the platform question for a US subscription without the PSTN add-on. */
const toUsPlatform = (lang: Lang) => [...toCountry(lang), 'USA', WORDS[lang].yes, WORDS[lang].no];
/** ... to the summary of a US subscription: Standard platform, Voice POP Bridge, acmeus. */
const toUsSummary = (lang: Lang) => [
  ...toUsPlatform(lang),
  'standard',
  lang === 'en' ? 'bridge' : 'brygga',
  'acmeus',
];

/** The summary facts of the US plan reached by `toUsSummary`. */
const US_SUMMARY_FACTS: Record<Lang, string[]> = {
  en: [
    'Role: Partner administrator',
    'Order type: Subscription',
    'Cisco PSTN for Contact Center add-on: No',
    'Country of operation: United States',
    'Platform: Standard platform',
    'Telephony: Voice POP Bridge',
    'Subdomain: acmeus',
  ],
  sv: [
    'Roll: Partneradministratör',
    'Ordertyp: Prenumeration',
    'Tillägget Cisco PSTN för Contact Center: Nej',
    'Land: USA',
    'Plattform: Standardplattform',
    'Telefoni: Röst-POP-brygga',
    'Deldomän: acmeus',
  ],
};

describe('1. after a rejected answer, help, options and a language switch still work', () => {
  const cases: [Lang, string, string[], string, string][] = LANGS.flatMap((lang) => {
    const w = WORDS[lang];
    const rows: [Lang, string, string[], string, string][] = [
      [
        lang,
        'an unsupported country',
        toCountry(lang),
        lang === 'en' ? 'Sweden' : 'Sverige',
        'country',
      ],
      [lang, 'an unknown country', toCountry(lang), 'xyz', 'country'],
      [lang, 'an invalid subdomain', toSubdomain(lang), 'acme-jp', 'subdomain'],
      [lang, '"no" at the country confirmation', [...toCountry(lang), 'Japan'], w.no, 'country'],
      [
        lang,
        '"no" at the Solution Assurance confirmation',
        [...toPlatform(lang), w.exception],
        w.no,
        'platform',
      ],
    ];
    return rows;
  });

  test.each(cases)('%s: %s', async (lang, _what, path, rejected, pending) => {
    const w = WORDS[lang];
    const next = WORDS[other(lang)];
    const conversation = await reach(lang, path);
    await talk(conversation, [
      { user: rejected, asks: pending },
      { user: w.help, says: [w.helpText[pending]!, w.stepWord], asks: pending },
      { user: `${w.options} Japan`, says: ['jp1'], asks: pending },
      { user: w.otherLanguage, says: [next.languageSwitched, next.stepWord], asks: pending },
      // The switch sticks: the next reply is in the new language too.
      {
        user: next.help,
        says: [next.helpText[pending]!, next.stepWord],
        never: [w.stepWord],
        asks: pending,
      },
    ]);
  });

  test.each([
    ['en', 'I am a partner setting up a subscription', 'Sweden', 'help'],
    ['sv', 'Jag är partner och sätter upp en prenumeration', 'Sverige', 'hjälp'],
  ] as [Lang, string, string, string][])(
    '%s: the repro from the issue',
    async (lang, opening, country, help) => {
      await talk(new Conversation({ locale: lang }), [
        { user: opening, asks: 'country' },
        { user: country, asks: 'country' },
        { user: help, says: [WORDS[lang].helpText.country!], asks: 'country' },
        { user: help, says: [WORDS[lang].helpText.country!], asks: 'country' },
      ]);
    },
  );
});

describe('2. uncertain answers are never taken as yes', () => {
  test.each([
    ['en', 'Mexico', ['not sure', 'maybe', 'no, not sure'], 'yes please', 'business country'],
    ['sv', 'Mexiko', ['inte säker', 'vet inte', 'nej, inte säker'], 'ja tack', 'verksamhetsland'],
  ] as [Lang, string, string[], string, string][])(
    '%s: at the country confirmation the country is asked again with a hint',
    async (lang, mexico, unsure, clearYes, hint) => {
      const w = WORDS[lang];
      const conversation = await reach(lang, [w.customer, w.subscription]);
      await talk(conversation, [
        { user: mexico, asks: 'country.confirm' },
        ...unsure.map((user) => ({
          user,
          says: [w.unclear, hint, mexico],
          asks: 'country.confirm',
          choices: ['yes', 'no'],
        })),
        { user: clearYes, asks: 'telephony' },
        { user: 'webex calling', asks: 'subdomain' },
        { user: 'acmemx', asks: 'summary' },
        { user: w.finish, plan: { country: 'MX' } },
      ]);
    },
  );

  test.each([
    ['en', ['not sure', 'maybe', 'no, not sure'], 'add-ons of the order', 'Yes'],
    ['sv', ['inte säker', 'vet inte'], 'tilläggen i ordern', 'Ja'],
  ] as [Lang, string[], string, string][])(
    '%s: at the PSTN add-on question the add-on is asked again with a hint',
    async (lang, unsure, hint, yesLabel) => {
      const w = WORDS[lang];
      const conversation = await reach(lang, [...toCountry(lang), 'USA', w.yes]);
      await talk(conversation, [
        ...unsure.map((user) => ({ user, says: [w.unclear, hint], asks: 'pstnAddOn' })),
        { user: w.yes, asks: 'platform' },
        { user: 'standard', says: ['Webex Contact Center PSTN'], asks: 'subdomain' },
        { user: 'acmeus', says: [`PSTN`, `: ${yesLabel}`], asks: 'summary' },
        { user: w.finish, plan: { pstnAddOn: true, telephony: 'webex-cc-pstn' } },
      ]);
    },
  );

  test.each([
    ['en', 'no, not sure'],
    ['sv', 'nej, inte säker'],
  ] as [Lang, string][])(
    '%s: "%s" does not decline the Solution Assurance platform either',
    async (lang, unsure) => {
      const w = WORDS[lang];
      const conversation = await reach(lang, [...toPlatform(lang), w.exception]);
      await talk(conversation, [
        { user: unsure, says: [w.unclear], asks: 'platform.confirm' },
        // Japan's Exception platform has one telephony option, chosen without a question.
        { user: w.yes, says: [lang === 'en' ? 'Voice POP' : 'Röst-POP'], asks: 'subdomain' },
        { user: 'acmejp' },
        { user: w.finish, plan: { platform: 'exception' } },
      ]);
    },
  );
});

describe('3. a question is never taken as an answer', () => {
  test.each([
    [
      'en',
      "what's the difference between Voice POP Bridge and Webex Calling?",
      'also called vPOP',
      'Telephony: Webex Calling',
    ],
    [
      'sv',
      'vad är skillnaden mellan Röst-POP-brygga och Webex Calling?',
      'även kallad vPOP',
      'Telefoni: Webex Calling',
    ],
  ] as [Lang, string, string, string][])(
    '%s: at the telephony question',
    async (lang, question, answer, fact) => {
      const conversation = await reach(lang, toTelephony(lang));
      await talk(conversation, [
        { user: question, says: [answer], asks: 'telephony' },
        { user: 'webex calling', asks: 'subdomain' },
        { user: 'acmejp', says: [fact], asks: 'summary' },
      ]);
    },
  );

  test.each([
    ['en', 'what is Controlled GA?', 'new digital channels'],
    ['sv', 'vad är Kontrollerad GA?', 'nya digitala kanalerna'],
  ] as [Lang, string, string][])(
    '%s: at the platform question (USA)',
    async (lang, question, answer) => {
      const conversation = await reach(lang, toUsPlatform(lang));
      await talk(conversation, [
        {
          user: question,
          says: [answer],
          asks: 'platform',
          never: ['Solution Assurance contact asked you to. Did they'],
        },
        { user: 'standard', asks: 'telephony' },
      ]);
    },
  );

  test.each([
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
  ] as [Lang, string, string, string, string][])(
    '%s: at the country question, answered from the rules without selecting the country',
    async (lang, question, voicePop, confirmCanada, confirmJapan) => {
      const conversation = await reach(lang, toCountry(lang));
      await talk(conversation, [
        { user: question, says: ['ca1', voicePop], never: [confirmCanada], asks: 'country' },
        { user: 'Japan', says: [confirmJapan], asks: 'country.confirm' },
      ]);
    },
  );

  test.each([
    ['en', 'what is vPOP?', 'Invalid subdomain', 'Subdomain: acmejp'],
    ['sv', 'vad är vPOP?', 'Ogiltigt namn', 'Deldomän: acmejp'],
  ] as [Lang, string, string, string][])(
    '%s: at the subdomain question',
    async (lang, question, invalid, fact) => {
      const conversation = await reach(lang, toSubdomain(lang));
      await talk(conversation, [
        { user: question, never: [invalid, 'vadarvpop', 'whatisvpop'], asks: 'subdomain' },
        { user: 'acmejp', says: [fact], asks: 'summary' },
      ]);
    },
  );

  test.each([
    ['en', 'can I change the country later?', 'cannot be changed once it is set'],
    ['sv', 'kan jag ändra land senare?', 'går inte att ändra när det väl är inställt'],
  ] as [Lang, string, string][])(
    '%s: "%s" is answered at the country question and at its confirmation',
    async (lang, question, never) => {
      const w = WORDS[lang];
      const conversation = await reach(lang, toCountry(lang));
      await talk(conversation, [
        { user: question, says: [never], never: ["isn't one of the options"], asks: 'country' },
        { user: 'Japan', asks: 'country.confirm' },
        { user: question, says: [never], asks: 'country.confirm' },
        { user: w.yes, asks: 'platform' },
      ]);
    },
  );
});

describe('4. a country outside the table', () => {
  test.each([
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
  ] as [Lang, string, string[], string][])(
    '%s: says the table does not cover it, not to pick another, and keeps the answers',
    async (lang, country, says, roleFact) => {
      const w = WORDS[lang];
      const conversation = await reach(lang, toCountry(lang));
      await talk(conversation, [
        {
          user: country,
          says,
          never: ['eu1', 'eu2', w.roleQuestion, w.orderTypeQuestion],
          asks: 'country',
        },
        { user: 'Japan', never: [w.roleQuestion, w.orderTypeQuestion], asks: 'country.confirm' },
        { user: w.yes, asks: 'platform' },
        { user: 'standard' },
        { user: 'webex calling' },
        { user: 'acmejp', says: [roleFact], asks: 'summary' },
        { user: w.finish, plan: { role: 'partner', orderType: 'subscription', country: 'JP' } },
      ]);
    },
  );
});

describe('5. an honest finish', () => {
  test.each([
    ['en', 'Check Availability', ['reserved']],
    ['sv', 'Kontrollera tillgänglighet', ['reserverad', 'reserved']],
  ] as [Lang, string, string[]][])(
    '%s: nothing is "reserved", Check Availability confirms it, and the subdomain is not offered again',
    async (lang, checkAvailability, reserved) => {
      const w = WORDS[lang];
      const conversation = await reach(lang, toSubdomain(lang));
      await talk(conversation, [
        { user: 'acmejp', asks: 'summary' },
        {
          user: w.finish,
          says: [checkAvailability, 'acmejp'],
          never: reserved,
          plan: { subdomain: 'acmejp', country: 'JP' },
        },
      ]);
      const [restarted] = await talk(conversation, [{ user: w.restart }]);
      if (restarted!.questionId === 'restart.confirm') await talk(conversation, [{ user: w.yes }]);
      const replies = await talk(conversation, [
        ...(restarted!.questionId === 'role' || restarted!.questionId === 'restart.confirm'
          ? []
          : [{ user: 'hello', asks: 'role' }]),
        ...toSubdomain(lang).map((user) => ({ user })),
        { user: 'acmejp', says: ['acmejp', w.alreadyInUse], asks: 'subdomain' },
      ]);
      expect(replies[replies.length - 1]!.choices.map((c) => c.id)).not.toContain('acmejp');
    },
  );
});

describe('6. back and changes at the summary', () => {
  test.each(LANGS)(
    '%s: back after "Change platform" returns to the summary with every answer kept',
    async (lang) => {
      const w = WORDS[lang];
      const conversation = await reach(lang, toUsSummary(lang));
      await talk(conversation, [
        { user: w.changePlatform, asks: 'platform' },
        { user: w.back, says: US_SUMMARY_FACTS[lang], asks: 'summary' },
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
      ]);
    },
  );

  test.each(LANGS)(
    '%s: back from the Solution Assurance confirmation after "Change platform" returns to the platform question, and the same platform returns to the summary with every answer kept',
    async (lang) => {
      const w = WORDS[lang];
      const conversation = await reach(lang, toUsSummary(lang));
      await talk(conversation, [
        { user: w.changePlatform, asks: 'platform' },
        { user: w.exception, asks: 'platform.confirm' },
        { user: w.back, asks: 'platform' },
        { user: 'standard', says: US_SUMMARY_FACTS[lang], asks: 'summary' },
      ]);
    },
  );

  test.each(LANGS)(
    '%s: back from the Solution Assurance confirmation returns to the platform question, not the country',
    async (lang) => {
      const w = WORDS[lang];
      const conversation = await reach(lang, [...toPlatform(lang), w.exception]);
      await talk(conversation, [
        { user: w.back, asks: 'platform', choices: ['standard', 'exception'] },
        { user: 'standard', asks: 'telephony' },
      ]);
    },
  );

  test.each([
    ['en', 'no longer applies'],
    ['sv', 'gäller inte längre'],
  ] as [Lang, string][])(
    '%s: changing the country away from the USA says the PSTN add-on no longer applies',
    async (lang, noLongerApplies) => {
      const w = WORDS[lang];
      const conversation = await reach(lang, toUsSummary(lang));
      const replies = await talk(conversation, [
        { user: w.changeCountry, asks: 'country' },
        { user: 'Japan', asks: 'country.confirm' },
        { user: w.yes },
      ]);
      const said = replies.map((r) => r.text).join('\n');
      expect(said).toContain(noLongerApplies);
    },
  );
});

describe('7. no unfilled placeholders in the help of any step', () => {
  test.each(LANGS)('%s: help at every step', async (lang) => {
    const w = WORDS[lang];
    const help = (step: string): Exchange => ({
      user: w.help,
      says: w.helpText[step] ? [w.helpText[step]] : [],
      asks: step,
    });
    await talk(new Conversation({ locale: lang }), [
      {},
      help('role'),
      { user: w.partner },
      help('orderType'),
      { user: w.subscription },
      help('country'),
      { user: 'USA' },
      help('country.confirm'),
      { user: w.yes },
      help('pstnAddOn'),
      { user: w.no },
      help('platform'),
      { user: w.exception },
      help('platform.confirm'),
      { user: w.no, asks: 'platform' },
      { user: 'standard' },
      help('telephony'),
      { user: 'webex calling' },
      { ...help('subdomain'), says: [w.helpText.subdomain!, '63'] },
      { user: 'acmeus' },
      help('summary'),
    ]);
  });
});

describe('8. the data center assumption travels with the plan', () => {
  test.each([
    ['en', 'Mexico', 'us1', 'an assumption'],
    ['sv', 'Mexiko', 'us1', 'ett antagande'],
  ] as [Lang, string, string, string][])(
    '%s: in the summary, the closing message and the plan',
    async (lang, mexico, us1, assumption) => {
      const w = WORDS[lang];
      const conversation = await reach(lang, [w.customer, w.subscription]);
      await talk(conversation, [
        { user: mexico, says: [us1], asks: 'country.confirm' },
        { user: w.yes },
        { user: 'webex calling' },
        { user: 'acmemx', says: [`${us1} `, assumption], asks: 'summary' },
        {
          user: w.finish,
          says: [us1, assumption],
          plan: { country: 'MX', dataCenter: 'us1', dataCenterAssumed: true },
        },
      ]);
    },
  );
});

describe('9. natural answers', () => {
  test.each([
    ['en', 'hi', 'Hi!'],
    ['sv', 'hej', 'Hej!'],
  ] as [Lang, string, string][])(
    '%s: "%s" as the first message is greeted back and the first question follows',
    async (lang, greeting, greetedBack) => {
      await talk(new Conversation({ locale: lang }), [
        { user: greeting, says: [greetedBack, WORDS[lang].roleQuestion], asks: 'role' },
        { user: WORDS[lang].partner, asks: 'orderType' },
      ]);
    },
  );

  test.each([
    ['en', 'the second one', 'number 2', 'the first one', 'bridge'],
    ['sv', 'den andra', 'nummer 2', 'den första', 'brygga'],
  ] as [Lang, string, string, string, string][])(
    '%s: ordinals ("%s", "%s") and "%s"',
    async (lang, second, number2, first, bridge) => {
      const w = WORDS[lang];
      await talk(new Conversation({ locale: lang }), [
        {},
        { user: second, asks: 'orderType' },
        { user: number2, asks: 'country' },
        { user: 'Japan', asks: 'country.confirm' },
        { user: w.yes, asks: 'platform' },
        { user: first, asks: 'telephony' },
        { user: bridge, asks: 'subdomain' },
        { user: 'acmejp', asks: 'summary' },
        {
          user: w.finish,
          plan: {
            role: 'customer',
            orderType: 'subscription',
            platform: 'standard',
            telephony: 'voice-pop-bridge',
          },
        },
      ]);
    },
  );

  test.each([
    ['en', "I'm the customer's admin"],
    ['sv', 'jag är kundens admin'],
  ] as [Lang, string][])('%s: "%s" picks the customer administrator', async (lang, answer) => {
    const w = WORDS[lang];
    await talk(new Conversation({ locale: lang }), [
      {},
      { user: answer, asks: 'orderType' },
      { user: w.subscription, asks: 'country' },
      { user: 'Japan' },
      { user: w.yes },
      { user: 'standard' },
      { user: 'webex calling' },
      { user: 'acmejp' },
      { user: w.finish, plan: { role: 'customer' } },
    ]);
  });

  test.each([
    ['en', 'options', 'Which country? Type for example: options Japan.'],
    ['sv', 'alternativ', 'Vilket land? Skriv till exempel "alternativ Japan".'],
  ] as [Lang, string, string][])(
    '%s: "%s" alone asks which country',
    async (lang, options, whichCountry) => {
      const conversation = await reach(lang, toCountry(lang));
      await talk(conversation, [
        {
          user: options,
          says: [whichCountry],
          never: ["don't recognise", 'känner inte igen'],
          asks: 'country',
        },
        { user: 'Japan', asks: 'country.confirm' },
      ]);
    },
  );

  test.each([
    ['en', 'thanks', "You're welcome"],
    ['sv', 'tack', 'Varsågod'],
  ] as [Lang, string, string][])(
    '%s: "%s" after finishing names the last plan and starts nothing new',
    async (lang, thanks, welcome) => {
      const w = WORDS[lang];
      const conversation = await reach(lang, [...toSubdomain(lang), 'acmejp']);
      const replies = await talk(conversation, [
        { user: w.finish, plan: { subdomain: 'acmejp' } },
        { user: thanks, says: [welcome, 'acmejp'], never: [w.roleQuestion] },
      ]);
      expect(replies[1]!.asks).toBe(false);
    },
  );
});

describe('10. messages with several answers report what they did not take', () => {
  test.each([
    ['en', 'partner subscription in Japn', 'Is Japan the right country'],
    ['sv', 'partner prenumeration i Japn', 'Är Japan rätt land'],
  ] as [Lang, string, string][])(
    '%s: a misspelt country inside a sentence is proposed',
    async (lang, message, proposal) => {
      await talk(new Conversation({ locale: lang }), [
        { user: message, says: [proposal], asks: 'country.confirm' },
        { user: WORDS[lang].yes, asks: 'platform' },
      ]);
    },
  );

  test.each([
    ['en', 'partner, subscription in Japan, subdomain acme-jp'],
    ['sv', 'partner, prenumeration i Japan, deldomän acme-jp'],
  ] as [Lang, string][])(
    '%s: an invalid subdomain in the opening is reported right away with a suggestion',
    async (lang, message) => {
      const w = WORDS[lang];
      await talk(new Conversation({ locale: lang }), [
        { user: message, says: ['acme-jp', 'acmejp'], asks: 'country.confirm' },
        { user: w.yes, asks: 'platform' },
        { user: 'standard', asks: 'telephony' },
        { user: 'webex calling', asks: 'subdomain', choices: ['acmejp'] },
        { user: '1', asks: 'summary' },
        { user: w.finish, plan: { subdomain: 'acmejp' } },
      ]);
    },
  );

  test.each(LANGS)('%s: "Åkerlund" at the subdomain step suggests akerlund', async (lang) => {
    const conversation = await reach(lang, toSubdomain(lang));
    await talk(conversation, [
      { user: 'Åkerlund', says: ['akerlund'], asks: 'subdomain', choices: ['akerlund'] },
      { user: 'akerlund', asks: 'summary' },
    ]);
  });
});

describe('11. shorter text and progress', () => {
  test.each(LANGS)(
    '%s: asked again after help, the country list is not sent again',
    async (lang) => {
      const w = WORDS[lang];
      const conversation = await reach(lang, toCountry(lang));
      await talk(conversation, [{ user: w.help, asks: 'country', choices: [] }]);
    },
  );

  test.each([
    ['en', ['Here is your setup plan', 'Subdomain: ', 'Role: ', 'Platform: ']],
    ['sv', ['Här är din konfigurationsplan', 'Deldomän: ', 'Roll: ', 'Plattform: ']],
  ] as [Lang, string[]][])(
    '%s: the closing message is not followed by the summary again',
    async (lang, summary) => {
      const conversation = await reach(lang, [...toSubdomain(lang), 'acmejp']);
      await talk(conversation, [
        { user: WORDS[lang].finish, never: summary, plan: { subdomain: 'acmejp' } },
      ]);
    },
  );

  test.each(LANGS)(
    '%s: the numbered steps to the wizard are one per line (terminal channel)',
    async (lang) => {
      const w = WORDS[lang];
      await talk(new Conversation({ locale: lang, channelId: 'terminal' }), [
        {},
        { user: w.customer },
        { user: w.trial, says: ['\n1. ', '\n2. ', '\n3. ', '\n4. '], asks: 'country' },
      ]);
    },
  );

  test.each(LANGS)('%s: every question shows where the admin is', async (lang) => {
    const w = WORDS[lang];
    await talk(new Conversation({ locale: lang }), [
      { says: [`${w.step('role')}: ${w.roleQuestion}`], asks: 'role' },
      { user: w.partner, says: [w.step('orderType')], asks: 'orderType' },
      { user: w.subscription, says: [w.step('country')], asks: 'country' },
      { user: 'Japan', says: [w.step('country')], asks: 'country.confirm' },
      { user: w.yes, says: [w.step('platform')], asks: 'platform' },
      { user: 'standard', says: [w.step('telephony')], asks: 'telephony' },
      { user: 'webex calling', says: [w.step('subdomain')], asks: 'subdomain' },
    ]);
  });
});

describe('cancel and restart with three or more answers ask first', () => {
  test.each(LANGS)('%s: "no" keeps every answer', async (lang) => {
    const w = WORDS[lang];
    const conversation = await reach(lang, toPlatform(lang));
    await talk(conversation, [
      { user: w.cancel, says: ['3'], asks: 'cancel.confirm', choices: ['yes', 'no'] },
      { user: w.no, says: [w.answersKept], asks: 'platform' },
      { user: w.restart, says: ['3'], asks: 'restart.confirm', choices: ['yes', 'no'] },
      { user: w.no, says: [w.answersKept], asks: 'platform' },
      { user: 'standard', asks: 'telephony' },
      { user: 'webex calling' },
      { user: 'acmejp', asks: 'summary' },
      {
        user: w.finish,
        plan: { role: 'partner', orderType: 'subscription', country: 'JP', platform: 'standard' },
      },
    ]);
  });

  test.each([
    ['en', 'Setup cancelled'],
    ['sv', 'Konfigurationen är avbruten'],
  ] as [Lang, string][])('%s: "yes" cancels', async (lang, cancelled) => {
    const w = WORDS[lang];
    const conversation = await reach(lang, toPlatform(lang));
    await talk(conversation, [
      { user: w.cancel, asks: 'cancel.confirm' },
      { user: w.yes, says: [cancelled] },
    ]);
  });
});
