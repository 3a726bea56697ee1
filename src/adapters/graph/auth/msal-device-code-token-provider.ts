/**
 * Tokens for the CLI against a real tenant: msal-node's device code flow (the person opens
 * https://microsoft.com/devicelogin on any device and types the code), then silent renewal from
 * MSAL's token cache, kept in a file only the user can read so the next command needs no sign-in.
 */
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  PublicClientApplication,
  type AccountInfo,
  type DeviceCodeRequest,
  type ICachePlugin,
  type TokenCacheContext,
} from '@azure/msal-node';
import { DomainError } from '../../../domain/shared/domain-error';
import type { TokenProvider } from './token-provider';

type DeviceCodeResponse = Parameters<DeviceCodeRequest['deviceCodeCallback']>[0];

export interface DeviceCodeOptions {
  /** Application (client) id of the app registration (public client, "Allow public client flows"). */
  readonly clientId: string;
  /** Tenant id or domain; `organizations` when absent. */
  readonly tenantId?: string;
  readonly scopes: readonly string[];
  /** Where MSAL's cache is kept between runs (e.g. ~/.relaciones/msal-cache.json). */
  readonly cacheFile?: string;
  /** Shows the sign-in instructions (Microsoft's message, localised by Microsoft). */
  readonly onDeviceCode: (message: string, response: DeviceCodeResponse) => void;
}

function fileCache(file: string): ICachePlugin {
  return {
    async beforeCacheAccess(context: TokenCacheContext) {
      if (existsSync(file)) context.tokenCache.deserialize(await readFile(file, 'utf8'));
    },
    async afterCacheAccess(context: TokenCacheContext) {
      if (!context.cacheHasChanged) return;
      await mkdir(dirname(file), { recursive: true, mode: 0o700 });
      await writeFile(file, context.tokenCache.serialize(), { mode: 0o600 });
      await chmod(file, 0o600);
    },
  };
}

export class MsalDeviceCodeTokenProvider implements TokenProvider {
  private readonly app: PublicClientApplication;
  private account: AccountInfo | undefined;

  constructor(private readonly options: DeviceCodeOptions) {
    this.app = new PublicClientApplication({
      auth: {
        clientId: options.clientId,
        authority: `https://login.microsoftonline.com/${options.tenantId ?? 'organizations'}`,
      },
      ...(options.cacheFile !== undefined ? { cache: { cachePlugin: fileCache(options.cacheFile) } } : {}),
    });
  }

  async getAccessToken(): Promise<string> {
    const scopes = [...this.options.scopes];
    this.account ??= (await this.app.getTokenCache().getAllAccounts())[0];
    if (this.account !== undefined) {
      try {
        const silent = await this.app.acquireTokenSilent({ account: this.account, scopes });
        if (silent?.accessToken) return silent.accessToken;
      } catch {
        /* expired refresh token or new consent needed: sign in again below */
      }
    }
    const result = await this.app.acquireTokenByDeviceCode({
      scopes,
      deviceCodeCallback: (response) => this.options.onDeviceCode(response.message, response),
    });
    if (result === null || !result.accessToken) throw new DomainError('AUTH.SIGN_IN_FAILED', {});
    this.account = result.account ?? undefined;
    return result.accessToken;
  }

  invalidate(): void {
    // MSAL refreshes by itself; dropping the account forces a silent re-lookup on the next call.
    this.account = undefined;
  }
}
