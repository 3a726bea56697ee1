/**
 * The pipeline's rules with a recording fetch: which calls are retried, how long it waits
 * (Retry-After first, then capped exponential backoff with jitter), that the token goes only to
 * the Graph origin, that a 401 is retried once with a fresh token, and the concurrency limit.
 */
import type { TokenProvider } from '../../../../src/adapters/graph/auth/token-provider';
import { GRAPH_ERROR_CODES } from '../../../../src/adapters/graph/graph-request-error';
import { hasKey } from '../../../../src/i18n';
import {
  isRetryableCall,
  parseRetryAfter,
  retryDelayMs,
  DEFAULT_RETRY_SETTINGS,
} from '../../../../src/adapters/graph/pipeline/call-policy';
import { createGraphGateway, SdkGraphGateway } from '../../../../src/adapters/graph/pipeline/create-graph-gateway';
import type { FetchLike } from '../../../../src/adapters/graph/pipeline/middleware';

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

function recordingFetch(answers: (sent: Sent, index: number) => Response | Promise<Response> | Error) {
  const sent: Sent[] = [];
  const fetchImpl: FetchLike = async (url, init) => {
    const headers = Object.fromEntries(
      Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]),
    );
    const entry = { url, method: init.method ?? 'GET', headers, body: init.body as string | undefined };
    sent.push(entry);
    const answer = await answers(entry, sent.length - 1);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { sent, fetchImpl };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const tokens = (): TokenProvider & { issued: number } => {
  const provider = {
    issued: 0,
    invalidated: false,
    getAccessToken() {
      provider.issued += 1;
      return Promise.resolve(`token-${provider.issued}`);
    },
    invalidate() {
      provider.invalidated = true;
    },
  };
  return provider;
};

function gatewayWith(fetchImpl: FetchLike, waits: number[], extra: { concurrency?: number } = {}) {
  return createGraphGateway({
    graphUrl: 'https://graph.example.test',
    tokens: tokens(),
    fetch: fetchImpl,
    retry: {
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
      random: () => 0.5,
    },
    ...extra,
  });
}

describe('which calls may be repeated', () => {
  it.each([
    ['GET', {}, false, true],
    ['DELETE', {}, false, true],
    ['PATCH', {}, false, false],
    ['PATCH', { 'If-Match': '"x,1"' }, false, true],
    ['POST', {}, false, false],
    ['POST', {}, true, true],
    ['PUT', {}, false, false],
  ] as const)('%s %j idempotent=%s → %s', (method, headers, idempotent, expected) => {
    expect(isRetryableCall(method, headers, idempotent)).toBe(expected);
  });
});

describe('how long to wait', () => {
  it('honours Retry-After in seconds and as an HTTP date, with a little jitter, never past the cap', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 10:00:05 GMT', () => Date.parse('2026-11-28T10:00:00Z'))).toBe(5000);
    expect(parseRetryAfter('pronto')).toBeUndefined();
    const wait = retryDelayMs(1, '3', DEFAULT_RETRY_SETTINGS, () => 0.5);
    expect(wait).toBeGreaterThanOrEqual(3000);
    expect(wait).toBeLessThan(3300);
    expect(retryDelayMs(1, '600', DEFAULT_RETRY_SETTINGS, () => 0.5)).toBe(DEFAULT_RETRY_SETTINGS.maxDelayMs);
  });

  it('without Retry-After backs off exponentially with jitter, capped', () => {
    const settings = { maxRetries: 10, maxNetworkRetries: 3, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(retryDelayMs(1, null, settings, () => 0)).toBe(50);
    expect(retryDelayMs(1, null, settings, () => 0.999)).toBe(99);
    expect(retryDelayMs(3, null, settings, () => 0)).toBe(200);
    expect(retryDelayMs(9, null, settings, () => 0.999)).toBeLessThanOrEqual(1000);
    expect(retryDelayMs(9, null, settings, () => 0)).toBe(500);
  });
});

describe('the chain', () => {
  it('retries a throttled GET after Retry-After and returns the eventual answer', async () => {
    const waits: number[] = [];
    const { sent, fetchImpl } = recordingFetch((_, i) =>
      i < 2 ? json(429, { error: { code: 'TooManyRequests' } }, { 'retry-after': '2' }) : json(200, { ok: true }),
    );
    const response = await gatewayWith(fetchImpl, waits).send({ method: 'GET', path: '/me' });
    expect(response.body).toEqual({ ok: true });
    expect(sent).toHaveLength(3);
    expect(waits.every((w) => w >= 2000 && w < 2300)).toBe(true);
    expect(new Set(sent.map((s) => s.headers['client-request-id'])).size).toBe(3);
  });

  it('gives up after the retry limit with GRAPH.THROTTLED', async () => {
    const waits: number[] = [];
    const { sent, fetchImpl } = recordingFetch(() =>
      json(429, { error: { code: 'TooManyRequests', message: 'slow' } }),
    );
    await expect(gatewayWith(fetchImpl, waits).send({ method: 'GET', path: '/me' })).rejects.toMatchObject({
      code: 'GRAPH.THROTTLED',
      status: 429,
      graphCode: 'TooManyRequests',
    });
    expect(sent).toHaveLength(DEFAULT_RETRY_SETTINGS.maxRetries + 1);
  });

  it('never repeats a POST without an idempotency key, even after a connection error', async () => {
    const { sent, fetchImpl } = recordingFetch(() => new TypeError('fetch failed'));
    await expect(
      gatewayWith(fetchImpl, []).send({ method: 'POST', path: '/me/sendMail', body: {} }),
    ).rejects.toMatchObject({ code: 'GRAPH.NETWORK', status: 0 });
    expect(sent).toHaveLength(1);
  });

  it('repeats a GET after a connection error', async () => {
    const { sent, fetchImpl } = recordingFetch((_, i) => (i === 0 ? new TypeError('socket hang up') : json(200, {})));
    await gatewayWith(fetchImpl, []).send({ method: 'GET', path: '/me' });
    expect(sent).toHaveLength(2);
  });

  it('sends the token only to the Graph origin, and renews it once on a 401', async () => {
    const provider = tokens();
    const { sent, fetchImpl } = recordingFetch((_, i) =>
      i === 0 ? json(401, { error: { code: 'InvalidAuthenticationToken' } }) : json(200, {}),
    );
    const gateway = createGraphGateway({ graphUrl: 'https://graph.example.test', tokens: provider, fetch: fetchImpl });
    await gateway.send({ method: 'POST', path: '/me/sendMail', body: {} });
    expect(sent.map((s) => s.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
    expect(sent[0]?.url).toBe('https://graph.example.test/v1.0/me/sendMail');
  });

  it('encodes query values, so a quote or ampersand in a filter cannot split the query', async () => {
    const { sent, fetchImpl } = recordingFetch(() => json(200, { value: [] }));
    await gatewayWith(fetchImpl, []).getAll({
      path: '/sites/root/lists/Clientes/items',
      query: { $filter: "fields/Title eq 'D''Alba & Hijos'", expand: 'fields' },
    });
    const url = new URL(sent[0]?.url ?? '');
    expect(url.searchParams.get('$filter')).toBe("fields/Title eq 'D''Alba & Hijos'");
    expect(url.searchParams.get('expand')).toBe('fields');
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const { fetchImpl } = recordingFetch(async () => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return json(200, {});
    });
    const gateway = gatewayWith(fetchImpl, [], { concurrency: 3 });
    await Promise.all(Array.from({ length: 12 }, () => gateway.send({ method: 'GET', path: '/me' })));
    expect(peak).toBe(3);
  });

  it('turns nextLinks on the Graph host (http or https) into paths, and refuses other hosts', () => {
    const gateway = new SdkGraphGateway({ graphUrl: 'https://localhost:3000', tokens: tokens(), fetch: fetch });
    expect(gateway.relativePath('http://localhost:3000/v1.0/sites/root/lists?$skiptoken=abc')).toBe(
      '/sites/root/lists?$skiptoken=abc',
    );
    expect(gateway.relativePath('sites/root')).toBe('/sites/root');
    expect(() => gateway.relativePath('https://localhost:4000/v1.0/me')).toThrow(/outside/);
    expect(() => gateway.relativePath('javascript:alert(1)')).toThrow(/outside/);
  });
});

describe('a dead endpoint', () => {
  it('is reported after a few connection retries, not the full throttling budget', async () => {
    const waits: number[] = [];
    const { sent, fetchImpl } = recordingFetch(() => new TypeError('connect ECONNREFUSED'));
    await expect(gatewayWith(fetchImpl, waits).send({ method: 'GET', path: '/me' })).rejects.toMatchObject({
      code: 'GRAPH.NETWORK',
    });
    expect(sent).toHaveLength(DEFAULT_RETRY_SETTINGS.maxNetworkRetries + 1);
  });
});

describe('every Graph error code', () => {
  it.each(GRAPH_ERROR_CODES)('%s has a Spanish and an English message', (code) => {
    expect(hasKey('es-MX', `errors:${code}`)).toBe(true);
    expect(hasKey('en', `errors:${code}`)).toBe(true);
  });
});
