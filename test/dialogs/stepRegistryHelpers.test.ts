import { Conversation, shippedRules } from '../support/conversation';
import {
  changeChoiceIds,
  completeRemaining,
  progressLabel,
  summaryChoiceIds,
} from '../support/stepRegistry';
import { STEPS, progressOf } from '../../dialogs/setupDraft';

describe('the test helpers that read the step registry', () => {
  test('the progress label counts the registry, and the summary counts with the last step', () => {
    const { of } = progressOf('summary');
    expect(progressLabel(STEPS[0]!)).toBe(`Step 1 of ${of}`);
    expect(progressLabel('summary')).toBe(`Step ${of} of ${of}`);
  });

  test('answering every question with its example reaches the summary, whose choices come from the registry', async () => {
    const conversation = new Conversation({ locale: 'en-US' });
    const summary = await completeRemaining(conversation, await conversation.join());
    expect(summary.questionId).toBe('summary');
    const ids = summary.choices.map((c) => c.id);
    expect(ids[0]).toBe('finish');
    const changes = ids.slice(1);
    expect(changes).toEqual(STEPS.map((s) => `change:${s}`).filter((id) => changes.includes(id)));
    expect(changes).toContain(`change:${STEPS[0]!}`);
  });

  test('the summary choices of a draft are finish, then a change per step that applies', () => {
    const rules = shippedRules();
    expect(summaryChoiceIds({}, rules)).toEqual(['finish', ...changeChoiceIds({}, rules)]);
    expect(changeChoiceIds({}, rules)).toEqual(
      STEPS.filter((s) => rules.answerApplies(s, {})).map((s) => `change:${s}`),
    );
  });
});
