/** How a channel shows replies. Unknown channels (and the terminal) get plain text with numbered choices. */
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
}

const PROFILES: Record<string, ChannelProfile> = {
  msteams: {
    cardVersion: '1.5',
    suggestedActions: false,
    acceptsEvents: false,
    doubleLineBreaks: true,
  },
  webex: {
    cardVersion: '1.3',
    suggestedActions: false,
    acceptsEvents: true,
    doubleLineBreaks: false,
  },
  emulator: {
    cardVersion: '1.5',
    suggestedActions: true,
    acceptsEvents: true,
    doubleLineBreaks: false,
  },
  webchat: {
    cardVersion: '1.5',
    suggestedActions: true,
    acceptsEvents: true,
    doubleLineBreaks: false,
  },
  directline: {
    cardVersion: '1.5',
    suggestedActions: true,
    acceptsEvents: true,
    doubleLineBreaks: false,
  },
};

const TEXT_ONLY: ChannelProfile = {
  suggestedActions: false,
  acceptsEvents: true,
  doubleLineBreaks: false,
};

export function channelProfile(channelId: string | undefined): ChannelProfile {
  return (channelId && PROFILES[channelId]) || TEXT_ONLY;
}

/** Up to this many choices fit as suggested actions; longer lists become a card. */
export const MAX_SUGGESTED_ACTIONS = 6;
