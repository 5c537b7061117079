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

/**
 * Whether a conversationUpdate is the first contact to greet. Teams reports the bot
 * itself as added when the app is installed (personal chat, group chat or team),
 * and people joining a group later are not greeted; other clients (Emulator, Web
 * Chat, the terminal) report the user as added.
 */
export function isFirstContact(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  const added = activity.membersAdded ?? [];
  if (activity.channelId === 'msteams') return added.some((m) => m.id === botId);
  return added.some((m) => m.id !== botId);
}
