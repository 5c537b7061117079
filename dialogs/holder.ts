import type { TurnContext } from 'botbuilder-core';

/**
 * Who holds a subdomain while setting up: one admin in one conversation on one channel.
 * "%" and "/" are escaped in each id so that no two admins share a holder.
 */
export function holderOf(context: TurnContext): string {
  const { channelId, conversation, from } = context.activity;
  return [channelId, conversation?.id, from?.id].map((id) => escapeId(id ?? '')).join('/');
}

function escapeId(id: string): string {
  return id.replace(/[%/]/g, (c) => (c === '%' ? '%25' : '%2F'));
}
