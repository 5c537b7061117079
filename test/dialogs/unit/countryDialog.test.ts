import { DialogTurnStatus } from 'botbuilder-dialogs';
import { CountryDialog } from '../../../dialogs/steps/country/countryDialog';
import type { StepOptions } from '../../../dialogs/stepDialog';
import type { CountryCode } from '../../../provisioning/identifiers';
import {
  cardSubmit,
  DialogTest,
  stepDependencies,
  testRules,
  type Locale,
} from '../../support/dialogTestSupport';

const draft = { role: 'partner', orderType: 'subscription' } as const;

function countryStep(locale: Locale = 'en', options: StepOptions<CountryCode> = { draft }) {
  return new DialogTest<CountryCode>(new CountryDialog(stepDependencies()), options, locale);
}

/** A country step that has asked its question and been given `answer`. */
async function answered(answer: string, locale: Locale = 'en') {
  const step = countryStep(locale);
  await step.start();
  return { step, reply: await step.send(answer) };
}

describe('CountryDialog', () => {
  test.each([
    ['en', 'Which country of operation will you choose'],
    ['sv', 'Vilket land väljer du'],
  ] as const)('%s: asks for the country with every supported country', async (locale, text) => {
    const step = countryStep(locale);
    const reply = await step.start();
    expect(reply.questionId).toBe('country');
    expect(reply.text).toContain(text);
    expect(reply.choiceIds).toEqual(
      testRules()
        .countriesByRegion()
        .flatMap((r) => r.countries.map((c) => c.code)),
    );
    expect(step.status).toBe(DialogTurnStatus.waiting);
  });

  test.each([
    ['en', 'Japan', 'JP', 'The tenant for Japan (region APJC) will be created in data center jp1'],
    ['en', 'jp', 'JP', 'Is Japan the right country of operation?'],
    ['en', 'Japn', 'JP', 'Is Japan the right country of operation?'],
    ['en', 'UK', 'GB', 'Is the United Kingdom the right country of operation?'],
    ['en', 'Mexico', 'MX', 'will probably be created in data center us1'],
    ['sv', 'Japan', 'JP', 'Är Japan rätt land?'],
    ['sv', 'Storbritannien', 'GB', 'Klientorganisationen för Storbritannien'],
    ['sv', 'USA', 'US', 'skapas i datacentret us1'],
  ] as const)(
    '%s: "%s" is %s, confirmed with its data center',
    async (locale, text, code, confirm) => {
      const { step, reply } = await answered(text, locale);
      expect(reply.questionId).toBe('country.confirm');
      expect(reply.text).toContain(confirm);
      expect(reply.choiceIds).toEqual(['yes', 'no']);
      expect(step.status).toBe(DialogTurnStatus.waiting);
      await step.send(locale === 'sv' ? 'ja' : 'yes');
      expect(step.status).toBe(DialogTurnStatus.complete);
      expect(step.result).toEqual({ value: code, asked: true });
    },
  );

  test('a number picks from the list', async () => {
    const first = testRules().countriesByRegion()[0]!.countries[0]!.code;
    const { step, reply } = await answered('1');
    expect(reply.questionId).toBe('country.confirm');
    await step.send('yes');
    expect(step.result).toEqual({ value: first, asked: true });
  });

  test('a card submit picks a country, and another confirms it', async () => {
    const step = countryStep();
    await step.start();
    const reply = await step.send(cardSubmit('NZ'));
    expect(reply.questionId).toBe('country.confirm');
    expect(reply.text).toContain('New Zealand');
    await step.send(cardSubmit('yes'));
    expect(step.result).toEqual({ value: 'NZ', asked: true });
  });

  test.each([
    ['en', 'not sure', 'I need a clear yes or no here.', 'Check it with whoever placed the order'],
    [
      'en',
      'i think so',
      'I need a clear yes or no here.',
      'Check it with whoever placed the order',
    ],
    [
      'sv',
      'jag vet inte',
      'Här behöver jag ett tydligt ja eller nej.',
      'Stäm av med den som lade ordern',
    ],
  ] as const)(
    '%s: "%s" is no confirmation: the confirmation is asked again',
    async (locale, text, why, hint) => {
      const { step } = await answered('Japan', locale);
      const reply = await step.send(text);
      expect(reply.text).toContain(why);
      expect(reply.text).toContain(hint);
      expect(reply.questionId).toBe('country.confirm');
      expect(step.status).toBe(DialogTurnStatus.waiting);
    },
  );

  test.each([
    [
      'en',
      'no',
      "No problem, let's choose the country again.",
      'Which country of operation? Type its name',
    ],
    ['sv', 'nej', 'Inga problem, vi väljer land igen.', 'Vilket land? Skriv namnet'],
  ] as const)(
    '%s: "%s" asks for the country again, in its short form',
    async (locale, no, said, reask) => {
      const { step } = await answered('Japan', locale);
      const reply = await step.send(no);
      expect(reply.texts[0]).toBe(said);
      expect(reply.questionId).toBe('country');
      expect(reply.text).toContain(reask);
      expect(step.status).toBe(DialogTurnStatus.waiting);
      await step.send('Australia');
      await step.send('yes');
      expect(step.result).toEqual({ value: 'AU', asked: true });
    },
  );

  test.each([
    ['en', 'Germany', 'does not cover Germany'],
    ['en', 'Sweden', 'does not cover Sweden'],
    ['sv', 'Sverige', 'tar inte upp Sverige'],
  ] as const)(
    '%s: an unsupported country ("%s") is explained and the country asked again',
    async (locale, text, why) => {
      const { step, reply } = await answered(text, locale);
      expect(reply.text).toContain(why);
      expect(reply.questionId).toBe('country');
      expect(step.status).toBe(DialogTurnStatus.waiting);
    },
  );

  test.each([
    ['en', 'Narnia', 'I don\'t recognise "Narnia" as a country.'],
    ['sv', 'Narnia', 'Jag känner inte igen "Narnia" som ett land.'],
  ] as const)(
    '%s: an unknown name is echoed and the country asked again',
    async (locale, text, why) => {
      const { step, reply } = await answered(text, locale);
      expect(reply.texts[0]).toContain(why);
      expect(reply.questionId).toBe('country');
      expect(step.status).toBe(DialogTurnStatus.waiting);
    },
  );

  test.each([['en'], ['sv']] as const)(
    '%s: a proposal skips the question but is still confirmed',
    async (locale) => {
      const step = countryStep(locale, { draft, proposal: 'JP' });
      const reply = await step.start();
      expect(reply.questionId).toBe('country.confirm');
      expect(step.status).toBe(DialogTurnStatus.waiting);
      await step.send(locale === 'sv' ? 'ja' : 'yes');
      expect(step.result).toEqual({ value: 'JP', asked: true });
    },
  );

  test('a declined proposal is not proposed again', async () => {
    const step = countryStep('en', { draft, proposal: 'JP' });
    await step.start();
    const reply = await step.send('no');
    expect(reply.questionId).toBe('country');
  });
});
