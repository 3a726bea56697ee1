/**
 * ARCHITECTURE.md §8 reliability bar for the Graph layer: with faults injected by the emulator
 * (20 % 429, 5 % 503, 2 % dropped connections — some after the write was applied), seeding the
 * demo organisation and importing a client file end with exactly the same items as the same
 * work without faults: nothing duplicated, nothing missing.
 */
import { LIST_DEFINITIONS } from '../../../src/adapters/graph/lists';
import { provisionLists } from '../../../src/adapters/graph/provisioning/provision-lists';
import { createGraphRepositories } from '../../../src/adapters/graph/repositories';
import { readClientImportFile } from '../../../src/adapters/xlsx/client-import';
import { importClients } from '../../../src/application/clients/import-clients.use-case';
import { seedDemoOrganisation } from '../../../src/application/demo/seed-demo.use-case';
import { startGraphHarness, type GraphHarness } from '../../support/graph-harness';

const TODAY = '2026-11-28';
const FAULTS = { rate429: 0.2, rate503: 0.05, dropRate: 0.02, retryAfterSeconds: 0, seed: 20261128 };

/** SharePoint's own columns: they differ between any two runs (ids, stamps, versions). */
const SYSTEM_FIELDS = new Set([
  'id',
  '@odata.etag',
  'Created',
  'Modified',
  'AuthorLookupId',
  'EditorLookupId',
  '_UIVersionString',
  'Attachments',
  'ContentType',
  'Edit',
  'LinkTitle',
  'LinkTitleNoMenu',
  'ItemChildCount',
  'FolderChildCount',
  '_ComplianceFlags',
  '_ComplianceTag',
  '_ComplianceTagWrittenTime',
  '_ComplianceTagUserId',
  'AppAuthorLookupId',
  'AppEditorLookupId',
]);

function importFile(): { name: string; bytes: Uint8Array } {
  const lines = ['Código;Nombre;Dominios;Comercial;Líder;Periodicidad'];
  for (let i = 0; i < 120; i += 1) {
    const code = `IMP${String(i).padStart(4, '0')}`;
    lines.push(
      `${code};"Importadora ""${i}"" & Cía";imp${i}.com.mx;comercial@relaciones.example;lider@relaciones.example;trimestral`,
    );
  }
  return { name: 'clientes.csv', bytes: new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`) };
}

/** Every list's items as `RecordKey → fields without system columns`, plus per-list counts. */
async function snapshot(h: GraphHarness): Promise<Record<string, Record<string, unknown>>> {
  const gateway = h.gateway();
  const result: Record<string, Record<string, unknown>> = {};
  for (const definition of LIST_DEFINITIONS) {
    const items = await gateway.getAll<{ fields: Record<string, unknown> }>({
      path: `/sites/${h.siteId}/lists/${definition.name}/items`,
      query: { expand: 'fields' },
    });
    const byKey: Record<string, unknown> = {};
    for (const item of items) {
      const fields = Object.fromEntries(Object.entries(item.fields).filter(([name]) => !SYSTEM_FIELDS.has(name)));
      const key = String(fields.RecordKey);
      expect(byKey[key]).toBeUndefined(); // a duplicate key would be a duplicated record
      byKey[key] = fields;
    }
    result[definition.name] = byKey;
  }
  return result;
}

async function runWork(h: GraphHarness): Promise<void> {
  const gateway = h.gateway();
  const repositories = createGraphRepositories(gateway, h.siteId);
  await seedDemoOrganisation(repositories, { today: TODAY });
  const result = await importClients({ clients: repositories.clients }, await readClientImportFile(importFile()), {
    today: TODAY,
  });
  expect(result.errors).toEqual([]);
}

let calm: GraphHarness;
let stormy: GraphHarness;

beforeAll(async () => {
  [calm, stormy] = await Promise.all([startGraphHarness(), startGraphHarness()]);
  await provisionLists(calm.gateway(), calm.siteId);
  await provisionLists(stormy.gateway(), stormy.siteId);
}, 120_000);

afterAll(async () => {
  await Promise.all([calm?.stop(), stormy?.stop()]);
});

it('seeding the demo and importing clients under 429/503/dropped connections ends identical to a calm run', async () => {
  await runWork(calm);
  const expected = await snapshot(calm);

  await stormy.faults(FAULTS);
  await runWork(stormy);
  const faults = (await stormy.emulator.admin('GET', '/emulator/stats')).body as { faults: Record<string, number> };
  await stormy.faults(undefined);
  const actual = await snapshot(stormy);

  // The storm really happened, including connections cut after the write was applied.
  expect(Object.values(faults.faults).reduce((a, b) => a + b, 0)).toBeGreaterThan(50);
  for (const definition of LIST_DEFINITIONS) {
    expect(Object.keys(actual[definition.name] ?? {}).length).toBe(Object.keys(expected[definition.name] ?? {}).length);
  }
  expect(actual).toEqual(expected);
  expect(Object.keys(expected.Clientes ?? {}).length).toBeGreaterThanOrEqual(150);
}, 300_000);
