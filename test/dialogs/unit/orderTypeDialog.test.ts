import { DialogTurnStatus } from 'botbuilder-dialogs';
import { OrderTypeDialog } from '../../../dialogs/steps/orderType/orderTypeDialog';
import type { StepOptions } from '../../../dialogs/stepDialog';
import type { OrderType } from '../../../provisioning/identifiers';
import {
  cardSubmit,
  DialogTest,
  stepDependencies,
  type Locale,
} from '../../support/dialogTestSupport';

function orderTypeStep(
  locale: Locale = 'en',
  options: StepOptions<OrderType> = { draft: { role: 'partner' } },
) {
  return new DialogTest<OrderType>(new OrderTypeDialog(stepDependencies()), options, locale);
}

describe('OrderTypeDialog', () => {
  test.each([
    ['en', 'Is this a trial or a subscription?', ['Trial', 'Subscription']],
    ['sv', 'Gäller det en provperiod eller en prenumeration?', ['Provperiod', 'Prenumeration']],
  ] as const)('%s: asks for the order type', async (locale, question, labels) => {
    const step = orderTypeStep(locale);
    const reply = await step.start();
    expect(reply.questionId).toBe('orderType');
    expect(reply.text).toContain(question);
    expect(reply.choiceIds).toEqual(['trial', 'subscription']);
    expect(reply.choices.map((c) => c.label)).toEqual(labels);
    expect(step.status).toBe(DialogTurnStatus.waiting);
  });

  test.each([
    ['en', 'trial', 'trial'],
    ['en', 'a subscription', 'subscription'],
    ['en', 'paid', 'subscription'],
    ['en', '1', 'trial'],
    ['en', 'the last one', 'subscription'],
    ['sv', 'provperiod', 'trial'],
    ['sv', 'abonnemang', 'subscription'],
    ['sv', '2', 'subscription'],
    ['sv', 'den första', 'trial'],
    // Labels are understood in either language, whatever the turn's language.
    ['en', 'prenumeration', 'subscription'],
    // Typed as admins type: a one-letter typo, an abbreviation (issue 20).
    ['en', 'trail', 'trial'],
    ['en', 'subscripton', 'subscription'],
    ['en', 'sub', 'subscription'],
    ['sv', 'prenumration', 'subscription'],
    ['sv', 'pren', 'subscription'],
  ] as const)('%s: "%s" answers %s', async (locale, text, orderType) => {
    const step = orderTypeStep(locale);
    await step.start();
    await step.send(text);
    expect(step.status).toBe(DialogTurnStatus.complete);
    expect(step.result).toEqual({ value: orderType, asked: true });
  });

  test('a card submit answers', async () => {
    const step = orderTypeStep();
    await step.start();
    await step.send(cardSubmit('trial'));
    expect(step.result).toEqual({ value: 'trial', asked: true });
  });

  test.each([
    ['en', '3', "isn't one of the options. Pick one of the two options"],
    ['sv', 'kanske', 'Välj ett av de två alternativen'],
  ] as const)(
    '%s: "%s" is no answer and the question is asked again',
    async (locale, text, why) => {
      const step = orderTypeStep(locale);
      await step.start();
      const reply = await step.send(text);
      expect(reply.text).toContain(why);
      expect(reply.questionId).toBe('orderType');
      expect(reply.choiceIds).toEqual(['trial', 'subscription']);
      expect(step.status).toBe(DialogTurnStatus.waiting);
    },
  );

  test('an empty message is no answer', async () => {
    const step = orderTypeStep();
    await step.start();
    const reply = await step.send({ type: 'message', text: '   ' });
    expect(reply.text).toContain('Your message was empty');
    expect(reply.questionId).toBe('orderType');
  });

  test('a proposal is taken without a question', async () => {
    const step = orderTypeStep('sv', { draft: { role: 'partner' }, proposal: 'trial' });
    const reply = await step.start();
    expect(reply.activities).toEqual([]);
    expect(step.result).toEqual({ value: 'trial', asked: false });
  });
});
