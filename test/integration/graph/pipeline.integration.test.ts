/**
 * The Graph pipeline against the emulator: paging and delta request counts, retry rules per
 * method under injected faults, `$batch` chunking with inner 429s, typed errors, and links to
 * foreign hosts refused.
 */
import { createItem } from '../../../src/emulator/lists/items';
import { loadColumns, requireList } from '../../../src/emulator/lists/list-store';
import { requireSite } from '../../../src/emulator/routes/sites';
import type { GraphCall } from '../../../src/adapters/graph/graph-gateway';
import { GraphRequestError } from '../../../src/adapters/graph/graph-request-error';
import { startGraphHarness, type GraphHarness } from '../../support/graph-harness';
import { LIDER } from '../emulator/support/emulator-harness';

const ITEMS = 10_000;
const PAGE_SIZE = 200;

let h: GraphHarness;

async function createList(name: string, indexed = true): Promise<string> {
  const created = await h.gateway().send<{ id: string }>({
    method: 'POST',
    path: `/sites/${h.siteId}/lists`,
    body: { displayName: name, columns: [{ name: 'Clave', text: {}, indexed, enforceUniqueValues: indexed }] },
  });
  return created.body.id;
}

/** Inserts items straight into the emulator's store: fast setup, not the code under test. */
function insertItems(listName: string, count: number): void {
  const ctx = h.emulator.emulator.context;
  const site = requireSite(ctx, 'root');
  const list = requireList(ctx, site.id, listName);
  const columns = loadColumns(ctx, list.id);
  const author = ctx.users.byUpn(LIDER);
  if (author === undefined) throw new Error('no demo user');
  ctx.store.tx(() => {
    for (let i = 0; i < count; i += 1) createItem(ctx, list, columns, author, { Title: `Item ${i}`, Clave: `K-${i}` });
  });
}

beforeAll(async () => {
  h = await startGraphHarness();
  await createList('Grande');
  insertItems('Grande', ITEMS);
  await createList('Chica');
});

afterAll(async () => {
  await h.stop();
});

afterEach(async () => {
  // A test that timed out may still be retrying: cut it off before the next one counts requests.
  await h.isolate();
  await h.faults(undefined);
});

describe('paging and delta', () => {
  it(`reads ${ITEMS} items in ceil(${ITEMS} / ${PAGE_SIZE}) requests, following absolute nextLinks`, async () => {
    await h.resetStats();
    let pages = 0;
    const items = await h
      .gateway()
      .getAll<{ id: string }>(
        { path: `/sites/${h.siteId}/lists/Grande/items`, query: { expand: 'fields' } },
        { onPage: () => (pages += 1) },
      );
    const stats = await h.stats();
    expect(items).toHaveLength(ITEMS);
    expect(new Set(items.map((i) => i.id)).size).toBe(ITEMS);
    expect(pages).toBe(Math.ceil(ITEMS / PAGE_SIZE));
    expect(stats.total).toBe(Math.ceil(ITEMS / PAGE_SIZE));
  });

  it('a delta round on an unchanged list is one request; a change comes back; 410 becomes a full resync', async () => {
    const gateway = h.gateway();
    const path = `/sites/${h.siteId}/lists/Grande/items/delta`;
    const first = await gateway.delta<{ id: string }>(path, undefined);
    expect(first.items).toHaveLength(ITEMS);
    expect(first.resynced).toBe(false);

    await h.resetStats();
    const unchanged = await gateway.delta(path, first.deltaLink);
    expect(unchanged.items).toHaveLength(0);
    expect((await h.stats()).total).toBe(1);

    // One item, one request (getAll would walk all the pages one item at a time).
    const page = await gateway.send<{ value: { id: string }[] }>({
      method: 'GET',
      path: `/sites/${h.siteId}/lists/Grande/items`,
      query: { $top: '1' },
    });
    const [one] = page.body.value;
    await gateway.send({
      method: 'PATCH',
      path: `/sites/${h.siteId}/lists/Grande/items/${one?.id}/fields`,
      body: { Title: 'Cambiado' },
    });
    const changed = await gateway.delta<{ id: string }>(path, unchanged.deltaLink);
    expect(changed.items.map((i) => i.id)).toEqual([one?.id]);

    await h.emulator.admin('POST', '/emulator/delta/expire');
    const resynced = await gateway.delta(path, changed.deltaLink);
    expect(resynced.resynced).toBe(true);
    expect(resynced.items).toHaveLength(ITEMS);
  });

  it('refuses a nextLink to another host before sending anything (the token never leaves)', async () => {
    await h.resetStats();
    await expect(
      h.gateway().send({ method: 'GET', path: 'https://evil.example/v1.0/sites/root/lists' }),
    ).rejects.toMatchObject({ code: 'GRAPH.FOREIGN_URL' });
    expect((await h.stats()).total).toBe(0);
  });

  it('follows an http nextLink on the Graph host through the configured (https) origin', async () => {
    const url = new URL(h.emulator.url);
    const list = await h.gateway().send<{ id: string }>({
      method: 'GET',
      path: `http://${url.host}/v1.0/sites/${h.siteId}/lists/Chica`,
    });
    expect(list.status).toBe(200);
  });
});

describe('test isolation', () => {
  it('a gateway from an earlier test cannot reach the emulator after isolate(), so it cannot skew the counters', async () => {
    const earlier = h.gateway(LIDER, { retry: { settings: { maxRetries: 0, maxNetworkRetries: 0 } } });
    await h.isolate();
    await h.resetStats();
    await expect(earlier.send({ method: 'GET', path: `/sites/${h.siteId}/lists/Chica` })).rejects.toMatchObject({
      code: 'GRAPH.NETWORK',
    });
    expect((await h.stats()).total).toBe(0);
    const current = await h.gateway().send({ method: 'GET', path: `/sites/${h.siteId}/lists/Chica` });
    expect(current.status).toBe(200);
  });
});

describe('typed errors', () => {
  it('maps a 404 to GRAPH.NOT_FOUND with Graph code and request-id', async () => {
    const error = await h
      .gateway()
      .send({ method: 'GET', path: `/sites/${h.siteId}/lists/NoExiste` })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphRequestError);
    expect(error).toMatchObject({ status: 404, code: 'GRAPH.NOT_FOUND', graphCode: 'itemNotFound' });
    expect((error as GraphRequestError).requestId).toMatch(/[0-9a-f-]{36}/);
  });

  it('maps a missing right to GRAPH.FORBIDDEN (read-only user creating an item)', async () => {
    await expect(
      h.gateway('direccion@relaciones.example').send({
        method: 'POST',
        path: `/sites/${h.siteId}/lists/Chica/items`,
        body: { fields: { Title: 'x', Clave: 'nope-1' } },
      }),
    ).rejects.toMatchObject({ status: 403, code: 'GRAPH.FORBIDDEN' });
  });

  it('an unreachable host is GRAPH.NETWORK after the retries of a safe method', async () => {
    const gateway = h.gateway(LIDER, {
      graphUrl: 'https://127.0.0.1:9',
      retry: { settings: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 2 } },
    });
    await expect(gateway.send({ method: 'GET', path: '/sites/root' })).rejects.toMatchObject({
      status: 0,
      code: 'GRAPH.NETWORK',
    });
  });
});

describe('retry policy under injected faults', () => {
  const itemsPath = () => `/sites/${h.siteId}/lists/Chica/items`;

  it('GETs succeed through 429/503 answers honouring Retry-After, and every attempt is logged with a request id', async () => {
    await h.faults({ rate429: 0.3, rate503: 0.2, retryAfterSeconds: 0, seed: 7 });
    h.log.length = 0;
    for (let i = 0; i < 20; i += 1) {
      const response = await h.gateway().send({ method: 'GET', path: `/sites/${h.siteId}/lists/Chica` });
      expect(response.status).toBe(200);
    }
    const retried = h.log.filter((entry) => entry.status === 429 || entry.status === 503);
    expect(retried.length).toBeGreaterThan(0);
    expect(new Set(h.log.map((entry) => entry.clientRequestId)).size).toBe(h.log.length);
  });

  it('a POST without an idempotency key is sent once, never retried', async () => {
    await h.faults({ rate429: 1, retryAfterSeconds: 0, routes: '^POST ' });
    await h.resetStats();
    await expect(
      h.gateway().send({ method: 'POST', path: itemsPath(), body: { fields: { Title: 'x', Clave: 'once-1' } } }),
    ).rejects.toMatchObject({ status: 429, code: 'GRAPH.THROTTLED' });
    expect((await h.stats()).total).toBe(1);
  });

  it('a POST with an idempotency key is retried until it lands, once', async () => {
    await h.faults({ rate429: 0.5, retryAfterSeconds: 0, routes: '^POST ', seed: 3 });
    const created = await h.gateway().send<{ id: string }>({
      method: 'POST',
      path: itemsPath(),
      body: { fields: { Title: 'x', Clave: 'keyed-1' } },
      idempotent: true,
    });
    expect(created.status).toBe(201);
    await h.faults(undefined);
    const found = await h.gateway().getAll({ path: itemsPath(), query: { $filter: "fields/Clave eq 'keyed-1'" } });
    expect(found).toHaveLength(1);
  });

  it('PATCH is retried only with If-Match', async () => {
    const item = await h.gateway().send<{ id: string; '@odata.etag': string }>({
      method: 'POST',
      path: itemsPath(),
      body: { fields: { Title: 'p', Clave: 'patch-1' } },
    });
    await h.faults({ rate503: 1, retryAfterSeconds: 0, routes: '^PATCH ' });
    await h.resetStats();
    await expect(
      h.gateway().send({ method: 'PATCH', path: `${itemsPath()}/${item.body.id}/fields`, body: { Title: 'q' } }),
    ).rejects.toMatchObject({ status: 503 });
    expect((await h.stats()).total).toBe(1);

    await h.faults({ rate503: 0.5, retryAfterSeconds: 0, routes: '^PATCH ', seed: 11 });
    const patched = await h.gateway().send({
      method: 'PATCH',
      path: `${itemsPath()}/${item.body.id}/fields`,
      body: { Title: 'r' },
      headers: { 'If-Match': item.body['@odata.etag'] },
    });
    expect(patched.status).toBe(200);
  });

  it('a dropped connection on a GET is retried; on a plain POST it is reported, not repeated', async () => {
    await h.faults({ dropRate: 0.5, seed: 5, routes: '^GET ' });
    for (let i = 0; i < 10; i += 1) {
      expect((await h.gateway().send({ method: 'GET', path: `/sites/${h.siteId}/lists/Chica` })).status).toBe(200);
    }
    await h.faults({ dropRate: 1, routes: '^POST ' });
    await h.resetStats();
    await expect(
      h.gateway().send({ method: 'POST', path: itemsPath(), body: { fields: { Title: 'd', Clave: 'drop-1' } } }),
    ).rejects.toMatchObject({ status: 0, code: 'GRAPH.NETWORK' });
    expect((await h.stats()).total).toBe(1);
  });
});

describe('$batch', () => {
  it('chunks 45 calls into 3 batches and returns one result per call, in order', async () => {
    const calls: GraphCall[] = Array.from({ length: 45 }, (_, i) => ({
      method: 'POST',
      path: `/sites/${h.siteId}/lists/Chica/items`,
      body: { fields: { Title: `b${i}`, Clave: `batch-a-${i}` } },
      idempotent: true,
    }));
    await h.resetStats();
    const results = await h.gateway().batch<{ fields: { Clave: string } }>(calls);
    expect((await h.stats()).byRoute['POST /v1.0/$batch']).toBe(3);
    expect(results.map((r) => (r.ok ? r.response.body.fields.Clave : r.error.code))).toEqual(
      calls.map((_, i) => `batch-a-${i}`),
    );
  });

  it('retries inner 429s of idempotent calls and reports inner errors of the rest', async () => {
    await h.faults({ rate429: 0.4, retryAfterSeconds: 0, seed: 9, routes: 'lists/\\{list\\}/items$' });
    const calls: GraphCall[] = Array.from({ length: 30 }, (_, i) => ({
      method: 'POST',
      path: `/sites/${h.siteId}/lists/Chica/items`,
      body: { fields: { Title: `c${i}`, Clave: `batch-b-${i}` } },
      idempotent: true,
    }));
    const results = await h.gateway().batch(calls);
    expect(results.every((r) => r.ok)).toBe(true);
    await h.faults(undefined);
    const stored = await h.gateway().getAll<{ fields: { Clave: string } }>({
      path: `/sites/${h.siteId}/lists/Chica/items`,
      query: { expand: 'fields', $filter: "startswith(fields/Clave,'batch-b-')" },
    });
    expect(stored).toHaveLength(30);

    const duplicate = await h.gateway().batch([calls[0] as GraphCall]);
    expect(duplicate[0]).toMatchObject({ ok: false, error: { status: 409, code: 'GRAPH.CONFLICT' } });
  });
});
