import { z } from 'zod';
import {
  SubdomainCheckFailedError,
  type SubdomainDirectory,
} from '../provisioning/subdomainDirectory';

const answer = z.object({ available: z.boolean() });

/**
 * An organization's own availability service, asked before the local directory
 * holds a subdomain. Contract: GET <url>?subdomain=<name> answers 200 with
 * {"available": true|false}; anything else, or no answer within the timeout,
 * means "could not check" and the admin is asked to try again.
 */
export class HttpSubdomainCheck implements SubdomainDirectory {
  constructor(
    private readonly local: SubdomainDirectory,
    private readonly url: string,
    private readonly timeoutMs = 3000,
  ) {}

  async isAvailable(subdomain: string, holder: string): Promise<boolean> {
    return (
      (await this.local.isAvailable(subdomain, holder)) && (await this.remoteAvailable(subdomain))
    );
  }

  async hold(subdomain: string, holder: string, ttlMs: number): Promise<boolean> {
    if (!(await this.local.isAvailable(subdomain, holder))) return false;
    return (await this.remoteAvailable(subdomain)) && this.local.hold(subdomain, holder, ttlMs);
  }

  release(subdomain: string, holder: string): Promise<void> {
    return this.local.release(subdomain, holder);
  }

  claim(subdomain: string, holder: string): Promise<boolean> {
    return this.local.claim(subdomain, holder);
  }

  private async remoteAvailable(subdomain: string): Promise<boolean> {
    const url = new URL(this.url);
    url.searchParams.set('subdomain', subdomain);
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      throw new SubdomainCheckFailedError(
        `subdomain check service did not answer: ${String(error)}`,
        { cause: error },
      );
    }
    const parsed = answer.safeParse(
      response.ok ? await response.json().catch(() => undefined) : undefined,
    );
    if (!parsed.success)
      throw new SubdomainCheckFailedError(`subdomain check service answered ${response.status}`);
    return parsed.data.available;
  }
}
