import type { TurnContext } from 'botbuilder-core';
import { escapeIdPart } from '../common/idEscaping';

/**
 * Who holds a subdomain while setting up: one admin in one conversation on one channel.
 * "%" and "/" are escaped in each id so that no two admins share a holder.
 */
export function holderOf(context: TurnContext): string {
  const { channelId, conversation, from } = context.activity;
  return [channelId, conversation?.id, from?.id].map((id) => escapeIdPart(id ?? '')).join('/');
}
