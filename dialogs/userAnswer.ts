import type { Activity } from 'botbuilder-core';
import { z } from 'zod';

/** What a user's message amounts to, before any question interprets it. */
export type UserAnswer =
  | { kind: 'text'; text: string }
  | { kind: 'choice'; id: string; question?: string }
  | { kind: 'empty' }
  | { kind: 'attachment' }
  | { kind: 'too-long' }
  | { kind: 'unreadable-value' };

/** Longer answers are no answer to any of our questions; we do not try to parse them. */
export const MAX_ANSWER_LENGTH = 500;

/** The data our choice buttons submit (Adaptive Card Action.Submit, Webex attachment action). */
const choiceSubmit = z.object({
  choice: z.string().min(1).max(200),
  /** The question the button belongs to: a button of an earlier question answers nothing. */
  question: z.string().max(100).optional(),
});

export function readAnswer(activity: Partial<Activity>): UserAnswer {
  const text = (activity.text ?? '').trim();
  if (text) return text.length > MAX_ANSWER_LENGTH ? { kind: 'too-long' } : { kind: 'text', text };
  if (activity.value !== undefined && activity.value !== null) {
    const submit = choiceSubmit.safeParse(activity.value);
    return submit.success
      ? { kind: 'choice', id: submit.data.choice, question: submit.data.question }
      : { kind: 'unreadable-value' };
  }
  if (activity.attachments?.length) return { kind: 'attachment' };
  return { kind: 'empty' };
}
