/**
 * Questions admins ask during the setup, in their own words (paraphrases, typos, missing
 * å/ä/ö), each with the fact the answer must carry: a pattern matched against the answer
 * text the search returns. `entry` names the entry written for it, for reading failures;
 * any entry that carries the fact counts. Nothing here is a search result: the test runs
 * the real search over knowledge/knowledge.json.
 */
export interface KnowledgeQuestion {
  question: string;
  /** The fact the top answer must carry. */
  fact: RegExp;
  /** The entry written for this question (for messages). */
  entry: string;
}

export const QUESTIONS: Record<'en' | 'sv', KnowledgeQuestion[]> = {
  en: [
    {
      question: 'what is controlled GA?',
      fact: /new digital channels/,
      entry: 'platform-controlled-ga',
    },
    {
      question: 'when would I ever pick the exception platfrom',
      fact: /Solution Assurance contact asked you/,
      entry: 'platform-exception',
    },
    {
      question: 'which platform do we go with for a paid order?',
      fact: /for subscription orders/,
      entry: 'platform-standard',
    },
    {
      question: 'what are the platform choices in the wizard',
      fact: /three platforms/,
      entry: 'platforms',
    },
    {
      question: 'who is solution assurance and why would they ask me anything',
      fact: /nobody from Cisco Solution Assurance/,
      entry: 'solution-assurance',
    },
    {
      question: 'can we get the new digital channels outside the US?',
      fact: /USA only/,
      entry: 'platform-controlled-ga',
    },
    {
      question: "what's the difference between Voice POP Bridge and Webex Calling?",
      fact: /Configure Voice Channel for Cisco Webex Contact Center/,
      entry: 'telephony-webex-calling',
    },
    {
      question: 'what does vpop stand for',
      fact: /Voice POP Bridge/,
      entry: 'telephony-voice-pop-bridge',
    },
    {
      question: 'is voice pop the same thing as the pop bridge?',
      fact: /not the same|different option/,
      entry: 'telephony-voice-pop',
    },
    {
      question: 'what telephony choices are there',
      fact: /four telephony options/,
      entry: 'telephony',
    },
    {
      question: 'do I have to pick the CC PSTN option myself?',
      fact: /applied automatically/,
      entry: 'telephony-webex-cc-pstn',
    },
    {
      question: 'we bought the cisco pstn addon, what happens in the wizard',
      fact: /applied automatically/,
      entry: 'pstn-add-on',
    },
    {
      question: 'can a trial tenant use the PSTN add on?',
      fact: /not apply to trial|not for trials/,
      entry: 'pstn-add-on',
    },
    {
      question: 'can I change the country later?',
      fact: /cannot be changed|can't be changed/,
      entry: 'country-is-permanent',
    },
    {
      question: 'I picked the wrong country, can I fix it afterwards?',
      fact: /cannot be changed/,
      entry: 'country-is-permanent',
    },
    {
      question: 'what does the country of operaton actually decide',
      fact: /data center/,
      entry: 'country-of-operation',
    },
    { question: 'where will our data be hosted', fact: /closest/, entry: 'data-center' },
    {
      question: 'where do I check which country we chose after setup?',
      fact: /Service Details/,
      entry: 'service-details',
    },
    {
      question: 'is the wizard any different for a trial vs a paid subscription',
      fact: /same for a trial and a subscription/,
      entry: 'trial-vs-subscription',
    },
    {
      question: "I'm a partner, how do I get to the wizard for a trial customer",
      fact: /Your trial is ready/,
      entry: 'partner-trial-access',
    },
    {
      question: 'partner here, we mapped the order, now what',
      fact: /mapped correctly/,
      entry: 'partner-subscription-access',
    },
    {
      question: 'I got a welcome email, what do I do?',
      fact: /Save & Sign In/,
      entry: 'customer-admin-access',
    },
    {
      question: 'i never set a pasword, how do i log in the first time',
      fact: /Save & Sign In/,
      entry: 'customer-admin-access',
    },
    {
      question: "the setup wizard doesn't show up",
      fact: /appears when you open/,
      entry: 'wizard-appears',
    },
    {
      question: 'what characters can the subdomain contain?',
      fact: /letters and numbers/,
      entry: 'subdomain',
    },
    { question: 'how long can the subdomian be', fact: /63/, entry: 'subdomain' },
    {
      question: 'how do I know if my subdomain is already taken',
      fact: /Check Availability/,
      entry: 'check-availability',
    },
    {
      question: 'it says not available when I type our company name',
      fact: /already in use/,
      entry: 'check-availability',
    },
    {
      question: 'what do I do once the wizard is finished?',
      fact: /Contact Center > Settings/,
      entry: 'after-wizard',
    },
    {
      question: 'who has to set up chat for the customer?',
      fact: /customer admin/,
      entry: 'chat-setup',
    },
    {
      question: 'what should I configure once the tenant is up?',
      fact: /sites, teams, queues/,
      entry: 'next-steps',
    },
    {
      question: 'how do I add agents and give them licences',
      fact: /Premium Agent/,
      entry: 'users-licenses',
    },
    {
      question: 'how many users can I upload with a csv file',
      fact: /1000/,
      entry: 'users-licenses',
    },
    {
      question: 'do I need to sync the users into contact center?',
      fact: /Synchronize Users/,
      entry: 'users-licenses',
    },
    {
      question: 'how do i build queues and entry points',
      fact: /default inbound queue/,
      entry: 'routing-setup',
    },
    {
      question: "what's the first thing to do in the wizard",
      fact: /Review the plan/,
      entry: 'wizard-steps',
    },
    {
      question: 'should the partner or the customer do the setup?',
      fact: /recommends that the partner/,
      entry: 'partner-or-customer',
    },
    {
      question: 'what is control hub and how do I get there',
      fact: /admin\.webex\.com/,
      entry: 'control-hub',
    },
    { question: 'which browser do i need?', fact: /supported browser/, entry: 'browser' },
    {
      question: 'how do I test inbound calls after setup',
      fact: /inbound and outbound/,
      entry: 'voice-channel',
    },
    // The article is silent on these: the answer says so, and who would know.
    {
      question: 'how much does webex contact center cost per agent?',
      fact: /says nothing about prices.*account team/,
      entry: 'cost',
    },
    {
      question: "what's the price of the PSTN add-on?",
      fact: /says nothing about prices/,
      entry: 'cost',
    },
    {
      question: 'how long does the setup take?',
      fact: /does not say how long.*account team/,
      entry: 'setup-duration',
    },
    {
      question: 'can I change the subdomain later?',
      fact: /does not say whether the subdomain can be changed/,
      entry: 'subdomain-change-later',
    },
    {
      question: 'who should I contact if I get stuck?',
      fact: /talk to a person/,
      entry: 'get-help',
    },
    {
      question: 'my country is not in the list, what now?',
      fact: /never guess a data center/,
      entry: 'unsupported-country-next',
    },
    { question: 'what does "assumed" mean here?', fact: /South Korea jp1/, entry: 'assumed' },
    { question: 'can I do this later?', fact: /type "status"/, entry: 'continue-later' },
    {
      question: 'can the partner do this instead of me?',
      fact: /recommends that the partner/,
      entry: 'partner-or-customer',
    },
    {
      question: "what's the difference between Standard and Controlled GA?",
      fact: /three platforms/,
      entry: 'platforms',
    },
    {
      question: 'can I get PSTN on a trial?',
      fact: /does not apply to trial/,
      entry: 'pstn-add-on',
    },
    { question: 'is the subdomain case sensitive?', fact: /lower case/, entry: 'subdomain' },
    {
      question: 'what is Voice POP?',
      fact: /telephony option of its own/,
      entry: 'telephony-voice-pop',
    },
  ],
  sv: [
    { question: 'vad är vPOP?', fact: /Röst-POP-brygga/, entry: 'telephony-voice-pop-bridge' },
    {
      question: 'vad innebär kontrollerad GA',
      fact: /nya digitala kanalerna/,
      entry: 'platform-controlled-ga',
    },
    {
      question: 'vilken plattform ska jag välja för en prenumeration?',
      fact: /för prenumerationsorder/,
      entry: 'platform-standard',
    },
    {
      question: 'när ska man välja undantagsplatformen',
      fact: /Solution Assurance-kontakt har bett dig/,
      entry: 'platform-exception',
    },
    {
      question: 'vem är Cisco Solution Assurance?',
      fact: /ingen från Cisco Solution Assurance/,
      entry: 'solution-assurance',
    },
    {
      question: 'finns kontrollerad ga i fler länder än usa?',
      fact: /bara i USA/,
      entry: 'platform-controlled-ga',
    },
    {
      question: 'är röst-pop och röst-pop-brygga samma sak',
      fact: /annat alternativ än Röst-POP|inte samma sak/,
      entry: 'telephony-voice-pop',
    },
    {
      question: 'vilka telefonialternativ finns det',
      fact: /fyra telefonialternativ/,
      entry: 'telephony',
    },
    {
      question: 'vi har beställt pstn-tillägget, vad händer då?',
      fact: /automatiskt/,
      entry: 'pstn-add-on',
    },
    {
      question: 'funkar PSTN-tillägget under en provperiod?',
      fact: /gäller inte för en provperiod|inte för provperioder/,
      entry: 'pstn-add-on',
    },
    {
      question: 'kan jag ändra land i efterhand?',
      fact: /går inte att ändra|kan inte ändras/,
      entry: 'country-is-permanent',
    },
    {
      question: 'jag valde fel land, kan jag byta?',
      fact: /går inte att ändra|kan inte ändras/,
      entry: 'country-is-permanent',
    },
    {
      question: 'vad styr landet som jag väljer?',
      fact: /datacenter/,
      entry: 'country-of-operation',
    },
    { question: 'var kommer vår data att lagras', fact: /närmaste/, entry: 'data-center' },
    {
      question: 'var ser jag vilket land vi valde efteråt?',
      fact: /Service Details/,
      entry: 'service-details',
    },
    {
      question: 'är guiden annorlunda för provperiod jämfört med prenumeration',
      fact: /densamma för provperiod och prenumeration/,
      entry: 'trial-vs-subscription',
    },
    {
      question: 'jag är partner, hur kommer jag till guiden för en provperiod',
      fact: /Din provperiod är klar/,
      entry: 'partner-trial-access',
    },
    {
      question: 'som partner har jag mappat ordern, hur går jag vidare',
      fact: /Din order har mappats/,
      entry: 'partner-subscription-access',
    },
    {
      question: 'jag fick ett välkomstmejl, vad gör jag nu?',
      fact: /Spara och logga in/,
      entry: 'customer-admin-access',
    },
    {
      question: 'hur loggar jag in första gången, jag har inget losenord',
      fact: /Spara och logga in/,
      entry: 'customer-admin-access',
    },
    {
      question: 'guiden dyker inte upp i control hub',
      fact: /visas när du öppnar/,
      entry: 'wizard-appears',
    },
    {
      question: 'vilka tecken får deldomänen innehålla',
      fact: /bokstäver och siffror/,
      entry: 'subdomain',
    },
    { question: 'hur lång får deldomanen vara', fact: /63/, entry: 'subdomain' },
    {
      question: 'hur vet jag om deldomänen är ledig',
      fact: /Kontrollera tillgänglighet/,
      entry: 'check-availability',
    },
    {
      question: 'det står att namnet inte är tillgängligt',
      fact: /redan används/,
      entry: 'check-availability',
    },
    {
      question: 'vad gör jag när guiden är klar?',
      fact: /Contact Center > Inställningar/,
      entry: 'after-wizard',
    },
    {
      question: 'vem ska sätta upp chatten åt kunden?',
      fact: /kundadministratören/,
      entry: 'chat-setup',
    },
    {
      question: 'vad behöver jag göra när klientorganisationen är skapad',
      fact: /köer/,
      entry: 'next-steps',
    },
    {
      question: 'hur lägger jag till agenter och licenser',
      fact: /Premium Agent/,
      entry: 'users-licenses',
    },
    {
      question: 'hur många användare kan jag importera med en csv-fil',
      fact: /1000/,
      entry: 'users-licenses',
    },
    {
      question: 'måste användarna synkas till contact center?',
      fact: /Synchronize Users/,
      entry: 'users-licenses',
    },
    { question: 'hur bygger jag köer och flöden', fact: /standardkö/, entry: 'routing-setup' },
    {
      question: 'vad är första steget i guiden tjänstekonfiguration',
      fact: /Granska planen/,
      entry: 'wizard-steps',
    },
    {
      question: 'ska partnern eller kunden göra konfigurationen?',
      fact: /rekommenderar att partnern/,
      entry: 'partner-or-customer',
    },
    { question: 'var hittar jag control hub', fact: /admin\.webex\.com/, entry: 'control-hub' },
    {
      question: 'vilken webbläsare behövs?',
      fact: /webbläsare som stöds/,
      entry: 'browser',
    },
    {
      question: 'hur testar jag inkommande samtal',
      fact: /inkommande och utgående/,
      entry: 'voice-channel',
    },
    {
      question: 'vad är webex calling för något',
      fact: /telefonialternativen/,
      entry: 'telephony-webex-calling',
    },
    {
      question: 'vad kostar webex contact center per agent?',
      fact: /säger ingenting om priser.*kontoteam/,
      entry: 'cost',
    },
    {
      question: 'vad är priset på pstn-tillägget?',
      fact: /säger ingenting om priser/,
      entry: 'cost',
    },
    {
      question: 'hur lång tid tar det?',
      fact: /säger inte hur lång tid.*kontoteam/,
      entry: 'setup-duration',
    },
    {
      question: 'kan jag ändra deldomänen senare?',
      fact: /säger inte om deldomänen kan ändras/,
      entry: 'subdomain-change-later',
    },
    {
      question: 'vem kontaktar jag om jag kör fast?',
      fact: /prata med en person/,
      entry: 'get-help',
    },
    {
      question: 'mitt land finns inte i listan',
      fact: /gissar aldrig datacenter/,
      entry: 'unsupported-country-next',
    },
    { question: 'vad menas med antagande?', fact: /Sydkorea får jp1/, entry: 'assumed' },
    { question: 'kan jag göra det här senare?', fact: /skriv "status"/, entry: 'continue-later' },
    {
      question: 'kan partnern göra det här åt mig?',
      fact: /rekommenderar att partnern/,
      entry: 'partner-or-customer',
    },
    {
      question: 'kan jag få PSTN i en provperiod?',
      fact: /gäller inte för en provperiod/,
      entry: 'pstn-add-on',
    },
    { question: 'vad används deldomänen till?', fact: /Webex-adresser/, entry: 'subdomain' },
    { question: 'vad är röst-pop?', fact: /eget telefonialternativ/, entry: 'telephony-voice-pop' },
  ],
};

/** Questions outside the setup: every one must be declined as out of scope. */
export const OUT_OF_SCOPE: Record<'en' | 'sv', string[]> = {
  en: [
    "what's the weather in Stockholm tomorrow?",
    'tell me a joke',
    'how much is a pizza in Stockholm?',
    'how do I schedule a Webex Meetings webinar?',
    'can you recommend a good pizza recipe',
    'who won the football game last night',
    'how do I connect Salesforce to Zoom',
    'what is the capital of australia',
    'how do I reset my iphone',
    'can you book me a flight to London',
    'is bitcoin a good investment right now',
    // No off-topic cue in these: the search itself must see that they are not about the setup.
    'can you help me write an email to my boss',
    'what is a good name for a dog',
    'how do I fix my wifi at home',
    'which country has the best food',
    'my printer is not working',
    'how do I cancel my netflix subscription',
    'what is the best phone to buy',
    'what time is it in tokyo',
  ],
  sv: [
    'hur blir vädret i morgon?',
    'berätta ett skämt',
    'vad kostar en begagnad bil?',
    'hur bokar jag ett möte i webex meetings?',
    'har du ett bra recept på kanelbullar',
    'vem vann fotbollsmatchen igår',
    'vad är huvudstaden i australien',
    'hur återställer jag min iphone',
    'kan du boka en flygresa till london åt mig',
    'är bitcoin en bra investering just nu',
    'kan du skriva en dikt om hösten',
    // No off-topic cue in these: the search itself must see that they are not about the setup.
    'kan du hjälpa mig skriva ett mejl till chefen',
    'vad heter sveriges kung',
    'vilket land har godast mat',
    'min skrivare fungerar inte',
    'hur säger jag upp mitt netflix-abonnemang',
    'kan du tipsa om en bok',
    'hur lägger jag till en kollega i slack',
    'vad är klockan i tokyo',
  ],
};

/**
 * Country-specific questions: the lead answers these from the rules module. The search must
 * not give them a wrong prose answer: it may decline, be unsure, or answer with an entry that
 * makes no claim about one country (listed here).
 */
export const COUNTRY_QUESTIONS: { locale: 'en' | 'sv'; question: string }[] = [
  { locale: 'en', question: 'which telephony options does Canada have?' },
  { locale: 'en', question: 'does Japan get Controlled GA?' },
  { locale: 'en', question: 'which data center for Singapore?' },
  { locale: 'sv', question: 'vilka telefonialternativ har Kanada?' },
  { locale: 'sv', question: 'får Japan Kontrollerad GA?' },
  { locale: 'sv', question: 'vilket datacenter får Singapore?' },
];

/** Entries that make no claim about a single country (a country question may land on them). */
export const COUNTRY_NEUTRAL_ENTRIES = [
  'telephony',
  'platforms',
  'platform-controlled-ga',
  'data-center',
  'country-of-operation',
  'telephony-voice-pop',
  'telephony-voice-pop-bridge',
  'telephony-webex-calling',
];

/**
 * Questions written after the search was tuned, kept apart so the figures show how it does on
 * words it was not tuned on. Measured and printed, not asserted: "unsure" with the right topic
 * among the closest is the designed fallback.
 */
export const HELD_OUT: Record<'en' | 'sv', { question: string; fact: RegExp }[]> = {
  en: [
    { question: 'is the data center chosen by me?', fact: /data center/ },
    { question: 'what is the exception platform for', fact: /Solution Assurance/ },
    { question: 'can I use webex calling for my contact centre', fact: /telephony options/ },
    { question: 'how do customers get into control hub the first time', fact: /welcome email/ },
    { question: 'does the pstn addon work for trials', fact: /trial/ },
    { question: "what's the max length of a subdomain", fact: /63/ },
    { question: 'can i use dashes in the subdomain', fact: /letters and numbers/ },
    { question: 'where do i find service details', fact: /Service Details/ },
    { question: 'which licenses are there for agents', fact: /Premium Agent/ },
    { question: 'what is vPOP bridge', fact: /Voice POP Bridge/ },
    { question: 'what does a new tenant come with', fact: /Site-1/ },
    { question: 'is controlled ga available for trials', fact: /Controlled GA/ },
  ],
  sv: [
    { question: 'väljer jag datacentret själv?', fact: /datacenter/ },
    { question: 'vad är undantagsplattformen till för', fact: /Solution Assurance/ },
    { question: 'kan vi köra webex calling', fact: /telefonialternativ/ },
    { question: 'hur kommer kunden in i control hub första gången', fact: /välkomstmejl/ },
    { question: 'gäller pstn-tillägget för provperioder', fact: /provperiod/ },
    { question: 'hur många tecken får deldomänen ha', fact: /63/ },
    { question: 'får deldomänen ha bindestreck', fact: /bokstäver och siffror/ },
    { question: 'var hittar jag service details', fact: /Service Details/ },
    { question: 'vilka licenser finns för agenter', fact: /Premium Agent/ },
    { question: 'vad är röst-pop-bryggan', fact: /Röst-POP-brygga/ },
    { question: 'vad ingår i en ny klientorganisation', fact: /Site-1/ },
    { question: 'vem ska ställa in chatt', fact: /kundadministratören/ },
  ],
};

/**
 * Questions written in the other language than the conversation's: answered all the same (the
 * answer is then shown in the conversation's language).
 */
export const OTHER_LANGUAGE: { locale: 'en' | 'sv'; question: string; entry: string }[] = [
  { locale: 'en', question: 'vem konfigurerar chatten?', entry: 'chat-setup' },
  { locale: 'en', question: 'vad betyder undantagsplattform?', entry: 'platform-exception' },
  { locale: 'en', question: 'vem kontaktar jag om jag kör fast?', entry: 'get-help' },
  { locale: 'en', question: 'vad kostar det?', entry: 'cost' },
  { locale: 'sv', question: 'can I change the country later?', entry: 'country-is-permanent' },
  { locale: 'sv', question: 'who should I contact if I get stuck?', entry: 'get-help' },
  { locale: 'sv', question: 'what is Voice POP?', entry: 'telephony-voice-pop' },
  {
    locale: 'sv',
    question: 'can the partner do this instead of me?',
    entry: 'partner-or-customer',
  },
];
