/**
 * The pending confirmation handler: the yes/no to "restart/cancel and clear your
 * answers?". A clear no keeps every answer, a clear yes does it, anything else asks again.
 */
import {
  describeHandler,
  LANGS,
  textOf,
  toPlatform,
  WORDS,
  type Row,
} from '../../support/handlerTable';

const rows: Row[] = LANGS.flatMap((lang): Row[] => {
  const w = WORDS[lang];
  const at = (command: 'cancel' | 'restart') => [
    ...toPlatform(lang),
    { user: w[command], asks: `${command}.confirm` },
  ];
  return [
    {
      lang,
      what: '"no" to cancel keeps every answer',
      state: at('cancel'),
      message: w.no,
      by: 'handler',
      keys: ['commands.kept'],
      says: [w.answersKept],
      asks: 'platform',
      recorded: { role: 'partner', orderType: 'subscription', country: 'JP' },
    },
    {
      lang,
      what: '"no" to restart keeps every answer',
      state: at('restart'),
      message: w.no,
      by: 'handler',
      keys: ['commands.kept'],
      says: [w.answersKept],
      asks: 'platform',
      recorded: { role: 'partner', orderType: 'subscription', country: 'JP' },
    },
    {
      lang,
      what: '"yes" cancels',
      state: at('cancel'),
      message: w.yes,
      by: 'handler',
      keys: ['commands.cancelled'],
      never: [textOf(lang, 'commands.kept')],
    },
    {
      lang,
      what: 'an unclear answer asks again and keeps the answers',
      state: at('cancel'),
      message: lang === 'en' ? 'maybe' : 'kanske',
      by: 'handler',
      keys: ['answer.unclearYesNo'],
      asks: 'cancel.confirm',
      choices: ['yes', 'no'],
      then: [{ user: w.no, says: [w.answersKept], asks: 'platform' }],
    },
  ];
});

describeHandler({ handler: 'pending confirmation', ownKeys: ['commands.kept'], rows });
