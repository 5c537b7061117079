import type { Logger } from '../bot/logger';

/**
 * Counts one rejected request. The seam for the operator's metrics (a counter by route,
 * reason and status); the server passes the registry's counter in when it has one.
 */
export type CountRejected = (rejection: { route: string; reason: string; status: number }) => void;

export interface RejectedRequestsOptions {
  count?: CountRejected;
  /** At most one log line per reason in this long (the first one at once). */
  logEveryMs?: number;
  now?: () => number;
}

interface Sample {
  lastLoggedAt: number;
  /** Rejections of the reason not logged since the last line. */
  unlogged: number;
}

/**
 * Rejected requests (401, 400, 413, 429, ...): every one is counted, and logged sampled:
 * the first of a route and reason at once, then at most one line a minute with the count
 * since, so that a flood of forged requests cannot fill the disk with log lines.
 */
export class RejectedRequests {
  private readonly samples = new Map<string, Sample>();
  private readonly logEveryMs: number;
  private readonly now: () => number;

  constructor(
    private readonly log: Logger,
    private readonly options: RejectedRequestsOptions = {},
  ) {
    this.logEveryMs = options.logEveryMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  reject(route: string, reason: string, status: number, fields: Record<string, unknown> = {}) {
    this.options.count?.({ route, reason, status });
    const key = `${route} ${reason}`;
    const now = this.now();
    const sample = this.samples.get(key);
    if (sample && now - sample.lastLoggedAt < this.logEveryMs) {
      sample.unlogged++;
      return;
    }
    const count = (sample?.unlogged ?? 0) + 1;
    this.samples.set(key, { lastLoggedAt: now, unlogged: 0 });
    this.log.warn({ route, reason, status, count, ...fields }, 'request rejected');
  }
}
