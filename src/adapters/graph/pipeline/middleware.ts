/**
 * Our middleware chain for @microsoft/microsoft-graph-client (ARCHITECTURE.md §4):
 *
 *   retry → auth → logging (request-id) → concurrency limit → fetch
 *
 * Retry is outermost so a request waiting out a Retry-After holds no concurrency slot and gets a
 * fresh token; logging sees every attempt. The terminal handler calls the host's `fetch` (the
 * browser's, or Node's with the emulator's certificate trusted), so the same chain serves the
 * add-in and the CLI.
 */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import {
  CallPolicyOption,
  DEFAULT_RETRY_SETTINGS,
  isRetryableCall,
  RETRYABLE_STATUSES,
  retryDelayMs,
  type RetrySettings,
} from './call-policy';
import type { TokenProvider } from '../auth/token-provider';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** One line per attempt; hosts decide where it goes (stderr with --verbose, the console, nowhere). */
export interface GraphLogEntry {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  /** Our `client-request-id`; Graph echoes it and adds its own `request-id`. */
  readonly clientRequestId: string;
  readonly requestId: string | undefined;
  readonly durationMs: number;
  readonly attempt: number;
  readonly error?: string;
}
export type GraphLogger = (entry: GraphLogEntry) => void;

/** A connection-level failure (refused, reset, timed out) before any HTTP answer. */
export class NetworkFailure extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'NetworkFailure';
  }
}

abstract class Link implements Middleware {
  protected next: Middleware | undefined;
  setNext(next: Middleware): void {
    this.next = next;
  }
  protected async forward(context: Context): Promise<void> {
    if (this.next === undefined) throw new Error('middleware chain ends without a fetch handler');
    await this.next.execute(context);
  }
  abstract execute(context: Context): Promise<void>;
}

function headersOf(context: Context): Record<string, string> {
  const options = (context.options ??= {});
  const headers = options.headers;
  if (headers === undefined) {
    const fresh: Record<string, string> = {};
    options.headers = fresh;
    return fresh;
  }
  if (headers instanceof Headers) {
    const copy: Record<string, string> = {};
    headers.forEach((value, key) => {
      copy[key] = value;
    });
    options.headers = copy;
    return copy;
  }
  if (Array.isArray(headers)) {
    const copy = Object.fromEntries(headers) as Record<string, string>;
    options.headers = copy;
    return copy;
  }
  return headers;
}

function urlOf(context: Context): string {
  return typeof context.request === 'string' ? context.request : context.request.url;
}

export interface RetryMiddlewareOptions {
  readonly settings?: Partial<RetrySettings>;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  /** Told before each wait, e.g. to show "esperando a Microsoft 365…". */
  readonly onRetry?: (info: { attempt: number; delayMs: number; status: number; method: string }) => void;
}

export const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class RetryMiddleware extends Link {
  private readonly settings: RetrySettings;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(private readonly options: RetryMiddlewareOptions = {}) {
    super();
    this.settings = { ...DEFAULT_RETRY_SETTINGS, ...options.settings };
    this.sleep = options.sleep ?? defaultSleep;
    this.random = options.random ?? Math.random;
  }

  async execute(context: Context): Promise<void> {
    const policy = context.middlewareControl?.getMiddlewareOptions(CallPolicyOption) as CallPolicyOption | undefined;
    try {
      await this.attempts(context, policy);
    } catch (error) {
      if (policy !== undefined) policy.failure = error;
      throw error;
    }
  }

  private async attempts(context: Context, policy: CallPolicyOption | undefined): Promise<void> {
    const method = (context.options?.method ?? 'GET').toUpperCase();
    const retryable = isRetryableCall(method, headersOf(context), policy?.idempotent ?? false);
    let networkFailures = 0;
    for (let attempt = 1; ; attempt += 1) {
      context.response = undefined;
      let status = 0;
      let retryAfter: string | null = null;
      try {
        await this.forward(context);
        const response = context.response as Response | undefined;
        status = response?.status ?? 0;
        retryAfter = response?.headers.get('retry-after') ?? null;
        if (!retryable || !RETRYABLE_STATUSES.has(status) || attempt > this.settings.maxRetries) return;
        // Free the connection of the answer we are discarding.
        await response?.body?.cancel().catch(() => undefined);
      } catch (error) {
        if (!(error instanceof NetworkFailure) || !retryable) throw error;
        networkFailures += 1;
        if (networkFailures > this.settings.maxNetworkRetries || attempt > this.settings.maxRetries) throw error;
      }
      const delayMs = retryDelayMs(attempt, retryAfter, this.settings, this.random);
      this.options.onRetry?.({ attempt, delayMs, status, method });
      await this.sleep(delayMs);
    }
  }
}

/**
 * Attaches `Authorization: Bearer …` only to requests for the configured Graph origin (never to a
 * URL another server handed us). A 401 caused by an expired or revoked token is retried once with
 * a fresh one: the server refused the request before acting on it, so repeating it is safe.
 */
export class AuthMiddleware extends Link {
  constructor(
    private readonly tokens: TokenProvider,
    private readonly graphOrigin: string,
  ) {
    super();
  }

  async execute(context: Context): Promise<void> {
    if (new URL(urlOf(context)).origin !== this.graphOrigin) {
      await this.forward(context);
      return;
    }
    const headers = headersOf(context);
    headers.Authorization = `Bearer ${await this.tokens.getAccessToken()}`;
    await this.forward(context);
    if (context.response?.status === 401 && this.tokens.invalidate !== undefined) {
      this.tokens.invalidate();
      await context.response.body?.cancel().catch(() => undefined);
      context.response = undefined;
      headers.Authorization = `Bearer ${await this.tokens.getAccessToken()}`;
      await this.forward(context);
    }
  }
}

let requestCounter = 0;
function newClientRequestId(): string {
  const crypto = globalThis.crypto as Crypto | undefined;
  if (crypto?.randomUUID !== undefined) return crypto.randomUUID();
  requestCounter += 1;
  return `00000000-0000-4000-8000-${String(requestCounter).padStart(12, '0')}`;
}

/** Gives every attempt a `client-request-id` and reports method, URL, status, request-id and duration. */
export class LoggingMiddleware extends Link {
  private attempts = new WeakMap<Context, number>();

  constructor(
    private readonly logger: GraphLogger | undefined,
    private readonly now: () => number = () => Date.now(),
  ) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const headers = headersOf(context);
    const clientRequestId = newClientRequestId();
    headers['client-request-id'] = clientRequestId;
    const attempt = (this.attempts.get(context) ?? 0) + 1;
    this.attempts.set(context, attempt);
    const started = this.now();
    const method = (context.options?.method ?? 'GET').toUpperCase();
    try {
      await this.forward(context);
      this.logger?.({
        method,
        url: urlOf(context),
        status: context.response?.status ?? 0,
        clientRequestId,
        requestId: context.response?.headers.get('request-id') ?? undefined,
        durationMs: this.now() - started,
        attempt,
      });
    } catch (error) {
      this.logger?.({
        method,
        url: urlOf(context),
        status: 0,
        clientRequestId,
        requestId: undefined,
        durationMs: this.now() - started,
        attempt,
        error: error instanceof Error ? error.message : String(error),
      });
      throw error;
    }
  }
}

/** At most `limit` requests in flight; the rest wait in order. */
export class ConcurrencyMiddleware extends Link {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {
    super();
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError('concurrency limit must be a positive integer');
  }

  async execute(context: Context): Promise<void> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active += 1;
    try {
      await this.forward(context);
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }

  /** Requests currently in flight (for tests and benchmarks). */
  get inFlight(): number {
    return this.active;
  }
}

/**
 * Terminal handler: sends the request with the host's fetch. The response body is read here so
 * that a connection cut mid-answer is a network failure (retryable) rather than a half answer.
 */
export class FetchHandler implements Middleware {
  constructor(private readonly fetchImpl: FetchLike) {}

  async execute(context: Context): Promise<void> {
    let response: Response;
    let body: ArrayBuffer;
    try {
      response = await this.fetchImpl(urlOf(context), context.options ?? {});
      body = await response.arrayBuffer();
    } catch (error) {
      throw new NetworkFailure(error);
    }
    const status = response.status;
    context.response = new Response(status === 204 || status === 304 || body.byteLength === 0 ? null : body, {
      status,
      statusText: response.statusText,
      headers: response.headers,
    });
  }
}

/** Links the chain and returns its head. */
export function chain(...links: Middleware[]): Middleware {
  for (let i = 0; i < links.length - 1; i += 1) {
    const link = links[i] as Middleware & { setNext?: (m: Middleware) => void };
    link.setNext?.(links[i + 1] as Middleware);
  }
  return links[0] as Middleware;
}
