import { createHash } from 'node:crypto';
import type { AnswerChange } from './answerChanges';
import type { TurnContext } from 'botbuilder-core';
import type { CountryCode, PlatformId, TelephonyId } from '../../provisioning/identifiers';
import type { SetupPlan } from '../setupPlan';
import { holderOf } from '../holder';
import type { SetupAnswers } from '../steps/registry';
import type { StepId } from '../setupDraft';

/** Values read from a free-form message that a step still has to confirm or check. */
export interface Proposals {
  country?: CountryCode;
  pstnAddOn?: boolean;
  platform?: PlatformId;
  telephony?: TelephonyId;
  subdomain?: string;
  /** The valid form of an invalid subdomain named earlier, offered when the subdomain is asked. */
  subdomainSuggestion?: string;
}

/** One admin's setup in one conversation: kept in private conversation state between turns. */
export interface SetupSession {
  welcomed: boolean;
  draft: SetupAnswers;
  proposals: Proposals;
  /** Steps the admin answered a question for, in order: where "back" returns to. */
  history: StepId[];
  current?: StepId | 'summary';
  /** The role/order type whose way into the wizard was last shown. */
  accessShownFor?: string;
  /** Counts the plans started in this conversation; each plan holds its subdomain on its own. */
  planNumber?: number;
  /** Set while an answer is changed from the summary: what "back" returns to. */
  changing?: { draft: SetupAnswers; history: StepId[] };
  /** The choice ids of the "is it one of these?" menu just shown: a number typed next is one of them. */
  topicMenu?: string[];
  /**
   * The answers before the last change of mind ("actually Japan", "Webex Calling" at the
   * summary), until the next answer: "back" restores them.
   */
  undo?: { draft: SetupAnswers; history: StepId[] };
  /** A change of mind that clears other answers, waiting for the admin's yes. */
  pendingChange?: AnswerChange[];
  /** A restart or cancel waiting for the admin's yes. */
  pendingCommand?: 'restart' | 'cancel';
  /** The last plan finished in this conversation: a "thanks" names it, "share" hands it over. */
  lastPlan?: SetupPlan;
  /**
   * Set at Finish, until the admin asks for a new setup: the conversation is about the
   * last plan (interruptions/finishedPlan.ts), and no message starts a new setup silently.
   */
  aboutLastPlan?: boolean;
  /** The country the admin named last that the table does not have, until a message that is no question. */
  unsupportedCountry?: CountryCode;
}

/**
 * A fresh setup; the plan counter and the last finished plan carry over from `previous`
 * (and whether the conversation is still about that plan).
 */
export function newSession(previous?: SetupSession): SetupSession {
  return {
    welcomed: true,
    draft: {},
    proposals: {},
    history: [],
    planNumber: (previous?.planNumber ?? 0) + 1,
    ...(previous?.lastPlan ? { lastPlan: previous.lastPlan } : {}),
    ...(previous?.lastPlan && previous.aboutLastPlan ? { aboutLastPlan: true } : {}),
  };
}

/**
 * Who holds a subdomain in the directory: this admin's current plan. A subdomain
 * claimed for a finished plan is therefore taken for every later plan, in this
 * conversation too. (Sessions stored before plans were counted hold as the admin.)
 */
export function planHolder(context: TurnContext, session: SetupSession): string {
  const admin = holderOf(context);
  return session.planNumber === undefined ? admin : `${admin}#plan-${session.planNumber}`;
}

/** Drops what an earlier message proposed for a step (once it is answered, or asked again). */
export function forgetProposal(session: SetupSession, step: StepId | 'summary'): void {
  Reflect.deleteProperty(session.proposals, step);
  if (step === 'subdomain') delete session.proposals.subdomainSuggestion;
}

/** What an earlier message proposed for a step, if anything. */
export function proposalOf(session: SetupSession, step: StepId): unknown {
  return Reflect.get(session.proposals, step);
}

/**
 * The id of the plan a holder (planHolder) finishes: derived from it, so it is fixed
 * before anything is claimed or recorded, and a finish that is retried or re-sent after
 * a timeout or a crash (its session never saved) records the same plan, not a second one.
 * UUID-shaped (version 8, name-based), so it cannot be read back into the admin's ids.
 */
export function planIdOf(holder: string): string {
  const hex = createHash('sha256').update(`wxcc-setup-plan:${holder}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
