import type { TFunction } from 'i18next';
import { handoffPost, threadMarkdown } from '../handoff/handoffPost';
import type { HandoffSummary } from '../handoff/handoffSummary';
import type { OutgoingWebexMessage } from './webexTypes';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** The handoff's first message in the Webex support space: markdown with the card. */
export function handoffMessage(
  roomId: string,
  summary: HandoffSummary,
  t: TFunction,
): OutgoingWebexMessage {
  const { title, markdown, card } = handoffPost(summary, t);
  return {
    roomId,
    text: title,
    markdown,
    attachments: [{ contentType: ADAPTIVE_CARD, content: card }],
  };
}

/** A line in the thread from the admin (or the bot): the name bold, the text inert. */
export function threadLine(roomId: string, parentId: string, name: string, text: string) {
  return { roomId, parentId, text: `${name}: ${text}`, markdown: threadMarkdown(name, text) };
}
