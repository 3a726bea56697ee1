/**
 * Starts an emulator on a free port with a fresh temporary data folder, trusts its certificate
 * for this process's fetch (undici), and gives tests three ways in: the real Graph SDK
 * (`@microsoft/microsoft-graph-client` with a plain auth → HTTP chain, no SDK retries), raw
 * `fetch` for status codes and headers, and the `/emulator` administration endpoints.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthenticationHandler, Client, HTTPMessageHandler } from '@microsoft/microsoft-graph-client';
import { Agent } from 'undici';
import { startEmulator, type RunningEmulator } from '../../../../src/emulator/server';

export const LIDER = 'lider@relaciones.example';
export const COMERCIAL = 'comercial@relaciones.example';
export const DIRECCION = 'direccion@relaciones.example';

export const ALL_SCOPES = [
  'User.Read',
  'User.ReadBasic.All',
  'Sites.Manage.All',
  'Calendars.ReadWrite',
  'Mail.ReadWrite',
  'Mail.Send',
  'Files.ReadWrite.All',
];

export interface RawResponse {
  status: number;
  headers: Headers;
  // Parsed JSON of any Graph payload: tests assert on its shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  text: string;
}

export interface EmulatorHarness {
  readonly emulator: RunningEmulator;
  readonly url: string;
  readonly dataDir: string;
  token(user?: string, scopes?: readonly string[], expiresIn?: number): Promise<string>;
  client(user?: string, scopes?: readonly string[]): Client;
  raw(
    method: string,
    path: string,
    options?: {
      body?: unknown;
      rawBody?: string | Buffer;
      headers?: Record<string, string>;
      token?: string | null;
      user?: string;
    },
  ): Promise<RawResponse>;
  admin(method: string, path: string, body?: unknown): Promise<RawResponse>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

async function toRaw(response: Response): Promise<RawResponse> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    /* not JSON: keep the text */
  }
  return { status: response.status, headers: response.headers, body, text };
}

export async function startHarness(): Promise<EmulatorHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'relaciones-emulator-'));
  let emulator = await startEmulator({ dataDir, port: 0 });
  // Jest runs tests in their own realm, so a global dispatcher would not reach Node's fetch: pass it.
  let dispatcher = new Agent({ connect: { ca: emulator.certificate } });
  const tokens = new Map<string, string>();

  const harness: EmulatorHarness = {
    get emulator() {
      return emulator;
    },
    get url() {
      return emulator.url;
    },
    dataDir,
    async token(user = LIDER, scopes = ALL_SCOPES, expiresIn) {
      const key = `${user}|${scopes.join(' ')}|${expiresIn ?? ''}`;
      const cached = tokens.get(key);
      if (cached !== undefined && expiresIn === undefined) return cached;
      const response = await harness.admin('POST', '/emulator/token', {
        user,
        scopes,
        ...(expiresIn ? { expiresIn } : {}),
      });
      if (response.status !== 200) throw new Error(`token: ${response.status} ${response.text}`);
      const token = response.body.access_token as string;
      tokens.set(key, token);
      return token;
    },
    client(user = LIDER, scopes = ALL_SCOPES) {
      const auth = new AuthenticationHandler({ getAccessToken: () => harness.token(user, scopes) });
      auth.setNext(new HTTPMessageHandler());
      return Client.initWithMiddleware({
        baseUrl: `${emulator.url}/`,
        defaultVersion: 'v1.0',
        customHosts: new Set(['localhost']),
        middleware: auth,
        fetchOptions: {
          get dispatcher() {
            return dispatcher;
          },
        } as RequestInit,
      });
    },
    async raw(method, path, options = {}) {
      const headers: Record<string, string> = { ...(options.headers ?? {}) };
      if (options.token !== null)
        headers.Authorization = `Bearer ${options.token ?? (await harness.token(options.user))}`;
      let body: string | Buffer | undefined;
      if (options.rawBody !== undefined) body = options.rawBody;
      else if (options.body !== undefined) {
        body = JSON.stringify(options.body);
        headers['Content-Type'] = headers['Content-Type'] ?? 'application/json';
      }
      return toRaw(await fetch(`${emulator.url}${path}`, { method, headers, body, dispatcher } as RequestInit));
    },
    async admin(method, path, body) {
      return toRaw(
        await fetch(`${emulator.url}${path}`, {
          method,
          headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
          dispatcher,
        } as RequestInit),
      );
    },
    async restart() {
      const port = emulator.port;
      await emulator.close();
      await dispatcher.close();
      emulator = await startEmulator({ dataDir, port });
      dispatcher = new Agent({ connect: { ca: emulator.certificate } });
    },
    async stop() {
      await emulator.close();
      await dispatcher.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}
