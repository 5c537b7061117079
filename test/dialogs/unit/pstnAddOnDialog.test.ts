import { DialogTurnStatus } from 'botbuilder-dialogs';
import { PstnAddOnDialog } from '../../../dialogs/steps/pstnAddOn/pstnAddOnDialog';
import type { Role } from '../../../provisioning/identifiers';
import {
  cardSubmit,
  DialogTest,
  stepDependencies,
  type Locale,
} from '../../support/dialogTestSupport';

function pstnAddOnStep(locale: Locale = 'en', role: Role = 'partner') {
  return new DialogTest<boolean>(
    new PstnAddOnDialog(stepDependencies()),
    { draft: { role, orderType: 'subscription', country: 'US' } },
    locale,
  );
}

describe('PstnAddOnDialog', () => {
  test.each([
    ['en', 'partner', 'Did the customer order the Cisco PSTN for Contact Center add-on?'],
    ['en', 'customer', 'Did you order the Cisco PSTN for Contact Center add-on?'],
    ['sv', 'partner', 'Har kunden beställt tillägget Cisco PSTN för Contact Center?'],
    ['sv', 'customer', 'Har du beställt tillägget Cisco PSTN för Contact Center?'],
  ] as const)('%s, %s: asks about the add-on of the right order', async (locale, role, text) => {
    const step = pstnAddOnStep(locale, role);
    const reply = await step.start();
    expect(reply.questionId).toBe('pstnAddOn');
    expect(reply.text).toContain(text);
    expect(reply.choiceIds).toEqual(['yes', 'no']);
    expect(step.status).toBe(DialogTurnStatus.waiting);
  });

  test.each([
    ['en', 'yes', true],
    ['en', 'nope', false],
    ['en', '1', true],
    ['en', '2', false],
    ['sv', 'ja', true],
    ['sv', 'nej tack', false],
    ['sv', 'det stämmer inte', false],
    // "yes"/"no" are understood in either language.
    ['sv', 'yes', true],
  ] as const)('%s: "%s" answers %s', async (locale, text, ordered) => {
    const step = pstnAddOnStep(locale);
    await step.start();
    await step.send(text);
    expect(step.status).toBe(DialogTurnStatus.complete);
    expect(step.result).toEqual({ value: ordered, asked: true });
  });

  test('a card submit answers', async () => {
    const step = pstnAddOnStep();
    await step.start();
    await step.send(cardSubmit('no'));
    expect(step.result).toEqual({ value: false, asked: true });
  });

  test.each([
    ['en', 'partner', 'not sure', 'I need a clear yes or no here.', 'in Partner Hub'],
    ['en', 'customer', 'maybe', 'I need a clear yes or no here.', 'ask your partner'],
    ['sv', 'partner', 'vet inte', 'Här behöver jag ett tydligt ja eller nej.', 'i Partner Hub'],
    ['en', 'partner', 'yes and no', 'I need a clear yes or no here.', 'in Partner Hub'],
  ] as const)(
    '%s, %s: "%s" is unclear: says how to find out and asks again',
    async (locale, role, text, why, hint) => {
      const step = pstnAddOnStep(locale, role);
      await step.start();
      const reply = await step.send(text);
      expect(reply.text).toContain(why);
      expect(reply.text).toContain(hint);
      expect(reply.questionId).toBe('pstnAddOn');
      expect(step.status).toBe(DialogTurnStatus.waiting);
      await step.send('no');
      expect(step.result).toEqual({ value: false, asked: true });
    },
  );
});
