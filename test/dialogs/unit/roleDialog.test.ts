import { DialogTurnStatus } from 'botbuilder-dialogs';
import { RoleDialog } from '../../../dialogs/steps/role/roleDialog';
import type { StepOptions } from '../../../dialogs/stepDialog';
import type { Role } from '../../../provisioning/identifiers';
import {
  cardSubmit,
  DialogTest,
  stepDependencies,
  type Locale,
} from '../../support/dialogTestSupport';

function roleStep(locale: Locale = 'en', options: StepOptions<Role> = { draft: {} }) {
  return new DialogTest<Role>(new RoleDialog(stepDependencies()), options, locale);
}

describe('RoleDialog', () => {
  test.each([
    ['en', 'partner administrator or the customer'],
    ['sv', 'partneradministratör eller kundens administratör'],
  ] as const)('%s: asks for the role with both choices', async (locale, wording) => {
    const step = roleStep(locale);
    const reply = await step.start();
    expect(reply.questionId).toBe('role');
    expect(reply.text).toContain(wording);
    expect(reply.choiceIds).toEqual(['partner', 'customer']);
    expect(step.status).toBe(DialogTurnStatus.waiting);
  });

  test.each([
    ['en', 'customer', 'customer'],
    ['en', 'Partner administrator', 'partner'],
    ['en', '2', 'customer'],
    ['en', 'the first one', 'partner'],
    ['sv', 'kund', 'customer'],
    ['sv', 'partneradministratör', 'partner'],
    ['sv', 'den andra', 'customer'],
    ['sv', '1', 'partner'],
    // Typed as admins type: a one-letter typo, an abbreviation (issue 20).
    ['en', 'prtner', 'partner'],
    ['en', 'cust admin', 'customer'],
    ['sv', 'kundadm', 'customer'],
    ['sv', 'partnr', 'partner'],
  ] as const)('%s: "%s" answers %s', async (locale, text, role) => {
    const step = roleStep(locale);
    await step.start();
    const reply = await step.send(text);
    expect(reply.questionId).toBeUndefined();
    expect(step.status).toBe(DialogTurnStatus.complete);
    expect(step.result).toEqual({ value: role, asked: true });
  });

  test('a card submit answers', async () => {
    const step = roleStep();
    await step.start();
    await step.send(cardSubmit('customer'));
    expect(step.result).toEqual({ value: 'customer', asked: true });
  });

  test.each([
    ['en', 'banana', "isn't one of the options"],
    ['sv', 'banan', 'inte något av alternativen'],
    // The name of another step's option is never read as a typo of this step's.
    ['en', 'trial', "isn't one of the options"],
    ['en', 'prtnr', "isn't one of the options"],
  ] as const)('%s: an answer outside the choices is asked again', async (locale, text, why) => {
    const step = roleStep(locale);
    await step.start();
    const reply = await step.send(text);
    expect(reply.text).toContain(why);
    expect(reply.questionId).toBe('role');
    expect(reply.choiceIds).toEqual(['partner', 'customer']);
    expect(step.status).toBe(DialogTurnStatus.waiting);
    await step.send('partner');
    expect(step.result).toEqual({ value: 'partner', asked: true });
  });

  test('a button of another question is refused', async () => {
    const step = roleStep();
    await step.start();
    const reply = await step.send(cardSubmit('subscription'));
    expect(reply.text).toContain('earlier question');
    expect(reply.questionId).toBe('role');
    expect(step.status).toBe(DialogTurnStatus.waiting);
  });

  test('a proposal is taken without a question', async () => {
    const step = roleStep('en', { draft: {}, proposal: 'customer' });
    const reply = await step.start();
    expect(reply.activities).toEqual([]);
    expect(step.status).toBe(DialogTurnStatus.complete);
    expect(step.result).toEqual({ value: 'customer', asked: false });
  });
});
