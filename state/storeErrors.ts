/**
 * Errors every store throws, so that the bot can tell "try again shortly" (the store
 * cannot be reached) apart from "somebody else changed this first" (an eTag conflict).
 */

/** The database or Redis could not be reached or did not answer in time. The cause is kept. */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/**
 * A write carried an eTag that no longer matches the stored item. The message is the one
 * botbuilder's MemoryStorage uses, so code that matches on it works with every store.
 */
export class EtagConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'EtagConflictError';
  }
}

/** True for our EtagConflictError and for the plain Error that MemoryStorage throws. */
export function isEtagConflict(error: unknown): boolean {
  return (
    error instanceof EtagConflictError ||
    (error instanceof Error && error.message.includes('due to eTag conflict'))
  );
}
