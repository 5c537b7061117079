import type { TurnContext } from 'botbuilder';
import { escapeIdPart } from '../common/idEscaping';

/**
 * Storage keys built from ids escape "%" and "/" in every part, so that no two
 * (channel, conversation, user) triples share a key: botbuilder's own keys would give
 * conversation `t` with user `x/users/y` and conversation `t/users/x` with user `y` the
 * same one. Ids without either character keep the key botbuilder builds.
 */
function ids(context: TurnContext) {
  const { channelId, conversation, from } = context.activity;
  if (!channelId || !conversation?.id || !from?.id)
    throw new Error('an activity needs channelId, conversation.id and from.id to be stored');
  return {
    channel: escapeIdPart(channelId),
    conversation: escapeIdPart(conversation.id),
    user: escapeIdPart(from.id),
  };
}

/** The key of one user's state in one conversation. */
export function conversationStateKey(context: TurnContext): string {
  const { channel, conversation, user } = ids(context);
  return `${channel}/conversations/${conversation}/users/${user}/`;
}

/** The key of one user's state across conversations (their language). */
export function userStateKey(context: TurnContext): string {
  const { channel, user } = ids(context);
  return `${channel}/users/${user}/`;
}
