/**
 * Provisioning against the emulator through the product's Graph pipeline: the 14 lists are
 * created with their columns and indexes, a second run only reads, the read-back matches the
 * definitions, and a list someone changed by hand fails loudly.
 */
import { LIST_DEFINITIONS, LISTS_BY_ENTITY } from '../../../src/adapters/graph/lists';
import {
  checkLists,
  provisionLists,
  readLists,
  resolveSite,
  type GraphColumn,
} from '../../../src/adapters/graph/provisioning/provision-lists';
import { startGraphHarness, type GraphHarness } from '../../support/graph-harness';

let harness: GraphHarness;

beforeAll(async () => {
  harness = await startGraphHarness();
});

afterAll(async () => {
  await harness.stop();
});

const onlyGets = (byRoute: Record<string, number>): string[] =>
  Object.keys(byRoute).filter((route) => !route.startsWith('GET '));

async function columnsOf(listName: string): Promise<GraphColumn[]> {
  const lists = await readLists(harness.gateway(), harness.siteId);
  return [...(lists.find((list) => list.displayName === listName)?.columns ?? [])];
}

describe('resolveSite', () => {
  it('finds the root site, a site by URL and a site by id', async () => {
    const gateway = harness.gateway();
    const root = await resolveSite(gateway);
    expect(root).toEqual({
      id: harness.siteId,
      webUrl: 'https://relaciones.sharepoint.com',
      displayName: 'Relaciones con el Negocio',
    });
    const calidad = await resolveSite(gateway, 'https://relaciones.sharepoint.com/sites/calidad/');
    expect(calidad.displayName).toBe('Sistema de Gestión de Calidad');
    expect(calidad.webUrl).toBe('https://relaciones.sharepoint.com/sites/calidad');
    expect(await resolveSite(gateway, calidad.id)).toEqual(calidad);
    expect((await resolveSite(gateway, 'https://relaciones.sharepoint.com')).id).toBe(harness.siteId);
    await expect(resolveSite(gateway, 'https://relaciones.sharepoint.com/sites/nope')).rejects.toMatchObject({
      code: 'GRAPH.NOT_FOUND',
    });
  });
});

describe('provisionLists', () => {
  it('creates the 14 lists with their columns, indexes and Title, and reads them back', async () => {
    const progress: string[] = [];
    const report = await provisionLists(harness.gateway(), harness.siteId, LIST_DEFINITIONS, (done, total, list) =>
      progress.push(`${done}/${total} ${list}`),
    );
    expect(report.created).toEqual(LIST_DEFINITIONS.map((d) => d.name));
    expect(report.unchanged).toEqual([]);
    expect(report.columnsAdded).toBe(0);
    expect(report.lists.map((l) => l.name)).toEqual(LIST_DEFINITIONS.map((d) => d.name));
    for (const list of report.lists) expect(list.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(progress).toHaveLength(14);
    expect(progress[13]).toBe('14/14 Bitacora');

    // What SharePoint holds, column by column.
    for (const definition of LIST_DEFINITIONS) {
      const columns = await columnsOf(definition.name);
      for (const spec of definition.columns) {
        const column = columns.find((c) => c.name === spec.name);
        expect({ list: definition.name, column: spec.name, found: column !== undefined }).toEqual({
          list: definition.name,
          column: spec.name,
          found: true,
        });
        expect(column?.displayName).toBe(spec.displayName);
        expect(column?.indexed).toBe(spec.indexed === true);
        expect(column?.enforceUniqueValues).toBe(spec.unique === true);
        expect(column?.required).toBe(spec.required === true);
        if (spec.kind === 'choice') expect(column?.choice?.choices).toEqual(spec.choices);
        if (spec.kind === 'note') expect(column?.text?.allowMultipleLines).toBe(true);
        if (spec.kind === 'dateOnly') expect(column?.dateTime?.format).toBe('dateOnly');
        if (spec.kind === 'integer') expect(column?.number?.decimalPlaces).toBe('none');
      }
      const title = columns.find((c) => c.name === 'Title');
      expect(title?.displayName).toBe(definition.title?.displayName);
      expect(title?.indexed).toBe(definition.title?.indexed === true);
    }
    const clientTitle = (await columnsOf('Clientes')).find((c) => c.name === 'Title');
    expect(clientTitle).toMatchObject({ displayName: 'Nombre', indexed: true });
  });

  it('changes nothing the second time: it only reads (counted by the emulator)', async () => {
    await harness.resetStats();
    const report = await provisionLists(harness.gateway(), harness.siteId);
    expect(report.created).toEqual([]);
    expect(report.updated).toEqual([]);
    expect(report.columnsAdded).toBe(0);
    expect(report.unchanged).toEqual(LIST_DEFINITIONS.map((d) => d.name));
    const stats = await harness.stats();
    expect(onlyGets(stats.byRoute)).toEqual([]);
    // One read of every list with its columns is enough when nothing changes.
    expect(stats.total).toBe(1);
  });

  it('fails the read-back loudly on a column someone un-indexed, and the next run re-indexes it', async () => {
    const complaints = await harness.gateway().send<{ id: string }>({
      method: 'GET',
      path: `/sites/${harness.siteId}/lists/Quejas`,
    });
    const tamper = await harness.emulator.raw(
      'PATCH',
      `/v1.0/sites/${harness.siteId}/lists/${complaints.body.id}/columns/Status`,
      { body: { indexed: false } },
    );
    expect(tamper.status).toBe(200);

    await expect(checkLists(harness.gateway(), harness.siteId)).rejects.toMatchObject({
      code: 'PROVISION.MISMATCH',
      params: { list: 'Quejas', column: 'Status', property: 'indexed', expected: 'true', actual: 'false', count: 1 },
    });

    await harness.resetStats();
    const report = await provisionLists(harness.gateway(), harness.siteId);
    expect(report.updated).toEqual(['Quejas']);
    expect(report.columnsAdded).toBe(0);
    const stats = await harness.stats();
    expect(onlyGets(stats.byRoute)).toEqual(['PATCH /v1.0/sites/{site}/lists/{list}/columns/{column}']);
    expect(stats.byRoute['PATCH /v1.0/sites/{site}/lists/{list}/columns/{column}']).toBe(1);
    await expect(checkLists(harness.gateway(), harness.siteId)).resolves.toBeUndefined();
  });

  it('adds a column missing from an existing list', async () => {
    const clients = LISTS_BY_ENTITY.client;
    const extended = {
      ...clients,
      columns: [...clients.columns, { name: 'Sector', displayName: 'Sector', kind: 'text' as const, maxLength: 80 }],
    };
    const report = await provisionLists(harness.gateway(), harness.siteId, [extended]);
    expect(report).toMatchObject({ created: [], updated: ['Clientes'], columnsAdded: 1, unchanged: [] });
    const again = await provisionLists(harness.gateway(), harness.siteId, [extended]);
    expect(again).toMatchObject({ updated: [], columnsAdded: 0, unchanged: ['Clientes'] });
  });

  it('refuses, before writing anything, a difference it must not fix (an extra choice, a dropped requirement)', async () => {
    const agreements = await harness.gateway().send<{ id: string }>({
      method: 'GET',
      path: `/sites/${harness.siteId}/lists/Acuerdos`,
    });
    const columns = `/v1.0/sites/${harness.siteId}/lists/${agreements.body.id}/columns`;
    expect(
      (
        await harness.emulator.raw('PATCH', `${columns}/Status`, {
          body: { choice: { choices: ['open', 'done', 'cancelled', 'limbo'] } },
        })
      ).status,
    ).toBe(200);
    expect((await harness.emulator.raw('PATCH', `${columns}/Owner`, { body: { required: false } })).status).toBe(200);
    // Meanwhile a column went missing on another list: provisioning must not add it either.
    const definitions = LIST_DEFINITIONS.map((d) =>
      d.name === 'Bitacora'
        ? { ...d, columns: [...d.columns, { name: 'Extra', displayName: 'Extra', kind: 'boolean' as const }] }
        : d,
    );

    await harness.resetStats();
    const failure = provisionLists(harness.gateway(), harness.siteId, definitions);
    await expect(failure).rejects.toMatchObject({
      code: 'PROVISION.MISMATCH',
      params: expect.objectContaining({ list: 'Acuerdos', count: 2 }),
    });
    await failure.catch((error: { issues: { path: string; message: string }[] }) => {
      expect(error.issues.map((issue) => issue.path).sort()).toEqual(['Acuerdos/Owner', 'Acuerdos/Status']);
      expect(error.issues.find((issue) => issue.path === 'Acuerdos/Status')?.message).toContain('limbo');
    });
    expect(onlyGets((await harness.stats()).byRoute)).toEqual([]);
  });
});
