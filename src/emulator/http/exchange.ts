/**
 * The emulator's request and response values. The HTTPS server and `$batch` both turn their
 * input into an `EmuRequest` and dispatch it through the same router, so an inner batch request
 * is handled by exactly the code that handles a top-level one.
 */
export type HeaderMap = Readonly<Record<string, string>>;

export interface EmuRequest {
  readonly method: string;
  /** Path below the service root, e.g. `/v1.0/sites/root`, already percent-decoded per segment. */
  readonly path: string;
  /** Query options, decoded (`$filter`, `$top`, `token` …). */
  readonly query: URLSearchParams;
  /** Header names in lower case. */
  readonly headers: HeaderMap;
  /** Raw body bytes (empty when there is none). */
  readonly rawBody: Buffer;
  /** Origin the client used (`https://localhost:3000`), for absolute links such as `@odata.nextLink`. */
  readonly origin: string;
  /** Correlation id of this request (echoed as `request-id`). */
  readonly requestId: string;
  /** True when the request arrived inside a `$batch`. */
  readonly inBatch: boolean;
}

export interface EmuResponse {
  status: number;
  headers?: Record<string, string>;
  /** A JSON value, raw bytes, or nothing (204, 202 …). */
  body?: unknown;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): EmuResponse {
  return { status, body, headers };
}

export function noContent(headers: Record<string, string> = {}): EmuResponse {
  return { status: 204, headers };
}

export const JSON_CONTENT_TYPE =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

/** Serialises a response body the way Graph does: JSON for values, bytes as given. */
export function encodeBody(response: EmuResponse): { bytes: Buffer; contentType?: string } {
  const { body } = response;
  if (body === undefined || body === null) return { bytes: Buffer.alloc(0) };
  if (Buffer.isBuffer(body)) return { bytes: body, contentType: response.headers?.['Content-Type'] };
  return { bytes: Buffer.from(JSON.stringify(body), 'utf8'), contentType: JSON_CONTENT_TYPE };
}
