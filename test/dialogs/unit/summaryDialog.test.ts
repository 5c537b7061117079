import { numberInWords } from '../../../locales/numberWords';
import { DialogTurnStatus } from 'botbuilder-dialogs';
import { SummaryDialog, type SummaryAction } from '../../../dialogs/steps/summary/summaryDialog';
import type { SetupAnswers } from '../../../dialogs/steps/registry';
import {
  cardSubmit,
  DialogTest,
  stepDependencies,
  type Locale,
} from '../../support/dialogTestSupport';
import { shippedRules } from '../../support/conversation';
import { summaryChoiceIds } from '../../support/stepRegistry';

const japan: SetupAnswers = {
  role: 'partner',
  orderType: 'subscription',
  country: 'JP',
  platform: 'standard',
  telephony: 'webex-calling',
  subdomain: 'acmejp',
};
const usa: SetupAnswers = {
  ...japan,
  country: 'US',
  pstnAddOn: true,
  telephony: 'webex-cc-pstn',
  subdomain: 'acmeus',
};

function summaryStep(locale: Locale = 'en', draft: SetupAnswers = japan) {
  return new DialogTest<SummaryAction>(new SummaryDialog(stepDependencies()), { draft }, locale);
}

async function answered(answer: string | { choice: string }, locale: Locale = 'en') {
  const step = summaryStep(locale);
  await step.start();
  const reply = await step.send(typeof answer === 'string' ? answer : cardSubmit(answer.choice));
  return { step, reply };
}

describe('SummaryDialog', () => {
  test.each([
    ['en', 'Here is your setup plan.', 'Data center', 'jp1 (Japan, Tokyo)', 'Finish'],
    ['sv', 'Här är din konfigurationsplan.', 'Datacenter', 'jp1', 'Slutför'],
  ] as const)(
    '%s: shows every answer with its consequences, then Finish or a change',
    async (locale, text, dataCenter, jp1, finish) => {
      const step = summaryStep(locale);
      const reply = await step.start();
      expect(reply.questionId).toBe('summary');
      expect(reply.text).toContain(text);
      expect(reply.facts).toContainEqual({
        title: dataCenter,
        value: expect.stringContaining(jp1),
      });
      expect(reply.facts.map((f) => f.value)).toContain('acmejp');
      expect(reply.choices[0]!.label).toBe(finish);
      // Finish, then a change per step that applies (no PSTN add-on in Japan), in the registry's order.
      expect(reply.choiceIds).toEqual(summaryChoiceIds(japan, shippedRules()));
      expect(reply.choiceIds).toEqual(expect.arrayContaining(['finish', 'change:subdomain']));
      expect(reply.choiceIds).not.toContain('change:pstnAddOn');
      expect(step.status).toBe(DialogTurnStatus.waiting);
    },
  );

  test('the PSTN add-on can be changed only where it exists', async () => {
    const reply = await summaryStep('en', usa).start();
    expect(reply.choiceIds).toContain('change:pstnAddOn');
    expect(reply.facts.map((f) => f.title)).toContain('Cisco PSTN for Contact Center add-on');
  });

  test.each([
    ['en', 'finish'],
    ['en', 'looks good'],
    ['en', '1'],
    ['sv', 'slutför'],
    ['sv', 'ser bra ut'],
    ['sv', 'Finish'],
  ] as const)('%s: "%s" finishes', async (locale, text) => {
    const { step } = await answered(text, locale);
    expect(step.status).toBe(DialogTurnStatus.complete);
    expect(step.result).toEqual({ value: { action: 'finish' }, asked: true });
  });

  test.each([
    ['en', 'Change country', 'country'],
    ['en', 'change telephony', 'telephony'],
    ['en', '2', 'role'],
    ['en', 'the last one', 'subdomain'],
    ['sv', 'Ändra plattform', 'platform'],
    ['sv', 'ändra deldomän', 'subdomain'],
  ] as const)('%s: "%s" changes the %s', async (locale, text, changed) => {
    const { step } = await answered(text, locale);
    expect(step.status).toBe(DialogTurnStatus.complete);
    expect(step.result).toEqual({ value: { action: 'change', step: changed }, asked: true });
  });

  test.each([
    ['finish', { action: 'finish' }],
    ['change:orderType', { action: 'change', step: 'orderType' }],
  ] as const)('a card submit "%s" answers', async (choice, action) => {
    const { step } = await answered({ choice });
    expect(step.result).toEqual({ value: action, asked: true });
  });

  test('a change button for a step that does not apply is refused', async () => {
    const { step, reply } = await answered({ choice: 'change:pstnAddOn' });
    expect(reply.text).toContain('earlier question');
    expect(reply.questionId).toBe('summary');
    expect(step.status).toBe(DialogTurnStatus.waiting);
  });

  test.each([
    ['en', 'maybe later', (n: string) => `isn't one of the options. Pick one of the ${n} options`],
    ['sv', 'kanske', (n: string) => `Välj ett av de ${n} alternativen`],
  ] as const)('%s: "%s" is no answer: the summary is asked again', async (locale, text, why) => {
    const { step, reply } = await answered(text, locale);
    expect(reply.text).toContain(
      why(numberInWords(summaryChoiceIds(japan, shippedRules()).length, locale)),
    );
    expect(reply.questionId).toBe('summary');
    expect(step.status).toBe(DialogTurnStatus.waiting);
  });
});
