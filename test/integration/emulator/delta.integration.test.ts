/**
 * `GET …/items/delta` of the Graph emulator: full enumeration in pages, incremental rounds with
 * updates and deletions, `token=latest`, shaping, 410 resyncRequired for bad or expired tokens,
 * and tokens that survive a restart.
 */
import { startHarness, type EmulatorHarness } from './support/emulator-harness';

let h: EmulatorHarness;
let listId: string;

const itemsPath = (query = ''): string => `/v1.0/sites/root/lists/${listId}/items${query}`;

beforeAll(async () => {
  h = await startHarness();
  listId = (
    await h
      .client()
      .api('/sites/root/lists')
      .post({
        displayName: 'Cambios',
        columns: [{ name: 'N', number: {} }],
      })
  ).id;
  for (let i = 1; i <= 450; i += 1) {
    const r = await h.raw('POST', itemsPath(), { body: { fields: { Title: `i${i}`, N: i } } });
    if (r.status !== 201) throw new Error(r.text);
  }
});
afterAll(async () => {
  await h.stop();
});

const relative = (link: string): string => link.replace(h.url, '');
/** The absolute delta link for a link's token with other query options. */
const withToken = (link: string, query: string): string =>
  `${h.url}${itemsPath(`/delta?token=${new URL(link).searchParams.get('token') ?? ''}${query}`)}`;

/** A listItem (or a deleted stub) as parsed from a response. */
interface ItemJson {
  id: string;
  fields?: Record<string, unknown>;
  [property: string]: unknown;
}

interface Round {
  pages: number;
  value: ItemJson[];
  deltaLink: string;
}

/** Follows nextLinks from `start` until a deltaLink. */
async function round(start: string): Promise<Round> {
  let url = start;
  const value: ItemJson[] = [];
  for (let pages = 1; ; pages++) {
    const r = await h.raw('GET', relative(url));
    if (r.status !== 200) throw new Error(`${url}: ${r.status} ${r.text}`);
    value.push(...r.body.value);
    if (r.body['@odata.deltaLink'] !== undefined) {
      expect(r.body['@odata.nextLink']).toBeUndefined();
      return { pages, value, deltaLink: r.body['@odata.deltaLink'] };
    }
    expect(r.body['@odata.nextLink']).toMatch(/\/items\/delta\?(.+&)?token=[\w.-]+$/);
    url = r.body['@odata.nextLink'];
  }
}

describe('delta', () => {
  let deltaLink: string;

  it('enumerates every item in pages of 200 and ends with an absolute deltaLink', async () => {
    const first = await h.raw('GET', itemsPath('/delta'));
    expect(first.status).toBe(200);
    expect(first.body['@odata.context']).toMatch(/\$metadata#Collection\(listItem\)$/);
    expect(first.body.value).toHaveLength(200);
    expect(first.body['@odata.nextLink']).toMatch(
      /^https:\/\/localhost:\d+\/v1\.0\/sites\/root\/lists\/.+\/items\/delta\?token=/,
    );
    const all = await round(itemsPath('/delta'));
    expect(all.pages).toBe(3);
    expect(all.value.map((i) => Number(i.id))).toEqual(Array.from({ length: 450 }, (_, i) => i + 1));
    expect(all.value[0]).toMatchObject({ id: '1', eTag: expect.any(String), createdBy: { user: expect.any(Object) } });
    expect(all.value[0]?.fields).toBeUndefined();
    expect(all.deltaLink).toMatch(
      /^https:\/\/localhost:\d+\/v1\.0\/sites\/root\/lists\/.+\/items\/delta\?token=[\w.-]+$/,
    );
    deltaLink = all.deltaLink;
  });

  it('then returns each changed item once in its latest state, and deleted ones with the deleted facet', async () => {
    const c = h.client();
    await c.api(`/sites/root/lists/${listId}/items/5/fields`).patch({ Title: 'five a' });
    await c.api(`/sites/root/lists/${listId}/items/5/fields`).patch({ Title: 'five b' });
    await c.api(`/sites/root/lists/${listId}/items/7/fields`).patch({ N: 700 });
    await c.api(`/sites/root/lists/${listId}/items/9`).delete();
    const created = await c.api(`/sites/root/lists/${listId}/items`).post({ fields: { Title: 'new' } });
    const changes = await round(withToken(deltaLink, '&$expand=fields'));
    expect(changes.pages).toBe(1);
    expect(changes.value.map((i) => i.id)).toEqual(['5', '7', '9', created.id]);
    const byId = new Map(changes.value.map((i) => [i.id, i]));
    expect(byId.get('5')?.fields).toMatchObject({ Title: 'five b', _UIVersionString: '3.0' });
    expect(byId.get('7')?.fields?.N).toBe(700);
    expect(byId.get('9')).toEqual({
      id: '9',
      parentReference: { siteId: expect.any(String) },
      deleted: { state: 'deleted' },
    });
    // Nothing changed since: an empty round.
    // The deltaLink keeps the options of its round; nothing changed since: an empty round.
    expect(changes.deltaLink).toContain('$expand=fields');
    const quiet = await round(changes.deltaLink);
    expect(quiet.value).toEqual([]);
    deltaLink = withToken(quiet.deltaLink, '');
  });

  it('pages a large change set and keeps $select / $expand on its links', async () => {
    for (let id = 10; id < 260; id++) {
      await h.raw('PATCH', itemsPath(`/${id}/fields`), { body: { N: id * 2 } });
    }
    const first = await h.raw('GET', relative(withToken(deltaLink, '&$select=id,eTag&$expand=fields(select=N)')));
    expect(first.body.value).toHaveLength(200);
    expect(first.body.value[0]).toEqual({
      '@odata.etag': expect.any(String),
      id: '10',
      eTag: expect.any(String),
      fields: { '@odata.etag': expect.any(String), N: 20 },
    });
    expect(first.body['@odata.nextLink']).toContain('$select=id%2CeTag');
    const rest = await round(first.body['@odata.nextLink']);
    expect(rest.value).toHaveLength(50);
    expect(rest.value[49]?.fields).toEqual({ '@odata.etag': expect.any(String), N: 518 });
    deltaLink = withToken(rest.deltaLink, '');
  });

  it('token=latest gives no items and a deltaLink from now on', async () => {
    await h.raw('PATCH', itemsPath('/1/fields'), { body: { Title: 'before latest' } });
    const latest = await h.raw('GET', itemsPath('/delta?token=latest'));
    expect(latest.status).toBe(200);
    expect(latest.body.value).toEqual([]);
    expect(latest.body['@odata.nextLink']).toBeUndefined();
    await h.raw('PATCH', itemsPath('/2/fields'), { body: { Title: 'after latest' } });
    const after = await round(latest.body['@odata.deltaLink']);
    expect(after.value.map((i) => i.id)).toEqual(['2']);
    // The older deltaLink still sees both changes.
    const older = await round(deltaLink);
    expect(older.value.map((i) => i.id)).toEqual(['1', '2']);
    deltaLink = older.deltaLink;
  });

  it('the SDK follows the links too', async () => {
    const c = h.client();
    let response = await c.api(`/sites/root/lists/${listId}/items/delta`).top(100).get();
    let count = response.value.length;
    while (response['@odata.nextLink'] !== undefined) {
      response = await c.api(response['@odata.nextLink']).get();
      count += response.value.length;
    }
    expect(count).toBe(450);
    expect(response['@odata.deltaLink']).toBeDefined();
  });

  it('items changed during a full enumeration are reported again in the next round', async () => {
    const first = await h.raw('GET', itemsPath('/delta'));
    await h.raw('PATCH', itemsPath('/3/fields'), { body: { Title: 'changed mid-way' } });
    await h.raw('PATCH', itemsPath('/449/fields'), { body: { Title: 'changed mid-way too' } });
    const rest = await round(first.body['@odata.nextLink']);
    const item449 = rest.value.find((i) => i.id === '449');
    expect(item449).toBeDefined();
    const next = await round(rest.deltaLink);
    expect(next.value.map((i) => i.id)).toEqual(['3', '449']);
  });

  it('410 resyncRequired for garbled, tampered and foreign tokens, with a Location to start over', async () => {
    const good = new URL(deltaLink).searchParams.get('token') ?? '';
    const [payload = '', signature = ''] = good.split('.');
    const tampered = `${Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), f: 0 }),
    ).toString('base64url')}.${signature}`;
    const other = (await h.client().api('/sites/root/lists').post({ displayName: 'Otra' })).id;
    const foreign = (await h.raw('GET', `/v1.0/sites/root/lists/${other}/items/delta?token=latest`)).body[
      '@odata.deltaLink'
    ];
    for (const token of ['garbage', '', 'a.b', tampered, new URL(foreign).searchParams.get('token') ?? '']) {
      const r = await h.raw('GET', itemsPath(`/delta?token=${encodeURIComponent(token)}`));
      expect({ token, status: r.status }).toEqual({ token, status: 410 });
      expect(r.body.error).toMatchObject({
        code: 'resyncRequired',
        message: 'The delta token is expired or invalid; start a full synchronisation.',
      });
      expect(r.headers.get('location')).toMatch(/\/items\/delta$/);
    }
  });

  it('deltaLinks survive a restart', async () => {
    await h.raw('PATCH', itemsPath('/4/fields'), { body: { Title: 'before restart' } });
    await h.restart();
    const r = await round(deltaLink);
    expect(r.value.map((i) => i.id)).toEqual(['3', '4', '449']);
    deltaLink = r.deltaLink;
  });

  it('POST /emulator/delta/expire invalidates every token issued so far; a new full round works', async () => {
    const midway = (await h.raw('GET', itemsPath('/delta'))).body['@odata.nextLink'];
    const expired = await h.admin('POST', '/emulator/delta/expire');
    expect(expired.status).toBe(200);
    for (const link of [deltaLink, midway]) {
      const r = await h.raw('GET', relative(link));
      expect(r.status).toBe(410);
      expect(r.body.error.code).toBe('resyncRequired');
    }
    const fresh = await round(itemsPath('/delta'));
    expect(fresh.value).toHaveLength(450);
    await h.raw('DELETE', itemsPath('/450'));
    const after = await round(fresh.deltaLink);
    expect(after.value).toEqual([{ id: '450', parentReference: expect.any(Object), deleted: { state: 'deleted' } }]);
  });

  it('400 for unsupported options; 404 for an unknown list; reading needs read access', async () => {
    expect((await h.raw('GET', itemsPath("/delta?$filter=id eq '1'"))).status).toBe(400);
    expect((await h.raw('GET', itemsPath('/delta?$orderby=id'))).status).toBe(400);
    expect((await h.raw('GET', '/v1.0/sites/root/lists/nope/items/delta')).status).toBe(404);
    const token = await h.token('direccion@relaciones.example', ['Mail.Read']);
    expect((await h.raw('GET', itemsPath('/delta'), { token })).status).toBe(403);
  });
});
