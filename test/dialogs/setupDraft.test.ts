import { loadRules } from '../../provisioning/loadRules';
import type { SetupAnswers } from '../../dialogs/steps/registry';
import {
  answerCount,
  droppedAnswers,
  nextStep,
  progressOf,
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
    expect(nextStep(done, rules)).toBeUndefined();
    expect(answerCount(done)).toBe(6);
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
    expect(progressOf('role')).toEqual({ step: 1, of: 6 });
    expect(progressOf('pstnAddOn')).toEqual(progressOf('country'));
    expect(progressOf('subdomain')).toEqual({ step: 6, of: 6 });
  });
});
