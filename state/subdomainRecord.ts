/**
 * The rules a subdomain directory applies, shared by the memory and SQLite directories
 * (the Redis one applies the same rules inside its Lua scripts).
 */

/** Who holds or owns a subdomain. A hold has an expiry; a claim has none. */
export interface SubdomainRecord {
  holder: string;
  claimed: boolean;
  /** Epoch milliseconds; null for a claim. */
  expiresAt: number | null;
}

/** Subdomains are DNS labels: the same name in any letter case is the same subdomain. */
export function normalizeSubdomain(subdomain: string): string {
  return subdomain.trim().toLowerCase();
}

export function normalizedSet(subdomains: Iterable<string>): ReadonlySet<string> {
  return new Set(Array.from(subdomains, normalizeSubdomain));
}

/** A claim, or a hold that has not expired yet. */
export function isInForce(record: SubdomainRecord, now: number): boolean {
  return record.claimed || (record.expiresAt !== null && record.expiresAt > now);
}

/** Nobody else holds or owns the subdomain. */
export function isFreeFor(
  record: SubdomainRecord | undefined,
  holder: string,
  now: number,
): boolean {
  return record === undefined || !isInForce(record, now) || record.holder === holder;
}

/** What a hold leaves behind: the holder's claim stays a claim, anything else becomes a fresh hold. */
export function recordAfterHold(
  record: SubdomainRecord | undefined,
  holder: string,
  expiresAt: number,
): SubdomainRecord {
  if (record?.claimed && record.holder === holder) return record;
  return { holder, claimed: false, expiresAt };
}

export function isReleasableBy(record: SubdomainRecord | undefined, holder: string): boolean {
  return record !== undefined && !record.claimed && record.holder === holder;
}

export function assertPositiveTtl(ttlMs: number): void {
  if (!(ttlMs > 0) || !Number.isFinite(ttlMs)) {
    throw new RangeError(`hold ttlMs must be a positive number of milliseconds, got ${ttlMs}`);
  }
}
