/**
 * Test helpers that read the step registry (dialogs/steps/registry.ts), so that a
 * transcript asserts question ids and outcomes rather than the number of steps: adding
 * a step must break no existing test.
 */
import { STEP_MODULES, type SetupAnswers, type StepId } from '../../dialogs/steps/registry';
import { STEPS, progressOf, stepApplies } from '../../dialogs/setupDraft';
import { resources } from '../../locales/resources';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import type { Conversation, Reply } from './conversation';

/** A step's progress label, as the bot shows it ("Step 3 of 6", "Steg 3 av 6"). */
export function progressLabel(step: StepId | 'summary', lang: 'en' | 'sv' = 'en'): string {
  const { step: n, of } = progressOf(step);
  return lang === 'sv' ? `Steg ${n} av ${of}` : `Step ${n} of ${of}`;
}

/**
 * The steps the transcripts were written with. A step added to the registry later is
 * not in this list: wherever a transcript meets its question, the test helpers answer
 * it with the step's example and go on, so the transcript still asserts every question
 * it names. Never add a step here: a test that cares about a new step names it itself.
 */
export const TRANSCRIPT_STEPS: readonly string[] = [
  'role',
  'orderType',
  'country',
  'pstnAddOn',
  'platform',
  'telephony',
  'subdomain',
];

/** Whether a question belongs to a step added after the transcripts were written. */
export function isNewStepQuestion(questionId: string | undefined): boolean {
  const step = questionId?.split('.')[0];
  return isStepId(step) && !TRANSCRIPT_STEPS.includes(step);
}

/** What is needed of a reply to answer it: its question and its choices. */
interface Asked {
  questionId?: string;
  choices: readonly { label: string }[];
}

/**
 * Answers the questions of steps added after the transcripts were written, each with its
 * typical answer, until the reply asks something else (or `target`, when a test names a
 * new step itself). Returns every reply, the given one first.
 */
export async function passNewSteps<R extends Asked>(
  say: (text: string) => Promise<R>,
  from: R,
  target?: string,
): Promise<R[]> {
  const replies = [from];
  let reply = from;
  for (let turn = 0; isNewStepQuestion(reply.questionId) && reply.questionId !== target; turn++) {
    if (turn >= 4 * STEP_MODULES.length) {
      throw new Error(`a new step's question was asked again and again: ${reply.questionId}`);
    }
    reply = await say(typicalAnswer(reply));
    replies.push(reply);
  }
  return replies;
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
export function typicalAnswer(reply: Asked): string {
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

/** The steps added to the registry after the transcripts were written, in order. */
export function newSteps(): StepId[] {
  return STEPS.filter((s) => !TRANSCRIPT_STEPS.includes(s));
}

/**
 * A transcript's literal summary choices with a `change:<step>` for each step added
 * since (one that applies to `draft`), at its place in the registry's order. The literal
 * ids keep their own order: only new ones are inserted.
 */
export function withNewStepChoices(
  choiceIds: readonly string[],
  draft: SetupAnswers,
  rules: ProvisioningRules,
): string[] {
  const result = [...choiceIds];
  for (const step of newSteps()) {
    if (!stepApplies(step, draft, rules)) continue;
    const after = STEPS.slice(STEPS.indexOf(step) + 1).map((s) => `change:${s}`);
    const at = result.findIndex((id) => after.includes(id));
    result.splice(at === -1 ? result.length : at, 0, `change:${step}`);
  }
  return result;
}

/**
 * What the admin says, then the questions of steps added since the test was written,
 * each answered with its example: the reply that asks a question the test knows (or
 * nothing), with the text of every reply on the way.
 */
export async function sayPastNewSteps(conversation: Conversation, text: string): Promise<Reply> {
  const replies = await passNewSteps(
    (next) => conversation.say(next),
    await conversation.say(text),
  );
  const last = replies[replies.length - 1]!;
  return { ...last, text: replies.map((r) => r.text).join('\n') };
}

/**
 * The step added since the tests were written whose question a rendered text asks (in
 * any language), for channels whose replies carry no question id (HTTP, Webex).
 */
export function newStepAskedIn(text: string): StepId | undefined {
  return newSteps().find((step) =>
    Object.values(resources).some(({ translation }) => {
      const texts = translation as unknown as Record<string, { question?: string } | undefined>;
      const question = texts[step]?.question?.split('{{')[0];
      return question !== undefined && text.includes(question);
    }),
  );
}
