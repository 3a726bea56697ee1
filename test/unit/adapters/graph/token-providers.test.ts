/**
 * Token providers with their identity libraries replaced by recording fakes (no tenant here):
 * the CLI's device-code flow signs in once and then renews silently; the add-in's nested app
 * authentication falls back to MSAL's popup; the emulator provider caches and shares one request.
 */
import { EmulatorTokenProvider } from '../../../../src/adapters/graph/auth/emulator-token-provider';
import { MsalDeviceCodeTokenProvider } from '../../../../src/adapters/graph/auth/msal-device-code-token-provider';
import { NaaTokenProvider } from '../../../../src/adapters/graph/auth/naa-token-provider';

const msalNode = {
  accounts: [] as { username: string }[],
  silentFails: false,
  calls: [] as string[],
  config: undefined as unknown,
};

jest.mock('@azure/msal-node', () => ({
  PublicClientApplication: class {
    constructor(config: unknown) {
      msalNode.config = config;
    }
    getTokenCache() {
      return { getAllAccounts: () => Promise.resolve(msalNode.accounts) };
    }
    acquireTokenSilent() {
      msalNode.calls.push('silent');
      return msalNode.silentFails
        ? Promise.reject(new Error('interaction_required'))
        : Promise.resolve({ accessToken: 'silent-token' });
    }
    acquireTokenByDeviceCode(request: { deviceCodeCallback: (r: { message: string }) => void }) {
      msalNode.calls.push('deviceCode');
      request.deviceCodeCallback({ message: 'Go to https://microsoft.com/devicelogin and enter ABC123' });
      msalNode.accounts = [{ username: 'ana@contoso.com' }];
      return Promise.resolve({ accessToken: 'device-token', account: msalNode.accounts[0] });
    }
  },
}));

const msalBrowser = { calls: [] as string[], silentFails: false, config: undefined as unknown };

jest.mock('@azure/msal-browser', () => ({
  createNestablePublicClientApplication: (config: unknown) => {
    msalBrowser.config = config;
    let active: unknown = null;
    return Promise.resolve({
      getActiveAccount: () => active,
      getAllAccounts: () => [],
      setActiveAccount: (account: unknown) => {
        active = account;
      },
      acquireTokenSilent: () => {
        msalBrowser.calls.push('silent');
        return msalBrowser.silentFails
          ? Promise.reject(new Error('interaction_required'))
          : Promise.resolve({ accessToken: 'naa-token' });
      },
      acquireTokenPopup: () => {
        msalBrowser.calls.push('popup');
        return Promise.resolve({ accessToken: 'popup-token', account: { username: 'ana@contoso.com' } });
      },
    });
  },
}));

describe('CLI: msal-node device code', () => {
  beforeEach(() => {
    msalNode.accounts = [];
    msalNode.calls = [];
    msalNode.silentFails = false;
  });

  it('signs in with a device code once, shows Microsoft’s message, then renews silently', async () => {
    const shown: string[] = [];
    const provider = new MsalDeviceCodeTokenProvider({
      clientId: '11111111-2222-3333-4444-555555555555',
      tenantId: 'contoso.onmicrosoft.com',
      scopes: ['Sites.ReadWrite.All'],
      onDeviceCode: (message) => shown.push(message),
    });
    expect(await provider.getAccessToken()).toBe('device-token');
    expect(shown).toEqual([expect.stringContaining('ABC123')]);
    expect(await provider.getAccessToken()).toBe('silent-token');
    expect(msalNode.calls).toEqual(['deviceCode', 'silent']);
    expect(msalNode.config).toMatchObject({
      auth: { authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com' },
    });
  });

  it('signs in again when the silent renewal needs interaction', async () => {
    msalNode.accounts = [{ username: 'ana@contoso.com' }];
    msalNode.silentFails = true;
    const provider = new MsalDeviceCodeTokenProvider({
      clientId: 'x',
      scopes: ['User.Read'],
      onDeviceCode: () => undefined,
    });
    expect(await provider.getAccessToken()).toBe('device-token');
    expect(msalNode.calls).toEqual(['silent', 'deviceCode']);
    expect(msalNode.config).toMatchObject({ auth: { authority: 'https://login.microsoftonline.com/organizations' } });
  });
});

describe('add-in: MSAL nested app authentication', () => {
  beforeEach(() => {
    msalBrowser.calls = [];
    msalBrowser.silentFails = false;
  });

  it('takes the host-brokered token silently', async () => {
    const provider = new NaaTokenProvider({ clientId: 'app', scopes: ['User.Read'] });
    expect(await provider.getAccessToken()).toBe('naa-token');
    expect(msalBrowser.calls).toEqual(['silent']);
  });

  it('falls back to the popup when the host cannot broker one', async () => {
    msalBrowser.silentFails = true;
    const provider = new NaaTokenProvider({ clientId: 'app', tenantId: 'contoso', scopes: ['User.Read'] });
    expect(await provider.getAccessToken()).toBe('popup-token');
    expect(msalBrowser.calls).toEqual(['silent', 'popup']);
    expect(msalBrowser.config).toMatchObject({ auth: { authority: 'https://login.microsoftonline.com/contoso' } });
  });
});

describe('local: the emulator token endpoint', () => {
  it('asks once for concurrent callers, caches until a minute before expiry, renews after invalidate', async () => {
    let now = 0;
    const bodies: unknown[] = [];
    const provider = new EmulatorTokenProvider({
      graphUrl: 'https://localhost:3000',
      user: 'lider@relaciones.example',
      scopes: ['Sites.ReadWrite.All'],
      now: () => now,
      fetch: (url, init) => {
        expect(url).toBe('https://localhost:3000/emulator/token');
        bodies.push(JSON.parse(init.body as string));
        return Promise.resolve(
          new Response(JSON.stringify({ access_token: `t${bodies.length}`, expires_in: 3600 }), { status: 200 }),
        );
      },
    });
    expect(await Promise.all([provider.getAccessToken(), provider.getAccessToken()])).toEqual(['t1', 't1']);
    now = 3_500_000;
    expect(await provider.getAccessToken()).toBe('t1');
    now = 3_560_000;
    expect(await provider.getAccessToken()).toBe('t2');
    provider.invalidate();
    expect(await provider.getAccessToken()).toBe('t3');
    expect(bodies[0]).toEqual({ user: 'lider@relaciones.example', scopes: ['Sites.ReadWrite.All'] });
  });

  it('an unknown user is GRAPH.UNAUTHORIZED with the directory’s words', async () => {
    const provider = new EmulatorTokenProvider({
      graphUrl: 'https://localhost:3000',
      user: 'nadie@relaciones.example',
      scopes: ['User.Read'],
      fetch: () =>
        Promise.resolve(
          new Response(JSON.stringify({ error: 'invalid_grant', error_description: 'AADSTS50034' }), { status: 400 }),
        ),
    });
    await expect(provider.getAccessToken()).rejects.toMatchObject({
      code: 'GRAPH.UNAUTHORIZED',
      status: 400,
      graphCode: 'invalid_grant',
      graphMessage: 'AADSTS50034',
    });
  });
});
