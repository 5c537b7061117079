import type { TurnContext } from 'botbuilder-core';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { Question } from '../question';
import type { TurnLanguage } from '../turnLanguage';
import type { Command } from '../conversation/commands';
import type { MessageKind } from '../conversation/messageKind';
import type { ProposedAnswers } from '../conversation/proposalReader';
import type { SetupSession } from '../conversation/setupSession';
import type { HandoffState } from '../handoff/handoffState';

/**
 * A message as the interruptions see it: read once per turn, in the order the list asks.
 * `dc` is the setup dialog's inner context (its loop and the active step).
 */
export interface IncomingMessage {
  readonly dc: DialogContext;
  readonly context: TurnContext;
  readonly session: SetupSession;
  /** The admin's handoffs to a person in this conversation (apart from the setup, kept across setups). */
  readonly handoff: HandoffState;
  readonly language: TurnLanguage;
  /** The first message of a setup: no question has been asked yet. */
  readonly first: boolean;
  /** The typed text, trimmed; undefined for a card submit, an attachment or an empty message. */
  readonly text: string | undefined;
  /** The id of a button pressed (a card submit). */
  readonly button: string | undefined;
  readonly command: Command | undefined;
  readonly kind: MessageKind | undefined;
  /** The question the active step is waiting on. */
  readonly question: Question | undefined;
  /** The answers the text proposes for any step (read on first use). */
  proposed(): ProposedAnswers;
}

/**
 * What happens after an interruption handled a message:
 * - `askAgain`: the question being asked is shown again (the first one, at the start);
 * - `askNext`: answers changed, the first open question is asked;
 * - `toStep`: the message is the active step's after all;
 * - a turn result: the handler decided itself (a confirmation asked, the setup cancelled).
 */
export type Next = 'askAgain' | 'askNext' | 'toStep' | { result: DialogTurnResult };

/**
 * One kind of message that is not simply the answer to the question being asked. The
 * setup dialog tries the list in order (interruptionList.ts); the first that matches
 * handles the message.
 */
export interface Interruption {
  readonly name: string;
  /** At the first message: answers instead of the welcome of a new setup. */
  readonly replacesWelcome?: boolean;
  /** Whether this handler takes the message (it may note what it read on the way). */
  matches(message: IncomingMessage): boolean;
  handle(message: IncomingMessage): Promise<Next>;
}
