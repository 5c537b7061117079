import type { Activity } from 'botbuilder';
import type { ChannelProfile } from './channelProfile';
import { renderQuestion } from './questionRenderer';

/**
 * The bot's replies as the channel needs them: questions rendered, line breaks
 * that show, the locale set, and events left out where the channel rejects them
 * (the finished plan is recorded in the store either way).
 */
export function prepareOutgoing(
  activities: Partial<Activity>[],
  profile: ChannelProfile,
  locale: string | undefined,
): Partial<Activity>[] {
  return activities
    .filter((a) => profile.acceptsEvents || a.type !== 'event')
    .map((activity) => {
      const rendered = { ...renderQuestion(activity, profile), locale };
      if (profile.doubleLineBreaks && rendered.text)
        rendered.text = rendered.text.replace(/\n+/g, '\n\n');
      return rendered;
    });
}
