/**
 * Test helpers that read the step registry (dialogs/steps/registry.ts), so that a
 * transcript asserts question ids and outcomes rather than the number of steps: adding
 * a step must break no existing test.
 */
import { STEP_MODULES, type SetupAnswers, type StepId } from '../../dialogs/steps/registry';
import { STEPS, progressOf } from '../../dialogs/setupDraft';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import type { Conversation, Reply } from './conversation';

/** The English progress label of a step, as the bot shows it ("Step 3 of 6"). */
export function progressLabel(step: StepId | 'summary'): string {
  const { step: n, of } = progressOf(step);
  return `Step ${n} of ${of}`;
}

/** The summary's change choices for a draft, in the registry's order. */
export function changeChoiceIds(draft: SetupAnswers, rules: ProvisioningRules): string[] {
  return STEPS.filter((s) => rules.answerApplies(s, draft)).map((s) => `change:${s}`);
}

/** The summary's choices: finish, then a change per answered step. */
export function summaryChoiceIds(draft: SetupAnswers, rules: ProvisioningRules): string[] {
  return ['finish', ...changeChoiceIds(draft, rules)];
}

function isStepId(id: string | undefined): id is StepId {
  return STEP_MODULES.some((m) => m.id === id);
}

/** What a simulated admin answers to a question the test does not care about. */
export function typicalAnswer(reply: Reply): string {
  const id = reply.questionId;
  if (id?.endsWith('.confirm')) return 'yes';
  if (isStepId(id)) return STEP_MODULES.find((m) => m.id === id)!.example;
  const first = reply.choices[0];
  if (first) return first.label;
  throw new Error(`no typical answer for question ${id ?? '(none)'}`);
}

/**
 * Answers every remaining question with its step's example (a confirmation with "yes",
 * any other question with its first choice) until `until` is asked (default: the summary).
 * Returns the reply that asks it; fails after `limit` turns.
 */
export async function completeRemaining(
  conversation: Conversation,
  from: Reply,
  until = 'summary',
  limit = 4 * STEP_MODULES.length,
): Promise<Reply> {
  let reply = from;
  for (let turn = 0; turn < limit; turn++) {
    if (reply.questionId === until) return reply;
    reply = await conversation.say(typicalAnswer(reply));
  }
  throw new Error(
    `"${until}" was not asked within ${limit} turns (last: ${reply.questionId ?? 'none'})`,
  );
}
