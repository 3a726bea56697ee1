/**
 * Graph's error envelope: `{"error": {"code", "message", "innerError": {date, request-id,
 * client-request-id}}}`. Handlers throw `GraphError`; the dispatcher turns it into the envelope.
 */
import type { EmuResponse } from './exchange';

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

export const badRequest = (message: string, code = 'invalidRequest'): GraphError => new GraphError(400, code, message);
export const notFound = (message: string, code = 'itemNotFound'): GraphError => new GraphError(404, code, message);
export const conflict = (message: string, code = 'nameAlreadyExists'): GraphError => new GraphError(409, code, message);
export const forbidden = (message = 'Access denied', code = 'accessDenied'): GraphError =>
  new GraphError(403, code, message);
export const preconditionFailed = (message = 'The resource has changed since it was last read.'): GraphError =>
  new GraphError(412, 'resourceModified', message);
export const methodNotAllowed = (): GraphError =>
  new GraphError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');

export function errorResponse(
  status: number,
  code: string,
  message: string,
  requestId: string,
  clientRequestId: string | undefined,
  headers: Record<string, string> = {},
): EmuResponse {
  return {
    status,
    headers,
    body: {
      error: {
        code,
        message,
        innerError: {
          date: new Date().toISOString().replace(/\.\d{3}Z$/, ''),
          'request-id': requestId,
          'client-request-id': clientRequestId ?? requestId,
        },
      },
    },
  };
}
