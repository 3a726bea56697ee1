/**
 * A tiny benchmark harness: runs a candidate and its baseline interleaved in the same process,
 * takes the median of several rounds and reports the ratio baseline ÷ candidate. Ratios, not
 * absolute times, are what a benchmark here claims (both sides measured in one run).
 */
import { performance } from 'node:perf_hooks';

export interface BenchCase {
  /** What is measured, in words. */
  readonly name: string;
  /** The implementation under test (may be async: network benchmarks await their requests). */
  readonly candidate: () => unknown;
  /** The reference it is compared with (e.g. the obvious minute-by-minute algorithm); both must return the same value. */
  readonly baseline: () => unknown;
  /** Prepares shared state before the first round (e.g. starts a server); awaited once. */
  readonly setup?: () => Promise<void>;
  /** Releases what `setup` made. */
  readonly teardown?: () => Promise<void>;
  /** Rounds of each (default 7). */
  readonly rounds?: number;
}

export interface BenchResult {
  readonly name: string;
  readonly candidateMs: number;
  readonly baselineMs: number;
  /** How many times faster the candidate is than the baseline. */
  readonly speedup: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

let sink: unknown;

async function time(fn: () => unknown): Promise<number> {
  const start = performance.now();
  sink = await fn();
  return performance.now() - start;
}

export async function runCase(bench: BenchCase): Promise<BenchResult> {
  const rounds = bench.rounds ?? 7;
  await bench.setup?.();
  try {
    // Warm-up, and a guard: a faster answer that is wrong is not a result.
    const expected = JSON.stringify(await bench.baseline());
    const actual = JSON.stringify(await bench.candidate());
    if (actual !== expected) {
      throw new Error(`${bench.name}: candidate returned ${actual}, baseline ${expected}`);
    }
    const c: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < rounds; i += 1) {
      c.push(await time(bench.candidate));
      b.push(await time(bench.baseline));
    }
    const candidateMs = median(c);
    const baselineMs = median(b);
    void sink;
    return { name: bench.name, candidateMs, baselineMs, speedup: baselineMs / Math.max(candidateMs, 1e-6) };
  } finally {
    await bench.teardown?.();
  }
}
