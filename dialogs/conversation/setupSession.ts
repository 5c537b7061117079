import type { CountryCode, PlatformId, TelephonyId } from '../../provisioning/identifiers';
import type { SetupDraft, StepId } from '../setupDraft';

/** Values read from a free-form message that a step still has to confirm or check. */
export interface Proposals {
  country?: CountryCode;
  platform?: PlatformId;
  telephony?: TelephonyId;
  subdomain?: string;
}

/** One admin's setup in one conversation: kept in private conversation state between turns. */
export interface SetupSession {
  welcomed: boolean;
  draft: SetupDraft;
  proposals: Proposals;
  /** Steps the admin answered a question for, in order: where "back" returns to. */
  history: StepId[];
  current?: StepId | 'summary';
  /** The role/order type whose way into the wizard was last shown. */
  accessShownFor?: string;
}

export function newSession(welcomed: boolean): SetupSession {
  return { welcomed, draft: {}, proposals: {}, history: [] };
}
