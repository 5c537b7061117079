import { loadRules } from '../../provisioning/loadRules';
import type { SetupAnswers } from '../../dialogs/steps/registry';
import {
  answerCount,
  droppedAnswers,
  nextStep,
  progressOf,
  STEPS,
  stepApplies,
  withAnswer,
  withoutAnswer,
} from '../../dialogs/setupDraft';

const rules = loadRules();

describe('the draft of a setup', () => {
  test('the next question skips the PSTN add-on where it does not exist', () => {
    const asked: SetupAnswers = { role: 'partner', orderType: 'subscription' };
    expect(nextStep(asked, rules)).toBe('country');
    expect(nextStep({ ...asked, country: 'US' }, rules)).toBe('pstnAddOn');
    expect(nextStep({ ...asked, country: 'JP' }, rules)).toBe('platform');
    expect(nextStep({ ...asked, orderType: 'trial', country: 'US' }, rules)).toBe('platform');
  });

  test('a complete draft has no next question', () => {
    const done: SetupAnswers = {
      role: 'customer',
      orderType: 'trial',
      country: 'JP',
      platform: 'standard',
      telephony: 'webex-calling',
      subdomain: 'acme',
    };
    // Every step of the registry that applies and is answered: nothing is left to ask.
    const open = STEPS.filter((s) => !(s in done) && stepApplies(s, done, rules));
    expect(nextStep(done, rules)).toBe(open[0]);
    expect(answerCount(done)).toBe(Object.keys(done).length);
  });

  test('an answer drops what it makes impossible, and the change says which', () => {
    const before: SetupAnswers = {
      orderType: 'subscription',
      country: 'US',
      pstnAddOn: true,
      platform: 'standard',
      telephony: 'webex-cc-pstn',
    };
    const after = withAnswer(before, 'orderType', 'trial', rules);
    expect(after).toEqual({ orderType: 'trial', country: 'US', platform: 'standard' });
    expect(droppedAnswers(before, after, 'orderType')).toEqual(['pstnAddOn', 'telephony']);
  });

  test('forgetting an answer keeps the others', () => {
    expect(withoutAnswer({ role: 'partner', country: 'JP' }, 'country')).toEqual({
      role: 'partner',
    });
  });

  test('the PSTN add-on counts as part of the country step', () => {
    const { of } = progressOf('summary');
    expect(of).toBe(STEPS.length - 1);
    expect(progressOf(STEPS[0]!)).toEqual({ step: 1, of });
    expect(progressOf('pstnAddOn')).toEqual(progressOf('country'));
    expect(progressOf(STEPS[STEPS.length - 1]!)).toEqual({ step: of, of });
  });
});
