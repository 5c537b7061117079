/**
 * The topic menu reply: after "I'm not sure which part you mean. Is it one of these?",
 * a number or a topic's name picks that topic, and never the step's option of the same
 * number (issue 20: `what is ...?` / `1` recorded Voice POP Bridge). Anything else goes
 * to the step as usual.
 */
import { loadKnowledgeSearch } from '../../../knowledge/knowledgeSearch';
import {
  describeHandler,
  LANGS,
  textOf,
  toTelephony,
  type Lang,
  type Row,
} from '../../support/handlerTable';

const knowledge = loadKnowledgeSearch();

/** A question the knowledge base is unsure about: its menu lists these topics first. */
const VAGUE: Record<Lang, string> = {
  en: 'can this be changed afterwards?',
  sv: 'kan det här ändras efteråt?',
};

function topic(id: string, lang: Lang) {
  const entry = knowledge.entry(id);
  if (!entry) throw new Error(`no knowledge topic ${id}`);
  return { title: entry.title[lang], answer: entry.answer[lang].slice(0, 40) };
}

/** At the telephony question (Japan, Standard), the vague question's menu shown. */
const atMenu = (lang: Lang) => [
  ...toTelephony(lang),
  {
    user: VAGUE[lang],
    says: [textOf(lang, 'answers.unsure')],
    choices: [
      'topic:subdomain-change-later',
      'topic:country-is-permanent',
      'topic:service-details',
      'command:help',
    ],
  },
];

const rows: Row[] = LANGS.flatMap((lang): Row[] => {
  const country = topic('country-is-permanent', lang);
  return [
    {
      lang,
      what: "a number picks the menu's topic, not the step's option of that number",
      state: atMenu(lang),
      message: '2',
      by: 'handler',
      says: [country.answer],
      asks: 'telephony',
      notRecorded: { telephony: 'webex-calling' },
      then: [{ user: '1', asks: 'subdomain' }],
      recorded: { telephony: 'voice-pop-bridge' },
    },
    {
      lang,
      what: "a topic's name (a suggested action sends it) picks that topic",
      state: atMenu(lang),
      message: country.title,
      by: 'handler',
      says: [country.answer],
      asks: 'telephony',
    },
    {
      lang,
      what: 'a number the menu lacks says how many there are and records nothing',
      state: atMenu(lang),
      message: '7',
      by: 'handler',
      keys: ['answers.menuNumber'],
      asks: false,
      then: [{ user: '2', says: [country.answer], asks: 'telephony' }],
    },
    {
      lang,
      what: 'the last entry is help',
      state: atMenu(lang),
      message: '4',
      by: 'handler',
      asks: 'telephony',
      says: [
        lang === 'en'
          ? 'Only the telephony options Cisco allows'
          : 'bara de telefonialternativ som Cisco tillåter',
      ],
    },
    {
      lang,
      what: "an option's name goes to the step: the menu is dropped",
      state: atMenu(lang),
      message: 'webex calling',
      by: 'step',
      asks: 'subdomain',
      recorded: { telephony: 'webex-calling' },
    },
    {
      lang,
      what: "a number after a clear question (the menu dropped) is the step's again",
      state: [
        ...atMenu(lang),
        {
          user: lang === 'en' ? 'what is Voice POP Bridge?' : 'vad är Röst-POP-brygga?',
          asks: 'telephony',
        },
      ],
      message: '2',
      by: 'step',
      asks: 'subdomain',
    },
  ];
});

describeHandler({ handler: 'topic menu reply', ownKeys: ['answers.menuNumber'], rows });
