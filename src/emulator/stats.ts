/**
 * Request counters for benchmarks and tests (`GET /emulator/stats`): how many Graph requests
 * arrived, by method and by route template, since start or the last reset. Requests inside a
 * `$batch` are counted apart, so "one HTTP request" stays countable.
 */
export interface StatsSnapshot {
  readonly since: string;
  readonly total: number;
  readonly byMethod: Record<string, number>;
  readonly byRoute: Record<string, number>;
  readonly batched: { readonly total: number; readonly byRoute: Record<string, number> };
  readonly faults: Record<string, number>;
}

const bump = (counts: Record<string, number>, key: string): void => {
  counts[key] = (counts[key] ?? 0) + 1;
};

export class Stats {
  private since = new Date();
  private total = 0;
  private byMethod: Record<string, number> = {};
  private byRoute: Record<string, number> = {};
  private batchedTotal = 0;
  private batchedByRoute: Record<string, number> = {};
  private faults: Record<string, number> = {};

  count(method: string, route: string, inBatch: boolean): void {
    const key = `${method.toUpperCase()} ${route}`;
    if (inBatch) {
      this.batchedTotal += 1;
      bump(this.batchedByRoute, key);
      return;
    }
    this.total += 1;
    bump(this.byMethod, method.toUpperCase());
    bump(this.byRoute, key);
  }

  fault(kind: string): void {
    bump(this.faults, kind);
  }

  reset(): void {
    this.since = new Date();
    this.total = 0;
    this.byMethod = {};
    this.byRoute = {};
    this.batchedTotal = 0;
    this.batchedByRoute = {};
    this.faults = {};
  }

  snapshot(): StatsSnapshot {
    return {
      since: this.since.toISOString(),
      total: this.total,
      byMethod: { ...this.byMethod },
      byRoute: { ...this.byRoute },
      batched: { total: this.batchedTotal, byRoute: { ...this.batchedByRoute } },
      faults: { ...this.faults },
    };
  }
}
