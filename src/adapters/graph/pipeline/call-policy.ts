/**
 * The retry rules of ARCHITECTURE.md §4, in one place: which calls may be sent again, on which
 * answers, and how long to wait. The SDK's own RetryHandler retries every method (it would
 * duplicate meetings and e-mails), so our chain never includes it.
 */
import type { MiddlewareOptions } from '@microsoft/microsoft-graph-client';

/** Statuses that mean "try again later": throttling and transient unavailability. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

/** Per-request option carried through the SDK's MiddlewareControl to the retry middleware. */
export class CallPolicyOption implements MiddlewareOptions {
  /**
   * What the chain threw, kept here because the SDK wraps anything thrown by middleware in its
   * own GraphError and loses the type (a refused token would otherwise look like a network error).
   */
  failure: unknown;

  constructor(readonly idempotent: boolean) {}
}

/**
 * True when sending `method` again cannot create or change anything twice: GET and DELETE;
 * PATCH only with `If-Match` (a repeat after success meets a 412, never an overwrite);
 * POST/PUT only when the caller vouches for an idempotency key.
 */
export function isRetryableCall(
  method: string,
  headers: Readonly<Record<string, string>>,
  idempotent: boolean,
): boolean {
  const upper = method.toUpperCase();
  if (upper === 'GET' || upper === 'HEAD' || upper === 'DELETE') return true;
  if (upper === 'PATCH') return hasHeader(headers, 'if-match') || idempotent;
  return idempotent;
}

export function hasHeader(headers: Readonly<Record<string, string>>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
}

export interface RetrySettings {
  /** Attempts after the first. */
  readonly maxRetries: number;
  /**
   * Attempts after the first when no answer arrived at all (refused, reset): a dead endpoint
   * rarely comes back within seconds, so the person hears about it soon.
   */
  readonly maxNetworkRetries: number;
  /** First backoff step without Retry-After, in ms (doubled per attempt). */
  readonly baseDelayMs: number;
  /** No single wait is longer than this, Retry-After included. */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_SETTINGS: RetrySettings = {
  maxRetries: 6,
  maxNetworkRetries: 3,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
};

/**
 * Milliseconds to wait before retry number `attempt` (1-based): the server's Retry-After when it
 * gave one (seconds or an HTTP date), else capped exponential backoff with full jitter; a little
 * jitter is added to Retry-After too so that parallel callers do not return in lockstep.
 */
export function retryDelayMs(
  attempt: number,
  retryAfter: string | null | undefined,
  settings: RetrySettings,
  random: () => number,
  now: () => number = Date.now,
): number {
  const fromHeader = parseRetryAfter(retryAfter, now);
  if (fromHeader !== undefined) {
    return Math.min(settings.maxDelayMs, fromHeader + Math.floor(random() * Math.min(250, settings.baseDelayMs)));
  }
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(ceiling / 2 + random() * (ceiling / 2));
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: () => number = Date.now): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now());
}
