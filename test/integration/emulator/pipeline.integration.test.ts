/**
 * The emulator's shared pipeline: authentication, scopes, Graph error envelopes, bad input,
 * $batch, fault injection, request statistics, persistence and the static add-in files.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { SignJWT, generateKeyPair } from 'jose';
import { startHarness, type EmulatorHarness, LIDER, COMERCIAL, DIRECCION } from './support/emulator-harness';
import { startEmulator } from '../../../src/emulator/server';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});
afterEach(async () => {
  await h.admin('DELETE', '/emulator/faults');
});

describe('tokens', () => {
  it('issues a JWT naming the user and scopes', async () => {
    const r = await h.admin('POST', '/emulator/token', {
      user: COMERCIAL,
      scopes: ['User.Read', 'https://graph.microsoft.com/Mail.Send'],
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'User.Read Mail.Send' });
    const [, payload] = (r.body.access_token as string).split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
    expect(claims).toMatchObject({
      upn: COMERCIAL,
      scp: 'User.Read Mail.Send',
      aud: 'https://graph.microsoft.com',
      name: 'Mariana Solís Herrera',
    });
  });

  it.each([
    [{ user: 'nadie@relaciones.example', scopes: ['User.Read'] }, 'invalid_grant'],
    [{ user: LIDER, scopes: ['Directory.ReadWrite.All'] }, 'invalid_scope'],
    [{ user: LIDER }, 'invalid_request'],
    [{ user: LIDER, scopes: ['User.Read'], extra: true }, 'invalid_request'],
    ['not json', 'invalid_request'],
  ])('refuses a bad token request %j with %s', async (body, error) => {
    const r = await h.admin('POST', '/emulator/token', body);
    expect(r.status).toBe(400);
    expect(r.body.error).toBe(error);
  });

  it('401 for an expired token', async () => {
    const token = await h.token(LIDER, ['User.Read'], 1);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const r = await h.raw('GET', '/v1.0/me', { token });
    expect(r.status).toBe(401);
    expect(r.body.error.message).toMatch(/expired/);
  });

  it('401 for a token signed by another key, garbage, or a wrong scheme', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ upn: LIDER, scp: 'User.Read' })
      .setProtectedHeader({ alg: 'ES256' })
      .setAudience('https://graph.microsoft.com')
      .setIssuer('https://relaciones-emulator.local/')
      .setExpirationTime('1h')
      .sign(privateKey);
    for (const headers of [
      { Authorization: `Bearer ${forged}` },
      { Authorization: 'Bearer abc.def' },
      { Authorization: 'Basic dXNlcjpwYXNz' },
    ]) {
      const r = await h.raw('GET', '/v1.0/me', { token: null, headers });
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe('InvalidAuthenticationToken');
    }
  });

  it('a token from another emulator data folder is refused', async () => {
    const other = await startEmulator({ dataDir: mkdtempSync(join(tmpdir(), 'relaciones-other-')), port: 0 });
    try {
      const foreign = await other.context.tokens.issue(LIDER, ['User.Read'], 600);
      const r = await h.raw('GET', '/v1.0/me', { token: foreign });
      expect(r.status).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('403 when the token lacks the scope a route needs', async () => {
    const token = await h.token(LIDER, ['Calendars.Read']);
    const r = await h.raw('GET', '/v1.0/sites/root', { token });
    expect(r.status).toBe(403);
    expect(r.body.error.message).toContain('Sites.Read.All');
  });
});

describe('Graph envelopes for bad requests', () => {
  it('unknown segment → 400, wrong method → 405, both with request-id', async () => {
    const unknown = await h.raw('GET', '/v1.0/nothingHere');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe("Resource not found for the segment 'nothingHere'.");
    const wrong = await h.raw('DELETE', '/v1.0/me');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('echoes client-request-id', async () => {
    const r = await h.raw('GET', '/v1.0/me', { headers: { 'client-request-id': 'abc-123' } });
    expect(r.headers.get('client-request-id')).toBe('abc-123');
  });

  it.each(['/v1.0/sites/..%2F..%2Fetc', '/v1.0/users/%2e%2e', '/v1.0/sites/%E0%A4%A'])(
    'refuses path tricks in %s',
    async (path) => {
      const r = await h.raw('GET', path);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('BadRequest');
    },
  );

  it('malformed JSON and oversized bodies are refused before any handler', async () => {
    const malformed = await h.raw('POST', '/v1.0/$batch', {
      rawBody: '{"requests": [',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toMatch(/Unable to read JSON request payload/);
    const huge = await h.raw('POST', '/v1.0/$batch', {
      rawBody: Buffer.alloc(5 * 1024 * 1024, 32),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('RequestEntityTooLarge');
  });
});

describe('$batch', () => {
  it('runs inner requests with the batch token and answers each', async () => {
    const r = await h.raw('POST', '/v1.0/$batch', {
      body: {
        requests: [
          { id: '1', method: 'GET', url: '/me' },
          { id: '2', method: 'GET', url: 'sites/root?$select=id' },
          { id: '3', method: 'GET', url: '/users/nadie@relaciones.example' },
        ],
      },
    });
    expect(r.status).toBe(200);
    const byId = Object.fromEntries(r.body.responses.map((x: { id: string }) => [x.id, x]));
    expect(byId['1']).toMatchObject({ status: 200, body: { userPrincipalName: LIDER } });
    expect(byId['2'].status).toBe(200);
    expect(byId['3'].status).toBe(404);
  });

  it('424 for requests depending on a failed one, in dependency order', async () => {
    const r = await h.raw('POST', '/v1.0/$batch', {
      body: {
        requests: [
          { id: 'c', method: 'GET', url: '/me', dependsOn: ['b'] },
          { id: 'b', method: 'GET', url: '/users/nadie@relaciones.example', dependsOn: ['a'] },
          { id: 'a', method: 'GET', url: '/me' },
        ],
      },
    });
    const statuses = Object.fromEntries(r.body.responses.map((x: { id: string; status: number }) => [x.id, x.status]));
    expect(statuses).toEqual({ a: 200, b: 404, c: 424 });
  });

  it.each([
    [
      'more than 20 requests',
      { requests: Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' })) },
      /maximum of 20/,
    ],
    [
      'duplicate ids',
      {
        requests: [
          { id: '1', method: 'GET', url: '/me' },
          { id: '1', method: 'GET', url: '/me' },
        ],
      },
      /duplicate/,
    ],
    [
      'unknown dependency',
      { requests: [{ id: '1', method: 'GET', url: '/me', dependsOn: ['9'] }] },
      /not in the batch/,
    ],
    [
      'a cycle',
      {
        requests: [
          { id: '1', method: 'GET', url: '/me', dependsOn: ['2'] },
          { id: '2', method: 'GET', url: '/me', dependsOn: ['1'] },
        ],
      },
      /circular/,
    ],
    ['an unknown property', { requests: [{ id: '1', method: 'GET', url: '/me', retry: true }] }, /retry/],
  ])('400 for %s', async (_label, body, message) => {
    const r = await h.raw('POST', '/v1.0/$batch', { body });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(message);
  });

  it('inner requests that are absolute, nested batches or bodies without Content-Type fail alone', async () => {
    const r = await h.raw('POST', '/v1.0/$batch', {
      body: {
        requests: [
          { id: '1', method: 'GET', url: 'https://graph.microsoft.com/v1.0/me' },
          {
            id: '2',
            method: 'POST',
            url: '/$batch',
            body: { requests: [] },
            headers: { 'Content-Type': 'application/json' },
          },
          { id: '3', method: 'POST', url: '/me/sendMail', body: { message: {} } },
          { id: '4', method: 'GET', url: '/me' },
        ],
      },
    });
    const statuses = Object.fromEntries(r.body.responses.map((x: { id: string; status: number }) => [x.id, x.status]));
    expect(statuses).toEqual({ '1': 400, '2': 400, '3': 400, '4': 200 });
  });

  it('the SDK batch content round-trips', async () => {
    const r = await h
      .client()
      .api('/$batch')
      .post({ requests: [{ id: 'me', method: 'GET', url: '/me' }] });
    expect(r.responses[0].body.displayName).toBe('Jorge Ramírez Cárdenas');
  });
});

describe('faults and statistics', () => {
  it('validates the fault configuration', async () => {
    expect((await h.admin('POST', '/emulator/faults', { rate429: 2 })).status).toBe(400);
    expect((await h.admin('POST', '/emulator/faults', { rate429: 0.7, rate503: 0.7 })).status).toBe(400);
    expect((await h.admin('POST', '/emulator/faults', { latencyMs: [50, 10] })).status).toBe(400);
    expect((await h.admin('POST', '/emulator/faults', { storm: true })).status).toBe(400);
  });

  it('throttles with Retry-After and is deterministic for a seed', async () => {
    const run = async (): Promise<number[]> => {
      await h.admin('POST', '/emulator/faults', { rate429: 0.3, rate503: 0.1, retryAfterSeconds: 2, seed: 7 });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i += 1) {
        const r = await h.raw('GET', '/v1.0/me');
        statuses.push(r.status);
        if (r.status === 429) {
          expect(r.headers.get('retry-after')).toBe('2');
          expect(r.body.error.code).toBe('activityLimitReached');
        }
      }
      return statuses;
    };
    const first = await run();
    const second = await run();
    expect(first).toEqual(second);
    expect(first.filter((s) => s === 429).length).toBeGreaterThan(4);
    expect(first.filter((s) => s === 503).length).toBeGreaterThan(0);
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(15);
  });

  it('drops connections, before or after handling', async () => {
    await h.admin('POST', '/emulator/faults', { dropRate: 1, seed: 3 });
    await expect(h.raw('GET', '/v1.0/me')).rejects.toThrow();
    await h.admin('DELETE', '/emulator/faults');
    const stats = await h.admin('GET', '/emulator/stats');
    expect((stats.body.faults.dropBefore ?? 0) + (stats.body.faults.dropAfter ?? 0)).toBeGreaterThan(0);
  });

  it('limits faults to matching routes and adds latency', async () => {
    await h.admin('POST', '/emulator/faults', { rate503: 1, routes: '^GET /v1\\.0/users', latencyMs: [30, 30] });
    const started = Date.now();
    expect((await h.raw('GET', '/v1.0/me')).status).toBe(200);
    expect((await h.raw('GET', `/v1.0/users/${LIDER}`)).status).toBe(503);
    expect(Date.now() - started).toBeGreaterThanOrEqual(30);
  });

  it('batch inner requests can be throttled on their own', async () => {
    await h.admin('POST', '/emulator/faults', { rate429: 1, routes: '^GET /v1\\.0/me$' });
    const r = await h.raw('POST', '/v1.0/$batch', {
      body: {
        requests: [
          { id: '1', method: 'GET', url: '/me' },
          { id: '2', method: 'GET', url: '/sites/root' },
        ],
      },
    });
    expect(r.status).toBe(200);
    const statuses = Object.fromEntries(r.body.responses.map((x: { id: string; status: number }) => [x.id, x.status]));
    expect(statuses).toEqual({ '1': 429, '2': 200 });
    expect(r.body.responses.find((x: { id: string }) => x.id === '1').headers['Retry-After']).toBe('1');
  });

  it('counts requests by method and route since the last reset', async () => {
    await h.admin('POST', '/emulator/stats/reset');
    await h.raw('GET', '/v1.0/me');
    await h.raw('GET', '/v1.0/me');
    await h.raw('GET', '/v1.0/sites/root');
    await h.raw('POST', '/v1.0/$batch', { body: { requests: [{ id: '1', method: 'GET', url: '/me' }] } });
    const stats = (await h.admin('GET', '/emulator/stats')).body;
    expect(stats.total).toBe(4);
    expect(stats.byMethod).toEqual({ GET: 3, POST: 1 });
    expect(stats.byRoute['GET /v1.0/me']).toBe(2);
    expect(stats.byRoute['GET /v1.0/sites/{site}']).toBe(1);
    expect(stats.batched).toEqual({ total: 1, byRoute: { 'GET /v1.0/me': 1 } });
  });
});

describe('users, grants and persistence', () => {
  it('users.json in the data folder adds users; /users lists them', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'relaciones-users-'));
    writeFileSync(
      join(dataDir, 'users.json'),
      JSON.stringify({ users: [{ upn: 'auditor@relaciones.example', displayName: 'Lucía Auditora', access: 'read' }] }),
    );
    const emulator = await startEmulator({ dataDir, port: 0 });
    try {
      expect(emulator.context.users.byUpn('auditor@relaciones.example')?.access).toBe('read');
      expect(emulator.context.users.all()).toHaveLength(4);
    } finally {
      await emulator.close();
    }
  });

  it('a broken users.json stops the start with the file named', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'relaciones-users-'));
    writeFileSync(join(dataDir, 'users.json'), JSON.stringify({ users: [{ upn: 'x', displayName: '' }] }));
    await expect(startEmulator({ dataDir, port: 0 })).rejects.toThrow(/users\.json/);
  });

  it('keeps users, keys and the certificate across a restart', async () => {
    await h.admin('POST', '/emulator/users', { upn: 'nuevo@relaciones.example', displayName: 'Nuevo Usuario' });
    const token = await h.token(DIRECCION, ['User.Read']);
    const cert = h.emulator.certificate;
    await h.restart();
    expect(h.emulator.certificate).toBe(cert);
    expect((await h.raw('GET', '/v1.0/me', { token })).status).toBe(200);
    expect((await h.raw('GET', '/v1.0/users/nuevo@relaciones.example')).body.displayName).toBe('Nuevo Usuario');
  });

  it('grants need a known user and site', async () => {
    expect((await h.admin('PUT', '/emulator/grants', { user: 'x@y.z', site: 'root', level: 'read' })).status).toBe(404);
    expect((await h.admin('PUT', '/emulator/grants', { user: LIDER, site: 'nope', level: 'read' })).status).toBe(404);
    expect((await h.admin('PUT', '/emulator/grants', { user: LIDER, site: 'root', level: 'owner' })).status).toBe(400);
  });
});

describe('the add-in files', () => {
  it('serves files from the static folder and nothing outside it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'relaciones-static-'));
    const staticDir = join(dataDir, 'dist');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'taskpane.html'), '<!doctype html><title>Relaciones</title>');
    writeFileSync(join(dataDir, 'secret.txt'), 'secret');
    const emulator = await startEmulator({ dataDir, port: 0, staticDir });
    const { Agent } = await import('undici');
    const dispatcher = new Agent({ connect: { ca: emulator.certificate } });
    const get = async (path: string) => {
      const r = await fetch(`${emulator.url}${path}`, { dispatcher } as RequestInit);
      return { status: r.status, type: r.headers.get('content-type'), text: await r.text() };
    };
    try {
      expect(await get('/taskpane.html')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
      expect((await get('/')).text).toContain('Relaciones');
      expect((await get('/missing.js')).status).toBe(404);
      expect((await get('/..%2Fsecret.txt')).status).toBe(400);
      // fetch normalises `%2e%2e`; a raw request sends the dots as they are.
      const normalised = await get('/%2e%2e/secret.txt');
      expect(normalised.text).not.toContain('secret');
      const raw = await new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = httpsRequest(`${emulator.url}/`, { ca: emulator.certificate, path: '/../secret.txt' }, (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        });
        req.on('error', reject);
        req.end();
      });
      expect([400, 404]).toContain(raw.status);
      expect(raw.text).not.toContain('secret');
    } finally {
      await emulator.close();
      await dispatcher.close();
    }
  });
});

describe('requests a web page elsewhere could forge', () => {
  it('a body without Content-Type: application/json is refused, and nothing is created', async () => {
    const before = (await h.admin('GET', '/emulator/users')).body.value.length;
    const raw = await h.raw('POST', '/emulator/users', {
      rawBody: JSON.stringify({ upn: 'intruso@relaciones.example', displayName: 'Intruso' }),
      headers: { 'Content-Type': 'text/plain' },
      token: null,
    });
    expect(raw.status).toBe(415);
    const token = await h.raw('POST', '/emulator/token', {
      rawBody: JSON.stringify({ user: LIDER, scopes: ['User.Read'] }),
      headers: { 'Content-Type': 'text/plain' },
      token: null,
    });
    expect(token.status).toBe(400);
    expect(token.body.error).toBe('invalid_request');
    // A Buffer body makes fetch send no Content-Type at all.
    const missing = await h.raw('POST', '/v1.0/$batch', { rawBody: Buffer.from(JSON.stringify({ requests: [] })) });
    expect(missing.status).toBe(400);
    expect((await h.admin('GET', '/emulator/users')).body.value.length).toBe(before);
  });

  it('a Host header that is not loopback is refused (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpsRequest(
        `${h.url}/emulator/health`,
        { ca: h.emulator.certificate, servername: 'localhost', headers: { Host: 'attacker.example:3000' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });
});
