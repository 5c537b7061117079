/**
 * The finished plan handler: after Finish the conversation is about the plan just
 * finished (issue 20). Thanks, share and status are about it, a question about it is
 * answered from it, and no message starts a new setup unless it asks for one.
 */
import { NEW_SETUP_CHOICE, SHARE_CHOICE } from '../../../dialogs/conversation/commandChoices';
import {
  describeHandler,
  LANGS,
  toSubdomain,
  WORDS,
  type Lang,
  type Row,
} from '../../support/handlerTable';

/** A finished Japan plan (Standard platform, Webex Calling, acmejp). */
const finished = (lang: Lang) => [
  ...toSubdomain(lang),
  'acmejp',
  { user: WORDS[lang].finish, plan: { subdomain: 'acmejp' } },
];

/** The PSTN add-on does not exist in Japan: the finished plan never shows it. */
const ADD_ON = { en: 'Cisco PSTN for Contact Center add-on', sv: 'Tillägget Cisco PSTN' };

/** Words per language: [message, what it shows]. */
const SAID = {
  en: {
    thanks: 'thanks',
    share: 'share',
    status: 'what have I answered so far?',
    dataCenter: 'which data center did we get?',
    subdomain: 'what was the subdomain again?',
    greeting: 'hello',
    answerLike: 'Canada',
    question: 'how do we turn on chat?',
    newSetup: 'new setup',
    startOver: 'start over',
    help: 'help',
    back: 'back',
    welcome: "You're welcome",
  },
  sv: {
    thanks: 'tack',
    share: 'dela',
    status: 'vad har jag svarat hittills?',
    dataCenter: 'vilket datacenter fick vi?',
    subdomain: 'vad var deldomänen igen?',
    greeting: 'hej',
    answerLike: 'Kanada',
    question: 'hur sätter vi upp chatt?',
    newSetup: 'ny konfiguration',
    startOver: 'börja om',
    help: 'hjälp',
    back: 'tillbaka',
    welcome: 'Varsågod',
  },
} as const;

const rows = LANGS.flatMap((lang): Row[] => {
  const w = WORDS[lang];
  const s = SAID[lang];
  const about = (what: string, message: string, row: Partial<Row>): Row => ({
    lang,
    what,
    state: finished(lang),
    message,
    by: 'handler',
    never: [w.roleQuestion, w.stepWord],
    asks: false,
    ...row,
  });
  return [
    about(`"${s.thanks}" names the last plan and starts nothing new`, s.thanks, {
      keys: ['done.thanks'],
      says: [s.welcome, 'acmejp'],
    }),
    about(`"${s.share}" hands the plan over without the add-on Japan does not have`, s.share, {
      keys: ['share.heading'],
      says: ['acmejp', 'jp1'],
      never: [w.roleQuestion, ADD_ON[lang]],
    }),
    about(`"${s.status}" shows the finished plan, not an empty new setup`, s.status, {
      keys: ['finished.heading'],
      says: ['acmejp', 'jp1'],
      never: [w.roleQuestion, ADD_ON[lang], w.stepWord],
    }),
    about(`"${s.dataCenter}" is answered from the plan`, s.dataCenter, {
      keys: ['finished.factHeading'],
      says: ['jp1'],
      never: [w.roleQuestion, 'acmejp'],
    }),
    about(`"${s.subdomain}" is answered from the plan`, s.subdomain, {
      keys: ['finished.factHeading'],
      says: ['acmejp'],
    }),
    about(`"${s.greeting}" offers a new setup and starts none`, s.greeting, {
      keys: ['finished.greeting'],
      choices: [NEW_SETUP_CHOICE, SHARE_CHOICE],
    }),
    about(`"${s.answerLike}" starts no new setup and records nothing`, s.answerLike, {
      keys: ['finished.about'],
      // Asked again, it is still about the finished plan.
      then: [{ user: s.status, says: ['acmejp'], never: [w.roleQuestion] }],
    }),
    about(`a question "${s.question}" is answered without starting a new setup`, s.question, {}),
    about(`"${s.help}" says what can be done with the finished plan`, s.help, {
      keys: ['finished.help'],
    }),
    about(`"${s.back}" says the plan is finished`, s.back, { keys: ['finished.closed'] }),
    {
      lang,
      what: `"${s.newSetup}" starts a new setup`,
      state: finished(lang),
      message: s.newSetup,
      by: 'handler',
      keys: ['setup.again'],
      asks: 'role',
      then: [{ user: w.partner, asks: 'orderType' }],
    },
    {
      lang,
      what: `"${s.startOver}" starts a new setup`,
      state: finished(lang),
      message: s.startOver,
      by: 'handler',
      asks: 'role',
    },
    {
      lang,
      what: 'the new setup button starts a new setup',
      state: finished(lang),
      message: s.greeting,
      by: 'handler',
      then: [{ user: { submit: { choice: NEW_SETUP_CHOICE } }, asks: 'role' }],
    },
  ];
});

describeHandler({
  handler: 'finished plan',
  ownKeys: [
    'done.thanks',
    'finished.heading',
    'finished.factHeading',
    'finished.greeting',
    'finished.about',
    'finished.help',
    'finished.closed',
  ],
  rows,
});
