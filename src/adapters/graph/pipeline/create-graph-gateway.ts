/**
 * `createGraphGateway`: the GraphGateway on @microsoft/microsoft-graph-client v3 with our own
 * middleware chain (see middleware.ts). Everything that reaches Microsoft Graph — from the
 * add-in or the CLI, against graph.microsoft.com or the local emulator — goes through here.
 */
import { Client, GraphError, ResponseType } from '@microsoft/microsoft-graph-client';
import type { TokenProvider } from '../auth/token-provider';
import type {
  DeltaResult,
  GraphBatchResult,
  GraphCall,
  GraphGateway,
  GraphResponse,
  PageOptions,
} from '../graph-gateway';
import { GraphRequestError } from '../graph-request-error';
import {
  CallPolicyOption,
  isRetryableCall,
  RETRYABLE_STATUSES,
  retryDelayMs,
  DEFAULT_RETRY_SETTINGS,
} from './call-policy';
import {
  AuthMiddleware,
  chain,
  ConcurrencyMiddleware,
  defaultSleep,
  FetchHandler,
  LoggingMiddleware,
  RetryMiddleware,
  type FetchLike,
  type GraphLogger,
  type RetryMiddlewareOptions,
} from './middleware';

export const GRAPH_VERSION = 'v1.0';
/** Graph accepts at most 20 requests in one `$batch`. */
export const BATCH_LIMIT = 20;
export const DEFAULT_CONCURRENCY = 4;

export interface GraphGatewayOptions {
  /** Graph's origin: `https://graph.microsoft.com` or the emulator's `https://localhost:3000`. */
  readonly graphUrl: string;
  readonly tokens: TokenProvider;
  /** The host's fetch (browser fetch; Node fetch trusting the emulator's certificate). */
  readonly fetch: FetchLike;
  /** Requests in flight at most (default 4). */
  readonly concurrency?: number;
  readonly retry?: RetryMiddlewareOptions;
  readonly logger?: GraphLogger;
}

interface GraphErrorBody {
  error?: { code?: string; message?: string; innerError?: Record<string, unknown> };
}

function lowerCaseHeaders(headers: Headers): Record<string, string> {
  const result: Record<string, string> = {};
  headers.forEach((value, key) => {
    result[key.toLowerCase()] = value;
  });
  return result;
}

function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === '') return undefined;
  if (contentType !== undefined && /json/i.test(contentType)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

/** Builds the GraphRequestError for a non-2xx answer (top-level or inside a `$batch`). */
export function errorFromResponse(
  method: string,
  path: string,
  status: number,
  headers: Readonly<Record<string, string>>,
  body: unknown,
): GraphRequestError {
  const error = (body as GraphErrorBody | undefined)?.error;
  const inner = error?.innerError;
  const innerRequestId = typeof inner?.['request-id'] === 'string' ? inner['request-id'] : undefined;
  return new GraphRequestError({
    status,
    graphCode: error?.code ?? `http${status}`,
    graphMessage: error?.message ?? (typeof body === 'string' && body !== '' ? body.slice(0, 500) : `HTTP ${status}`),
    requestId: headers['request-id'] ?? innerRequestId,
    method,
    path,
    body,
  });
}

export class SdkGraphGateway implements GraphGateway {
  private readonly client: Client;
  private readonly base: URL;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(private readonly options: GraphGatewayOptions) {
    this.base = new URL(options.graphUrl);
    if (this.base.protocol !== 'https:' && this.base.protocol !== 'http:') {
      throw new RangeError(`Graph URL must be http(s): ${options.graphUrl}`);
    }
    this.sleep = options.retry?.sleep ?? defaultSleep;
    this.random = options.retry?.random ?? Math.random;
    const middleware = chain(
      new RetryMiddleware(options.retry),
      new AuthMiddleware(options.tokens, this.base.origin),
      new LoggingMiddleware(options.logger),
      new ConcurrencyMiddleware(options.concurrency ?? DEFAULT_CONCURRENCY),
      new FetchHandler(options.fetch),
    );
    this.client = Client.initWithMiddleware({
      baseUrl: `${this.base.origin}/`,
      defaultVersion: GRAPH_VERSION,
      middleware,
    });
  }

  /**
   * The path under the version root for `path`: relative paths as given, absolute URLs (an
   * `@odata.nextLink`, http or https) only when they point at our Graph host, so that a token is
   * never sent anywhere else and the SDK never has to parse an http URL (it cannot).
   */
  relativePath(path: string): string {
    if (!/^[a-z][a-z0-9+.-]*:/i.test(path)) return path.startsWith('/') ? path : `/${path}`;
    let url: URL;
    try {
      url = new URL(path);
    } catch {
      throw this.foreign(path);
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.host !== this.base.host)
      throw this.foreign(path);
    const prefix = `/${GRAPH_VERSION}`;
    const pathname = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : url.pathname;
    return `${pathname}${url.search}`;
  }

  private foreign(path: string): GraphRequestError {
    return new GraphRequestError({
      status: 0,
      code: 'GRAPH.FOREIGN_URL',
      graphCode: 'foreignUrl',
      graphMessage: `refusing to follow a link outside ${this.base.origin}`,
      method: 'GET',
      path: path.slice(0, 200),
    });
  }

  private withQuery(path: string, query: Readonly<Record<string, string>> | undefined): string {
    if (query === undefined || Object.keys(query).length === 0) return path;
    const encoded = Object.entries(query)
      .map(([key, value]) => `${encodeURIComponent(key).replace(/^%24/, '$')}=${encodeURIComponent(value)}`)
      .join('&');
    return `${path}${path.includes('?') ? '&' : '?'}${encoded}`;
  }

  async send<T = unknown>(call: GraphCall): Promise<GraphResponse<T>> {
    const path = this.withQuery(this.relativePath(call.path), call.query);
    const policy = new CallPolicyOption(call.idempotent ?? false);
    let request = this.client.api(path).responseType(ResponseType.RAW).middlewareOptions([policy]);
    if (call.headers !== undefined) request = request.headers({ ...call.headers });
    let raw: Response;
    try {
      switch (call.method) {
        case 'GET':
          raw = (await request.get()) as Response;
          break;
        case 'POST':
          raw = (await request.post(call.body ?? {})) as Response;
          break;
        case 'PATCH':
          raw = (await request.patch(call.body ?? {})) as Response;
          break;
        case 'PUT':
          raw = (await request.put(call.body ?? {})) as Response;
          break;
        case 'DELETE':
          raw = (await request.delete()) as Response;
          break;
      }
    } catch (error) {
      throw this.transportError(call.method, path, policy.failure ?? error);
    }
    const headers = lowerCaseHeaders(raw.headers);
    const body = parseBody(await raw.text(), headers['content-type']);
    if (!raw.ok) throw errorFromResponse(call.method, path, raw.status, headers, body);
    return { status: raw.status, headers, body: body as T };
  }

  private transportError(method: string, path: string, error: unknown): GraphRequestError {
    if (error instanceof GraphRequestError) return error;
    const name = error instanceof GraphError ? error.code : error instanceof Error ? error.name : 'unknown';
    const message = error instanceof Error ? error.message : String(error);
    return new GraphRequestError({
      status: 0,
      code: 'GRAPH.NETWORK',
      graphCode: name === 'NetworkFailure' ? 'networkError' : (name ?? 'clientError'),
      graphMessage: message,
      method,
      path,
      cause: error,
    });
  }

  async getAll<T = unknown>(
    call: Omit<GraphCall, 'method' | 'body' | 'idempotent'>,
    options: PageOptions = {},
  ): Promise<T[]> {
    const items: T[] = [];
    let next: GraphCall | undefined = { ...call, method: 'GET' };
    while (next !== undefined) {
      const page: GraphResponse<{ value?: T[]; '@odata.nextLink'?: string }> = await this.send(next);
      items.push(...(page.body?.value ?? []));
      options.onPage?.(items.length);
      const link = page.body?.['@odata.nextLink'];
      next = link === undefined ? undefined : { method: 'GET', path: link, headers: call.headers };
    }
    return items;
  }

  async delta<T = unknown>(
    path: string,
    deltaLink: string | undefined,
    options: PageOptions = {},
  ): Promise<DeltaResult<T>> {
    if (deltaLink !== undefined) {
      try {
        return { ...(await this.deltaRound<T>(deltaLink, options)), resynced: false };
      } catch (error) {
        if (!(error instanceof GraphRequestError) || error.status !== 410) throw error;
      }
    }
    return { ...(await this.deltaRound<T>(path, options)), resynced: deltaLink !== undefined };
  }

  private async deltaRound<T>(start: string, options: PageOptions): Promise<{ items: T[]; deltaLink: string }> {
    const items: T[] = [];
    let link: string = start;
    for (;;) {
      const page: GraphResponse<{ value?: T[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string }> =
        await this.send({ method: 'GET', path: link });
      items.push(...(page.body?.value ?? []));
      options.onPage?.(items.length);
      const deltaLink = page.body?.['@odata.deltaLink'];
      if (deltaLink !== undefined) return { items, deltaLink };
      const nextLink = page.body?.['@odata.nextLink'];
      if (nextLink === undefined) {
        throw new GraphRequestError({
          status: 502,
          graphCode: 'missingDeltaLink',
          graphMessage: 'a delta page had neither @odata.nextLink nor @odata.deltaLink',
          method: 'GET',
          path: link,
        });
      }
      link = nextLink;
    }
  }

  async batch<T = unknown>(
    calls: readonly GraphCall[],
    options: { onProgress?: (done: number) => void } = {},
  ): Promise<GraphBatchResult<T>[]> {
    const results: (GraphBatchResult<T> | undefined)[] = calls.map(() => undefined);
    let done = 0;
    for (let start = 0; start < calls.length; start += BATCH_LIMIT) {
      const indexes = calls.slice(start, start + BATCH_LIMIT).map((_, offset) => start + offset);
      await this.batchChunk(calls, indexes, results);
      done += indexes.length;
      options.onProgress?.(done);
    }
    return results as GraphBatchResult<T>[];
  }

  /**
   * One `$batch` of ≤ 20 calls; inner 429/503/504 answers of retryable calls are sent again (in a
   * smaller batch) after the longest Retry-After among them, up to the retry limit.
   */
  private async batchChunk<T>(
    calls: readonly GraphCall[],
    indexes: readonly number[],
    results: (GraphBatchResult<T> | undefined)[],
  ): Promise<void> {
    const settings = { ...DEFAULT_RETRY_SETTINGS, ...this.options.retry?.settings };
    let pending = [...indexes];
    for (let attempt = 1; pending.length > 0; attempt += 1) {
      const requests = pending.map((index) => {
        const call = calls[index] as GraphCall;
        const headers: Record<string, string> = { ...call.headers };
        if (call.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
          headers['Content-Type'] = 'application/json';
        }
        return {
          id: String(index),
          method: call.method,
          url: this.withQuery(this.relativePath(call.path), call.query),
          ...(Object.keys(headers).length > 0 ? { headers } : {}),
          ...(call.body !== undefined ? { body: call.body } : {}),
        };
      });
      // The outer POST is safe to repeat only when every call inside it is.
      const allRetryable = pending.every((index) => {
        const call = calls[index] as GraphCall;
        return isRetryableCall(call.method, call.headers ?? {}, call.idempotent ?? false);
      });
      const answer = await this.send<{
        responses?: { id: string; status: number; headers?: Record<string, string>; body?: unknown }[];
      }>({
        method: 'POST',
        path: '/$batch',
        body: { requests },
        idempotent: allRetryable,
      });
      const retry: number[] = [];
      let waitMs = 0;
      for (const response of answer.body?.responses ?? []) {
        const index = Number(response.id);
        const call = calls[index];
        if (call === undefined || !pending.includes(index)) continue;
        const headers = Object.fromEntries(
          Object.entries(response.headers ?? {}).map(([key, value]) => [key.toLowerCase(), String(value)]),
        );
        const retryable = isRetryableCall(call.method, call.headers ?? {}, call.idempotent ?? false);
        if (RETRYABLE_STATUSES.has(response.status) && retryable && attempt <= settings.maxRetries) {
          retry.push(index);
          waitMs = Math.max(waitMs, retryDelayMs(attempt, headers['retry-after'], settings, this.random));
          continue;
        }
        const path = this.relativePath(call.path);
        results[index] =
          response.status >= 200 && response.status < 300
            ? { ok: true, response: { status: response.status, headers, body: response.body as T } }
            : { ok: false, error: errorFromResponse(call.method, path, response.status, headers, response.body) };
      }
      for (const index of pending) {
        if (results[index] === undefined && !retry.includes(index)) {
          const call = calls[index] as GraphCall;
          results[index] = {
            ok: false,
            error: new GraphRequestError({
              status: 502,
              graphCode: 'missingBatchResponse',
              graphMessage: `$batch answered without a response for request ${index}`,
              method: call.method,
              path: call.path,
            }),
          };
        }
      }
      pending = retry;
      if (pending.length > 0) await this.sleep(waitMs);
    }
  }
}

export function createGraphGateway(options: GraphGatewayOptions): GraphGateway {
  return new SdkGraphGateway(options);
}
