/**
 * Writes are transactional and concurrent requests are safe: many clients racing on the same
 * unique key, the same eTag or the same transactionId leave exactly one winner and a store
 * that matches what the answers said.
 */
import { startHarness, type EmulatorHarness } from './support/emulator-harness';

let h: EmulatorHarness;
let listId: string;
const RACERS = 30;

beforeAll(async () => {
  h = await startHarness();
  const created = await h.raw('POST', '/v1.0/sites/root/lists', {
    body: {
      displayName: 'Carreras',
      columns: [
        { name: 'Clave', text: {}, indexed: true, enforceUniqueValues: true },
        { name: 'Contador', number: {} },
      ],
      list: { template: 'genericList' },
    },
  });
  expect(created.status).toBe(201);
  listId = created.body.id;
});
afterAll(async () => {
  await h.stop();
});

const itemsPath = (): string => `/v1.0/sites/root/lists/${listId}/items`;

async function allItems(): Promise<{ id: string; fields: Record<string, unknown> }[]> {
  const r = await h.raw('GET', `${itemsPath()}?expand=fields&$top=200`);
  expect(r.status).toBe(200);
  return r.body.value as { id: string; fields: Record<string, unknown> }[];
}

it('racing creates with one unique key: one 201, the rest 409, one item stored', async () => {
  const answers = await Promise.all(
    Array.from({ length: RACERS }, (_, i) =>
      h.raw('POST', itemsPath(), { body: { fields: { Title: `intento ${i}`, Clave: 'QJ-2026-0001' } } }),
    ),
  );
  const statuses = answers.map((a) => a.status).sort();
  expect(statuses.filter((s) => s === 201)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(RACERS - 1);
  const stored = (await allItems()).filter((item) => item.fields.Clave === 'QJ-2026-0001');
  expect(stored).toHaveLength(1);
  expect(stored[0]?.fields.Title).toBe(answers.find((a) => a.status === 201)?.body.fields.Title);
});

it('racing updates with one eTag: one 200, the rest 412, the winner is what is stored', async () => {
  const created = await h.raw('POST', itemsPath(), { body: { fields: { Clave: 'QJ-2026-0002', Contador: 0 } } });
  const { id, eTag } = created.body as { id: string; eTag: string };
  const answers = await Promise.all(
    Array.from({ length: RACERS }, (_, i) =>
      h.raw('PATCH', `${itemsPath()}/${id}/fields`, { body: { Contador: i + 1 }, headers: { 'If-Match': eTag } }),
    ),
  );
  const winners = answers.filter((a) => a.status === 200);
  expect(winners).toHaveLength(1);
  expect(answers.filter((a) => a.status === 412)).toHaveLength(RACERS - 1);
  const after = await h.raw('GET', `${itemsPath()}/${id}?expand=fields`);
  expect(after.body.fields.Contador).toBe(winners[0]?.body.Contador);
  expect(after.body.fields._UIVersionString).toBe('2.0');
});

it('racing event creates with one transactionId make one meeting', async () => {
  const event = {
    subject: 'Revisión trimestral — Grupo Aeroportuario del Bajío',
    start: { dateTime: '2027-01-12T10:00:00', timeZone: 'America/Mexico_City' },
    end: { dateTime: '2027-01-12T11:00:00', timeZone: 'America/Mexico_City' },
    transactionId: 'reunion-gab-2027-01',
  };
  const answers = await Promise.all(
    Array.from({ length: RACERS }, () => h.raw('POST', '/v1.0/me/events', { body: event })),
  );
  expect(new Set(answers.map((a) => a.status))).toEqual(new Set([201]));
  expect(new Set(answers.map((a) => a.body.id as string)).size).toBe(1);
  const listed = await h.raw('GET', `/v1.0/me/events?$filter=transactionId eq 'reunion-gab-2027-01'`);
  expect(listed.body.value).toHaveLength(1);
});

it('distinct concurrent creates all land, with distinct ids', async () => {
  const answers = await Promise.all(
    Array.from({ length: RACERS }, (_, i) => h.raw('POST', itemsPath(), { body: { fields: { Clave: `LOTE-${i}` } } })),
  );
  expect(answers.every((a) => a.status === 201)).toBe(true);
  expect(new Set(answers.map((a) => a.body.id as string)).size).toBe(RACERS);
  const stored = (await allItems()).filter((item) => String(item.fields.Clave).startsWith('LOTE-'));
  expect(stored).toHaveLength(RACERS);
});
