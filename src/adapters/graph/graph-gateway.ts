/**
 * The one door to Microsoft Graph (ARCHITECTURE.md §4). Repositories, provisioning and sync talk
 * to this interface; `createGraphGateway` (pipeline/) implements it on
 * @microsoft/microsoft-graph-client with our middleware chain: auth, retry per method, request
 * logging with request-id, a concurrency limit, and typed `GraphRequestError`s.
 * The same code reaches graph.microsoft.com and the local emulator; only base URL and token
 * source differ.
 */

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface GraphCall {
  readonly method: HttpMethod;
  /**
   * Path under the version root (`/sites/root/lists`), or an absolute URL on the configured
   * Graph origin (an `@odata.nextLink`, http or https). Any other origin is refused.
   */
  readonly path: string;
  /** Query options, e.g. `{ $filter: "fields/Code eq 'ACME'", expand: 'fields' }`; values are not yet encoded. */
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** Extra headers: `If-Match`, `Prefer`, … */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * POST/PUT only: the request carries an idempotency key (a `transactionId`, a unique key
   * column, a draft found by header), so repeating it cannot create a second record.
   * Without it a POST is sent once and never retried.
   */
  readonly idempotent?: boolean;
}

export interface GraphResponse<T = unknown> {
  readonly status: number;
  readonly body: T;
  /** Response headers, names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
}

/** One inner response of a `$batch`, in the order of the calls given. */
export type GraphBatchResult<T = unknown> =
  | { readonly ok: true; readonly response: GraphResponse<T> }
  | { readonly ok: false; readonly error: import('./graph-request-error').GraphRequestError };

export interface DeltaResult<T> {
  /** Items changed since the delta link (all items on a first or full sync); deleted ones carry `deleted`. */
  readonly items: readonly T[];
  /** Link to store for the next round. */
  readonly deltaLink: string;
  /** True when the stored link was refused (410) and a full sync was done instead. */
  readonly resynced: boolean;
}

export interface PageOptions {
  /** Called after each page with the count read so far. */
  readonly onPage?: (readSoFar: number) => void;
}

export interface GraphGateway {
  /** Sends one call through the pipeline; non-2xx answers throw `GraphRequestError`. */
  send<T = unknown>(call: GraphCall): Promise<GraphResponse<T>>;
  /** GETs a collection and follows `@odata.nextLink` to the end; returns every `value` item. */
  getAll<T = unknown>(call: Omit<GraphCall, 'method' | 'body' | 'idempotent'>, options?: PageOptions): Promise<T[]>;
  /**
   * Sends calls as `$batch` requests of at most 20, checks each inner response, retries inner
   * 429/503/504 of retryable calls, and returns one result per call in order.
   */
  batch<T = unknown>(
    calls: readonly GraphCall[],
    options?: { onProgress?: (done: number) => void },
  ): Promise<GraphBatchResult<T>[]>;
  /**
   * Delta round on a collection (`/sites/{s}/lists/{l}/items/delta`): from `deltaLink` when
   * given, else a full round. A 410 on the stored link becomes a full round (`resynced`).
   */
  delta<T = unknown>(path: string, deltaLink: string | undefined, options?: PageOptions): Promise<DeltaResult<T>>;
}
