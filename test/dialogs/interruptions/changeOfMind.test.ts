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
  toTelephony,
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
      asks: 'platform.confirm',
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
    {
      lang,
      what: 'the role named as the value of the role at the summary changes it',
      state: toUsSummary(lang),
      message: en ? 'set the role to customer' : 'ändra roll till kund',
      by: 'handler',
      keys: ['changes.changed'],
      asks: 'summary',
      recorded: { role: 'customer', telephony: 'voice-pop-bridge' },
    },
    {
      lang,
      what: 'a role stated after a lead-in at another question changes the role',
      state: toTelephony(lang),
      message: en ? "actually we're the customer admin" : 'faktiskt, vi är kundadmin',
      by: 'handler',
      keys: ['changes.changed'],
      asks: 'telephony',
      recorded: { role: 'customer', country: 'JP' },
    },
    {
      lang,
      what: 'the answer called wrong and another country named: that country is proposed',
      state: [...toSubdomain(lang), 'acmejp'],
      message: en ? "Japan was wrong, it's the UK" : 'Japan blev fel, det ska vara Storbritannien',
      by: 'handler',
      keys: ['changes.changed'],
      asks: 'country.confirm',
      says: [en ? 'United Kingdom' : 'Storbritannien'],
    },
    {
      lang,
      what: 'a platform and its only telephony option named together change both',
      state: [...toSubdomain(lang), 'acmejp'],
      message: en
        ? 'exception platform with Voice POP instead'
        : 'undantagsplattformen med röst-POP',
      by: 'handler',
      keys: ['changes.changed'],
      asks: 'platform.confirm',
      then: [{ user: WORDS[lang].yes, asks: 'summary' }],
      recorded: { platform: 'exception', telephony: 'voice-pop' },
    },
  ];
});

/**
 * A change that clears other answers is confirmed first (issue 20): the telephony option
 * goes with a new order type here, so "no" keeps everything and "yes" changes it.
 */
const confirmed: Row[] = LANGS.flatMap((lang): Row[] => {
  const w = WORDS[lang];
  const en = lang === 'en';
  const message = en ? 'actually it is a trial' : 'det är faktiskt en provperiod';
  return [
    {
      lang,
      what: 'a change that clears answers asks first; no keeps every answer',
      state: toUsSummary(lang),
      message,
      by: 'handler',
      keys: ['changes.confirm'],
      asks: 'change.confirm',
      then: [{ user: w.no, says: [textOf(lang, 'changes.kept')], asks: 'summary' }],
      recorded: { orderType: 'subscription', telephony: 'voice-pop-bridge', subdomain: 'acmeus' },
    },
    {
      lang,
      what: 'a change that clears answers asks first; yes changes it',
      state: toUsSummary(lang),
      message,
      by: 'handler',
      keys: ['changes.confirm'],
      asks: 'change.confirm',
      then: [{ user: w.yes, says: [textOf(lang, 'changes.changed')] }],
      recorded: { orderType: 'trial' },
    },
  ];
});

describeHandler({
  handler: 'change of mind',
  ownKeys: ['changes.changed', 'changes.confirm'],
  rows: [...rows, ...confirmed],
});
