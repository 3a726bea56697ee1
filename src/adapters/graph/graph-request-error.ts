/**
 * A failed Graph call, typed: HTTP status, Graph's own error code, the request-id to quote to
 * Microsoft support, and the domain error code (`GRAPH.THROTTLED` …) the rest of the product
 * and i18n understand.
 */
import { DomainError } from '../../domain/shared/domain-error';

export const GRAPH_ERROR_CODES = [
  'GRAPH.BAD_REQUEST',
  'GRAPH.UNAUTHORIZED',
  'GRAPH.FORBIDDEN',
  'GRAPH.NOT_FOUND',
  'GRAPH.CONFLICT',
  'GRAPH.GONE',
  'GRAPH.PRECONDITION_FAILED',
  'GRAPH.THROTTLED',
  'GRAPH.UNAVAILABLE',
  'GRAPH.SERVER_ERROR',
  'GRAPH.NETWORK',
  'GRAPH.FOREIGN_URL',
] as const;
export type GraphErrorCode = (typeof GRAPH_ERROR_CODES)[number];

export function graphErrorCodeFor(status: number): GraphErrorCode {
  if (status === 0) return 'GRAPH.NETWORK';
  if (status === 401) return 'GRAPH.UNAUTHORIZED';
  if (status === 403) return 'GRAPH.FORBIDDEN';
  if (status === 404) return 'GRAPH.NOT_FOUND';
  if (status === 409) return 'GRAPH.CONFLICT';
  if (status === 410) return 'GRAPH.GONE';
  if (status === 412) return 'GRAPH.PRECONDITION_FAILED';
  if (status === 429) return 'GRAPH.THROTTLED';
  if (status === 503 || status === 504) return 'GRAPH.UNAVAILABLE';
  if (status >= 500) return 'GRAPH.SERVER_ERROR';
  return 'GRAPH.BAD_REQUEST';
}

export class GraphRequestError extends DomainError {
  /** HTTP status; 0 when no answer arrived (connection refused, reset, timed out). */
  readonly status: number;
  /** Graph's error code (`itemNotFound`, `invalidRequest` …), or `networkError`. */
  readonly graphCode: string;
  readonly requestId: string | undefined;
  /** Graph's own message (English, from the service); the user sees the localised `code`. */
  readonly graphMessage: string;
  readonly method: string;
  readonly path: string;
  /** The Graph error body, when there was one. */
  readonly body: unknown;

  constructor(init: {
    status: number;
    graphCode: string;
    graphMessage: string;
    requestId?: string;
    method: string;
    path: string;
    body?: unknown;
    cause?: unknown;
    code?: GraphErrorCode;
  }) {
    const code = init.code ?? graphErrorCodeFor(init.status);
    super(
      code,
      // «—» rather than nothing when Graph gave no request-id, so the message still reads well.
      { status: init.status, graphCode: init.graphCode, requestId: init.requestId ?? '—', method: init.method },
      { cause: init.cause },
    );
    this.name = 'GraphRequestError';
    this.message = `${init.method} ${init.path} → ${init.status} ${init.graphCode}: ${init.graphMessage}`;
    this.status = init.status;
    this.graphCode = init.graphCode;
    this.requestId = init.requestId;
    this.graphMessage = init.graphMessage;
    this.method = init.method;
    this.path = init.path;
    this.body = init.body;
  }
}

export function isGraphRequestError(error: unknown, status?: number): error is GraphRequestError {
  return error instanceof GraphRequestError && (status === undefined || error.status === status);
}
