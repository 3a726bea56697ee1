import { startHarness, type EmulatorHarness, LIDER, DIRECCION } from './support/emulator-harness';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

describe('identity and tokens', () => {
  it('the SDK reads /me with a token from /emulator/token', async () => {
    const me = await h.client(LIDER).api('/me').get();
    expect(me.userPrincipalName).toBe(LIDER);
    expect(me.displayName).toBe('Jorge Ramírez Cárdenas');
  });

  it('401 with Graph error JSON without a token', async () => {
    const r = await h.raw('GET', '/v1.0/me', { token: null });
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('InvalidAuthenticationToken');
    expect(r.body.error.innerError['request-id']).toEqual(r.headers.get('request-id'));
    expect(r.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('403 when the scopes do not cover the call', async () => {
    const token = await h.token(DIRECCION, ['Mail.Send']);
    const r = await h.raw('GET', '/v1.0/me', { token });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('Authorization_RequestDenied');
  });
});

describe('sites', () => {
  it('root, path addressing and id agree', async () => {
    const c = h.client();
    const root = await c.api('/sites/root').get();
    const byPath = await c.api('/sites/relaciones.sharepoint.com:/sites/calidad').get();
    expect(root.root).toEqual({});
    expect(byPath.displayName).toBe('Sistema de Gestión de Calidad');
    const byId = await c.api(`/sites/${byPath.id}`).get();
    expect(byId.id).toBe(byPath.id);
  });
});

describe('$select on users and sites', () => {
  it('returns only what was selected (and id), and refuses unknown properties', async () => {
    const c = h.client(LIDER);
    const me = await c.api('/me').select(['displayName', 'jobTitle']).get();
    expect(
      Object.keys(me)
        .filter((k) => !k.startsWith('@'))
        .sort(),
    ).toEqual(['displayName', 'id', 'jobTitle']);
    const site = await c.api('/sites/root').select('webUrl').get();
    expect(site.webUrl).toBe('https://relaciones.sharepoint.com');
    expect(site.displayName).toBeUndefined();
    const bad = await h.raw('GET', '/v1.0/me?$select=salary');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("'salary'");
    const malformed = await h.raw('GET', '/v1.0/users?$select=a b');
    expect(malformed.status).toBe(400);
  });
});
