import { TurnContext, type Activity } from 'botbuilder';

/** A group chat or channel (Teams' conversation types), as opposed to a personal chat. */
export function isGroupConversation(activity: Partial<Activity>): boolean {
  const type = activity.conversation?.conversationType;
  return type === 'groupChat' || type === 'channel';
}

/**
 * Whether a message is meant for the bot: always in a personal chat; in a group chat
 * or channel only when the bot is mentioned or a card of the bot was pressed (Teams
 * delivers every channel message of a conversation the bot is in). The mention is
 * removed from the text so the answer reads as typed.
 */
export function teamsTakeMessage(activity: Partial<Activity>): boolean {
  if (activity.type !== 'message') return true;
  if (!isGroupConversation(activity)) return true;
  if (activity.value !== undefined && !activity.text) return true;
  const botId = activity.recipient?.id;
  const mentioned = TurnContext.getMentions(activity).some((m) => m.mentioned?.id === botId);
  if (!mentioned) return false;
  activity.text = TurnContext.removeRecipientMention(activity)?.trim() ?? '';
  return true;
}

/**
 * Whether a conversationUpdate is the first contact to greet. Teams reports the bot
 * itself as added when the app is installed (personal chat, group chat or team), and
 * people joining a group later are not greeted (other clients report the user as added).
 */
export function teamsIsFirstContact(activity: Partial<Activity>): boolean {
  return (activity.membersAdded ?? []).some((m) => m.id === activity.recipient?.id);
}
