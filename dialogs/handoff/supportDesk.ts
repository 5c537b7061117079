import type { TurnContext } from 'botbuilder-core';
import { z } from 'zod';

/** What the support team gets when a handoff starts (rendered by the channel's desk). */
export interface HandoffRequest {
  /** The plan so far as labelled lines in the admin's language, the data center included. */
  plan: { title: string; value: string }[];
  /** The step the admin was on (its id). */
  step: string;
  /** The last few questions the admin asked, oldest first. */
  recentQuestions: string[];
  /** What the admin needs, in their own words. */
  words: string;
  /** The language the admin speaks with the bot. */
  language: string;
}

/** How a request for a person was answered. */
export type HandoffOpening =
  /** Posted to the support team: `id` names the handoff (its support thread). */
  | { kind: 'opened'; id: string; target: HandoffTarget }
  /** No support space: the configured contact text (HANDOFF_CONTACT), shown as it is. */
  | { kind: 'contact'; contact: string }
  /** Neither a support space nor a contact is configured. */
  | { kind: 'none' };

export type HandoffTarget = 'webex' | 'teams';

/**
 * The support team as the dialogs see it. The channels implement it (a Webex space,
 * a Teams channel) and the composition root hands it to the dialogs; `context` is the
 * admin's turn (who they are, how to reach them again).
 */
export interface SupportDesk {
  open(context: TurnContext, request: HandoffRequest): Promise<HandoffOpening>;
  /** Posts the admin's text to the handoff's thread; false when the handoff is closed. */
  relay(context: TurnContext, id: string, text: string): Promise<boolean>;
  /** The admin ended the handoff ("continue setup"). */
  close(context: TurnContext, id: string): Promise<void>;
  /** The contact given instead of a handoff once the limit is reached (HANDOFF_CONTACT). */
  contact(): string | undefined;
  /** Whether a request would reach a support space (else the contact is given at once). */
  hasTarget(): Promise<boolean>;
}

/** The operator's side: one call per handoff started (the handed-off outcome, the metric). */
export type HandoffRecorder = (target: HandoffTarget) => void;

/**
 * The events a desk sends into the admin's conversation (through the bot's own
 * pipeline, so that the admin's language and channel apply): a person's reply, and
 * the person ending the handoff.
 */
export const HANDOFF_REPLY_EVENT = 'handoff.reply';
export const HANDOFF_CLOSED_EVENT = 'handoff.closed';

export const handoffEventValue = z.object({
  id: z.string().min(1).max(500),
  name: z.string().max(200),
  text: z.string().max(7000).default(''),
});
export type HandoffEventValue = z.infer<typeof handoffEventValue>;

/** A desk without a support space: every request gets the contact text, or nothing configured. */
export class ContactOnlyDesk implements SupportDesk {
  constructor(private readonly contactText?: string) {}

  async open(): Promise<HandoffOpening> {
    return this.contactText ? { kind: 'contact', contact: this.contactText } : { kind: 'none' };
  }

  async relay(): Promise<boolean> {
    return false;
  }

  async close(): Promise<void> {}

  contact(): string | undefined {
    return this.contactText;
  }

  async hasTarget(): Promise<boolean> {
    return false;
  }
}
