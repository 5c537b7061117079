import { DialogTurnStatus } from 'botbuilder-dialogs';
import { TelephonyDialog } from '../../../dialogs/steps/telephony/telephonyDialog';
import type { StepOptions } from '../../../dialogs/stepDialog';
import type { TelephonyId } from '../../../provisioning/identifiers';
import type { SetupAnswers } from '../../../dialogs/steps/registry';
import {
  cardSubmit,
  DialogTest,
  stepDependencies,
  type Locale,
} from '../../support/dialogTestSupport';

const japan: SetupAnswers = {
  role: 'partner',
  orderType: 'subscription',
  country: 'JP',
  platform: 'standard',
};

function telephonyStep(
  locale: Locale = 'en',
  options: StepOptions<TelephonyId> = { draft: japan },
) {
  return new DialogTest<TelephonyId>(new TelephonyDialog(stepDependencies()), options, locale);
}

async function answered(answer: string, locale: Locale = 'en') {
  const step = telephonyStep(locale);
  await step.start();
  return { step, reply: await step.send(answer) };
}

describe('TelephonyDialog', () => {
  test.each([
    [
      'en',
      'Which telephony option will you use on the Standard platform?',
      ['Voice POP Bridge', 'Webex Calling'],
    ],
    [
      'sv',
      'Vilket telefonialternativ vill du använda på standardplattformen?',
      ['Röst-POP-brygga', 'Webex Calling'],
    ],
  ] as const)('%s: asks among the options the rules allow', async (locale, question, labels) => {
    const step = telephonyStep(locale);
    const reply = await step.start();
    expect(reply.questionId).toBe('telephony');
    expect(reply.text).toContain(question);
    expect(reply.choiceIds).toEqual(['voice-pop-bridge', 'webex-calling']);
    expect(reply.choices.map((c) => c.label)).toEqual(labels);
    expect(step.status).toBe(DialogTurnStatus.waiting);
  });

  test.each([
    ['en', 'webex calling', 'webex-calling'],
    ['en', 'Voice POP Bridge', 'voice-pop-bridge'],
    ['en', 'vpop', 'voice-pop-bridge'],
    ['en', '2', 'webex-calling'],
    ['sv', 'brygga', 'voice-pop-bridge'],
    ['sv', 'Röst-POP-brygga', 'voice-pop-bridge'],
    ['sv', 'den andra', 'webex-calling'],
    ['en', 'WxC', 'webex-calling'],
    ['sv', 'wxc', 'webex-calling'],
  ] as const)('%s: "%s" answers %s', async (locale, text, telephony) => {
    const { step } = await answered(text, locale);
    expect(step.status).toBe(DialogTurnStatus.complete);
    expect(step.result).toEqual({ value: telephony, asked: true });
  });

  test('a card submit answers', async () => {
    const step = telephonyStep();
    await step.start();
    await step.send(cardSubmit('webex-calling'));
    expect(step.result).toEqual({ value: 'webex-calling', asked: true });
  });

  test.each([
    ['en', 'pstn', "isn't one of the options"],
    ['sv', '3', 'inte något av alternativen'],
  ] as const)('%s: "%s" is not allowed here: asked again', async (locale, text, why) => {
    const { step, reply } = await answered(text, locale);
    expect(reply.text).toContain(why);
    expect(reply.questionId).toBe('telephony');
    expect(step.status).toBe(DialogTurnStatus.waiting);
  });

  test('a Webex Contact Center PSTN button is refused without the add-on', async () => {
    const step = telephonyStep();
    await step.start();
    const reply = await step.send(cardSubmit('webex-cc-pstn'));
    expect(reply.questionId).toBe('telephony');
    expect(step.status).toBe(DialogTurnStatus.waiting);
  });

  test('without the add-on the USA offers no Webex Contact Center PSTN', async () => {
    const step = telephonyStep('en', {
      draft: { ...japan, country: 'US', pstnAddOn: false },
    });
    const reply = await step.start();
    expect(reply.choiceIds).toEqual(['voice-pop-bridge', 'webex-calling']);
  });

  test.each([
    [
      'en',
      'Because the Cisco PSTN for Contact Center add-on was ordered, the telephony option is Webex Contact Center PSTN',
    ],
    [
      'sv',
      'Eftersom tillägget Cisco PSTN för Contact Center är beställt blir telefonialternativet Webex Contact Center PSTN',
    ],
  ] as const)('%s: with the PSTN add-on the option is automatic', async (locale, said) => {
    const step = telephonyStep(locale, {
      draft: { ...japan, country: 'US', pstnAddOn: true },
    });
    const reply = await step.start();
    expect(reply.text).toContain(said);
    expect(reply.questionId).toBeUndefined();
    expect(step.status).toBe(DialogTurnStatus.complete);
    expect(step.result).toEqual({ value: 'webex-cc-pstn', asked: false });
  });

  test.each([
    ['en', 'The only telephony option for Canada on the Standard platform is Voice POP'],
    ['sv', 'Det enda telefonialternativet för Kanada på standardplattformen är Röst-POP'],
  ] as const)('%s: a lone option is chosen without a question', async (locale, said) => {
    const step = telephonyStep(locale, { draft: { ...japan, country: 'CA' } });
    const reply = await step.start();
    expect(reply.texts).toEqual([expect.stringContaining(said)]);
    expect(step.result).toEqual({ value: 'voice-pop', asked: false });
  });

  test('a proposal among the options is taken without a question', async () => {
    const step = telephonyStep('en', { draft: japan, proposal: 'webex-calling' });
    const reply = await step.start();
    expect(reply.activities).toEqual([]);
    expect(step.result).toEqual({ value: 'webex-calling', asked: false });
  });

  test('a proposal the rules do not allow is ignored: the question is asked', async () => {
    const step = telephonyStep('sv', { draft: japan, proposal: 'voice-pop' });
    const reply = await step.start();
    expect(reply.questionId).toBe('telephony');
    expect(step.status).toBe(DialogTurnStatus.waiting);
  });
});
