/**
 * Issue 10: whole transcripts where admins go off script and several interruption
 * handlers meet, in English and Swedish. Single messages per handler are in the tables
 * of test/dialogs/interruptions/.
 */
import { Conversation } from '../support/conversation';
import {
  LANGS,
  reach,
  talk,
  toPlatform,
  toSubdomain,
  WORDS,
  type Lang,
} from '../support/handlerTable';

describe('off-script transcripts', () => {
  test.each([
    ['en', 'I am a partner setting up a subscription', 'Sweden', 'help'],
    ['sv', 'Jag är partner och sätter upp en prenumeration', 'Sverige', 'hjälp'],
  ] as [Lang, string, string, string][])(
    '%s: the repro from the issue: answers in the opening, a rejected country, help twice',
    async (lang, opening, country, help) => {
      await talk(new Conversation({ locale: lang }), [
        { user: opening, asks: 'country' },
        { user: country, asks: 'country' },
        { user: help, says: [WORDS[lang].helpText.country!], asks: 'country' },
        { user: help, says: [WORDS[lang].helpText.country!], asks: 'country' },
      ]);
    },
  );

  test.each([
    ['en', 'Check Availability', ['reserved']],
    ['sv', 'Kontrollera tillgänglighet', ['reserverad', 'reserved']],
  ] as [Lang, string, string[]][])(
    '%s: an honest finish: nothing is "reserved", Check Availability confirms it, and after a restart the subdomain is not offered again',
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

  test.each(LANGS)(
    '%s: cancel and restart with three answers ask first, and "no" to each keeps every answer to the plan',
    async (lang) => {
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
