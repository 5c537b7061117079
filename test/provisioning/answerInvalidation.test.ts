import { readFileSync } from 'node:fs';
import { defaultRulesFile, loadRules, parseRules } from '../../provisioning/loadRules';
import { checkPlan, type RuledPlanAnswers } from '../../provisioning/setupPlan';
import type { SetupAnswers } from '../../dialogs/steps/registry';

const rules = loadRules();

const usSubscription: RuledPlanAnswers = {
  role: 'partner',
  orderType: 'subscription',
  country: 'US',
  pstnAddOn: true,
  platform: 'standard',
  telephony: 'webex-cc-pstn',
  subdomain: 'acme',
};

describe('which questions a setup asks', () => {
  test('the PSTN add-on only for a subscription in a country where the add-on exists', () => {
    expect(rules.answerApplies('pstnAddOn', { country: 'US', orderType: 'subscription' })).toBe(
      true,
    );
    expect(rules.answerApplies('pstnAddOn', { country: 'US', orderType: 'trial' })).toBe(false);
    expect(rules.answerApplies('pstnAddOn', { country: 'JP', orderType: 'subscription' })).toBe(
      false,
    );
    expect(rules.answerApplies('pstnAddOn', { country: 'US' })).toBe(false);
  });

  test('every other question always', () => {
    for (const id of [
      'role',
      'orderType',
      'country',
      'platform',
      'telephony',
      'subdomain',
    ] as const)
      expect(rules.answerApplies(id, {})).toBe(true);
  });
});

describe('which answers a change invalidates', () => {
  test('a consistent plan keeps every answer', () => {
    expect(rules.validAnswers(usSubscription)).toEqual(usSubscription);
    const japan: SetupAnswers = { ...usSubscription, country: 'JP', telephony: 'webex-calling' };
    delete japan.pstnAddOn;
    expect(rules.validAnswers(japan)).toEqual(japan);
  });

  test('a country without the chosen platform drops the platform', () => {
    const before: SetupAnswers = { orderType: 'trial', country: 'GB', platform: 'exception' };
    expect(rules.validAnswers({ ...before, country: 'CA' })).toEqual({
      orderType: 'trial',
      country: 'CA',
    });
  });

  test('a platform without the chosen telephony option drops the telephony option', () => {
    const plan: SetupAnswers = {
      orderType: 'subscription',
      country: 'CA',
      platform: 'standard',
      telephony: 'webex-calling',
    };
    expect(rules.validAnswers(plan)).toStrictEqual({
      orderType: 'subscription',
      country: 'CA',
      platform: 'standard',
    });
  });

  test('the telephony option stays while the platform is asked again', () => {
    const plan: SetupAnswers = { orderType: 'trial', country: 'MX', telephony: 'voice-pop' };
    expect(rules.validAnswers(plan)).toEqual(plan);
  });

  test('every later answer stays while the country is asked again', () => {
    const changing: SetupAnswers = { ...usSubscription };
    delete changing.country;
    expect(rules.validAnswers(changing)).toEqual(changing);
  });

  describe('the PSTN add-on', () => {
    test('is dropped with its Webex Contact Center PSTN when the order becomes a trial', () => {
      expect(rules.validAnswers({ ...usSubscription, orderType: 'trial' })).toEqual({
        role: 'partner',
        orderType: 'trial',
        country: 'US',
        platform: 'standard',
        subdomain: 'acme',
      });
    });

    test('is dropped when the country has no add-on', () => {
      const moved = rules.validAnswers({ ...usSubscription, country: 'GB' });
      expect(moved).not.toHaveProperty('pstnAddOn');
      expect(moved).not.toHaveProperty('telephony');
      expect(moved).toMatchObject({ country: 'GB', platform: 'standard' });
    });

    test('with the add-on, Webex Contact Center PSTN is the only telephony option kept', () => {
      const other = { ...usSubscription, telephony: 'webex-calling' as const };
      expect(rules.validAnswers(other)).not.toHaveProperty('telephony');
    });

    test('without it, Webex Contact Center PSTN is not kept', () => {
      const without = { ...usSubscription, pstnAddOn: false };
      expect(rules.validAnswers(without)).not.toHaveProperty('telephony');
      expect(rules.validAnswers({ ...without, telephony: 'webex-calling' })).toEqual({
        ...without,
        telephony: 'webex-calling',
      });
    });

    test('while it is asked again, the telephony option stays', () => {
      const asking = { ...usSubscription };
      delete asking.pstnAddOn;
      expect(rules.validAnswers(asking)).toEqual(asking);
    });
  });

  test('a plan of kept answers is one the finished-plan check accepts', () => {
    const kept = rules.validAnswers(usSubscription);
    expect(() => checkPlan(kept, rules)).not.toThrow();
    const mixed = { ...usSubscription, telephony: 'webex-calling' as const };
    expect(() => checkPlan(mixed, rules)).toThrow(/telephony webex-calling/);
  });
});

describe('the platform choice', () => {
  test('a lone platform is chosen without a question, whatever was proposed', () => {
    expect(rules.platformChoice({ country: 'CA', proposed: { platform: 'exception' } })).toEqual({
      options: rules.platformsOf('CA'),
      automatic: { id: 'standard', reason: 'only-option' },
    });
  });

  test('several platforms and nothing proposed: a question', () => {
    const choice = rules.platformChoice({ country: 'JP' });
    expect(choice.options.map((p) => p.id)).toEqual(['standard', 'exception']);
    expect(choice).not.toHaveProperty('automatic');
    expect(choice).not.toHaveProperty('proposed');
  });

  test('a proposed platform counts only where the country has it', () => {
    expect(
      rules.platformChoice({ country: 'JP', proposed: { platform: 'exception' } }),
    ).toMatchObject({ proposed: 'exception' });
    expect(
      rules.platformChoice({ country: 'JP', proposed: { platform: 'controlled-ga' } }),
    ).not.toHaveProperty('proposed');
  });

  test('a proposed telephony option points at the one platform without a request that offers it', () => {
    const proposed = (country: string, telephony: 'webex-calling' | 'voice-pop') =>
      rules.platformChoice({ country, proposed: { telephony } }).proposed;
    expect(proposed('JP', 'webex-calling')).toBe('standard');
    // Controlled GA offers Webex Calling too, but only on a Solution Assurance request.
    expect(proposed('US', 'webex-calling')).toBe('standard');
    // Only the Exception platform offers Voice POP, and it needs a request: no guess.
    expect(proposed('JP', 'voice-pop')).toBeUndefined();
  });

  test('a proposed platform wins over a proposed telephony option, even one the country lacks', () => {
    const proposed = { platform: 'controlled-ga', telephony: 'webex-calling' } as const;
    expect(rules.platformChoice({ country: 'JP', proposed })).not.toHaveProperty('proposed');
  });
});

describe('numbers of the assistant come from the rules file', () => {
  test('the shipped numbers: a 24-hour hold, 3 free alternatives of 6 candidates', () => {
    expect(rules.subdomainHoldMs()).toBe(24 * 60 * 60 * 1000);
    expect(rules.subdomainAlternativesOffered()).toBe(3);
    expect(rules.subdomainAlternatives('acme')).toHaveLength(6);
  });

  test('changed in the file, changed in the rules', () => {
    const data = JSON.parse(readFileSync(defaultRulesFile(), 'utf8')) as {
      assistant: { subdomainHoldHours: number; subdomainAlternatives: Record<string, number> };
    };
    data.assistant.subdomainHoldHours = 2;
    data.assistant.subdomainAlternatives = { candidates: 4, offered: 1 };
    const changed = parseRules(data, 'changed.json');
    expect(changed.subdomainHoldMs()).toBe(2 * 60 * 60 * 1000);
    expect(changed.subdomainAlternativesOffered()).toBe(1);
    expect(changed.subdomainAlternatives('acme', 'JP')).toEqual([
      'acmejp',
      'acmecc',
      'acme2',
      'acme3',
    ]);
  });
});
