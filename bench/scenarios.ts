/** Simulated administrators: complete setups in both languages, mixing countries, platforms and a taken subdomain. */
export interface Scenario {
  name: string;
  locale: string;
  /** Answers in order; `{sub}` is replaced by a subdomain unique to the run. */
  answers: string[];
}

export const TAKEN_SUBDOMAIN = 'benchtaken';

export const SCENARIOS: Scenario[] = [
  {
    name: 'jp-standard-en',
    locale: 'en-US',
    answers: [
      'partner',
      'subscription',
      'Japan',
      'yes',
      'standard',
      'webex calling',
      '{sub}',
      'finish',
    ],
  },
  {
    name: 'ca-trial-sv',
    locale: 'sv-SE',
    answers: ['kundadministratör', 'provperiod', 'Kanada', 'ja', '{sub}', 'slutför'],
  },
  {
    name: 'us-pstn-en',
    locale: 'en-US',
    answers: ['partner', 'subscription', 'USA', 'yes', 'yes', 'standard', '{sub}', 'finish'],
  },
  {
    name: 'gb-exception-sv',
    locale: 'sv-SE',
    answers: [
      'partner',
      'prenumeration',
      'Storbritannien',
      'ja',
      'undantagsplattform',
      'ja',
      '{sub}',
      'slutför',
    ],
  },
  {
    name: 'mx-taken-en',
    locale: 'en-US',
    answers: [
      'customer',
      'trial',
      'Mexico',
      'yes',
      'voice pop bridge',
      TAKEN_SUBDOMAIN,
      '{sub}',
      'finish',
    ],
  },
  {
    name: 'opening-en',
    locale: 'en-US',
    answers: [
      "I'm a partner setting up a subscription in Japan with Webex Calling, subdomain {sub}",
      'yes',
      'finish',
    ],
  },
];
