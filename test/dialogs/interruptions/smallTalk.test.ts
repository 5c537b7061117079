/**
 * The small talk handler: a greeting or thanks in the middle of a setup is answered
 * and the question asked again. The first message is not small talk: the welcome
 * greets and the first question follows.
 */
import {
  describeHandler,
  toCountry,
  toPlatform,
  WORDS,
  type Row,
} from '../../support/handlerTable';

const first = (
  [
    ['en', 'hi', 'Hi!'],
    ['sv', 'hej', 'Hej!'],
  ] as const
).map(([lang, greeting, greetedBack]): Row => ({
  lang,
  what: `"${greeting}" as the first message is greeted back and the first question follows`,
  message: greeting,
  by: 'step',
  says: [greetedBack, WORDS[lang].roleQuestion],
  asks: 'role',
  then: [{ user: WORDS[lang].partner, asks: 'orderType' }],
}));

const midSetup = (
  [
    ['en', 'hi', 'thanks'],
    ['sv', 'hej', 'tack'],
  ] as const
).flatMap(([lang, greeting, thanks]): Row[] => [
  {
    lang,
    what: `"${greeting}" at the country question is greeted and the question asked again`,
    state: toCountry(lang),
    message: greeting,
    by: 'handler',
    keys: ['smallTalk.greeting'],
    asks: 'country',
    then: [{ user: 'Japan', asks: 'country.confirm' }],
  },
  {
    lang,
    what: `"${thanks}" at the platform question is answered, the question asked again and the answers kept`,
    state: toPlatform(lang),
    message: thanks,
    by: 'handler',
    keys: ['smallTalk.thanks'],
    asks: 'platform',
    recorded: { role: 'partner', orderType: 'subscription', country: 'JP' },
  },
]);

describeHandler({
  handler: 'small talk',
  ownKeys: ['smallTalk.greeting', 'smallTalk.thanks'],
  rows: [...first, ...midSetup],
});
