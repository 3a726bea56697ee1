/**
 * JSON batching, `POST /v1.0/$batch`: at most 20 requests with unique ids (compared ignoring case,
 * as Graph documents ids: "Not case-sensitive. Must be unique in the batch"); `dependsOn` orders
 * them (an unknown id or a cycle makes the whole batch 400) and a request whose dependency
 * failed is answered 424 without being run. Each inner request goes through the same pipeline as
 * a top-level one, with the batch's bearer token, and can itself be throttled (429).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { EmulatorModule } from '../context';
import { KNOWN_SCOPES } from '../auth/scopes';
import { parseBody } from '../http/body';
import { json, type EmuRequest, type EmuResponse } from '../http/exchange';
import { GraphError, errorResponse } from '../http/graph-error';
import { DroppedConnection, toErrorResponse } from '../http/dispatch';
import { decodePath, hasDotSegment } from '../http/path';

export const MAX_BATCH_REQUESTS = 20;

const batchSchema = z
  .object({
    requests: z
      .array(
        z
          .object({
            id: z.string().min(1).max(100),
            method: z.enum(['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'get', 'post', 'patch', 'put', 'delete']),
            url: z.string().min(1).max(2048),
            headers: z.record(z.string(), z.string().max(8192)).optional(),
            body: z.unknown().optional(),
            dependsOn: z.array(z.string().min(1).max(100)).max(20).optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
type InnerRequest = z.output<typeof batchSchema>['requests'][number];

interface InnerResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** Request ids are not case-sensitive: this is the key they are compared by. */
const idKey = (id: string): string => id.toLowerCase();

/** Orders requests so that each comes after what it depends on; 400 on unknown ids or cycles. */
function executionOrder(requests: readonly InnerRequest[]): InnerRequest[] {
  const byId = new Map(requests.map((r) => [idKey(r.id), r]));
  const order: InnerRequest[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (request: InnerRequest): void => {
    const seen = state.get(idKey(request.id));
    if (seen === 'done') return;
    if (seen === 'visiting')
      throw new GraphError(400, 'BadRequest', `The dependsOn chain of request '${request.id}' is circular.`);
    state.set(idKey(request.id), 'visiting');
    for (const dependency of request.dependsOn ?? []) {
      const target = byId.get(idKey(dependency));
      if (target === undefined) {
        throw new GraphError(
          400,
          'BadRequest',
          `Request '${request.id}' depends on '${dependency}', which is not in the batch.`,
        );
      }
      visit(target);
    }
    state.set(idKey(request.id), 'done');
    order.push(request);
  };
  requests.forEach(visit);
  return order;
}

function innerBody(request: InnerRequest, headers: Record<string, string>): Buffer {
  if (request.body === undefined) return Buffer.alloc(0);
  const type = headers['content-type'];
  if (type === undefined)
    throw new GraphError(400, 'BadRequest', 'Content-Type header must be specified for a request with a body.');
  if (/^application\/json/i.test(type)) return Buffer.from(JSON.stringify(request.body), 'utf8');
  if (typeof request.body !== 'string')
    throw new GraphError(400, 'BadRequest', 'A non-JSON body must be a base64 string.');
  return Buffer.from(request.body, 'base64');
}

function toInnerResponse(id: string, response: EmuResponse): InnerResponse {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers ?? {})) {
    if (!/^(request-id|client-request-id|x-ms-ags-diagnostic)$/i.test(name)) headers[name] = value;
  }
  let body = response.body;
  if (Buffer.isBuffer(body)) body = body.toString('base64');
  else if (body !== undefined && body !== null)
    headers['Content-Type'] = headers['Content-Type'] ?? 'application/json; charset=utf-8';
  return { id, status: response.status, headers, ...(body === undefined || body === null ? {} : { body }) };
}

export const batchModule: EmulatorModule = {
  name: 'batch',
  register(router) {
    router.add('POST', '/v1.0/$batch', { kind: 'scopes', anyOf: KNOWN_SCOPES }, async (req, ctx) => {
      const raw = parseBody(z.object({ requests: z.array(z.unknown()) }).passthrough(), req, 'batchRequest');
      if (raw.requests.length > MAX_BATCH_REQUESTS) {
        throw new GraphError(
          400,
          'BadRequest',
          `Number of batch request steps exceeds the maximum of ${MAX_BATCH_REQUESTS}.`,
        );
      }
      const { requests } = parseBody(batchSchema, req, 'batchRequest');
      const ids = new Set<string>();
      for (const request of requests) {
        if (ids.has(idKey(request.id)))
          throw new GraphError(400, 'BadRequest', `Batch request contains duplicate id '${request.id}'.`);
        ids.add(idKey(request.id));
      }
      const responses = new Map<string, InnerResponse>();
      for (const request of executionOrder(requests)) {
        const failed = (request.dependsOn ?? []).find(
          (dependency) => (responses.get(idKey(dependency))?.status ?? 500) >= 400,
        );
        const requestId = randomUUID();
        if (failed !== undefined) {
          responses.set(
            idKey(request.id),
            toInnerResponse(
              request.id,
              errorResponse(
                424,
                'FailedDependency',
                `Failed dependency: request '${failed}' did not succeed.`,
                requestId,
                undefined,
              ),
            ),
          );
          continue;
        }
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
        if (req.headers.authorization !== undefined) headers.authorization = req.headers.authorization;
        const shell: EmuRequest = {
          method: request.method.toUpperCase(),
          path: '/v1.0',
          query: new URLSearchParams(),
          headers,
          rawBody: Buffer.alloc(0),
          origin: req.origin,
          requestId,
          inBatch: true,
        };
        let response: EmuResponse;
        try {
          if (/^[a-z][a-z0-9+.-]*:/i.test(request.url))
            throw new GraphError(
              400,
              'BadRequest',
              'Batch request URLs must be relative to the service root, e.g. /me.',
            );
          if (hasDotSegment(request.url.split('?')[0] ?? ''))
            throw new GraphError(400, 'BadRequest', 'The request URI is not valid: path segments may not be relative.');
          const url = new URL(request.url.replace(/^\/?/, '/v1.0/'), 'https://localhost');
          if (url.pathname.toLowerCase() === '/v1.0/$batch')
            throw new GraphError(400, 'BadRequest', 'A batch request cannot contain another batch.');
          response = await ctx.dispatch({
            ...shell,
            path: decodePath(url.pathname),
            query: url.searchParams,
            rawBody: innerBody(request, headers),
          });
        } catch (error) {
          if (error instanceof DroppedConnection) throw error;
          response = toErrorResponse(error, shell);
        }
        responses.set(idKey(request.id), toInnerResponse(request.id, response));
      }
      return json(200, { responses: requests.map((r) => responses.get(idKey(r.id))) });
    });
  },
};
