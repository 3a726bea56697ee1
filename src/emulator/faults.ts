/**
 * Fault injection for tests and chaos runs (`POST /emulator/faults`). Every Graph request draws
 * from a seeded generator, so a run with the same seed and the same request order sees the same
 * faults. A dropped connection is cut either before the request is handled or after it was
 * applied but before the answer is written — the ambiguous case that makes retries dangerous.
 */
import { z } from 'zod';

/** True when `source` compiles as a regular expression: an invalid `routes` is a 400, never a 500. */
function isPattern(source: string): boolean {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}

export const faultConfigSchema = z
  .object({
    rate429: z.number().min(0).max(1).default(0),
    rate503: z.number().min(0).max(1).default(0),
    rate504: z.number().min(0).max(1).default(0),
    retryAfterSeconds: z.number().int().min(0).max(120).default(1),
    latencyMs: z
      .tuple([z.number().int().min(0).max(30_000), z.number().int().min(0).max(30_000)])
      .refine(([min, max]) => min <= max, 'latencyMs must be [min, max] with min <= max')
      .default([0, 0]),
    dropRate: z.number().min(0).max(1).default(0),
    seed: z.number().int().default(1),
    /** Only requests whose method and route (e.g. `POST /v1.0/me/sendMail`) match this regex are affected. */
    routes: z.string().max(200).refine(isPattern, 'routes must be a valid regular expression').optional(),
  })
  .strict()
  .refine((c) => c.rate429 + c.rate503 + c.rate504 + c.dropRate <= 1, 'the fault rates add up to more than 1');
export type FaultConfig = z.output<typeof faultConfigSchema>;

export type FaultOutcome =
  | { readonly kind: 'pass'; readonly latencyMs: number }
  | { readonly kind: 'status'; readonly status: 429 | 503 | 504; readonly latencyMs: number }
  | { readonly kind: 'drop'; readonly when: 'before' | 'after'; readonly latencyMs: number };

/** mulberry32: small, fast, good enough for deterministic fault schedules. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  private config: FaultConfig | undefined;
  private random: () => number = Math.random;
  private routeFilter: RegExp | undefined;

  configure(config: FaultConfig): void {
    const routeFilter = config.routes === undefined ? undefined : new RegExp(config.routes, 'i');
    this.config = config;
    this.random = generator(config.seed);
    this.routeFilter = routeFilter;
  }

  clear(): void {
    this.config = undefined;
  }

  current(): FaultConfig | undefined {
    return this.config;
  }

  get retryAfterSeconds(): number {
    return this.config?.retryAfterSeconds ?? 1;
  }

  /** Decides the fate of one request. `canDrop` is false for requests inside a `$batch`. */
  decide(routeKey: string, canDrop: boolean): FaultOutcome {
    const config = this.config;
    if (config === undefined) return { kind: 'pass', latencyMs: 0 };
    if (this.routeFilter !== undefined && !this.routeFilter.test(routeKey)) return { kind: 'pass', latencyMs: 0 };
    const [min, max] = config.latencyMs;
    const latencyMs = min + Math.floor(this.random() * (max - min + 1));
    const roll = this.random();
    const half = this.random();
    let edge = config.rate429;
    if (roll < edge) return { kind: 'status', status: 429, latencyMs };
    edge += config.rate503;
    if (roll < edge) return { kind: 'status', status: 503, latencyMs };
    edge += config.rate504;
    if (roll < edge) return { kind: 'status', status: 504, latencyMs };
    edge += config.dropRate;
    if (roll < edge && canDrop) return { kind: 'drop', when: half < 0.5 ? 'before' : 'after', latencyMs };
    return { kind: 'pass', latencyMs };
  }
}
