/**
 * The request pipeline shared by HTTPS requests and `$batch` inner requests: normalise the path,
 * match a route, count it, inject faults, authenticate and check scopes, run the handler, and
 * turn any error into Graph's envelope. Nothing here knows a specific resource.
 */
import type { EmulatorContext } from '../context';
import { ANONYMOUS, type Principal } from '../auth/principal';
import type { EmuRequest, EmuResponse } from './exchange';
import { ODataQueryError } from '../odata/odata-error';
import { GraphError, errorResponse } from './graph-error';
import type { AuthRule, RouteRequest } from './router';

const FAULT_ERRORS: Record<429 | 503 | 504, { code: string; message: string }> = {
  429: {
    code: 'activityLimitReached',
    message: 'The request has been throttled. Retry after the time in Retry-After.',
  },
  503: { code: 'serviceNotAvailable', message: 'The service is temporarily unavailable. Please retry later.' },
  504: { code: 'gatewayTimeout', message: 'The gateway timed out. Please retry later.' },
};

export class DroppedConnection extends Error {
  constructor(readonly when: 'before' | 'after') {
    super(`connection dropped ${when} handling`);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function withStandardHeaders(response: EmuResponse, req: EmuRequest): EmuResponse {
  const headers: Record<string, string> = {
    'request-id': req.requestId,
    'client-request-id': req.headers['client-request-id'] ?? req.requestId,
    'x-ms-ags-diagnostic': JSON.stringify({
      ServerInfo: { DataCenter: 'Local', Slice: 'E', Ring: '0', ScaleUnit: '000', RoleInstance: 'relaciones-emulator' },
    }),
    ...(response.headers ?? {}),
  };
  if (req.path.startsWith('/v1.0')) headers['OData-Version'] = headers['OData-Version'] ?? '4.0';
  return { ...response, headers };
}

export function toErrorResponse(error: unknown, req: EmuRequest): EmuResponse {
  if (error instanceof GraphError) {
    return errorResponse(
      error.status,
      error.code,
      error.message,
      req.requestId,
      req.headers['client-request-id'],
      error.headers,
    );
  }
  if (error instanceof ODataQueryError) {
    return errorResponse(400, error.code, error.message, req.requestId, req.headers['client-request-id']);
  }
  if (error instanceof DroppedConnection) throw error;
  console.error(`[emulator] ${req.method} ${req.path} failed:`, error);
  return errorResponse(
    500,
    'generalException',
    'An unexpected error occurred in the emulator.',
    req.requestId,
    req.headers['client-request-id'],
  );
}

/** Dispatches one request; throws `DroppedConnection` when a fault asks for the connection to be cut. */
export async function dispatch(req: EmuRequest, ctx: EmulatorContext): Promise<EmuResponse> {
  let response: EmuResponse;
  try {
    response = await handle(req, ctx);
  } catch (error) {
    response = toErrorResponse(error, req);
  }
  return withStandardHeaders(response, req);
}

async function handle(req: EmuRequest, ctx: EmulatorContext): Promise<EmuResponse> {
  const path = ctx.router.normalise(req.path, ctx);
  const { route, params } = ctx.router.match(req.method, path);
  const isGraph = route.template.startsWith('/v1.0');
  const routeKey = `${req.method.toUpperCase()} ${route.template}`;
  if (isGraph) {
    ctx.stats.count(req.method, route.template, req.inBatch);
    const outcome = ctx.faults.decide(routeKey, !req.inBatch);
    if (outcome.latencyMs > 0) await sleep(outcome.latencyMs);
    if (outcome.kind === 'status') {
      ctx.stats.fault(String(outcome.status));
      const { code, message } = FAULT_ERRORS[outcome.status];
      throw new GraphError(outcome.status, code, message, { 'Retry-After': String(ctx.faults.retryAfterSeconds) });
    }
    if (outcome.kind === 'drop' && outcome.when === 'before') {
      ctx.stats.fault('dropBefore');
      throw new DroppedConnection('before');
    }
    const principal = await authorise(req, ctx, route.auth);
    const result = await route.handler(
      { ...req, params, principal, route: route.template } satisfies RouteRequest,
      ctx,
    );
    if (outcome.kind === 'drop') {
      ctx.stats.fault('dropAfter');
      throw new DroppedConnection('after');
    }
    return result;
  }
  const principal = await authorise(req, ctx, route.auth);
  return route.handler({ ...req, params, principal, route: route.template }, ctx);
}

async function authorise(req: EmuRequest, ctx: EmulatorContext, rule: AuthRule): Promise<Principal> {
  if (rule.kind === 'anonymous') return ANONYMOUS;
  const principal = await ctx.tokens.authenticate(req.headers.authorization);
  if (!rule.anyOf.some((scope) => principal.scopes.has(scope))) {
    throw new GraphError(
      403,
      'Authorization_RequestDenied',
      `Insufficient privileges to complete the operation. This operation needs one of: ${rule.anyOf.join(', ')}.`,
    );
  }
  return principal;
}
