import { CardFactory, type Activity, type Attachment } from 'botbuilder';
import type { OutgoingWebexMessage } from './webexTypes';

/** Webex rejects messages over 7,439 bytes. */
export const MAX_WEBEX_MESSAGE_BYTES = 7439;
const ADAPTIVE_CARD = CardFactory.contentTypes.adaptiveCard;

/**
 * One bot activity as Webex messages: the text split where it would be too
 * long, and at most one Adaptive Card per message (on the last part).
 */
export function toWebexMessages(
  activity: Partial<Activity>,
  roomId: string,
): OutgoingWebexMessage[] {
  const cards = (activity.attachments ?? []).filter(
    (a: Attachment) => a.contentType === ADAPTIVE_CARD,
  );
  // A question inside its card has no text of its own: clients without cards show the fallback.
  const text = activity.text || (cards[0] ? cardFallback(cards[0]) : '');
  const parts = splitByBytes(text, MAX_WEBEX_MESSAGE_BYTES);
  const messages: OutgoingWebexMessage[] = parts.map((part) => ({
    roomId,
    text: part,
    markdown: part,
  }));
  cards.forEach((card, index) => {
    const fallback = cardFallback(card) || ' ';
    const target = index === 0 ? messages[messages.length - 1] : undefined;
    const attachment = { contentType: ADAPTIVE_CARD, content: card.content };
    if (target) target.attachments = [attachment];
    else messages.push({ roomId, text: fallback, markdown: fallback, attachments: [attachment] });
  });
  return messages.filter((m) => m.text.trim() || m.attachments);
}

function cardFallback(card: Attachment): string {
  const content = card.content as { fallbackText?: unknown } | undefined;
  return typeof content?.fallbackText === 'string' ? content.fallbackText : '';
}

/** Splits at line breaks (or, for one overlong line, between characters) so each part fits. */
export function splitByBytes(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const candidate = current ? `${current}\n${line}` : line;
    if (Buffer.byteLength(candidate) <= maxBytes) {
      current = candidate;
      continue;
    }
    if (current) parts.push(current);
    const pieces = splitLongLine(line, maxBytes);
    current = pieces.pop() ?? '';
    parts.push(...pieces);
  }
  parts.push(current);
  return parts;
}

function splitLongLine(line: string, maxBytes: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of line) {
    if (piece && Buffer.byteLength(piece + char) > maxBytes) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  pieces.push(piece);
  return pieces;
}
