import type { Storage, TurnContext } from 'botbuilder';
import { conversationStateKey, userStateKey } from '../state/storageKeys';
import { TrackedState } from './trackedState';

/**
 * Private conversation state that saves with the eTag it read. botbuilder's
 * BotState always writes with eTag "*", so a second turn of the same
 * conversation (a Teams re-send, another instance) would silently overwrite the
 * first; with the read eTag the store rejects the stale write instead. Keys escape
 * "/" in ids (state/storageKeys.ts).
 */
export class OptimisticConversationState extends TrackedState {
  constructor(storage: Storage, changesInTurn?: (context: TurnContext) => boolean) {
    super(storage, conversationStateKey, true, changesInTurn);
  }
}

/** One user's state across conversations (their language); the last write wins, as in UserState. */
export class LastWriteWinsUserState extends TrackedState {
  constructor(storage: Storage) {
    super(storage, userStateKey, false);
  }
}
