import { z } from 'zod';

/** A webhook notification as Webex posts it (only the fields we use). */
export const webhookNotification = z.object({
  id: z.string().optional(),
  resource: z.enum(['messages', 'attachmentActions']),
  event: z.literal('created'),
  createdBy: z.string().optional(),
  data: z.object({
    id: z.string().min(1).max(500),
    roomId: z.string().min(1).max(500).optional(),
    personId: z.string().min(1).max(500).optional(),
    roomType: z.enum(['direct', 'group']).optional(),
  }),
});
export type WebhookNotification = z.infer<typeof webhookNotification>;

export const webexMessage = z.object({
  id: z.string(),
  roomId: z.string(),
  roomType: z.enum(['direct', 'group']).optional(),
  personId: z.string(),
  personEmail: z.string().optional(),
  text: z.string().optional(),
  html: z.string().optional(),
  files: z.array(z.string()).optional(),
  mentionedPeople: z.array(z.string()).optional(),
  /** The message this one replies to in a thread. */
  parentId: z.string().optional(),
});
export type WebexMessage = z.infer<typeof webexMessage>;

export const webexAttachmentAction = z.object({
  id: z.string(),
  type: z.string(),
  messageId: z.string().optional(),
  personId: z.string(),
  roomId: z.string(),
  inputs: z.record(z.string(), z.unknown()).default({}),
});
export type WebexAttachmentAction = z.infer<typeof webexAttachmentAction>;

export const webexPerson = z.object({
  id: z.string(),
  displayName: z.string().optional(),
  nickName: z.string().optional(),
  emails: z.array(z.string()).optional(),
  orgId: z.string().optional(),
});
export type WebexPerson = z.infer<typeof webexPerson>;

export const webexWebhook = z.object({
  id: z.string(),
  name: z.string(),
  targetUrl: z.string(),
  resource: z.string(),
  event: z.string(),
});
export type WebexWebhook = z.infer<typeof webexWebhook>;

/** What we post: markdown with a plain-text fallback, at most one card. */
export interface OutgoingWebexMessage {
  roomId: string;
  /** A thread reply to this message. */
  parentId?: string;
  text: string;
  markdown: string;
  attachments?: { contentType: string; content: unknown }[];
}
