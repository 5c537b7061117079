import { BotState, type Storage, type StoreItem, type TurnContext } from 'botbuilder';

interface Tracked {
  state: StoreItem;
  /** The state's JSON (without eTag) as the store holds it; '' when it must be written. */
  json: string;
  /** False in a turn known to change the state: every save writes, without a compare. */
  compare: boolean;
  /** The eTag the state was read (or last written) with. */
  eTag?: string;
}

/**
 * botbuilder's BotState with a cheaper change check. BotState hashes a replacer-driven
 * serialisation of the state at every load and save; this keeps the state's plain JSON as
 * read (or as last written) and compares it with the JSON at save. The state is written
 * when that JSON differs, as in BotState (whose hash is of the same fields, eTag left out).
 *
 * `optimistic`: writes carry the eTag that was read, so that the store rejects a write
 * over a newer one (EtagConflictError) instead of overwriting it; otherwise writes carry
 * "*" (last write wins), as BotState's do.
 *
 * `changesInTurn`: turns known to change the state (if they save at all). Their state is
 * written at every save without a compare, so its JSON is neither kept at load nor built
 * at save.
 */
export class TrackedState extends BotState {
  private readonly trackedKey = Symbol('trackedState');
  private readonly keyOf: (context: TurnContext) => string;

  constructor(
    storage: Storage,
    key: (context: TurnContext) => string,
    private readonly optimistic: boolean,
    private readonly changesInTurn: (context: TurnContext) => boolean = () => false,
  ) {
    super(storage, async (context) => key(context));
    this.keyOf = key;
  }

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const tracked = this.tracked(context);
    if (tracked && !force) return tracked.state;
    const key = this.keyOf(context);
    const items = await this.storage.read([key]);
    const state: StoreItem = items[key] ?? {};
    const compare = !this.changesInTurn(context);
    context.turnState.set(this.trackedKey, {
      state,
      json: compare ? jsonOf(state) : '',
      compare,
      eTag: state.eTag,
    } satisfies Tracked);
    return state;
  }

  override get(context: TurnContext): Record<string, unknown> | undefined {
    return this.tracked(context)?.state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    let tracked = this.tracked(context);
    if (!tracked) {
      if (!force) return;
      tracked = { state: {}, json: '', compare: true };
      context.turnState.set(this.trackedKey, tracked);
    }
    const json = tracked.compare ? jsonOf(tracked.state) : '';
    if (!force && tracked.compare && json === tracked.json) return;
    const key = this.keyOf(context);
    const sent = this.optimistic ? (tracked.eTag ?? '*') : '*';
    tracked.state.eTag = sent;
    await this.storage.write({ [key]: tracked.state });
    tracked.json = json;
    // The durable stores give written items their new eTag. botbuilder's MemoryStorage
    // does not (one process, turns of a conversation in turn): a second save of the same
    // turn then overwrites, instead of conflicting with its own first save.
    tracked.eTag = tracked.state.eTag !== sent || sent === '*' ? tracked.state.eTag : undefined;
  }

  override async clear(context: TurnContext): Promise<void> {
    // An empty JSON snapshot makes the next saveChanges write.
    context.turnState.set(this.trackedKey, {
      state: {},
      json: '',
      compare: true,
      eTag: this.tracked(context)?.eTag,
    } satisfies Tracked);
  }

  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.trackedKey);
    const key = this.keyOf(context);
    await this.storage.delete([key]);
  }

  private tracked(context: TurnContext): Tracked | undefined {
    return context.turnState.get(this.trackedKey) as Tracked | undefined;
  }
}

/** The state as the store keeps it: its JSON without the eTag (kept beside it). */
function jsonOf(state: StoreItem): string {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { eTag, ...rest } = state;
  return JSON.stringify(rest);
}
