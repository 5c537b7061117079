import type { Activity } from 'botbuilder';
import { z } from 'zod';

export const MAX_TEXT_LENGTH = 10_000;
export const MAX_VALUE_BYTES = 16 * 1024;

const account = z.object({ id: z.string().min(1).max(512) }).loose();
/** Lists the bot reads: objects only (a string or a null item crashed the turn, F11). */
const objects = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max).optional();
const entity = z.object({ type: z.string().max(64).optional() }).loose();
const attachment = z.object({ contentType: z.string().max(256).optional() }).loose();

/** What an incoming Bot Framework activity must look like before the adapter sees it. */
const activitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(512).optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.string().min(1).max(2048),
    conversation: account,
    from: account,
    recipient: account.optional(),
    text: z.string().max(MAX_TEXT_LENGTH).optional(),
    locale: z.string().max(64).optional(),
    value: z.unknown().optional(),
    membersAdded: objects(account, 256),
    membersRemoved: objects(account, 256),
    entities: objects(entity, 64),
    attachments: objects(attachment, 16),
  })
  .loose()
  .refine(
    (a) =>
      a.value === undefined || Buffer.byteLength(JSON.stringify(a.value) ?? '') <= MAX_VALUE_BYTES,
    {
      message: `value is larger than ${MAX_VALUE_BYTES} bytes`,
      path: ['value'],
    },
  );

/** Undefined when the body is an acceptable activity, else the reason (without echoing the input). */
export function activityProblem(body: unknown): string | undefined {
  const result = activitySchema.safeParse(body);
  if (result.success) return undefined;
  return result.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}

/** The checked body as an Activity, its date strings turned into Dates as botbuilder does. */
export function toActivity(body: unknown): Activity {
  const activity = body as Activity & Record<string, unknown>;
  for (const field of ['timestamp', 'localTimestamp', 'expiration'] as const) {
    const value: unknown = activity[field];
    if (typeof value !== 'string') continue;
    const raw = `raw${field[0]!.toUpperCase()}${field.slice(1)}`;
    activity[raw] = value;
    activity[field] = new Date(value);
  }
  return activity;
}
