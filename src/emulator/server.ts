/**
 * Starts the local Microsoft 365: HTTPS on loopback with the data folder's certificate, Graph
 * under `/v1.0`, administration under `/emulator`, and the built add-in at `/`. Bodies are read
 * with a size limit (4 MiB for JSON, as Graph; 64 MiB for file uploads) before dispatch.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { Permissions } from './auth/permissions';
import { TokenService } from './auth/tokens';
import { UserDirectory } from './auth/users';
import type { EmulatorContext, EmulatorOptions } from './context';
import { FaultInjector } from './faults';
import { DroppedConnection, dispatch, toErrorResponse } from './http/dispatch';
import { JSON_CONTENT_TYPE, encodeBody, type EmuRequest, type EmuResponse } from './http/exchange';
import { GraphError, errorResponse } from './http/graph-error';
import { decodePath, hasDotSegment } from './http/path';
import { Router } from './http/router';
import { serveStatic } from './http/static-files';
import { EMULATOR_MODULES } from './modules';
import { Stats } from './stats';
import { Store } from './store/database';
import { ensureCertificate } from './tls';

export const JSON_LIMIT_BYTES = 4 * 1024 * 1024;
export const UPLOAD_LIMIT_BYTES = 64 * 1024 * 1024;
export const DEFAULT_PORT = 3000;
export const DEFAULT_SHAREPOINT_HOST = 'relaciones.sharepoint.com';

export interface RunningEmulator {
  /** `https://localhost:<port>` */
  readonly url: string;
  readonly port: number;
  readonly certFile: string;
  readonly certificate: string;
  readonly dataDir: string;
  readonly context: EmulatorContext;
  close(): Promise<void>;
}

/** Opens the data folder (creating store, keys and certificate on first use) and builds the context. */
export async function createContext(options: EmulatorOptions): Promise<EmulatorContext> {
  mkdirSync(options.dataDir, { recursive: true });
  const store = Store.open(options.dataDir);
  const users = new UserDirectory(store);
  users.initialise(options.dataDir);
  const permissions = new Permissions(store, users);
  const tokens = await TokenService.open(options.dataDir, users);
  const router = new Router();
  const context: EmulatorContext = {
    store,
    users,
    permissions,
    tokens,
    faults: new FaultInjector(),
    stats: new Stats(),
    router,
    dataDir: options.dataDir,
    sharePointHost: options.sharePointHost ?? DEFAULT_SHAREPOINT_HOST,
    now: () => new Date(),
    dispatch: (req) => dispatch(req, context),
  };
  for (const module of EMULATOR_MODULES) {
    if (module.schema !== undefined) store.install(module.schema);
    module.register(router);
  }
  for (const module of EMULATOR_MODULES) module.initialise?.(context);
  return context;
}

function headerMap(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > limit) {
      reject(new GraphError(413, 'RequestEntityTooLarge', `The request body is larger than ${limit} bytes.`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new GraphError(413, 'RequestEntityTooLarge', `The request body is larger than ${limit} bytes.`));
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    // The client went away or broke the framing mid-body: a bad request, not an emulator failure.
    req.on('error', () => reject(new GraphError(400, 'BadRequest', 'The request body could not be read completely.')));
  });
}

const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;

/**
 * The origin for absolute links. Only loopback host names are answered at all: a request whose
 * Host names anything else (DNS rebinding from a web page) is refused before it reaches a route.
 */
function originOf(req: IncomingMessage, port: number): string {
  const host = req.headers.host ?? '';
  return LOOPBACK_HOST.test(host) && host.includes(':') ? `https://${host}` : `https://localhost:${port}`;
}

/**
 * The raw answer to a request Node's HTTP parser refuses before any handler sees it (request line
 * and headers over Node's 16 KiB limit, broken framing): Graph's envelope, then the connection closes.
 */
function clientErrorAnswer(code: string | undefined): string {
  const [status, graphCode, message] =
    code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'RequestHeaderFieldsTooLarge', 'The request line and headers are too large.']
      : code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'RequestTimeout', 'The request was not received in time.']
        : [400, 'BadRequest', 'The HTTP request is malformed.'];
  const requestId = randomUUID();
  const text = JSON.stringify(errorResponse(status, graphCode, message, requestId, undefined).body);
  return (
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: ${JSON_CONTENT_TYPE}\r\n` +
    `Content-Length: ${Buffer.byteLength(text)}\r\nrequest-id: ${requestId}\r\nConnection: close\r\n\r\n${text}`
  );
}

function write(res: ServerResponse, response: EmuResponse, method: string): void {
  const { bytes, contentType } = encodeBody(response);
  const headers: Record<string, string> = { ...(response.headers ?? {}) };
  if (contentType !== undefined) headers['Content-Type'] = contentType;
  if (response.status !== 204 && response.status !== 304) headers['Content-Length'] = String(bytes.length);
  res.writeHead(response.status, headers);
  res.end(method === 'HEAD' || response.status === 204 ? undefined : bytes);
}

export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const context = await createContext(options);
  const tls = await ensureCertificate(options.dataDir);
  const sockets = new Set<Socket>();
  let port = options.port ?? DEFAULT_PORT;

  const onRequest = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = (req.method ?? 'GET').toUpperCase();
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
    const url = new URL(req.url ?? '/', 'https://localhost');
    const requestId = randomUUID();
    const headers = headerMap(req);
    if (req.headers.host !== undefined && !LOOPBACK_HOST.test(req.headers.host)) {
      const refused = errorResponse(
        421,
        'misdirectedRequest',
        'This server answers only requests addressed to localhost, 127.0.0.1 or [::1].',
        requestId,
        headers['client-request-id'],
      );
      write(res, refused, method);
      return;
    }
    const isApi =
      url.pathname.startsWith('/v1.0/') || url.pathname === '/v1.0' || url.pathname.startsWith('/emulator/');
    if (!isApi) {
      if (hasDotSegment(rawPath)) res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad path');
      else serveStatic(options.staticDir, url.pathname, res, method);
      return;
    }
    const shell: EmuRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers,
      rawBody: Buffer.alloc(0),
      origin: originOf(req, port),
      requestId,
      inBatch: false,
    };
    let request: EmuRequest;
    try {
      if (hasDotSegment(rawPath)) {
        throw new GraphError(
          400,
          'BadRequest',
          'The request URI is not valid: path segments may not be relative or contain separators.',
        );
      }
      const limit = method === 'PUT' && url.pathname.endsWith('/content') ? UPLOAD_LIMIT_BYTES : JSON_LIMIT_BYTES;
      request = { ...shell, path: decodePath(url.pathname), rawBody: await readBody(req, limit) };
    } catch (error) {
      write(res, toErrorResponse(error, shell), method);
      return;
    }
    try {
      write(res, await dispatch(request, context), method);
    } catch (error) {
      if (error instanceof DroppedConnection) {
        req.socket.destroy();
        return;
      }
      write(res, toErrorResponse(error, request), method);
    }
  };

  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    onRequest(req, res).catch((error: unknown) => {
      console.error('[emulator] unhandled', error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // With a clientError listener, closing the socket is ours to do (Node's documented contract).
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    socket.end(clientErrorAnswer(error.code));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, options.host ?? '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `https://localhost:${port}`,
    port,
    certFile: tls.certFile,
    certificate: tls.cert,
    dataDir: options.dataDir,
    context,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          context.store.close();
          resolve();
        });
        for (const socket of sockets) socket.destroy();
      }),
  };
}
