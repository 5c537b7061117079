/** Raised when a turn runs past its deadline. */
export class TurnTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`turn did not finish within ${ms} ms`);
    this.name = 'TurnTimeoutError';
  }
}

/**
 * Resolves with the work's result, or rejects with TurnTimeoutError after `ms`.
 * The work is not stopped (JavaScript cannot); the caller marks the turn as given
 * up so that the late work can neither reply nor save.
 */
export async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TurnTimeoutError(ms)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
