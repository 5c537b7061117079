/**
 * What tests opened and have not closed yet. A test that fails or times out in the middle
 * (a fetch that never answers, say) never reaches its `finally`; what it opened is closed
 * after its file instead (test/support/closeLeftovers.ts, jest.config.js), so that Jest
 * still exits by itself.
 */
const open = new Set<() => Promise<void>>();

/** Remembers `close` until it has run; returns a close that runs it once and forgets it. */
export function closeLater(close: () => Promise<void>): () => Promise<void> {
  const once = async () => {
    open.delete(once);
    await close();
  };
  open.add(once);
  return once;
}

/** Closes everything still open, each on its own. */
export async function closeLeftovers(): Promise<void> {
  const closes = [...open];
  await Promise.allSettled(closes.map((close) => close()));
}
