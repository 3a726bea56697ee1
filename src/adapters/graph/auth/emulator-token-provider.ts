/**
 * Tokens from the local Microsoft 365 emulator (`POST /emulator/token`): the "sign-in" of the
 * embedded default. Only the token source differs from a real tenant; every Graph call still
 * goes through the same pipeline and the emulator checks the token, its scopes and the user's
 * permissions like Graph does.
 */
import type { FetchLike } from '../pipeline/middleware';
import type { TokenProvider } from './token-provider';
import { GraphRequestError } from '../graph-request-error';

export interface EmulatorTokenOptions {
  readonly graphUrl: string;
  /** Demo user whose token to use (`lider@relaciones.example`). */
  readonly user: string;
  readonly scopes: readonly string[];
  readonly fetch: FetchLike;
  readonly now?: () => number;
}

/** Renew this long before expiry so a request never leaves with a token about to lapse. */
const RENEW_MARGIN_MS = 60_000;

export class EmulatorTokenProvider implements TokenProvider {
  private cached: { token: string; expiresAt: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(private readonly options: EmulatorTokenOptions) {}

  async getAccessToken(): Promise<string> {
    const now = (this.options.now ?? Date.now)();
    if (this.cached !== undefined && this.cached.expiresAt - RENEW_MARGIN_MS > now) return this.cached.token;
    // One request for concurrent callers.
    this.pending ??= this.fetchToken().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  invalidate(): void {
    this.cached = undefined;
  }

  private async fetchToken(): Promise<string> {
    const url = `${new URL(this.options.graphUrl).origin}/emulator/token`;
    let response: Response;
    let text: string;
    try {
      response = await this.options.fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: this.options.user, scopes: this.options.scopes }),
      });
      text = await response.text();
    } catch (error) {
      throw new GraphRequestError({
        status: 0,
        graphCode: 'networkError',
        graphMessage: error instanceof Error ? error.message : String(error),
        method: 'POST',
        path: '/emulator/token',
        cause: error,
      });
    }
    // OAuth's error shape (`error`, `error_description`), as Microsoft Entra ID answers a token request.
    let body: { access_token?: string; expires_in?: number; error?: unknown; error_description?: string } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      /* reported below */
    }
    if (!response.ok || typeof body.access_token !== 'string') {
      throw new GraphRequestError({
        status: response.ok ? 502 : response.status,
        code: response.status === 400 || response.status === 401 ? 'GRAPH.UNAUTHORIZED' : undefined,
        graphCode: typeof body.error === 'string' ? body.error : 'tokenUnavailable',
        graphMessage: body.error_description ?? `the emulator gave no token (HTTP ${response.status})`,
        method: 'POST',
        path: '/emulator/token',
        body,
      });
    }
    const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : 3600;
    this.cached = { token: body.access_token, expiresAt: (this.options.now ?? Date.now)() + expiresIn * 1000 };
    return body.access_token;
  }
}
