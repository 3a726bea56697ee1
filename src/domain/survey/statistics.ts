/**
 * Small, dependency-free statistics for satisfaction surveys (PR-SGI-015): Wilson intervals,
 * finite population correction, NPS standard error, means with t-intervals and the differences
 * used for year-over-year comparisons. All proportions are fractions in [0, 1]; NPS is in [−1, 1].
 */
import { DomainError } from '../shared/domain-error';

/** A closed interval `[low, high]`. */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** Confidence level used when none is given. */
export const DEFAULT_CONFIDENCE = 0.95;

/** Below this many observations an estimate is flagged as a small sample (normal approximations are rough). */
export const SMALL_SAMPLE_THRESHOLD = 30;

/** How an interval is built. */
export interface IntervalOptions {
  /** Two-sided confidence level in (0, 1); default 0.95. Ignored when `z` is given. */
  readonly confidence?: number;
  /**
   * Normal critical value to use instead of the one derived from `confidence` (e.g. 1.96).
   * The matching confidence `P(|Z| < z)` is then used for t-intervals, so both stay consistent.
   */
  readonly z?: number;
  /**
   * Size N of the finite population sampled (e.g. the contacts an invitation reached). When
   * given, standard errors are multiplied by the finite population correction.
   */
  readonly populationSize?: number;
}

function invalid(name: string, value: number | string): never {
  throw new DomainError('SURVEY.STATS.INVALID_ARGUMENT', { name, value: String(value) });
}

function requireCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) invalid(name, value);
}

/** True when `n` is below {@link SMALL_SAMPLE_THRESHOLD}. */
export function isSmallSample(n: number): boolean {
  return n < SMALL_SAMPLE_THRESHOLD;
}

/**
 * P(|Z| < x) for a standard normal Z, from the series Φ(x) − ½ = φ(x)·Σ x^(2k+1)/(1·3·…·(2k+1)),
 * which converges for every x and is accurate to ~1e-15 for |x| ≤ 8 (beyond, the result is 1).
 */
export function normalTwoSidedProbability(x: number): number {
  const a = Math.abs(x);
  if (a > 8) return 1;
  let term = a;
  let sum = a;
  for (let k = 1; k < 500 && term > 1e-17 * sum; k += 1) {
    term *= (a * a) / (2 * k + 1);
    sum += term;
  }
  const density = Math.exp(-(a * a) / 2) / Math.sqrt(2 * Math.PI);
  return Math.min(1, 2 * density * sum);
}

/**
 * P(|T| < t) for Student's t with `df` (a positive integer) degrees of freedom, from the exact
 * finite sums of Abramowitz & Stegun 26.7.3–26.7.4 in θ = atan(t/√df).
 */
export function studentTTwoSidedProbability(t: number, df: number): number {
  if (!Number.isInteger(df) || df < 1) invalid('df', df);
  const theta = Math.atan(Math.abs(t) / Math.sqrt(df));
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  if (df % 2 === 1) {
    // (2/π)·(θ + sinθ·(c + (2/3)c³ + (2·4)/(3·5)c⁵ + … + c^(df−2)·…))
    let sum = 0;
    let term = c;
    for (let p = 1; p <= df - 2; p += 2) {
      sum += term;
      term *= (c * c * (p + 1)) / (p + 2);
    }
    return Math.min(1, (2 / Math.PI) * (theta + s * sum));
  }
  // sinθ·(1 + (1/2)c² + (1·3)/(2·4)c⁴ + … + c^(df−2)·…)
  let sum = 0;
  let term = 1;
  for (let p = 0; p <= df - 2; p += 2) {
    sum += term;
    term *= (c * c * (p + 1)) / (p + 2);
  }
  return Math.min(1, s * sum);
}

/** Solves `probability(x) = target` for x ≥ 0 by bisection; `probability` increases with x. */
function invertTwoSided(probability: (x: number) => number, target: number): number {
  let low = 0;
  let high = 1;
  while (probability(high) < target) {
    high *= 2;
    if (high > 1e12) return Infinity;
  }
  for (let i = 0; i < 200 && high - low > 1e-13 * Math.max(1, high); i += 1) {
    const mid = (low + high) / 2;
    if (probability(mid) < target) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

function requireConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) invalid('confidence', confidence);
}

/** Two-sided normal critical value: z with P(|Z| < z) = confidence (0.95 → 1.959964). */
export function zForConfidence(confidence: number = DEFAULT_CONFIDENCE): number {
  requireConfidence(confidence);
  return invertTwoSided(normalTwoSidedProbability, confidence);
}

/** Two-sided Student t critical value with `df` degrees of freedom (0.95, df 9 → 2.262157). */
export function tForConfidence(confidence: number, df: number): number {
  requireConfidence(confidence);
  // Above this the t and normal quantiles agree to ~1e-5 and the exact sum gets long.
  if (df > 100_000) return zForConfidence(confidence);
  return invertTwoSided((t) => studentTTwoSidedProbability(t, df), confidence);
}

/** The critical value and confidence an {@link IntervalOptions} stands for. */
export function resolveCritical(options: IntervalOptions = {}): { z: number; confidence: number } {
  if (options.z !== undefined) {
    if (!(options.z > 0) || !Number.isFinite(options.z)) invalid('z', options.z);
    return { z: options.z, confidence: normalTwoSidedProbability(options.z) };
  }
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
  return { z: zForConfidence(confidence), confidence };
}

/**
 * Finite population correction FPC = √((N − n)/(N − 1)), the factor applied to a standard error
 * when n of a population of N were observed without replacement. 1 when N is unknown; 0 when
 * the whole population answered (n = N), i.e. the value is known exactly.
 */
export function finitePopulationCorrection(n: number, populationSize?: number): number {
  requireCount('n', n);
  if (populationSize === undefined) return 1;
  requireCount('populationSize', populationSize);
  if (populationSize < n) invalid('populationSize', populationSize);
  if (populationSize <= 1 || n >= populationSize) return 0;
  return Math.sqrt((populationSize - n) / (populationSize - 1));
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/**
 * Wilson score interval for `successes` out of `n`:
 * centre (p̂ + z²/2n)/(1 + z²/n), half-width z/(1 + z²/n)·√(p̂(1 − p̂)/n + z²/4n²).
 *
 * With a known population N the sampling variance p(1 − p)/n is multiplied by FPC², which is the
 * same as using the effective sample size n* = n/FPC² = n(N − 1)/(N − n) in the formula; when
 * n = N the interval collapses to [p̂, p̂]. Requires n ≥ 1.
 */
export function wilsonInterval(successes: number, n: number, options: IntervalOptions = {}): Interval {
  requireCount('successes', successes);
  requireCount('n', n);
  if (n === 0) invalid('n', n);
  if (successes > n) invalid('successes', successes);
  const { z } = resolveCritical(options);
  const p = successes / n;
  const fpc = finitePopulationCorrection(n, options.populationSize);
  if (fpc === 0) return { low: p, high: p };
  const nEff = n / (fpc * fpc);
  const z2 = z * z;
  const denominator = 1 + z2 / nEff;
  const centre = (p + z2 / (2 * nEff)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / nEff + z2 / (4 * nEff * nEff));
  return { low: clamp(centre - half, 0, 1), high: clamp(centre + half, 0, 1) };
}

/** Fields every estimate carries so it can be read, compared and recomputed. */
export interface EstimateBase {
  /** Observations used. */
  readonly n: number;
  readonly confidence: number;
  /** N when a finite population correction was applied, otherwise null. */
  readonly populationSize: number | null;
  /** The factor applied to standard errors (1 when none). */
  readonly fpc: number;
  /** n < 30. */
  readonly smallSample: boolean;
}

/** A proportion (e.g. CSAT top-2-box) with its standard error and Wilson interval. */
export interface ProportionEstimate extends EstimateBase {
  readonly successes: number;
  readonly proportion: number;
  /** √(p̂(1 − p̂)/n)·FPC. */
  readonly standardError: number;
  readonly interval: Interval;
}

/** Estimates a proportion from counts; n ≥ 1. */
export function estimateProportion(successes: number, n: number, options: IntervalOptions = {}): ProportionEstimate {
  const interval = wilsonInterval(successes, n, options);
  const { confidence } = resolveCritical(options);
  const p = successes / n;
  const fpc = finitePopulationCorrection(n, options.populationSize);
  return {
    n,
    successes,
    proportion: p,
    standardError: Math.sqrt((p * (1 - p)) / n) * fpc,
    interval,
    confidence,
    populationSize: options.populationSize ?? null,
    fpc,
    smallSample: isSmallSample(n),
  };
}

/** Counts of an NPS question: promoters 9–10, passives 7–8, detractors 0–6. */
export interface NpsCounts {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

/** Net Promoter Score as a fraction in [−1, 1] (multiply by 100 for the usual −100…100 points). */
export interface NpsEstimate extends EstimateBase, NpsCounts {
  readonly promoterShare: number;
  readonly detractorShare: number;
  /** p_P − p_D. */
  readonly nps: number;
  /** √((p_P + p_D − (p_P − p_D)²)/n)·FPC. */
  readonly standardError: number;
  /** Wald interval nps ± z·SE, clipped to [−1, 1]. */
  readonly interval: Interval;
}

/**
 * NPS with its standard error: the score is the mean of +1 (promoter), 0 (passive), −1
 * (detractor), so var = (p_P + p_D − (p_P − p_D)²)/n. The interval is Wald (normal); with few
 * answers or an extreme score it is rough, which `smallSample` signals. Requires n ≥ 1.
 */
export function estimateNps(counts: NpsCounts, options: IntervalOptions = {}): NpsEstimate {
  requireCount('promoters', counts.promoters);
  requireCount('passives', counts.passives);
  requireCount('detractors', counts.detractors);
  const n = counts.promoters + counts.passives + counts.detractors;
  if (n === 0) invalid('n', n);
  const { z, confidence } = resolveCritical(options);
  const fpc = finitePopulationCorrection(n, options.populationSize);
  const pP = counts.promoters / n;
  const pD = counts.detractors / n;
  const nps = pP - pD;
  const variance = Math.max(0, (pP + pD - nps * nps) / n);
  const standardError = Math.sqrt(variance) * fpc;
  return {
    n,
    promoters: counts.promoters,
    passives: counts.passives,
    detractors: counts.detractors,
    promoterShare: pP,
    detractorShare: pD,
    nps,
    standardError,
    interval: { low: clamp(nps - z * standardError, -1, 1), high: clamp(nps + z * standardError, -1, 1) },
    confidence,
    populationSize: options.populationSize ?? null,
    fpc,
    smallSample: isSmallSample(n),
  };
}

/** How the interval of a mean is built. */
export type MeanMethod = 't' | 'z';

/** A mean (e.g. CSAT 1–5 or CES 1–7) with its standard error and interval. */
export interface MeanEstimate extends EstimateBase {
  readonly mean: number;
  /** Sample standard deviation (divisor n − 1); null when n = 1. */
  readonly standardDeviation: number | null;
  /** s/√n·FPC; null when n = 1. */
  readonly standardError: number | null;
  /** mean ± critical·SE; null when n = 1. */
  readonly interval: Interval | null;
  readonly method: MeanMethod;
  /** t with n − 1 degrees of freedom, or z; null when n = 1. */
  readonly criticalValue: number | null;
}

/**
 * Mean with standard error and interval. Default method `'t'`: Student t with n − 1 degrees of
 * freedom, because the population standard deviation is unknown (it tends to z as n grows, and
 * is wider than z for small samples, which is the honest choice here). `'z'` uses the normal
 * value. Requires at least one value.
 */
export function estimateMean(
  values: readonly number[],
  options: IntervalOptions & { readonly method?: MeanMethod } = {},
): MeanEstimate {
  const n = values.length;
  if (n === 0) invalid('n', n);
  for (const v of values) if (!Number.isFinite(v)) invalid('value', v);
  const { z, confidence } = resolveCritical(options);
  const method = options.method ?? 't';
  const fpc = finitePopulationCorrection(n, options.populationSize);
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const base = {
    n,
    mean,
    method,
    confidence,
    populationSize: options.populationSize ?? null,
    fpc,
    smallSample: isSmallSample(n),
  };
  if (n < 2) return { ...base, standardDeviation: null, standardError: null, interval: null, criticalValue: null };
  const variance = values.reduce((a, v) => a + (v - mean) * (v - mean), 0) / (n - 1);
  const standardDeviation = Math.sqrt(variance);
  const standardError = (standardDeviation / Math.sqrt(n)) * fpc;
  const criticalValue = method === 't' ? tForConfidence(confidence, n - 1) : z;
  return {
    ...base,
    standardDeviation,
    standardError,
    criticalValue,
    interval: { low: mean - criticalValue * standardError, high: mean + criticalValue * standardError },
  };
}

/** The difference current − previous of two estimates, with its interval. */
export interface Difference {
  readonly difference: number;
  readonly interval: Interval;
  readonly confidence: number;
  /** True only when the interval of the difference excludes 0. */
  readonly significant: boolean;
}

function difference(value: number, interval: Interval, confidence: number): Difference {
  return { difference: value, interval, confidence, significant: interval.low > 0 || interval.high < 0 };
}

/** Counts of a proportion, with the population used for its FPC. */
export interface ProportionCounts {
  readonly successes: number;
  readonly n: number;
  readonly populationSize?: number | null;
}

/**
 * Difference of two independent proportions (current − previous) with Newcombe's hybrid score
 * interval (method 10), built from the two Wilson intervals [l, u]:
 * low = d − √((p₂ − l₂)² + (u₁ − p₁)²), high = d + √((u₂ − p₂)² + (p₁ − l₁)²), d = p₂ − p₁.
 * Each Wilson interval carries its own finite population correction.
 */
export function differenceOfProportions(
  previous: ProportionCounts,
  current: ProportionCounts,
  options: Omit<IntervalOptions, 'populationSize'> = {},
): Difference {
  const { confidence } = resolveCritical(options);
  const w1 = wilsonInterval(previous.successes, previous.n, {
    ...options,
    populationSize: previous.populationSize ?? undefined,
  });
  const w2 = wilsonInterval(current.successes, current.n, {
    ...options,
    populationSize: current.populationSize ?? undefined,
  });
  const p1 = previous.successes / previous.n;
  const p2 = current.successes / current.n;
  const d = p2 - p1;
  return difference(
    d,
    {
      low: d - Math.sqrt((p2 - w2.low) ** 2 + (w1.high - p1) ** 2),
      high: d + Math.sqrt((w2.high - p2) ** 2 + (p1 - w1.low) ** 2),
    },
    confidence,
  );
}

/** Difference of two independent NPS (current − previous): SE = √(SE₁² + SE₂²), interval d ± z·SE. */
export function differenceOfNps(
  previous: Pick<NpsEstimate, 'nps' | 'standardError'>,
  current: Pick<NpsEstimate, 'nps' | 'standardError'>,
  options: Omit<IntervalOptions, 'populationSize'> = {},
): Difference {
  const { z, confidence } = resolveCritical(options);
  const d = current.nps - previous.nps;
  const se = Math.sqrt(previous.standardError ** 2 + current.standardError ** 2);
  return difference(d, { low: d - z * se, high: d + z * se }, confidence);
}

/**
 * Difference of two independent means (current − previous), Welch: SE = √(SE₁² + SE₂²) and a t
 * value with the Welch–Satterthwaite degrees of freedom rounded down (conservative). Null when a
 * side has fewer than two values.
 */
export function differenceOfMeans(
  previous: Pick<MeanEstimate, 'n' | 'mean' | 'standardError'>,
  current: Pick<MeanEstimate, 'n' | 'mean' | 'standardError'>,
  options: Omit<IntervalOptions, 'populationSize'> = {},
): Difference | null {
  if (previous.standardError === null || current.standardError === null) return null;
  const { confidence } = resolveCritical(options);
  const d = current.mean - previous.mean;
  const v1 = previous.standardError ** 2;
  const v2 = current.standardError ** 2;
  const se = Math.sqrt(v1 + v2);
  if (se === 0) return difference(d, { low: d, high: d }, confidence);
  const df = (v1 + v2) ** 2 / (v1 ** 2 / (previous.n - 1) + v2 ** 2 / (current.n - 1));
  const t = tForConfidence(confidence, Math.max(1, Math.floor(df)));
  return difference(d, { low: d - t * se, high: d + t * se }, confidence);
}
