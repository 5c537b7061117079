import type { BotState, Storage, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { STEPS } from '../dialogs/setupDraft';
import { conversationStateKey } from '../state/storageKeys';
import { UNREADABLE_JSON } from '../state/storedItem';
import type { Logger } from './logger';

/** Where an unreadable conversation is set aside for the operator: `quarantine/<key><ms>`. */
export const QUARANTINE_PREFIX = 'quarantine/';

const record = z.record(z.string(), z.unknown());
const draft = z
  .object({
    role: z.string().optional(),
    orderType: z.string().optional(),
    country: z.string().optional(),
    pstnAddOn: z.boolean().optional(),
    platform: z.string().optional(),
    telephony: z.string().optional(),
    subdomain: z.string().optional(),
  })
  .loose();
const place = z.enum(['summary', ...STEPS]);

/** The parts of a stored session the dialogs rely on without checking them again. */
const session = z
  .object({
    draft,
    proposals: record.optional(),
    history: z.array(z.string()).optional(),
    current: place.optional(),
    planNumber: z.number().int().positive().optional(),
    changing: z
      .object({ draft, history: z.array(z.string()) })
      .loose()
      .optional(),
  })
  .loose();

const dialogInstance = z.object({ id: z.string(), state: record }).loose();
const dialogStack = z.object({ dialogStack: z.array(dialogInstance) }).loose();

/** The conversation state as this version of the bot writes it. */
const conversationState = z
  .object({
    setupSession: session.optional(),
    dialogState: dialogStack.optional(),
    recentActivityIds: z.array(z.string()).optional(),
  })
  .loose();

/**
 * Why a stored conversation cannot be continued, or undefined when it can: its JSON
 * could not be read, a field has another shape, or a dialog on its stack is unknown.
 */
export function conversationStateProblem(
  state: Record<string, unknown>,
  knownDialog: (id: string) => boolean,
): string | undefined {
  if (UNREADABLE_JSON in state) return 'unreadable JSON';
  const parsed = conversationState.safeParse(state);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return `${issue.path.join('.')}: ${issue.message}`;
  }
  // The root dialog's stack, and the stack inside it (the setup's own dialogs).
  for (const root of parsed.data.dialogState?.dialogStack ?? []) {
    if (!knownDialog(root.id)) return `unknown dialog "${root.id}"`;
    const inner = dialogStack.safeParse(root.state.dialogs);
    for (const entry of inner.success ? inner.data.dialogStack : []) {
      if (!knownDialog(entry.id)) return `unknown dialog "${entry.id}"`;
    }
  }
  return undefined;
}

/**
 * Checks the stored conversation when a turn reads it. One that cannot be continued is
 * logged once, set aside under `quarantine/` in the same store for the operator (never
 * deleted silently), and replaced by a fresh one, so that the admin starts again instead
 * of meeting the same failure at every message (restart and cancel included).
 */
export class StoredConversation {
  constructor(
    private readonly state: BotState,
    private readonly storage: Storage,
    private readonly log: Logger,
    private readonly knownDialog: (id: string) => boolean,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when the stored conversation was set aside and this turn starts afresh. */
  async setAsideIfUnusable(context: TurnContext): Promise<boolean> {
    const stored = await this.state.load(context);
    const problem = conversationStateProblem(stored, this.knownDialog);
    if (!problem) return false;
    const key = conversationStateKey(context);
    const quarantineKey = `${QUARANTINE_PREFIX}${key}${this.now()}`;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { eTag, ...content } = stored;
    await this.storage.write({
      [quarantineKey]: { key, problem, quarantinedAt: new Date(this.now()).toISOString(), content },
    });
    this.log.warn(
      { conversationId: context.activity.conversation?.id, problem, quarantineKey },
      'stored conversation could not be continued: set aside, starting again',
    );
    await this.state.clear(context);
    return true;
  }
}
