import { z } from 'zod';

/** The commands counted per attempt (the `command` label of wxcc_setup_commands_total). */
export const COMMANDS = [
  'help',
  'back',
  'restart',
  'cancel',
  'language',
  'status',
  'share',
  'options',
] as const;
export type CommandId = (typeof COMMANDS)[number];

/** How an attempt ended, as shown to operators. `abandoned` is worked out when reading. */
export const OUTCOMES = [
  'finished',
  'cancelled',
  'unsupported-country',
  'handed-off',
  'abandoned',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The outcomes that close an attempt: the admin's next setup is a new attempt. */
export type ClosingOutcome = 'finished' | 'cancelled';

const counts = z.record(z.string(), z.number().int().nonnegative());

/**
 * One setup attempt of one admin in one conversation, as stored (one row or key per
 * attempt, rewritten whole at every turn that changes it). No typed text, except the
 * redacted unanswered questions when INSIGHTS_KEEP_QUESTIONS is true; no user id in
 * clear (`admin` is a keyed hash).
 */
export const attemptRecordSchema = z.object({
  v: z.literal(1),
  id: z.string().min(1),
  channel: z.string(),
  language: z.string(),
  admin: z.string().optional(),
  /** ms since the epoch: the first admin message, and the latest. */
  startedAt: z.number(),
  lastAt: z.number(),
  /** Admin messages in this attempt. */
  messages: z.number().int().nonnegative(),
  /** The setup (plan) number in the conversation at the latest turn: a new one after a close starts a new attempt. */
  plan: z.number().int().optional(),
  reached: z.array(z.string()),
  answered: z.array(z.string()),
  commands: counts,
  questions: z.object({
    topics: counts,
    unanswered: z.number().int().nonnegative(),
    outOfScope: z.number().int().nonnegative(),
    /** Redacted texts of unanswered questions (only with INSIGHTS_KEEP_QUESTIONS=true). */
    texts: z.array(z.string()),
  }),
  closed: z
    .object({
      outcome: z.enum(['finished', 'cancelled']),
      at: z.number(),
      country: z.string().optional(),
      platform: z.string().optional(),
      telephony: z.string().optional(),
    })
    .optional(),
  /** An unsupported country the admin named (ISO code): the outcome unless the attempt goes on to close. */
  unsupportedCountry: z.string().optional(),
  /** Where a handoff went (the handoff feature reports it). */
  handedOff: z.object({ target: z.string(), at: z.number() }).optional(),
});

export type AttemptRecord = z.infer<typeof attemptRecordSchema>;

/** The outcome of an attempt at `now`: closed, else handed off / unsupported, else abandoned after the idle time. */
export function outcomeOf(
  record: AttemptRecord,
  now: number,
  abandonAfterMs: number,
): Outcome | 'in-progress' {
  if (record.closed) return record.closed.outcome;
  if (record.handedOff) return 'handed-off';
  if (record.unsupportedCountry) return 'unsupported-country';
  return now - record.lastAt >= abandonAfterMs ? 'abandoned' : 'in-progress';
}
