import type { Activity } from 'botbuilder';
/**
 * How a channel shows replies and which conventions of its conversations the bot
 * follows. Each channel's folder under channels/ defines its profile; the bot
 * receives them all. Unknown channels (and the terminal) get plain text with
 * numbered choices.
 */
export interface ChannelProfile {
  /** Highest Adaptive Card schema the channel renders, or undefined for none. */
  cardVersion?: '1.3' | '1.5';
  /** Whether short choice lists show as suggested-action buttons. */
  suggestedActions: boolean;
  /**
   * Whether the channel takes `event` activities from the bot. Teams (and the
   * Agents Playground) answer one with 400, which would fail the turn.
   */
  acceptsEvents: boolean;
  /** Whether a single line break must be doubled to show (Teams renders text as markdown). */
  doubleLineBreaks: boolean;
  /**
   * Whether a message is meant for the bot (in a group, a channel may want a mention;
   * it may remove the mention from the text so that the answer reads as typed).
   */
  takeMessage(activity: Partial<Activity>): boolean;
  /** Whether a conversationUpdate is the first contact, to be greeted. */
  isFirstContact(activity: Partial<Activity>): boolean;
  /** Whether an answered question card is replaced by its text and an "answered" note. */
  updatesAnsweredCards: boolean;
}

/** Channel id to profile. */
export type ChannelProfiles = Readonly<Record<string, ChannelProfile>>;

/** Plain text with numbered choices; each channel's profile says how it differs from this. */
export const TEXT_ONLY: ChannelProfile = {
  suggestedActions: false,
  acceptsEvents: true,
  doubleLineBreaks: false,
  takeMessage: () => true,
  isFirstContact: (activity) =>
    (activity.membersAdded ?? []).some((m) => m.id !== activity.recipient?.id),
  updatesAnsweredCards: false,
};

export function profileFor(
  profiles: ChannelProfiles,
  channelId: string | undefined,
): ChannelProfile {
  return (channelId && profiles[channelId]) || TEXT_ONLY;
}

/** Up to this many choices fit as suggested actions; longer lists become a card. */
export const MAX_SUGGESTED_ACTIONS = 6;
