/**
 * The change of mind handler: another value for a step already answered, typed at any
 * question, changes that answer (issue 20: `Webex Calling` at the summary got "not one
 * of the options", `I want Webex Calling actually` at the subdomain got "Invalid
 * subdomain name"). What the change drops is asked again, a value the rules do not allow
 * is refused with the rule, and `back` undoes the whole change.
 */
import {
  describeHandler,
  LANGS,
  textOf,
  toSubdomain,
  toUsSummary,
  WORDS,
  type Row,
} from '../../support/handlerTable';

const rows: Row[] = LANGS.flatMap((lang): Row[] => {
  const en = lang === 'en';
  return [
    {
      lang,
      what: 'an option named at the summary changes that answer',
      state: toUsSummary(lang),
      message: 'Webex Calling',
      by: 'handler',
      keys: ['changes.changed'],
      says: ['Webex Calling'],
      asks: 'summary',
      recorded: { telephony: 'webex-calling', subdomain: 'acmeus', platform: 'standard' },
    },
    {
      lang,
      what: '"back" after the change restores every answer',
      state: [...toUsSummary(lang), 'Webex Calling'],
      message: WORDS[lang].back,
      by: 'handler',
      keys: ['changes.undone'],
      asks: 'summary',
      recorded: { telephony: 'voice-pop-bridge' },
    },
    {
      lang,
      what: 'at the subdomain question, a telephony option is a change, not a subdomain',
      state: toSubdomain(lang),
      message: en ? 'I want Voice POP Bridge actually' : 'jag vill ha Röst-POP-brygga i stället',
      by: 'handler',
      keys: ['changes.changed'],
      never: [en ? 'Invalid subdomain' : 'Ogiltig'],
      asks: 'subdomain',
      recorded: { telephony: 'voice-pop-bridge', country: 'JP' },
    },
    {
      lang,
      what: 'a platform change asks again what it makes impossible',
      state: toSubdomain(lang),
      message: en ? 'actually the exception platform' : 'faktiskt undantagsplattformen',
      by: 'handler',
      keys: ['changes.changed'],
      recorded: { platform: 'exception', country: 'JP' },
      notRecorded: { telephony: 'webex-calling' },
    },
    {
      lang,
      what: 'a platform the country does not have is refused with the rule, nothing changes',
      state: toSubdomain(lang),
      message: en ? 'change the platform to Controlled GA' : 'byt plattform till Kontrollerad GA',
      by: 'handler',
      says: [en ? 'only in the United States' : 'USA'],
      never: [textOf(lang, 'changes.changed')],
      asks: 'subdomain',
      recorded: { platform: 'standard', telephony: 'webex-calling' },
    },
    {
      lang,
      what: 'the same value as the answer is no change: the step has the message',
      state: toSubdomain(lang),
      message: 'acmejp',
      by: 'step',
      asks: 'summary',
      recorded: { subdomain: 'acmejp', telephony: 'webex-calling' },
    },
  ];
});

describeHandler({
  handler: 'change of mind',
  ownKeys: ['changes.changed'],
  rows,
});
