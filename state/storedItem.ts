import type { StoreItem } from 'botbuilder';

/**
 * The pieces every durable Storage shares: an item is kept as its JSON without the
 * eTag, next to the eTag, and a write with an eTag other than '*' must match.
 */

export interface StoredItem {
  eTag: string;
  json: string;
}

/** The eTag a write must match, or undefined when the write overwrites unconditionally. */
export function expectedEtag(item: StoreItem): string | undefined {
  const eTag: unknown = item.eTag;
  return typeof eTag === 'string' && eTag !== '' && eTag !== '*' ? eTag : undefined;
}

/** Serialises an item without its eTag (the eTag is kept beside it). */
export function itemJson(item: StoreItem): string {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { eTag, ...rest } = item;
  return JSON.stringify(rest);
}

/**
 * The one field of an item whose stored JSON could not be read (truncated, not an
 * object): it holds that text, so that the reader can set it aside instead of failing
 * on every read of the key.
 */
export const UNREADABLE_JSON = '$unreadableJson';

/** Rebuilds an item as read from the store, carrying its current eTag. */
export function itemFromStored(stored: StoredItem): StoreItem {
  let value: unknown;
  try {
    value = JSON.parse(stored.json);
  } catch {
    value = undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { [UNREADABLE_JSON]: stored.json, eTag: stored.eTag };
  }
  return { ...(value as Record<string, unknown>), eTag: stored.eTag };
}
