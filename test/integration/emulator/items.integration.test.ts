/**
 * List items of the Graph emulator: CRUD, field validation, uniqueness, eTags, OData queries,
 * keyset paging, the indexing rules and the list view threshold, persistence and byte-exact text.
 */
import { createItem } from '../../../src/emulator/lists/items';
import { loadColumns, requireList } from '../../../src/emulator/lists/list-store';
import { LIST_VIEW_THRESHOLD, THRESHOLD_MESSAGE } from '../../../src/emulator/lists/query-plan';
import { requireSite } from '../../../src/emulator/routes/sites';
import { COMERCIAL, LIDER, startHarness, type EmulatorHarness } from './support/emulator-harness';

let h: EmulatorHarness;
let clientes: string;
let regiones: string;
let siteUser: Record<string, number>;
/** A listItem as parsed from a response. */
interface ItemJson {
  id: string;
  fields: Record<string, unknown>;
  [property: string]: unknown;
}

const PREFER = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };

const itemsPath = (list: string, query = ''): string => `/v1.0/sites/root/lists/${list}/items${query}`;

beforeAll(async () => {
  h = await startHarness();
  const c = h.client();
  const users = await h.admin('GET', '/emulator/users');
  siteUser = Object.fromEntries(
    (users.body.value as { upn: string; siteUserId: number }[]).map((u) => [u.upn, u.siteUserId]),
  );
  regiones = (await c.api('/sites/root/lists').post({ displayName: 'Regiones' })).id;
  for (const title of ['Norte', 'Sur', 'Centro'])
    await c.api(`/sites/root/lists/${regiones}/items`).post({ fields: { Title: title } });
  clientes = (
    await c.api('/sites/root/lists').post({
      displayName: 'Clientes',
      columns: [
        { name: 'Code', text: { maxLength: 10 }, indexed: true, enforceUniqueValues: true },
        { name: 'Amount', number: { minimum: 0, maximum: 1000 }, indexed: true },
        { name: 'Due', dateTime: { format: 'dateOnly' }, indexed: true },
        { name: 'Seen', dateTime: {} },
        { name: 'Stage', choice: { choices: ['Lead', 'Won', 'Lost'] }, indexed: true },
        { name: 'Tags', choice: { choices: ['vip', 'new', 'old'], displayAs: 'checkBoxes' } },
        { name: 'Active', boolean: {} },
        { name: 'Notes', text: { allowMultipleLines: true } },
        { name: 'Region', lookup: { listId: regiones } },
        { name: 'Regions', lookup: { listId: regiones, allowMultipleValues: true } },
        { name: 'Owner', personOrGroup: {}, indexed: true },
        { name: 'Color', text: {} },
      ],
    })
  ).id;
});
afterAll(async () => {
  await h.stop();
});

/** Inserts items straight through the store (fast), as the signed-in LIDER would. */
function insertDirect(listKey: string, count: number, fields: (i: number) => Record<string, unknown>): void {
  const ctx = h.emulator.context;
  const site = requireSite(ctx, 'root');
  const list = requireList(ctx, site.id, listKey);
  const columns = loadColumns(ctx, list.id);
  const user = ctx.users.byUpn(LIDER);
  if (user === undefined) throw new Error('no LIDER');
  ctx.store.tx(() => {
    for (let i = 0; i < count; i++) createItem(ctx, list, columns, user, fields(i));
  });
}

/** POSTs items with a few requests in flight. */
async function postMany(list: string, count: number, fields: (i: number) => Record<string, unknown>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      const r = await h.raw('POST', itemsPath(list), { body: { fields: fields(i) } });
      if (r.status !== 201) throw new Error(`POST ${i}: ${r.status} ${r.text}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

async function allPages(
  first: string,
  headers: Record<string, string> = {},
): Promise<{ pages: number; items: ItemJson[] }> {
  let url: string | undefined = first;
  const items: ItemJson[] = [];
  let pages = 0;
  while (url !== undefined) {
    const r = await h.raw('GET', url.replace(h.url, ''), { headers });
    if (r.status !== 200) throw new Error(`${url}: ${r.status} ${r.text}`);
    pages++;
    items.push(...r.body.value);
    url = r.body['@odata.nextLink'];
  }
  return { pages, items };
}

async function countItems(list: string): Promise<number> {
  return (await allPages(itemsPath(list))).items.length;
}

describe('item CRUD', () => {
  it('creates an item and returns the listItem with its fields', async () => {
    const c = h.client();
    const r = await c.api(`/sites/root/lists/${clientes}/items`).post({
      fields: {
        Title: 'Acme',
        Code: 'A-1',
        Amount: 12.5,
        Due: '2026-03-01',
        Seen: '2026-03-01T10:20:30.123-06:00',
        Stage: 'Lead',
        'Tags@odata.type': 'Collection(Edm.String)',
        Tags: ['vip', 'new'],
        Active: true,
        Notes: 'línea 1\nlínea 2',
        RegionLookupId: '2',
        'RegionsLookupId@odata.type': 'Collection(Edm.Int32)',
        RegionsLookupId: [1, 3],
        OwnerLookupId: String(siteUser[COMERCIAL]),
      },
    });
    expect(r.id).toBe('1');
    expect(r.eTag).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(r['@odata.etag']).toBe(r.eTag);
    expect(r.createdBy.user).toEqual({ email: LIDER, id: expect.any(String), displayName: 'Jorge Ramírez Cárdenas' });
    expect(r.lastModifiedBy.user.email).toBe(LIDER);
    expect(r.createdDateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(r.webUrl).toBe('https://relaciones.sharepoint.com/Lists/Clientes/1_.000');
    expect(r.parentReference).toEqual({ id: clientes, siteId: expect.stringMatching(/^relaciones\.sharepoint\.com,/) });
    expect(r.contentType).toEqual({ id: expect.stringMatching(/^0x0100[0-9A-F]{32}$/), name: 'Item' });
    expect(r.fields).toEqual({
      '@odata.etag': r.eTag,
      Title: 'Acme',
      Code: 'A-1',
      Amount: 12.5,
      Due: '2026-03-01T00:00:00Z',
      Seen: '2026-03-01T16:20:30Z',
      Stage: 'Lead',
      'Tags@odata.type': 'Collection(Edm.String)',
      Tags: ['vip', 'new'],
      Active: true,
      Notes: 'línea 1\nlínea 2',
      RegionLookupId: '2',
      'RegionsLookupId@odata.type': 'Collection(Edm.String)',
      RegionsLookupId: ['1', '3'],
      OwnerLookupId: String(siteUser[COMERCIAL]),
      id: '1',
      ContentType: 'Item',
      Modified: r.lastModifiedDateTime,
      Created: r.createdDateTime,
      AuthorLookupId: String(siteUser[LIDER]),
      EditorLookupId: String(siteUser[LIDER]),
      _UIVersionString: '1.0',
      Attachments: false,
    });
  });

  it('reads an item with and without fields, and its fields alone', async () => {
    const c = h.client();
    const bare = await c.api(`/sites/root/lists/${clientes}/items/1`).get();
    expect(bare.fields).toBeUndefined();
    expect(bare.id).toBe('1');
    const withFields = await c.api(`/sites/root/lists/${clientes}/items/1`).expand('fields(select=Title,Code)').get();
    expect(withFields.fields).toEqual({ '@odata.etag': bare.eTag, Title: 'Acme', Code: 'A-1' });
    const fields = await c.api(`/sites/root/lists/${clientes}/items/1/fields`).get();
    expect(fields.Title).toBe('Acme');
    expect(fields['@odata.context']).toMatch(/items\('1'\)\/fields\/\$entity$/);
    const selected = await c.api(`/sites/root/lists/${clientes}/items/1`).select('id,webUrl').get();
    expect(Object.keys(selected).sort()).toEqual(['@odata.context', '@odata.etag', 'id', 'webUrl']);
  });

  it('updates fields with PATCH (version 2.0, new eTag, editor) and null clears a value', async () => {
    const c = h.client();
    const before = await c.api(`/sites/root/lists/${clientes}/items/1`).get();
    const fields = await h.client(COMERCIAL).api(`/sites/root/lists/${clientes}/items/1/fields`).patch({
      Amount: 99,
      Notes: null,
      'Tags@odata.type': 'Collection(Edm.String)',
      Tags: [],
    });
    expect(fields.Amount).toBe(99);
    expect(fields.Notes).toBeUndefined();
    expect(fields.Tags).toBeUndefined();
    expect(fields._UIVersionString).toBe('2.0');
    expect(fields.EditorLookupId).toBe(String(siteUser[COMERCIAL]));
    expect(fields.AuthorLookupId).toBe(String(siteUser[LIDER]));
    const after = await c.api(`/sites/root/lists/${clientes}/items/1`).get();
    expect(after.eTag).not.toBe(before.eTag);
    expect(after.eTag).toMatch(/,2"$/);
    expect(after.lastModifiedBy.user.email).toBe(COMERCIAL);
  });

  it('deletes an item (204), then 404 itemNotFound; ids are never reused; non-numeric ids are 400', async () => {
    const c = h.client();
    const item = await c.api(`/sites/root/lists/${clientes}/items`).post({ fields: { Title: 'Borrar', Code: 'DEL' } });
    const del = await h.raw('DELETE', itemsPath(clientes, `/${item.id}`));
    expect(del.status).toBe(204);
    const gone = await h.raw('GET', itemsPath(clientes, `/${item.id}`));
    expect(gone.status).toBe(404);
    expect(gone.body.error).toMatchObject({ code: 'itemNotFound', message: 'Item not found' });
    expect((await h.raw('DELETE', itemsPath(clientes, `/${item.id}`))).status).toBe(404);
    const again = await c.api(`/sites/root/lists/${clientes}/items`).post({ fields: { Title: 'Otro', Code: 'DEL' } });
    expect(Number(again.id)).toBe(Number(item.id) + 1);
    for (const bad of ['abc', '0', '-1', '1.5']) {
      expect((await h.raw('GET', itemsPath(clientes, `/${bad}`))).status).toBe(400);
    }
    expect((await h.raw('GET', itemsPath(clientes, '/99999'))).status).toBe(404);
    await c.api(`/sites/root/lists/${clientes}/items/${again.id}`).delete();
  });
});

describe('field validation', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['an unknown field', { Nope: 1 }, /^Field 'Nope' is not recognized$/],
    ['a field in the wrong case', { title: 'x' }, /^Field 'title' is not recognized$/],
    ['a lookup column without LookupId', { Region: 1 }, /not recognized/],
    ['a read-only system field', { Created: '2026-01-01T00:00:00Z' }, /^Field 'Created' is read-only$/],
    ['the id', { id: '5' }, /read-only/],
    ['AuthorLookupId', { AuthorLookupId: '10' }, /read-only/],
    ['text longer than maxLength', { Code: 'x'.repeat(11) }, /longer than 10/],
    ['a Title longer than 255', { Title: 'x'.repeat(256) }, /longer than 255/],
    ['text that is a number', { Color: 5 }, /expected a string/],
    ['a number that is a string', { Amount: '5' }, /expected a number/],
    ['a number above maximum', { Amount: 1000.5 }, /between 0 and 1000/],
    ['a number below minimum', { Amount: -1 }, /between/],
    ['a date that is not ISO 8601', { Due: '01/02/2026' }, /ISO 8601/],
    ['an impossible date', { Due: '2026-02-30' }, /ISO 8601/],
    ['a date before 1900', { Seen: '1899-12-31T00:00:00Z' }, /between 1900/],
    ['a choice outside the choices', { Stage: 'Maybe' }, /not one of the column's choices/],
    ['a choice in the wrong case', { Stage: 'lead' }, /not one of/],
    ['a boolean as a string', { Active: 'true' }, /true or false/],
    ['a lookup to a missing item', { RegionLookupId: '99' }, /does not exist/],
    ['a lookup id that is not a number', { RegionLookupId: 'Norte' }, /expected an item or user id/],
    ['a person who does not exist', { OwnerLookupId: '999' }, /user 999 does not exist/],
    ['a collection without its annotation', { Tags: ['vip'] }, /Collection\(Edm\.String\)/],
    ['a scalar in a multi-valued column', { 'Tags@odata.type': 'Collection(Edm.String)', Tags: 'vip' }, /array/],
    [
      'an annotation on a single-valued column',
      { 'Stage@odata.type': 'Collection(Edm.String)', Stage: ['Lead'] },
      /not recognized/,
    ],
    [
      'a multi-choice value outside the choices',
      { 'Tags@odata.type': 'Collection(Edm.String)', Tags: ['zzz'] },
      /choices/,
    ],
  ];

  it.each(cases)('400 for %s, and nothing is written', async (_name, fields, message) => {
    const before = await countItems(clientes);
    const created = await h.raw('POST', itemsPath(clientes), { body: { fields: { Title: 'Invalid', ...fields } } });
    expect(created.status).toBe(400);
    expect(created.body.error.code).toBe('invalidRequest');
    expect(created.body.error.message).toMatch(message);
    const item1 = await h.raw('GET', itemsPath(clientes, '/1?expand=fields'));
    const patched = await h.raw('PATCH', itemsPath(clientes, '/1/fields'), { body: fields });
    expect(patched.status).toBe(400);
    expect((await h.raw('GET', itemsPath(clientes, '/1?expand=fields'))).body).toEqual(item1.body);
    expect(await countItems(clientes)).toBe(before);
  });

  it('400 for a listItem body with properties other than fields, and for a non-object fields payload', async () => {
    const r = await h.raw('POST', itemsPath(clientes), { body: { fields: {}, contentType: { name: 'Item' } } });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/Property 'contentType' does not exist/);
    expect((await h.raw('PATCH', itemsPath(clientes, '/1/fields'), { body: ['x'] })).status).toBe(400);
    expect(
      (
        await h.raw('PATCH', itemsPath(clientes, '/1/fields'), {
          rawBody: '{bad',
          headers: { 'Content-Type': 'application/json' },
        })
      ).status,
    ).toBe(400);
  });

  it('required columns must have a value on create and cannot be cleared', async () => {
    const c = h.client();
    const list = await c.api('/sites/root/lists').post({
      displayName: 'Requeridos',
      columns: [{ name: 'Must', text: {}, required: true }],
    });
    const missing = await h.raw('POST', itemsPath(list.id), { body: { fields: { Title: 'x' } } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toBe("Field 'Must' is required.");
    expect((await h.raw('POST', itemsPath(list.id), { body: { fields: { Must: '' } } })).status).toBe(400);
    const ok = await c.api(`/sites/root/lists/${list.id}/items`).post({ fields: { Must: 'yes' } });
    expect((await h.raw('PATCH', itemsPath(list.id, `/${ok.id}/fields`), { body: { Must: null } })).status).toBe(400);
    expect((await h.raw('PATCH', itemsPath(list.id, `/${ok.id}/fields`), { body: { Title: 'other' } })).status).toBe(
      200,
    );
  });
});

describe('unique values and eTags', () => {
  it('409 for a duplicate of an enforceUniqueValues column (ignoring case), on create and update; nothing written', async () => {
    const c = h.client();
    await c.api(`/sites/root/lists/${clientes}/items`).post({ fields: { Title: 'U1', Code: 'UNI-1' } });
    const two = await c.api(`/sites/root/lists/${clientes}/items`).post({ fields: { Title: 'U2', Code: 'UNI-2' } });
    const before = await countItems(clientes);
    const dup = await h.raw('POST', itemsPath(clientes), { body: { fields: { Title: 'U3', Code: 'uni-1' } } });
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toBe(
      'The list item could not be added or updated because duplicate values were found in one or more fields in the list.',
    );
    expect(await countItems(clientes)).toBe(before);
    const upd = await h.raw('PATCH', itemsPath(clientes, `/${two.id}/fields`), {
      body: { Title: 'changed', Code: 'Uni-1' },
    });
    expect(upd.status).toBe(409);
    const still = await c.api(`/sites/root/lists/${clientes}/items/${two.id}/fields`).get();
    expect(still).toMatchObject({ Title: 'U2', Code: 'UNI-2', _UIVersionString: '1.0' });
    // Re-saving an item's own value is not a duplicate.
    expect((await h.raw('PATCH', itemsPath(clientes, `/${two.id}/fields`), { body: { Code: 'uni-2' } })).status).toBe(
      200,
    );
  });

  it('If-Match: stale eTag is 412 with nothing changed; the current eTag and * succeed; DELETE honours it too', async () => {
    const c = h.client();
    const item = await c.api(`/sites/root/lists/${clientes}/items`).post({ fields: { Title: 'Etag', Code: 'ET' } });
    const first = item.eTag as string;
    const ok = await h.raw('PATCH', itemsPath(clientes, `/${item.id}/fields`), {
      body: { Title: 'v2' },
      headers: { 'If-Match': first },
    });
    expect(ok.status).toBe(200);
    const stale = await h.raw('PATCH', itemsPath(clientes, `/${item.id}/fields`), {
      body: { Title: 'v3' },
      headers: { 'If-Match': first },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('resourceModified');
    const now = await c.api(`/sites/root/lists/${clientes}/items/${item.id}/fields`).get();
    expect(now).toMatchObject({ Title: 'v2', _UIVersionString: '2.0' });
    const star = await h.raw('PATCH', itemsPath(clientes, `/${item.id}/fields`), {
      body: { Title: 'v3' },
      headers: { 'If-Match': '*' },
    });
    expect(star.status).toBe(200);
    const current = star.body['@odata.etag'] as string;
    // Via the SDK, with the eTag from fields.
    const sdk = await c
      .api(`/sites/root/lists/${clientes}/items/${item.id}/fields`)
      .header('If-Match', current)
      .patch({ Title: 'v4' });
    expect(sdk._UIVersionString).toBe('4.0');
    expect(
      (await h.raw('DELETE', itemsPath(clientes, `/${item.id}`), { headers: { 'If-Match': current } })).status,
    ).toBe(412);
    expect((await h.raw('GET', itemsPath(clientes, `/${item.id}`))).status).toBe(200);
    const latest = (await h.raw('GET', itemsPath(clientes, `/${item.id}`))).body.eTag as string;
    expect(
      (await h.raw('DELETE', itemsPath(clientes, `/${item.id}`), { headers: { 'If-Match': latest } })).status,
    ).toBe(204);
  });
});

describe('queries', () => {
  let q: string;
  beforeAll(async () => {
    const c = h.client();
    q = (
      await c.api('/sites/root/lists').post({
        displayName: 'Consultas',
        columns: [
          { name: 'Name', text: {}, indexed: true },
          { name: 'Score', number: {}, indexed: true },
          { name: 'When', dateTime: {}, indexed: true },
          { name: 'Kind', choice: { choices: ['x', 'y'] } },
          { name: 'Tags', choice: { choices: ['a', 'b', 'c'], displayAs: 'checkBoxes' } },
          { name: 'Plain', text: {} },
        ],
      })
    ).id;
    const rows: Record<string, unknown>[] = [
      { Title: 'Ana', Name: 'Ana', Score: 10, When: '2026-01-10T00:00:00Z', Kind: 'x', Plain: 'p1', Tags: ['a'] },
      {
        Title: 'Beto',
        Name: 'Beto',
        Score: 20,
        When: '2026-02-10T00:00:00Z',
        Kind: 'y',
        Plain: 'p2',
        Tags: ['b', 'c'],
      },
      { Title: 'Carla', Name: "O'Brien", Score: 30, When: '2026-03-10T00:00:00Z', Kind: 'x', Plain: 'p3' },
      { Title: 'Dora', Name: 'anabel', Score: 40, When: '2026-04-10T00:00:00Z', Kind: 'y', Plain: 'p4', Tags: ['c'] },
      { Title: 'Eva', Name: 'Zoe', Score: 50, Kind: 'x', Plain: 'p5' },
    ];
    for (const row of rows) {
      const fields = row.Tags === undefined ? row : { ...row, 'Tags@odata.type': 'Collection(Edm.String)' };
      await c.api(`/sites/root/lists/${q}/items`).post({ fields });
    }
  });

  async function titles(query: string, headers: Record<string, string> = {}): Promise<string[]> {
    const r = await h.raw('GET', itemsPath(q, `?expand=fields&${query}`), { headers });
    if (r.status !== 200) throw new Error(`${query}: ${r.status} ${r.text}`);
    return (r.body.value as ItemJson[]).map((item) => String(item.fields.Title));
  }
  const f = (filter: string): string => `$filter=${encodeURIComponent(filter)}`;

  it.each([
    ["fields/Name eq 'Ana'", ['Ana']],
    ["fields/Name eq 'ana'", ['Ana']],
    ["fields/Name ne 'Ana'", ['Beto', 'Carla', 'Dora', 'Eva']],
    ['fields/Score lt 30', ['Ana', 'Beto']],
    ['fields/Score gt 30', ['Dora', 'Eva']],
    ['fields/Score le 30', ['Ana', 'Beto', 'Carla']],
    ['fields/Score ge 30', ['Carla', 'Dora', 'Eva']],
    ['fields/Score ge 20 and fields/Score le 40', ['Beto', 'Carla', 'Dora']],
    ["fields/Name eq 'Ana' or fields/Score eq 50", ['Ana', 'Eva']],
    ["startswith(fields/Name, 'ana')", ['Ana', 'Dora']],
    ["fields/Name eq 'O''Brien'", ['Carla']],
    ['fields/When ge 2026-02-01T00:00:00Z', ['Beto', 'Carla', 'Dora']],
    ["fields/When lt '2026-02-01'", ['Ana']],
    ['fields/When eq null', ['Eva']],
    ['id le 2', ['Ana', 'Beto']],
    ["id eq '3'", ['Carla']],
    ['fields/id gt 4', ['Eva']],
    ['createdDateTime ge 2000-01-01T00:00:00Z', ['Ana', 'Beto', 'Carla', 'Dora', 'Eva']],
    ["fields/Name eq 'x'' or ''1'' eq ''1'", []],
    ["fields/Name eq 'Ana'' or Title ne '''", []],
  ])('$filter=%s', async (filter, expected) => {
    expect(await titles(f(filter))).toEqual(expected);
  });

  it('an unescaped injection attempt is a 400, not a wider match', async () => {
    // The value x' or '1' eq '1 pasted into fields/Name eq '…' without doubling its quotes.
    const r = await h.raw('GET', itemsPath(q, `?${f("fields/Name eq 'x' or '1' eq '1'")}`));
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/field on one side/);
    const both = await h.raw('GET', itemsPath(q, `?${f('fields/Score eq fields/Score')}`));
    expect(both.status).toBe(400);
    const broken = await h.raw('GET', itemsPath(q, `?${f("fields/Name eq 'x'' or 1 eq 1")}`));
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('invalidRequest');
  });

  it('multi-valued and non-indexed columns need the Prefer header; several preferences may be given', async () => {
    const r = await h.raw('GET', itemsPath(q, `?${f("fields/Kind eq 'x'")}`));
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalidRequest');
    expect(r.body.error.message).toBe(
      "Field 'Kind' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on lists with 5000 or more items.",
    );
    expect(await titles(f("fields/Kind eq 'x'"), PREFER)).toEqual(['Ana', 'Carla', 'Eva']);
    expect(
      await titles(f("fields/Tags eq 'c'"), {
        Prefer: 'odata.maxpagesize=10, HonorNonIndexedQueriesWarningMayFailRandomly',
      }),
    ).toEqual(['Beto', 'Dora']);
    expect(await titles(f('fields/Tags eq null'), PREFER)).toEqual(['Carla', 'Eva']);
    expect((await h.raw('GET', itemsPath(q, '?$orderby=fields/Plain desc'))).status).toBe(400);
    expect(await titles('$orderby=fields/Plain desc', PREFER)).toEqual(['Eva', 'Dora', 'Carla', 'Beto', 'Ana']);
    // The SDK can send the header too.
    const sdk = await h
      .client()
      .api(`/sites/root/lists/${q}/items`)
      .header('Prefer', 'HonorNonIndexedQueriesWarningMayFailRandomly')
      .filter("fields/Plain eq 'p2'")
      .expand('fields')
      .get();
    expect((sdk.value as ItemJson[]).map((i) => i.fields.Title)).toEqual(['Beto']);
  });

  it('400 for unknown fields, malformed filters, unsupported paths and options', async () => {
    const cases: [string, RegExp][] = [
      [f("fields/Nope eq 'x'"), /^Field 'Nope' is not recognized$/],
      [f("fields/name eq 'x'"), /not recognized/],
      [f("fields/Name eq 'x"), /./],
      [f('fields/Name eq'), /./],
      [f("webUrl eq 'x'"), /cannot be used/],
      [f("nope eq 'x'"), /Could not find a property named 'nope'/],
      ['$orderby=fields/Tags', /cannot be used in \$orderby/],
      ['$top=0', /\$top/],
      ['$top=5001', /\$top/],
      ['$skip=1', /not supported/],
      ['$expand=driveItem', /driveItem/],
      ['$select=nope', /nope/],
      ['$skiptoken=garbage', /skiptoken/],
      ['expand=fields(select=Nope)', /Field 'Nope' is not recognized/],
    ];
    for (const [query, message] of cases) {
      const r = await h.raw('GET', itemsPath(q, `?${query}`));
      expect({ query, status: r.status }).toEqual({ query, status: 400 });
      expect(r.body.error.message).toMatch(message);
    }
  });

  it('$orderby asc/desc with ties broken by id, $top, $select and expand=fields(select=…)', async () => {
    expect(await titles('$orderby=fields/Score desc')).toEqual(['Eva', 'Dora', 'Carla', 'Beto', 'Ana']);
    // Names Ana, anabel, Beto, O'Brien, Zoe: case-insensitive order.
    expect(await titles('$orderby=fields/Name')).toEqual(['Ana', 'Dora', 'Beto', 'Carla', 'Eva']);
    expect(await titles('$orderby=fields/When desc')).toEqual(['Dora', 'Carla', 'Beto', 'Ana', 'Eva']);
    expect(await titles('$orderby=id desc&$top=2')).toEqual(['Eva', 'Dora']);
    const r = await h.raw('GET', itemsPath(q, '?$select=id&$expand=fields($select=Name,Score)&$top=1'));
    expect(r.body.value).toEqual([
      {
        '@odata.etag': expect.any(String),
        id: '1',
        fields: { '@odata.etag': expect.any(String), Name: 'Ana', Score: 10 },
      },
    ]);
    expect(r.body['@odata.nextLink']).toMatch(
      /^https:\/\/localhost:\d+\/v1\.0\/sites\/root\/lists\/.+\/items\?.*\$skiptoken=/,
    );
    expect(r.body['@odata.nextLink']).toContain('%24select%3DName%2CScore');
  });
});

describe('paging', () => {
  let bulk: string;
  beforeAll(async () => {
    bulk = (
      await h
        .client()
        .api('/sites/root/lists')
        .post({
          displayName: 'Masivo',
          columns: [
            { name: 'N', number: {}, indexed: true },
            { name: 'Group', text: {}, indexed: true },
          ],
        })
    ).id;
    await postMany(bulk, 1050, (i) => ({ Title: `Item ${i}`, N: (i * 37) % 1050, Group: i % 3 === 0 ? 'a' : 'b' }));
  });

  it('pages 200 at a time to the end with absolute nextLinks (1050 items = 6 pages), and $top=100 = 11 pages', async () => {
    const all = await allPages(itemsPath(bulk));
    expect(all.pages).toBe(6);
    expect(new Set(all.items.map((i) => i.id)).size).toBe(1050);
    const hundred = await allPages(itemsPath(bulk, '?$top=100'));
    expect(hundred.pages).toBe(11);
    expect(hundred.items.map((i) => Number(i.id))).toEqual(Array.from({ length: 1050 }, (_, i) => i + 1));
  });

  it('the SDK PageIterator-style loop follows the nextLinks too', async () => {
    const c = h.client();
    let response = await c
      .api(`/sites/root/lists/${bulk}/items`)
      .filter("fields/Group eq 'a'")
      .orderby('fields/N desc')
      .get();
    const seen: number[] = [];
    for (;;) {
      seen.push(...(response.value as ItemJson[]).map((i) => Number(i.id)));
      if (response['@odata.nextLink'] === undefined) break;
      response = await c.api(response['@odata.nextLink']).get();
    }
    expect(seen).toHaveLength(350);
    expect(new Set(seen).size).toBe(350);
  });

  it('keyset paging is stable while items are added and deleted between pages', async () => {
    for (const query of ['?$top=50', "?$top=50&$orderby=fields/N desc&$filter=fields/Group eq 'b'"]) {
      const existing = (await allPages(itemsPath(bulk, query))).items.map((i) => i.id);
      const seen: string[] = [];
      let url: string | undefined = itemsPath(bulk, query);
      let page = 0;
      const deleted = new Set<string>();
      while (url !== undefined) {
        const r = await h.raw('GET', url.replace(h.url, ''));
        expect(r.status).toBe(200);
        seen.push(...(r.body.value as ItemJson[]).map((i) => i.id));
        url = r.body['@odata.nextLink'];
        page++;
        if (page % 3 === 0 && url !== undefined) {
          // Delete one item not yet seen and one already seen; add two new ones.
          const unseen = existing.find((id) => !seen.includes(id) && !deleted.has(id));
          for (const id of [unseen, seen[0]]) {
            if (id !== undefined && !deleted.has(id)) {
              deleted.add(id);
              await h.raw('DELETE', itemsPath(bulk, `/${id}`));
            }
          }
          await h.raw('POST', itemsPath(bulk), { body: { fields: { Title: 'new', N: 500, Group: 'b' } } });
        }
      }
      expect(new Set(seen).size).toBe(seen.length);
      const throughout = existing.filter((id) => !deleted.has(id));
      expect(throughout.filter((id) => !seen.includes(id))).toEqual([]);
    }
  });
});

describe('list view threshold (more than 5000 items)', () => {
  let big: string;
  const BIG_COUNT = 10_000;
  beforeAll(async () => {
    big = (
      await h
        .client()
        .api('/sites/root/lists')
        .post({
          displayName: 'Grande',
          columns: [
            { name: 'Category', choice: { choices: ['rare', 'common', 'other'] }, indexed: true },
            { name: 'Kind', text: {} },
            { name: 'Seq', number: {}, indexed: true },
          ],
        })
    ).id;
    insertDirect('Grande', BIG_COUNT, (i) => ({
      Title: `Fila ${i}`,
      Category: i % 100 === 0 ? 'rare' : i % 4 === 3 ? 'other' : 'common',
      Kind: i % 7 === 0 ? 'k7' : 'k',
      Seq: i,
    }));
  });

  const get = (query: string, headers: Record<string, string> = {}) => h.raw('GET', itemsPath(big, query), { headers });
  const enc = (filter: string): string => `?$filter=${encodeURIComponent(filter)}`;

  async function expectThreshold(query: string, headers: Record<string, string> = PREFER): Promise<void> {
    const r = await get(query, headers);
    expect({ query, status: r.status, code: r.body.error?.code }).toEqual({ query, status: 400, code: 'notSupported' });
    expect(r.body.error.message).toBe(THRESHOLD_MESSAGE);
  }

  it('allows no filter, and a first clause on an indexed column matching at most 5000 items', async () => {
    expect(LIST_VIEW_THRESHOLD).toBe(5000);
    const plain = await get('');
    expect(plain.status).toBe(200);
    expect(plain.body.value).toHaveLength(200);
    const rare = await get(enc("fields/Category eq 'rare'"));
    expect(rare.status).toBe(200);
    expect(rare.body.value).toHaveLength(100);
    const exactly = await get(enc('fields/Seq lt 5000')); // exactly 5000 items
    expect(exactly.status).toBe(200);
    expect((await get(enc("fields/Category eq 'other'"))).status).toBe(200); // 2500
    const narrowed = await get(enc("fields/Category eq 'rare' and fields/Kind eq 'k7'") + '&expand=fields', PREFER);
    expect(narrowed.status).toBe(200);
    expect(
      (narrowed.body.value as ItemJson[]).every((i) => i.fields.Kind === 'k7' && i.fields.Category === 'rare'),
    ).toBe(true);
    expect((await get(enc('fields/Seq lt 10') + '&$orderby=fields/Seq desc')).body.value).toHaveLength(10);
    expect(((await get('?$orderby=id desc&$top=5')).body.value as ItemJson[]).map((i) => i.id)).toEqual([
      '10000',
      '9999',
      '9998',
      '9997',
      '9996',
    ]);
  });

  it('without Prefer a non-indexed column is still invalidRequest', async () => {
    const r = await get(enc("fields/Category eq 'rare' and fields/Kind eq 'k7'"));
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalidRequest');
  });

  it('refuses OR at the top level, a first clause on a non-indexed column, too broad a first clause, and sorting by a non-indexed column', async () => {
    await expectThreshold(enc("fields/Category eq 'rare' or fields/Category eq 'other'"));
    await expectThreshold(enc("fields/Kind eq 'k7' and fields/Category eq 'rare'"));
    await expectThreshold(enc("fields/Category eq 'common'"));
    await expectThreshold(enc('fields/Seq le 5000')); // 5001 items
    await expectThreshold(enc('fields/Seq ge 0'));
    await expectThreshold(enc("(fields/Category eq 'rare' or fields/Seq eq 1) and fields/Seq lt 5"));
    await expectThreshold(enc("not (fields/Category eq 'common')"));
    await expectThreshold('?$orderby=fields/Kind', PREFER);
    await expectThreshold(enc("fields/Category eq 'rare'") + '&$orderby=fields/Kind', PREFER);
  });
});

describe('text round trip and persistence', () => {
  const samples = [
    '<img src=x onerror=alert(1)>',
    '=HYPERLINK("http://x")',
    '"quotes" and \'apostrophes\' and \\backslash\\',
    'emoji 😀👩🏽‍💻 ñ á ü',
    '  leading and trailing spaces  ',
    'tab\tand\u0000nul',
  ];

  it.each(samples)('stores %j byte for byte', async (text) => {
    const list = 'Clientes';
    const created = await h.raw('POST', itemsPath(list), { body: { fields: { Title: text, Notes: text } } });
    expect(created.status).toBe(201);
    const read = await h.raw('GET', itemsPath(list, `/${created.body.id}/fields`));
    expect(read.body.Title).toBe(text);
    expect(read.body.Notes).toBe(text);
    expect(Buffer.from(read.body.Title, 'utf8').equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(read.text).toContain(JSON.stringify(text));
  });

  it('items, versions and the id counter survive a restart', async () => {
    const c = h.client();
    const item = await c.api(`/sites/root/lists/${clientes}/items`).post({ fields: { Title: 'Antes', Code: 'RST' } });
    await c.api(`/sites/root/lists/${clientes}/items/${item.id}/fields`).patch({ Title: 'Después' });
    await h.restart();
    const after = await h.client().api(`/sites/root/lists/${clientes}/items/${item.id}`).expand('fields').get();
    expect(after.fields).toMatchObject({ Title: 'Después', Code: 'RST', _UIVersionString: '2.0' });
    const next = await h
      .client()
      .api(`/sites/root/lists/${clientes}/items`)
      .post({ fields: { Title: 'Nuevo' } });
    expect(Number(next.id)).toBe(Number(item.id) + 1);
  });
});
