import { DialogTurnStatus } from 'botbuilder-dialogs';
import {
  SubdomainDialog,
  type SubdomainOptions,
} from '../../../dialogs/steps/subdomain/subdomainDialog';
import type { SetupAnswers } from '../../../dialogs/steps/registry';
import {
  SubdomainCheckFailedError,
  type SubdomainDirectory,
} from '../../../provisioning/subdomainDirectory';
import { MemorySubdomainDirectory } from '../../../state/memorySubdomainDirectory';
import {
  cardSubmit,
  DialogTest,
  stepDependencies,
  type Locale,
} from '../../support/dialogTestSupport';

const HOLDER = 'plan-1';
const draft: SetupAnswers = {
  role: 'partner',
  orderType: 'subscription',
  country: 'JP',
  platform: 'standard',
  telephony: 'webex-calling',
};

function subdomainStep(
  locale: Locale = 'en',
  directory: SubdomainDirectory = new MemorySubdomainDirectory(),
  options: Partial<SubdomainOptions> = {},
) {
  const dialog = new SubdomainDialog(stepDependencies(directory));
  return new DialogTest<string>(dialog, { draft, holder: HOLDER, ...options }, locale);
}

/** A directory whose availability check is down. */
class UnreachableDirectory extends MemorySubdomainDirectory {
  override async hold(): Promise<boolean> {
    throw new SubdomainCheckFailedError('directory unreachable');
  }
}

describe('SubdomainDialog', () => {
  test.each([
    ['en', 'Which subdomain do you want for the organization?', 'Check Availability'],
    ['sv', 'Vilken deldomän vill du ha för organisationen?', 'Kontrollera tillgänglighet'],
  ] as const)('%s: asks for a free-text subdomain', async (locale, question, button) => {
    const step = subdomainStep(locale);
    const reply = await step.start();
    expect(reply.questionId).toBe('subdomain');
    expect(reply.text).toContain(question);
    expect(reply.text).toContain(button);
    expect(reply.choiceIds).toEqual([]);
    expect(step.status).toBe(DialogTurnStatus.waiting);
  });

  test.each([
    ['acmejp', 'acmejp'],
    ['  AcmeJP ', 'acmejp'],
    ["let's go with adatum", 'adatum'],
    ['use adatum', 'adatum'],
    ['call it adatum', 'adatum'],
    ["we'll take adatum", 'adatum'],
    ['vi tar lindqvistbygg', 'lindqvistbygg'],
    ['det blir adatum', 'adatum'],
    ['kör på adatum', 'adatum'],
  ])('a valid free name "%s" is held for the plan and answers %s', async (text, name) => {
    const directory = new MemorySubdomainDirectory();
    const step = subdomainStep('en', directory);
    await step.start();
    const reply = await step.send(text);
    expect(reply.activities).toEqual([]);
    expect(step.status).toBe(DialogTurnStatus.complete);
    expect(step.result).toEqual({ value: name, asked: true });
    expect(await directory.isAvailable(name, 'someone-else')).toBe(false);
    expect(await directory.isAvailable(name, HOLDER)).toBe(true);
  });

  test.each([
    ['en', '2', 'Use "2" as the subdomain?'],
    ['en', 'ab', 'Use "ab" as the subdomain?'],
    ['en', 'ok', 'Use "ok" as the subdomain?'],
    ['en', 'next', 'Use "next" as the subdomain?'],
    ['en', 'standard', 'Use "standard" as the subdomain?'],
    ['en', 'trial', 'Use "trial" as the subdomain?'],
    ['sv', '2024', 'Vill du använda "2024" som deldomän?'],
    ['sv', 'tack', 'Vill du använda "tack" som deldomän?'],
    ['sv', 'prenumeration', 'Vill du använda "prenumeration" som deldomän?'],
  ] as const)(
    '%s: "%s" is more likely a slip than a name: asked back, not held yet',
    async (locale, text, question) => {
      const directory = new MemorySubdomainDirectory();
      const step = subdomainStep(locale, directory);
      await step.start();
      const reply = await step.send(text);
      expect(reply.questionId).toBe('subdomain.confirm');
      expect(reply.text).toContain(question);
      expect(step.status).toBe(DialogTurnStatus.waiting);
      const name = text.toLowerCase();
      expect(await directory.isAvailable(name, 'someone-else')).toBe(true);
    },
  );

  test.each([
    ['en', 'yes'],
    ['sv', 'ja'],
  ] as const)('%s: "%s" to the confirmation holds the name and answers it', async (locale, yes) => {
    const directory = new MemorySubdomainDirectory();
    const step = subdomainStep(locale, directory);
    await step.start();
    await step.send('2');
    await step.send(yes);
    expect(step.status).toBe(DialogTurnStatus.complete);
    expect(step.result).toEqual({ value: '2', asked: true });
    expect(await directory.isAvailable('2', 'someone-else')).toBe(false);
  });

  test.each([
    ['en', 'no', 'Which subdomain?'],
    ['sv', 'nej', 'Vilken deldomän?'],
  ] as const)(
    '%s: "%s" to the confirmation asks for the subdomain again',
    async (locale, no, again) => {
      const directory = new MemorySubdomainDirectory();
      const step = subdomainStep(locale, directory);
      await step.start();
      await step.send('2');
      const reply = await step.send(no);
      expect(reply.questionId).toBe('subdomain');
      expect(reply.text).toContain(again);
      expect(step.status).toBe(DialogTurnStatus.waiting);
      expect(await directory.isAvailable('2', 'someone-else')).toBe(true);
    },
  );

  test.each([
    ['en', "let's go with our own name adatum"],
    ['en', 'adatum please thanks'],
    ['sv', 'vi tar nog adatum'],
  ] as const)(
    '%s: "%s" is no leading phrase and one name: refused with the rule, as before',
    async (locale, text) => {
      const step = subdomainStep(locale);
      await step.start();
      const reply = await step.send(text);
      expect(reply.questionId).toBe('subdomain');
      expect(reply.text).toContain(locale === 'en' ? 'Invalid subdomain name' : 'Ogiltigt namn');
      expect(step.status).toBe(DialogTurnStatus.waiting);
    },
  );

  test.each([
    ['en', 'acme-jp', 'acmejp', 'Invalid subdomain name', 'Did you mean acmejp?'],
    ['en', 'Acme Corp', 'acmecorp', 'Invalid subdomain name', 'Did you mean acmecorp?'],
    ['sv', 'Åkerlund', 'akerlund', 'Ogiltigt namn på deldomänen', 'Menade du akerlund?'],
  ] as const)(
    '%s: invalid characters in "%s": the suggestion %s is offered as a choice',
    async (locale, text, suggestion, why, offer) => {
      const step = subdomainStep(locale);
      await step.start();
      const reply = await step.send(text);
      expect(reply.text).toContain(why);
      expect(reply.text).toContain(offer);
      expect(reply.questionId).toBe('subdomain');
      expect(reply.choiceIds).toEqual([suggestion]);
      expect(step.status).toBe(DialogTurnStatus.waiting);
      await step.send(cardSubmit(suggestion));
      expect(step.result).toEqual({ value: suggestion, asked: true });
    },
  );

  test('the offered suggestion is also taken by its number', async () => {
    const step = subdomainStep();
    await step.start();
    await step.send('acme.jp');
    await step.send('1');
    expect(step.result).toEqual({ value: 'acmejp', asked: true });
  });

  test('a name too long says the limit from the rules', async () => {
    const step = subdomainStep();
    await step.start();
    const reply = await step.send('a'.repeat(64));
    expect(reply.text).toContain('at most 63 characters');
    expect(reply.questionId).toBe('subdomain');
  });

  test('a suggestion from an earlier message is offered with the first question', async () => {
    const step = subdomainStep('en', undefined, { suggestion: 'acmejp' });
    const reply = await step.start();
    expect(reply.questionId).toBe('subdomain');
    expect(reply.choiceIds).toEqual(['acmejp']);
  });

  test.each([
    ['en', 'The subdomain acme is already in use. These are free'],
    ['sv', 'Deldomänen acme används redan. De här är lediga'],
  ] as const)('%s: a taken name is refused with free alternatives', async (locale, said) => {
    const directory = new MemorySubdomainDirectory(['acme']);
    const step = subdomainStep(locale, directory);
    await step.start();
    const reply = await step.send('acme');
    expect(reply.text).toContain(said);
    expect(reply.questionId).toBe('subdomain');
    expect(reply.choiceIds).toHaveLength(3);
    expect(reply.choiceIds).not.toContain('acme');
    expect(step.status).toBe(DialogTurnStatus.waiting);
    const second = reply.choiceIds[1]!;
    await step.send('2');
    expect(step.result).toEqual({ value: second, asked: true });
  });

  test('alternatives that are taken too are not offered', async () => {
    const step = subdomainStep('en', new MemorySubdomainDirectory(['acme']));
    await step.start();
    const offered = (await step.send('acme')).choiceIds;
    const busier = subdomainStep('en', new MemorySubdomainDirectory(['acme', offered[0]!]));
    await busier.start();
    const reply = await busier.send('acme');
    expect(reply.choiceIds).not.toContain(offered[0]);
    expect(reply.choiceIds).toHaveLength(3);
  });

  test('a name held by another plan counts as taken', async () => {
    const directory = new MemorySubdomainDirectory();
    await directory.hold('acmejp', 'plan-2', 60_000);
    const step = subdomainStep('en', directory);
    await step.start();
    const reply = await step.send('acmejp');
    expect(reply.text).toContain('acmejp is already in use');
    expect(step.status).toBe(DialogTurnStatus.waiting);
  });

  test('a free name typed instead of an alternative is taken', async () => {
    const step = subdomainStep('en', new MemorySubdomainDirectory(['acme']));
    await step.start();
    await step.send('acme');
    await step.send('acmetokyo');
    expect(step.result).toEqual({ value: 'acmetokyo', asked: true });
  });

  test('when availability cannot be checked, says so and asks again', async () => {
    const step = subdomainStep('en', new UnreachableDirectory());
    await step.start();
    const reply = await step.send('acmejp');
    expect(reply.text).toContain("I couldn't check whether acmejp is available right now");
    expect(reply.questionId).toBe('subdomain');
    expect(step.status).toBe(DialogTurnStatus.waiting);
  });

  test('a free proposal is held without a question', async () => {
    const directory = new MemorySubdomainDirectory();
    const step = subdomainStep('en', directory, { proposal: 'acmejp' });
    const reply = await step.start();
    expect(reply.activities).toEqual([]);
    expect(step.result).toEqual({ value: 'acmejp', asked: false });
    expect(await directory.isAvailable('acmejp', 'someone-else')).toBe(false);
  });

  test.each([['en'], ['sv']] as const)(
    '%s: a taken proposal asks with alternatives, and the answer then counts as asked',
    async (locale) => {
      const step = subdomainStep(locale, new MemorySubdomainDirectory(['acme']), {
        proposal: 'acme',
      });
      const reply = await step.start();
      expect(reply.questionId).toBe('subdomain');
      expect(reply.choiceIds).toHaveLength(3);
      await step.send(cardSubmit(reply.choiceIds[0]!));
      expect(step.result).toEqual({ value: reply.choiceIds[0], asked: true });
    },
  );
});
