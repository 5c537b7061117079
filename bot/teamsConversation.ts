import { TurnContext, type Activity } from 'botbuilder';

/** A Teams group chat or channel, where the bot only answers when it is mentioned. */
export function isTeamsGroup(activity: Partial<Activity>): boolean {
  const type = activity.conversation?.conversationType;
  return activity.channelId === 'msteams' && (type === 'groupChat' || type === 'channel');
}

/**
 * Whether a Teams message is meant for the bot: always in a personal chat; in a
 * group chat or channel only when the bot is mentioned or a card of the bot was
 * pressed. The mention is removed from the text so the answer reads as typed.
 */
export function takeTeamsMessage(activity: Partial<Activity>): boolean {
  if (activity.type !== 'message' || !isTeamsGroup(activity)) return true;
  if (activity.value !== undefined && !activity.text) return true;
  const botId = activity.recipient?.id;
  const mentioned = TurnContext.getMentions(activity).some((m) => m.mentioned?.id === botId);
  if (!mentioned) return false;
  activity.text = TurnContext.removeRecipientMention(activity)?.trim() ?? '';
  return true;
}
