/** How a channel shows choices. Unknown channels (and the terminal) get a numbered text list. */
export interface ChannelProfile {
  /** Highest Adaptive Card schema the channel renders, or undefined for none. */
  cardVersion?: '1.3' | '1.5';
  /** Whether short choice lists show as suggested-action buttons. */
  suggestedActions: boolean;
}

const PROFILES: Record<string, ChannelProfile> = {
  msteams: { cardVersion: '1.5', suggestedActions: false },
  webex: { cardVersion: '1.3', suggestedActions: false },
  emulator: { cardVersion: '1.5', suggestedActions: true },
  webchat: { cardVersion: '1.5', suggestedActions: true },
  directline: { cardVersion: '1.5', suggestedActions: true },
};

const TEXT_ONLY: ChannelProfile = { suggestedActions: false };

export function channelProfile(channelId: string | undefined): ChannelProfile {
  return (channelId && PROFILES[channelId]) || TEXT_ONLY;
}

/** Up to this many choices fit as suggested actions; longer lists become a card. */
export const MAX_SUGGESTED_ACTIONS = 6;
