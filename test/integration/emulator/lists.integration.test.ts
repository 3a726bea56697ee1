/**
 * Lists and columns of the Graph emulator, through the Graph SDK and raw HTTPS: creation with
 * every column type, addressing, duplicates, column validation and patching, and rights.
 */
import type { ColumnDefinition, List } from '@microsoft/microsoft-graph-types';
import {
  COMERCIAL,
  DIRECCION,
  LIDER,
  startHarness,
  type EmulatorHarness,
  type RawResponse,
} from './support/emulator-harness';

let h: EmulatorHarness;
let regionsId: string;

beforeAll(async () => {
  h = await startHarness();
  const regions = await h.client().api('/sites/root/lists').post({ displayName: 'Regiones' });
  regionsId = regions.id;
});
afterAll(async () => {
  await h.stop();
});

async function expectError(
  promise: Promise<RawResponse>,
  status: number,
  code?: string,
  message?: string | RegExp,
): Promise<void> {
  const r = await promise;
  expect(r.status).toBe(status);
  if (code !== undefined) expect(r.body.error.code).toBe(code);
  if (message !== undefined) expect(r.body.error.message).toMatch(message);
}

describe('creating lists', () => {
  it('creates a list with every column type and reads it back with $expand=columns', async () => {
    const c = h.client();
    const created = await c.api('/sites/root/lists').post({
      displayName: 'Clientes Todos',
      description: 'Todos los tipos',
      list: { template: 'genericList' },
      columns: [
        { name: 'Code', text: { maxLength: 20 }, indexed: true, enforceUniqueValues: true },
        { name: 'Notes', displayName: 'Notas', text: { allowMultipleLines: true } },
        { name: 'Amount', number: { decimalPlaces: 'two', minimum: 0, maximum: 1000 } },
        { name: 'Due', dateTime: { format: 'dateOnly' } },
        { name: 'Stage', choice: { choices: ['Lead', 'Won', 'Lost'] }, required: true },
        { name: 'Tags', choice: { choices: ['a', 'b'], displayAs: 'checkBoxes' } },
        { name: 'Active', boolean: {} },
        { name: 'Region', lookup: { listId: regionsId, columnName: 'Title' } },
        { name: 'Owner', personOrGroup: {} },
        { name: 'Reviewers', personOrGroup: { allowMultipleSelection: true } },
      ],
    });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.displayName).toBe('Clientes Todos');
    expect(created.name).toBe('Clientes Todos');
    expect(created.webUrl).toBe('https://relaciones.sharepoint.com/Lists/Clientes%20Todos');
    expect(created.list).toEqual({ contentTypesEnabled: false, hidden: false, template: 'genericList' });
    expect(created.createdBy.user.email).toBe(LIDER);

    const list = await c.api(`/sites/root/lists/${created.id}`).expand('columns').get();
    const byName = new Map((list.columns as ColumnDefinition[]).map((col) => [col.name ?? '', col]));
    expect(byName.get('Code')).toMatchObject({
      indexed: true,
      enforceUniqueValues: true,
      text: { allowMultipleLines: false, maxLength: 20, appendChangesToExistingText: false },
    });
    expect(byName.get('Notes')).toMatchObject({ displayName: 'Notas', text: { allowMultipleLines: true } });
    expect(byName.get('Amount')?.number).toEqual({
      decimalPlaces: 'two',
      displayAs: 'number',
      minimum: 0,
      maximum: 1000,
    });
    expect(byName.get('Due')?.dateTime).toEqual({ displayAs: 'default', format: 'dateOnly' });
    expect(byName.get('Stage')).toMatchObject({ required: true, choice: { choices: ['Lead', 'Won', 'Lost'] } });
    expect(byName.get('Tags')?.choice?.displayAs).toBe('checkBoxes');
    expect(byName.get('Active')?.boolean).toEqual({});
    expect(byName.get('Region')?.lookup).toEqual({
      allowMultipleValues: false,
      allowUnlimitedLength: false,
      columnName: 'Title',
      listId: regionsId,
    });
    expect(byName.get('Owner')?.personOrGroup).toMatchObject({ allowMultipleSelection: false });
    expect(byName.get('Reviewers')?.personOrGroup?.allowMultipleSelection).toBe(true);
    // System columns of the generic list: ID/Created/Modified indexed, Title not.
    expect(byName.get('Title')).toMatchObject({ indexed: false, readOnly: false, text: { maxLength: 255 } });
    for (const name of ['ID', 'Created', 'Modified'])
      expect(byName.get(name)).toMatchObject({ indexed: true, readOnly: true });
    for (const name of ['ContentType', 'Author', 'Editor', '_UIVersionString', 'Attachments']) {
      expect(byName.get(name)).toMatchObject({ readOnly: true });
    }
    expect(list.columns[0].name).toBe('Title');
  });

  it('addresses a list by id, braces, title, URL name and through path-based site addressing', async () => {
    const c = h.client();
    const created = await c.api('/sites/root/lists').post({ displayName: 'Addr: Test?' });
    expect(created.name).toBe('Addr Test');
    for (const key of [created.id, `{${created.id.toUpperCase()}}`, 'Addr: Test?', 'addr test']) {
      const r = await h.raw('GET', `/v1.0/sites/root/lists/${encodeURIComponent(key)}`);
      expect(r.status).toBe(200);
      expect(r.body.id).toBe(created.id);
    }
    const calidad = await c
      .api('/sites/relaciones.sharepoint.com:/sites/calidad:/lists')
      .post({ displayName: 'Evidencias' });
    const viaPath = await c.api('/sites/relaciones.sharepoint.com:/sites/calidad:/lists/Evidencias').get();
    expect(viaPath.id).toBe(calidad.id);
    expect(viaPath.webUrl).toBe('https://relaciones.sharepoint.com/sites/calidad/Lists/Evidencias');
    // Lists belong to their site.
    await expectError(h.raw('GET', `/v1.0/sites/root/lists/${calidad.id}`), 404, 'itemNotFound', 'List not found');
  });

  it('404 itemNotFound for an unknown list, 409 nameAlreadyExists for a duplicate title (any case)', async () => {
    await expectError(h.raw('GET', '/v1.0/sites/root/lists/NoSuchList'), 404, 'itemNotFound', 'List not found');
    await h.client().api('/sites/root/lists').post({ displayName: 'Duplicada' });
    await expectError(
      h.raw('POST', '/v1.0/sites/root/lists', { body: { displayName: 'DUPLICADA' } }),
      409,
      'nameAlreadyExists',
      /specified title already exists/,
    );
  });

  it('rejects unknown properties, unsupported templates and bad columns without creating anything', async () => {
    const before = (await h.client().api('/sites/root/lists').get()).value.length;
    await expectError(
      h.raw('POST', '/v1.0/sites/root/lists', { body: { displayName: 'X1', colour: 'red' } }),
      400,
      'BadRequest',
      /Property 'colour' does not exist/,
    );
    await expectError(
      h.raw('POST', '/v1.0/sites/root/lists', { body: { displayName: 'X2', list: { template: 'documentLibrary' } } }),
      400,
      'notSupported',
    );
    await expectError(
      h.raw('POST', '/v1.0/sites/root/lists', {
        body: {
          displayName: 'X3',
          columns: [
            { name: 'Ok', text: {} },
            { name: '9bad', text: {} },
          ],
        },
      }),
      400,
      'invalidRequest',
      /column name '9bad' is not valid/,
    );
    await expectError(h.raw('POST', '/v1.0/sites/root/lists', { body: {} }), 400, 'BadRequest');
    expect((await h.client().api('/sites/root/lists').get()).value.length).toBe(before);
    await expectError(h.raw('GET', '/v1.0/sites/root/lists/X3'), 404);
  });

  it('lists the site lists with $filter and $select', async () => {
    const all = await h.client().api('/sites/root/lists').get();
    expect((all.value as List[]).map((l) => l.displayName)).toEqual(
      expect.arrayContaining(['Regiones', 'Clientes Todos']),
    );
    const one = await h
      .client()
      .api('/sites/root/lists')
      .filter("displayName eq 'Regiones'")
      .select('id,displayName')
      .get();
    expect(one.value).toEqual([{ '@odata.etag': expect.any(String), id: regionsId, displayName: 'Regiones' }]);
    const generic = await h.client().api('/sites/root/lists').filter("list/template eq 'genericList'").get();
    expect(generic.value.length).toBe(all.value.length);
    await expectError(h.raw('GET', '/v1.0/sites/root/lists?$select=nope'), 400, 'invalidRequest');
  });

  it('renames, describes and deletes a list', async () => {
    const c = h.client();
    const list = await c.api('/sites/root/lists').post({ displayName: 'Temporal' });
    const patched = await c.api(`/sites/root/lists/${list.id}`).patch({ displayName: 'Temporal 2', description: 'd' });
    expect(patched).toMatchObject({ displayName: 'Temporal 2', description: 'd', name: 'Temporal' });
    expect(patched.eTag).not.toBe(list.eTag);
    await expectError(
      h.raw('PATCH', `/v1.0/sites/root/lists/${list.id}`, { body: { displayName: 'regiones' } }),
      409,
      'nameAlreadyExists',
    );
    const gone = await h.raw('DELETE', `/v1.0/sites/root/lists/${list.id}`);
    expect(gone.status).toBe(204);
    await expectError(h.raw('GET', `/v1.0/sites/root/lists/${list.id}`), 404, 'itemNotFound');
  });
});

describe('columns', () => {
  let listId: string;
  beforeAll(async () => {
    listId = (await h.client().api('/sites/root/lists').post({ displayName: 'Columnas' })).id;
  });
  const columnsPath = () => `/v1.0/sites/root/lists/${listId}/columns`;

  it.each([
    ['starts with a digit', '1abc'],
    ['has a space', 'has space'],
    ['has a hyphen', 'a-b'],
    ['is too long', 'x'.repeat(33)],
    ['is not ASCII', 'Año'],
    ['is empty', ''],
  ])('400 when the name %s', async (_why, name) => {
    await expectError(h.raw('POST', columnsPath(), { body: { name, text: {} } }), 400, 'invalidRequest');
  });

  it('accepts a 32-character name with underscores and digits', async () => {
    const name = `_a1${'b'.repeat(29)}`;
    const r = await h.raw('POST', columnsPath(), { body: { name, text: {} } });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ name, displayName: name, indexed: false, columnGroup: 'Custom Columns' });
  });

  it('400 unless the column has exactly one type facet; unknown properties and facets are 400', async () => {
    await expectError(h.raw('POST', columnsPath(), { body: { name: 'NoType' } }), 400, 'invalidRequest', /exactly one/);
    await expectError(
      h.raw('POST', columnsPath(), { body: { name: 'Two', text: {}, number: {} } }),
      400,
      'invalidRequest',
    );
    await expectError(
      h.raw('POST', columnsPath(), { body: { name: 'Bad', text: { colour: 1 } } }),
      400,
      'BadRequest',
      /Property 'colour'/,
    );
    await expectError(h.raw('POST', columnsPath(), { body: { name: 'Money', currency: {} } }), 400, 'notSupported');
    await expectError(h.raw('POST', columnsPath(), { body: { name: 'Long', text: { maxLength: 256 } } }), 400);
    await expectError(
      h.raw('POST', columnsPath(), { body: { name: 'Range', number: { minimum: 5, maximum: 1 } } }),
      400,
    );
    await expectError(h.raw('POST', columnsPath(), { body: { name: 'NoChoices', choice: { choices: [] } } }), 400);
    await expectError(h.raw('POST', columnsPath(), { body: { name: 'Lk', lookup: { listId: 'nope' } } }), 400);
    await expectError(
      h.raw('POST', columnsPath(), { body: { name: 'Lk2', lookup: { listId: regionsId, columnName: 'Nope' } } }),
      400,
    );
  });

  it('enforceUniqueValues needs an index; indexing needs an indexable type', async () => {
    await expectError(
      h.raw('POST', columnsPath(), { body: { name: 'U1', text: {}, enforceUniqueValues: true } }),
      400,
      'invalidRequest',
      'This field must be indexed to enforce unique values.',
    );
    await expectError(
      h.raw('POST', columnsPath(), { body: { name: 'U2', text: {}, enforceUniqueValues: true, indexed: false } }),
      400,
    );
    await expectError(
      h.raw('POST', columnsPath(), { body: { name: 'Memo', text: { allowMultipleLines: true }, indexed: true } }),
      400,
      'invalidRequest',
      /cannot be indexed/,
    );
    await expectError(
      h.raw('POST', columnsPath(), { body: { name: 'Flag', boolean: {}, indexed: true, enforceUniqueValues: true } }),
      400,
      'invalidRequest',
      /cannot enforce unique/,
    );
    const ok = await h.raw('POST', columnsPath(), {
      body: { name: 'U3', text: {}, enforceUniqueValues: true, indexed: true },
    });
    expect(ok.status).toBe(201);
  });

  it('409 for a duplicate column name, ignoring case, and for a clash with a lookup field key', async () => {
    await expectError(h.raw('POST', columnsPath(), { body: { name: 'title', text: {} } }), 409, 'nameAlreadyExists');
    expect((await h.raw('POST', columnsPath(), { body: { name: 'Boss', personOrGroup: {} } })).status).toBe(201);
    await expectError(h.raw('POST', columnsPath(), { body: { name: 'BossLookupId', text: {} } }), 409);
    await expectError(h.raw('POST', columnsPath(), { body: { name: 'BOSS', number: {} } }), 409);
  });

  it('gets a column by id or name, and PATCH turns indexing on so that filtering works', async () => {
    const c = h.client();
    const color = await c.api(`/sites/root/lists/${listId}/columns`).post({ name: 'Color', text: {} });
    expect((await c.api(`/sites/root/lists/${listId}/columns/${color.id}`).get()).name).toBe('Color');
    expect((await c.api(`/sites/root/lists/${listId}/columns/color`).get()).id).toBe(color.id);
    await expectError(h.raw('GET', `${columnsPath()}/nope`), 404, 'itemNotFound');
    await c.api(`/sites/root/lists/${listId}/items`).post({ fields: { Title: 'a', Color: 'Rojo' } });
    const items = `/v1.0/sites/root/lists/${listId}/items?$filter=fields/Color eq 'Rojo'`;
    await expectError(h.raw('GET', items), 400, 'invalidRequest', /Field 'Color' cannot be referenced in filter/);
    const patched = await c
      .api(`/sites/root/lists/${listId}/columns/Color`)
      .patch({ indexed: true, displayName: 'Colour', description: 'd', required: true });
    expect(patched).toMatchObject({ indexed: true, displayName: 'Colour', description: 'd', required: true });
    const found = await h.raw('GET', items);
    expect(found.status).toBe(200);
    expect(found.body.value).toHaveLength(1);
  });

  it('PATCH rules: no renames, no type changes, system columns sealed except Title, uniqueness checks data', async () => {
    const c = h.client();
    await c.api(`/sites/root/lists/${listId}/columns`).post({ name: 'Pick', choice: { choices: ['x', 'y'] } });
    await expectError(h.raw('PATCH', `${columnsPath()}/Pick`, { body: { name: 'Other' } }), 400);
    await expectError(h.raw('PATCH', `${columnsPath()}/Pick`, { body: { text: {} } }), 400, 'invalidRequest', /type/);
    await expectError(h.raw('PATCH', `${columnsPath()}/Pick`, { body: { choice: { displayAs: 'checkBoxes' } } }), 400);
    const choices = await c
      .api(`/sites/root/lists/${listId}/columns/Pick`)
      .patch({ choice: { choices: ['x', 'y', 'z'] } });
    expect(choices.choice.choices).toEqual(['x', 'y', 'z']);
    await expectError(h.raw('PATCH', `${columnsPath()}/ID`, { body: { indexed: false } }), 400);
    await expectError(h.raw('PATCH', `${columnsPath()}/Created`, { body: { displayName: 'x' } }), 400);
    expect((await c.api(`/sites/root/lists/${listId}/columns/Author`).patch({ indexed: true })).indexed).toBe(true);
    expect((await c.api(`/sites/root/lists/${listId}/columns/Title`).patch({ indexed: true })).indexed).toBe(true);
    await expectError(h.raw('PATCH', `${columnsPath()}/U3`, { body: { indexed: false } }), 400);
    // Existing duplicates block turning uniqueness on.
    await c.api(`/sites/root/lists/${listId}/items`).post({ fields: { Title: 'dup', Color: 'c' } });
    await c.api(`/sites/root/lists/${listId}/items`).post({ fields: { Title: 'DUP', Color: 'c' } });
    await expectError(
      h.raw('PATCH', `${columnsPath()}/Title`, { body: { enforceUniqueValues: true } }),
      400,
      'invalidRequest',
      /duplicate values/,
    );
    expect((await c.api(`/sites/root/lists/${listId}/columns/Title`).get()).enforceUniqueValues).toBe(false);
  });
});

describe('rights', () => {
  let listId: string;
  beforeAll(async () => {
    listId = (await h.client().api('/sites/root/lists').post({ displayName: 'Permisos' })).id;
  });

  it('DIRECCION (read) reads lists and items but cannot create items until granted contribute on the list', async () => {
    const read = await h.raw('GET', `/v1.0/sites/root/lists/${listId}`, { user: DIRECCION });
    expect(read.status).toBe(200);
    const items = await h.raw('GET', `/v1.0/sites/root/lists/${listId}/items`, { user: DIRECCION });
    expect(items.status).toBe(200);
    const denied = await h.raw('POST', `/v1.0/sites/root/lists/${listId}/items`, {
      user: DIRECCION,
      body: { fields: { Title: 'x' } },
    });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('accessDenied');

    const grant = await h.admin('PUT', '/emulator/grants', {
      user: DIRECCION,
      site: 'root',
      list: listId,
      level: 'contribute',
    });
    expect(grant.status).toBe(200);
    const allowed = await h.raw('POST', `/v1.0/sites/root/lists/${listId}/items`, {
      user: DIRECCION,
      body: { fields: { Title: 'por Dirección' } },
    });
    expect(allowed.status).toBe(201);
    expect(allowed.body.createdBy.user.email).toBe(DIRECCION);
    // The grant is per list: another list is still read-only.
    const other = await h.raw('POST', `/v1.0/sites/root/lists/${regionsId}/items`, {
      user: DIRECCION,
      body: { fields: { Title: 'x' } },
    });
    expect(other.status).toBe(403);
  });

  it('COMERCIAL (contribute) cannot create, change or delete lists or columns', async () => {
    await expectError(
      h.raw('POST', '/v1.0/sites/root/lists', { user: COMERCIAL, body: { displayName: 'De Comercial' } }),
      403,
      'accessDenied',
    );
    await expectError(
      h.raw('POST', `/v1.0/sites/root/lists/${listId}/columns`, { user: COMERCIAL, body: { name: 'C', text: {} } }),
      403,
    );
    await expectError(
      h.raw('PATCH', `/v1.0/sites/root/lists/${listId}`, { user: COMERCIAL, body: { description: 'x' } }),
      403,
    );
    await expectError(h.raw('DELETE', `/v1.0/sites/root/lists/${listId}`, { user: COMERCIAL }), 403);
    const item = await h.raw('POST', `/v1.0/sites/root/lists/${listId}/items`, {
      user: COMERCIAL,
      body: { fields: { Title: 'de Comercial' } },
    });
    expect(item.status).toBe(201);
  });

  it('a list granted none is 403 and hidden from the collection', async () => {
    await h.admin('PUT', '/emulator/grants', { user: COMERCIAL, site: 'root', list: listId, level: 'none' });
    await expectError(h.raw('GET', `/v1.0/sites/root/lists/${listId}`, { user: COMERCIAL }), 403, 'accessDenied');
    const all = await h.raw('GET', '/v1.0/sites/root/lists', { user: COMERCIAL });
    expect((all.body.value as List[]).map((l) => l.id)).not.toContain(listId);
  });

  it('scopes: Sites.Read.All cannot create lists or items; Sites.ReadWrite.All can write items but not manage lists', async () => {
    const readToken = await h.token(LIDER, ['Sites.Read.All']);
    await expectError(h.raw('POST', '/v1.0/sites/root/lists', { token: readToken, body: { displayName: 'S' } }), 403);
    await expectError(
      h.raw('POST', `/v1.0/sites/root/lists/${listId}/items`, { token: readToken, body: { fields: {} } }),
      403,
      'Authorization_RequestDenied',
    );
    const writeToken = await h.token(LIDER, ['Sites.ReadWrite.All']);
    expect(
      (await h.raw('POST', `/v1.0/sites/root/lists/${listId}/items`, { token: writeToken, body: { fields: {} } }))
        .status,
    ).toBe(201);
    await expectError(
      h.raw('POST', '/v1.0/sites/root/lists', { token: writeToken, body: { displayName: 'S' } }),
      403,
      'Authorization_RequestDenied',
    );
  });
});

describe('persistence', () => {
  it('lists and columns survive a restart', async () => {
    const created = await h
      .client()
      .api('/sites/root/lists')
      .post({
        displayName: 'Persistente',
        columns: [{ name: 'Monto', number: { minimum: 0 }, indexed: true }],
      });
    await h.restart();
    const list = await h.client().api(`/sites/root/lists/Persistente`).expand('columns(select=name,indexed)').get();
    expect(list.id).toBe(created.id);
    expect(list.columns).toContainEqual({ name: 'Monto', indexed: true });
  });
});
