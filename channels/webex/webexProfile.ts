import { TEXT_ONLY, type ChannelProfile } from '../../bot/render/channelProfile';

/**
 * Webex: Adaptive Cards 1.3 (attachment actions), plain line breaks. Event
 * activities pass the renderer; the Webex adapter has nowhere to send them and
 * drops them (the finished plan is recorded in the store either way).
 */
export const webexProfile: ChannelProfile = { ...TEXT_ONLY, cardVersion: '1.3' };
