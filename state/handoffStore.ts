import type { ConversationReference, Storage } from 'botbuilder';
import { z } from 'zod';
import { escapeIdPart } from '../common/idEscaping';

/** How to reach a conversation again (botbuilder's ConversationReference, checked when read). */
const referenceShape = z
  .object({
    channelId: z.string(),
    serviceUrl: z.string(),
    conversation: z.looseObject({ id: z.string() }),
    user: z.looseObject({ id: z.string() }).optional(),
    bot: z.looseObject({ id: z.string() }).optional(),
    locale: z.string().optional(),
  })
  .loose();
const reference = referenceShape.transform((r) => r as unknown as Partial<ConversationReference>);

/** One handoff: the support thread it lives in and the admin it came from. */
export const handoffRecord = z.object({
  /** The support thread's root message id (Webex message id, Teams activity id). */
  thread: z.string().min(1),
  target: z.enum(['webex', 'teams']),
  admin: reference,
  adminName: z.string(),
  open: z.boolean(),
  openedAt: z.string(),
});
export type HandoffRecord = z.infer<typeof handoffRecord>;

/**
 * Open and closed handoffs, found by their support thread in one read (a person's reply
 * names the thread it answers), and the Teams channel registered for handoffs. Kept in
 * the conversation store, so they survive a restart and are shared by every instance.
 */
export interface HandoffStore {
  save(record: HandoffRecord): Promise<void>;
  byThread(thread: string): Promise<HandoffRecord | undefined>;
  /** Marks the handoff closed; false when it was not open. */
  close(thread: string): Promise<boolean>;
  teamsChannel(): Promise<Partial<ConversationReference> | undefined>;
  setTeamsChannel(channel: Partial<ConversationReference>): Promise<void>;
}

/**
 * A HandoffStore over the bot's own Storage (SQLite, Redis or memory). Its items expire
 * with the conversations (STATE_TTL_DAYS after their last write); the Teams channel is
 * written again whenever it is used and at start-up, so it stays while the bot runs.
 */
export class StorageHandoffStore implements HandoffStore {
  constructor(private readonly storage: Storage) {}

  async save(record: HandoffRecord): Promise<void> {
    await this.storage.write({ [threadKey(record.thread)]: { ...record, eTag: '*' } });
  }

  async byThread(thread: string): Promise<HandoffRecord | undefined> {
    const key = threadKey(thread);
    const item: unknown = (await this.storage.read([key]))[key];
    const parsed = handoffRecord.safeParse(item);
    return parsed.success ? parsed.data : undefined;
  }

  async close(thread: string): Promise<boolean> {
    const record = await this.byThread(thread);
    if (!record?.open) return false;
    await this.save({ ...record, open: false });
    return true;
  }

  async teamsChannel(): Promise<Partial<ConversationReference> | undefined> {
    const item: unknown = (await this.storage.read([TEAMS_CHANNEL_KEY]))[TEAMS_CHANNEL_KEY];
    const parsed = z.object({ channel: reference }).safeParse(item);
    return parsed.success ? parsed.data.channel : undefined;
  }

  async setTeamsChannel(channel: Partial<ConversationReference>): Promise<void> {
    await this.storage.write({ [TEAMS_CHANNEL_KEY]: { channel, eTag: '*' } });
  }
}

const TEAMS_CHANNEL_KEY = 'handoffs/teams-channel';

function threadKey(thread: string): string {
  return `handoffs/threads/${escapeIdPart(thread)}`;
}
