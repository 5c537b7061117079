import type { TurnContext } from 'botbuilder-core';

/** Who holds a subdomain while setting up: one admin in one conversation on one channel. */
export function holderOf(context: TurnContext): string {
  const { channelId, conversation, from } = context.activity;
  return `${channelId}/${conversation?.id ?? ''}/${from?.id ?? ''}`;
}
