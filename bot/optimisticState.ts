import { calculateChangeHash, type StoreItem, type TurnContext } from 'botbuilder';
import { EncodedPrivateConversationState } from '../state/storageKeys';

interface Loaded {
  eTag?: string;
  hash: string;
}

/**
 * Private conversation state that saves with the eTag it read. botbuilder's
 * BotState always writes with eTag "*", so a second turn of the same
 * conversation (a Teams re-send, another instance) would silently overwrite the
 * first; with the read eTag the store rejects the stale write instead. Keys escape
 * "/" in ids (state/storageKeys.ts).
 */
export class OptimisticConversationState extends EncodedPrivateConversationState {
  private readonly loadedKey = Symbol('optimisticState.loaded');

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const state = (await super.load(context, force)) as StoreItem;
    if (force || !context.turnState.has(this.loadedKey)) {
      context.turnState.set(this.loadedKey, {
        eTag: state.eTag,
        hash: calculateChangeHash(state),
      } satisfies Loaded);
    }
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const state = this.get(context) as StoreItem | undefined;
    if (!state) return;
    const loaded = context.turnState.get(this.loadedKey) as Loaded | undefined;
    const hash = calculateChangeHash(state);
    if (!force && loaded?.hash === hash) return;
    const key = await this.storageKey(context);
    state.eTag = loaded?.eTag ?? '*';
    await this.storage.write({ [key]: state });
    context.turnState.set(this.loadedKey, { eTag: state.eTag, hash } satisfies Loaded);
  }
}
