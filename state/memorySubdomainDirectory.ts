import type { SubdomainDirectory } from '../provisioning/subdomainDirectory';
import {
  assertPositiveTtl,
  isFreeFor,
  isReleasableBy,
  normalizeSubdomain,
  normalizedSet,
  recordAfterHold,
  type SubdomainRecord,
} from './subdomainRecord';

/**
 * Holds and claims kept in process memory: for tests, the terminal and quick tries.
 * Each check-and-set runs without an `await` in between, so racing calls cannot interleave.
 */
export class MemorySubdomainDirectory implements SubdomainDirectory {
  private readonly records = new Map<string, SubdomainRecord>();
  private readonly takenElsewhere: ReadonlySet<string>;

  /**
   * `takenElsewhere`: subdomains already in use outside this bot; nobody can hold or claim them.
   * `now`: the clock holds expire by (tests pass their own).
   */
  constructor(
    takenElsewhere: Iterable<string> = [],
    private readonly now: () => number = Date.now,
  ) {
    this.takenElsewhere = normalizedSet(takenElsewhere);
  }

  async isAvailable(subdomain: string, holder: string): Promise<boolean> {
    return this.isFree(normalizeSubdomain(subdomain), holder);
  }

  async hold(subdomain: string, holder: string, ttlMs: number): Promise<boolean> {
    assertPositiveTtl(ttlMs);
    const name = normalizeSubdomain(subdomain);
    if (!this.isFree(name, holder)) return false;
    this.records.set(name, recordAfterHold(this.records.get(name), holder, this.now() + ttlMs));
    return true;
  }

  async release(subdomain: string, holder: string): Promise<void> {
    const name = normalizeSubdomain(subdomain);
    if (isReleasableBy(this.records.get(name), holder)) this.records.delete(name);
  }

  async claim(subdomain: string, holder: string): Promise<boolean> {
    const name = normalizeSubdomain(subdomain);
    if (!this.isFree(name, holder)) return false;
    this.records.set(name, { holder, claimed: true, expiresAt: null });
    return true;
  }

  private isFree(name: string, holder: string): boolean {
    return !this.takenElsewhere.has(name) && isFreeFor(this.records.get(name), holder, this.now());
  }
}
