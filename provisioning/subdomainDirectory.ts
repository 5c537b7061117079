/**
 * Which subdomains are taken. The dialogs ask through this interface; `state/`
 * provides the implementations (in memory, SQLite, Redis).
 *
 * A `holder` is one admin's setup conversation. A subdomain is held for a holder
 * while they finish the setup (the hold expires), and claimed for good on Finish.
 */
export interface SubdomainDirectory {
  /** Whether the subdomain is free for `holder`: nobody else holds it (unexpired) or has claimed it. */
  isAvailable(subdomain: string, holder: string): Promise<boolean>;
  /** Holds the subdomain for `holder` for `ttlMs`; false when somebody else holds or owns it. */
  hold(subdomain: string, holder: string, ttlMs: number): Promise<boolean>;
  /** Gives up `holder`'s hold (no effect on a claim or on somebody else's hold). */
  release(subdomain: string, holder: string): Promise<void>;
  /** Claims the subdomain for good; false when somebody else holds or owns it. Exactly one of many racing claims wins. */
  claim(subdomain: string, holder: string): Promise<boolean>;
}

/** Availability could not be checked right now (e.g. an external service did not answer); try again. */
export class SubdomainCheckFailedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SubdomainCheckFailedError';
  }
}
