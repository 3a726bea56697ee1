/**
 * Tokens in the add-in against a real tenant: MSAL nested app authentication
 * (`createNestablePublicClientApplication`), which asks the Office host for a token for the
 * signed-in user, with MSAL's popup as the fallback Office hosts without NAA need.
 * msal-browser is loaded only when a real tenant is used, so the local demo never downloads it.
 */
import type { IPublicClientApplication } from '@azure/msal-browser';
import { DomainError } from '../../../domain/shared/domain-error';
import type { TokenProvider } from './token-provider';

export interface NaaOptions {
  readonly clientId: string;
  readonly tenantId?: string;
  readonly scopes: readonly string[];
}

export class NaaTokenProvider implements TokenProvider {
  private app: Promise<IPublicClientApplication> | undefined;

  constructor(private readonly options: NaaOptions) {}

  private application(): Promise<IPublicClientApplication> {
    this.app ??= import('@azure/msal-browser').then((msal) =>
      msal.createNestablePublicClientApplication({
        auth: {
          clientId: this.options.clientId,
          authority: `https://login.microsoftonline.com/${this.options.tenantId ?? 'organizations'}`,
        },
      }),
    );
    return this.app;
  }

  async getAccessToken(): Promise<string> {
    const app = await this.application();
    const scopes = [...this.options.scopes];
    const account = app.getActiveAccount() ?? app.getAllAccounts()[0];
    try {
      const silent = await app.acquireTokenSilent({ scopes, ...(account ? { account } : {}) });
      return silent.accessToken;
    } catch {
      const interactive = await app.acquireTokenPopup({ scopes }).catch((error: unknown) => {
        throw new DomainError('AUTH.SIGN_IN_FAILED', {}, { cause: error });
      });
      app.setActiveAccount(interactive.account);
      return interactive.accessToken;
    }
  }
}
