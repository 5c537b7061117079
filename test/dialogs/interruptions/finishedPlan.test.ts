/**
 * The finished plan handler: right after Finish, thanks and share are about the plan
 * just finished, and no new setup starts.
 */
import { describeHandler, toSubdomain, WORDS, type Row } from '../../support/handlerTable';

const rows = (
  [
    ['en', 'thanks', "You're welcome"],
    ['sv', 'tack', 'Varsågod'],
  ] as const
).flatMap(([lang, thanks, welcome]): Row[] => {
  const w = WORDS[lang];
  const finished = [
    ...toSubdomain(lang),
    'acmejp',
    { user: w.finish, plan: { subdomain: 'acmejp' } },
  ];
  return [
    {
      lang,
      what: `"${thanks}" after finishing names the last plan and starts nothing new`,
      state: finished,
      message: thanks,
      by: 'handler',
      keys: ['done.thanks'],
      says: [welcome, 'acmejp'],
      never: [w.roleQuestion],
      asks: false,
    },
    {
      lang,
      what: '"share" after finishing hands the plan over and starts nothing new',
      state: finished,
      message: lang === 'en' ? 'share' : 'dela',
      by: 'handler',
      keys: ['share.heading'],
      says: ['acmejp'],
      never: [w.roleQuestion],
      asks: false,
    },
  ];
});

describeHandler({ handler: 'finished plan', ownKeys: ['done.thanks'], rows });
