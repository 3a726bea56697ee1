/**
 * Document library and workbook API of the emulator, through the real Graph SDK where a client
 * would use it and through raw HTTPS for status codes, headers and the 302 download redirect.
 * The .xlsx files are built here with exceljs: a Microsoft Forms export with Spanish headers.
 */
import { createHash } from 'node:crypto';
import { ResponseType } from '@microsoft/microsoft-graph-client';
import ExcelJS from 'exceljs';
import { Agent } from 'undici';
import { quickXorHash } from '../../../src/emulator/drive/quick-xor-hash';
import { startHarness, type EmulatorHarness, DIRECCION, COMERCIAL } from './support/emulator-harness';

let h: EmulatorHarness;
let agent: Agent;

beforeAll(async () => {
  h = await startHarness();
  agent = new Agent({ connect: { ca: h.emulator.certificate } });
});
afterAll(async () => {
  await agent.close();
  await h.stop();
});

const SITE = '/v1.0/sites/root';
const DRIVE = `${SITE}/drive`;

const HEADERS = [
  'Id',
  'Hora de inicio',
  'Hora de finalización',
  'Correo electrónico',
  'Nombre',
  '¿Cómo calificaría la atención recibida?',
  'Puntuación',
  'Fecha de la visita',
];

const START_1 = new Date(Date.UTC(2024, 2, 4, 15, 2, 11));
const END_1 = new Date(Date.UTC(2024, 2, 4, 15, 5, 40));
const VISIT_1 = new Date(Date.UTC(2024, 2, 1));
const START_2 = new Date(Date.UTC(2024, 2, 5, 9, 30));
const END_2 = new Date(Date.UTC(2024, 2, 5, 9, 41, 15));
const VISIT_2 = new Date(Date.UTC(2024, 1, 29));

/** Excel's serial number of a UTC date (1900 date system), as Graph returns date cells in `values`. */
const serial = (date: Date): number => date.getTime() / 86_400_000 + 25_569;

async function formsWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Hoja1');
  sheet.addTable({
    name: 'Respuestas',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: HEADERS.map((name) => ({ name, filterButton: true })),
    rows: [
      [1, START_1, END_1, 'mariana.solis@cliente.example', 'Mariana Solís', 'Muy satisfecho', 9, VISIT_1],
      [2, START_2, END_2, 'jose.nunez@cliente.example', 'José Núñez', null, 7.5, VISIT_2],
      [3, START_2, END_2, 'anonimo', 'Anónimo', 'Insatisfecho', 4, VISIT_2],
    ],
  });
  const totals = workbook.addWorksheet('Resumen mensual');
  totals.addTable({
    name: 'Totales',
    ref: 'B3',
    headerRow: true,
    totalsRow: true,
    columns: [{ name: 'Mes' }, { name: '¿Cumplido?' }, { name: 'Importe', totalsRowFunction: 'sum' }],
    rows: [
      ['Enero', true, 1200.5],
      ['Febrero', false, 800],
    ],
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface Fetched {
  status: number;
  headers: Headers;
  bytes: Buffer;
  // Parsed JSON of any shape, read property by property in the assertions (as the harness's RawResponse).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** HTTPS without following redirects; `url` is absolute or a path on the emulator. */
async function fetchRaw(
  method: string,
  url: string,
  options: { token?: string | null; user?: string; body?: Buffer | string; headers?: Record<string, string> } = {},
): Promise<Fetched> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.token !== null) headers.Authorization = `Bearer ${options.token ?? (await h.token(options.user))}`;
  const response = await fetch(url.startsWith('https://') ? url : `${h.url}${url}`, {
    method,
    headers,
    body: options.body,
    redirect: 'manual',
    dispatcher: agent,
  } as RequestInit);
  const bytes = Buffer.from(await response.arrayBuffer());
  let body: unknown;
  try {
    body = bytes.length === 0 ? undefined : JSON.parse(bytes.toString('utf8'));
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, bytes, body };
}

const upload = (path: string, bytes: Buffer | string, query = '', user?: string) =>
  fetchRaw('PUT', `${DRIVE}/root:${path}:/content${query}`, { body: bytes, user });

const rootChildNames = async (): Promise<string[]> =>
  ((await h.client().api('/sites/root/drive/root/children').top(999).get()).value as { name: string }[]).map(
    (child) => child.name,
  );

describe('the document library', () => {
  it('each site has one documentLibrary "Documentos", reachable as /drive, /drives and /drives/{id}', async () => {
    const client = h.client();
    const drive = await client.api('/sites/root/drive').get();
    expect(drive).toMatchObject({ name: 'Documentos', driveType: 'documentLibrary' });
    expect(drive.id).toMatch(/^b!/);
    expect(drive.webUrl).toBe('https://relaciones.sharepoint.com/Documentos%20compartidos');
    const drives = await client.api('/sites/root/drives').get();
    expect(drives.value.map((d: { id: string }) => d.id)).toEqual([drive.id]);
    expect((await client.api(`/drives/${drive.id}`).get()).id).toBe(drive.id);
    const calidad = await client.api('/sites/relaciones.sharepoint.com:/sites/calidad:/drive').get();
    expect(calidad.id).not.toBe(drive.id);
    expect(calidad.webUrl).toBe('https://relaciones.sharepoint.com/sites/calidad/Documentos%20compartidos');
  });

  it('a site addressed by path has its own library: uploads land there and not in the root site', async () => {
    const calidad = '/sites/relaciones.sharepoint.com:/sites/calidad:/drive';
    const item = await h
      .client()
      .api(`${calidad}/root:/Evidencias/auditoría.txt:/content`)
      .putStream(Buffer.from('ok'));
    const site = await h.client().api('/sites/relaciones.sharepoint.com:/sites/calidad').get();
    expect(item.parentReference.siteId).toBe(site.id);
    expect((await h.client().api(`/sites/${site.id}/drive/items/${item.id}`).get()).name).toBe('auditoría.txt');
    expect((await fetchRaw('GET', `${DRIVE}/items/${item.id}`)).status).toBe(404);
    expect((await fetchRaw('GET', `${DRIVE}/root:/Evidencias`)).status).toBe(404);
  });

  it('the root folder is a folder with the root facet', async () => {
    const root = await h.client().api('/sites/root/drive/root').get();
    expect(root).toMatchObject({ name: 'root', root: {}, folder: {} });
  });

  it('an unknown drive id is 404, a malformed one 400', async () => {
    expect((await fetchRaw('GET', '/v1.0/drives/b!AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await fetchRaw('GET', '/v1.0/drives/not-a-drive')).status).toBe(400);
  });
});

describe('upload, replace, get, list and download', () => {
  const original = Buffer.from('Acta de la reunión con el cliente — versión 1\n', 'utf8');
  const replacement = Buffer.concat([Buffer.from([0, 1, 2, 255, 254]), Buffer.from('ñandú', 'utf8')]);
  let fileId = '';
  let folderId = '';

  it('PUT root:/{path}:/content creates the file and its folders: 201 with the driveItem', async () => {
    const item = await h
      .client()
      .api('/sites/root/drive/root:/Actas/2024/acta reunión.txt:/content')
      .putStream(original);
    fileId = item.id;
    expect(item.id).toMatch(/^01[A-Z2-7]{32}$/);
    expect(item).toMatchObject({
      name: 'acta reunión.txt',
      size: original.length,
      file: { mimeType: 'text/plain', hashes: { quickXorHash: quickXorHash(original) } },
      createdBy: { user: { email: 'lider@relaciones.example', displayName: 'Jorge Ramírez Cárdenas' } },
      parentReference: { driveType: 'documentLibrary', path: '/drive/root:/Actas/2024' },
    });
    expect(item.eTag).toMatch(/^"\{[0-9A-F-]{36}\},1"$/);
    expect(item.cTag).toMatch(/^"c:\{[0-9A-F-]{36}\},1"$/);
    expect(item.webUrl).toBe(
      'https://relaciones.sharepoint.com/Documentos%20compartidos/Actas/2024/acta%20reuni%C3%B3n.txt',
    );
    expect(item.parentReference.siteId).toMatch(/^relaciones\.sharepoint\.com,/);
    expect(item['@microsoft.graph.downloadUrl']).toMatch(new RegExp(`^${h.url}/emulator/download/`));

    const folder = await h.client().api('/sites/root/drive/root:/Actas/2024').get();
    folderId = folder.id;
    expect(folder).toMatchObject({ name: '2024', folder: { childCount: 1 }, size: original.length });
    expect(item.parentReference.id).toBe(folder.id);
  });

  it('the raw response is 201 and a second PUT of the same path replaces it (200, eTag ,2)', async () => {
    const created = await upload('/Actas/nuevo.txt', 'uno');
    expect(created.status).toBe(201);
    const replaced = await upload('/Actas/nuevo.txt', 'dos');
    expect(replaced.status).toBe(200);
    expect(replaced.body.id).toBe(created.body.id);
    expect(replaced.body.eTag).toMatch(/,2"$/);
    expect(replaced.body.size).toBe(3);
  });

  it('PUT items/{id}/content replaces by id (SDK .put with a Buffer): 200, new size and eTag', async () => {
    const item = await h.client().api(`/sites/root/drive/items/${fileId}/content`).put(replacement);
    expect(item.id).toBe(fileId);
    expect(item.size).toBe(replacement.length);
    expect(item.eTag).toMatch(/,2"$/);
    expect(item.file.hashes.quickXorHash).toBe(quickXorHash(replacement));
  });

  it('PUT items/{parent-id}:/{filename}:/content uploads into a folder by id', async () => {
    const response = await fetchRaw('PUT', `${DRIVE}/items/${folderId}:/anexo.csv:/content`, { body: 'a;b\n1;2\n' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      name: 'anexo.csv',
      file: { mimeType: 'text/csv' },
      parentReference: { id: folderId, path: '/drive/root:/Actas/2024' },
    });
  });

  it('get by id, by path (with and without the trailing colon), by parent id and path, and via /drives/{id}', async () => {
    const client = h.client();
    const byId = await client.api(`/sites/root/drive/items/${fileId}`).get();
    const byPath = await client.api('/sites/root/drive/root:/Actas/2024/acta reunión.txt').get();
    const byPathColon = await client.api('/sites/root/drive/root:/Actas/2024/acta reunión.txt:').get();
    const byParent = await client.api(`/sites/root/drive/items/${folderId}:/acta reunión.txt:`).get();
    const viaDrive = await client.api(`/drives/${byId.parentReference.driveId}/items/${fileId}`).get();
    const caseInsensitive = await client.api('/sites/root/drive/root:/ACTAS/2024/ACTA REUNIÓN.TXT').get();
    for (const other of [byPath, byPathColon, byParent, viaDrive, caseInsensitive]) expect(other.id).toBe(fileId);
    expect(byId.name).toBe('acta reunión.txt');
  });

  it('$select keeps only the named properties; an unknown one is 400', async () => {
    const item = await h.client().api(`/sites/root/drive/items/${fileId}`).select(['id', 'name']).get();
    expect(Object.keys(item).filter((key) => !key.startsWith('@odata'))).toEqual(['id', 'name']);
    const bad = await fetchRaw('GET', `${DRIVE}/items/${fileId}?$select=nombre`);
    expect(bad.status).toBe(400);
  });

  it('a missing item is 404 itemNotFound, by id and by path', async () => {
    const byId = await fetchRaw('GET', `${DRIVE}/items/01AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`);
    expect(byId.status).toBe(404);
    expect(byId.body.error.code).toBe('itemNotFound');
    expect((await fetchRaw('GET', `${DRIVE}/root:/Actas/no-existe.txt`)).status).toBe(404);
    expect((await fetchRaw('GET', `${DRIVE}/root:/Actas/2024/acta reunión.txt/sub`)).status).toBe(404);
  });

  it('children of root and of a folder, by id and by path', async () => {
    const client = h.client();
    const root = await client.api('/sites/root/drive/root/children').get();
    expect(root.value.map((c: { name: string }) => c.name)).toContain('Actas');
    const byId = await client.api(`/sites/root/drive/items/${folderId}/children`).get();
    const byPath = await client.api('/sites/root/drive/root:/Actas/2024:/children').get();
    expect(byId.value.map((c: { name: string }) => c.name)).toEqual(['acta reunión.txt', 'anexo.csv']);
    expect(byPath.value.map((c: { id: string }) => c.id)).toEqual(byId.value.map((c: { id: string }) => c.id));
  });

  it('children are paged with an absolute @odata.nextLink the SDK can follow', async () => {
    for (const n of [5, 3, 1, 4, 2]) expect((await upload(`/Paginado/archivo ${n}.txt`, `n=${n}`)).status).toBe(201);
    const client = h.client();
    const names: string[] = [];
    let page = await client.api('/sites/root/drive/root:/Paginado:/children').top(2).get();
    let pages = 1;
    names.push(...page.value.map((c: { name: string }) => c.name));
    while (page['@odata.nextLink'] !== undefined) {
      expect(page['@odata.nextLink']).toMatch(new RegExp(`^${h.url}/v1\\.0/sites/root/drive/root:`));
      page = await client.api(page['@odata.nextLink']).get();
      pages++;
      names.push(...page.value.map((c: { name: string }) => c.name));
    }
    expect(pages).toBe(3);
    expect(names).toEqual([1, 2, 3, 4, 5].map((n) => `archivo ${n}.txt`));
  });

  it('GET …/content is a 302 to a pre-authenticated URL that serves the exact bytes without a token', async () => {
    const redirect = await fetchRaw('GET', `${DRIVE}/items/${fileId}/content`);
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get('location') ?? '';
    expect(location).toMatch(new RegExp(`^${h.url}/emulator/download/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$`));
    const download = await fetchRaw('GET', location, { token: null });
    expect(download.status).toBe(200);
    expect(download.bytes.equals(replacement)).toBe(true);
    expect(download.headers.get('content-type')).toBe('text/plain');

    const byPath = await fetchRaw('GET', `${DRIVE}/root:/Actas/2024/acta reunión.txt:/content`);
    expect(byPath.status).toBe(302);
  });

  it('the SDK follows the redirect and gets the bytes back unchanged', async () => {
    const bytes: ArrayBuffer = await h
      .client()
      .api(`/sites/root/drive/items/${fileId}/content`)
      .responseType(ResponseType.ARRAYBUFFER)
      .get();
    expect(Buffer.from(bytes).equals(replacement)).toBe(true);
  });

  it('a binary .xlsx round-trips byte for byte', async () => {
    const xlsx = await formsWorkbook();
    const item = await h.client().api('/sites/root/drive/root:/Encuestas/Satisfacción.xlsx:/content').putStream(xlsx);
    expect(item.file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const bytes: ArrayBuffer = await h
      .client()
      .api(`/sites/root/drive/items/${item.id}/content`)
      .responseType(ResponseType.ARRAYBUFFER)
      .get();
    expect(createHash('sha256').update(Buffer.from(bytes)).digest('hex')).toBe(
      createHash('sha256').update(xlsx).digest('hex'),
    );
  });

  it('If-None-Match with the current eTag is 304; If-Match with a stale eTag is 412', async () => {
    const item = await h.client().api(`/sites/root/drive/items/${fileId}`).get();
    const notModified = await fetchRaw('GET', `${DRIVE}/items/${fileId}/content`, {
      headers: { 'If-None-Match': item.eTag },
    });
    expect(notModified.status).toBe(304);
    const stale = item.eTag.replace(/,\d+"$/, ',1"');
    const refused = await fetchRaw('PUT', `${DRIVE}/items/${fileId}/content`, {
      body: 'x',
      headers: { 'If-Match': stale },
    });
    expect(refused.status).toBe(412);
    expect((await h.client().api(`/sites/root/drive/items/${fileId}`).get()).eTag).toBe(item.eTag);
  });
});

describe('conflicts, names and traversal', () => {
  it('conflictBehavior=fail is 409 nameAlreadyExists and leaves the file unchanged', async () => {
    await upload('/Conflictos/informe.txt', 'original');
    const refused = await upload('/Conflictos/informe.txt', 'otro', '?@microsoft.graph.conflictBehavior=fail');
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('nameAlreadyExists');
    const item = await h.client().api('/sites/root/drive/root:/Conflictos/informe.txt').get();
    expect(item.size).toBe('original'.length);
    expect(item.eTag).toMatch(/,1"$/);
  });

  it('conflictBehavior=rename stores a new file "name 1.ext"; an invalid value is 400', async () => {
    const renamed = await upload('/Conflictos/informe.txt', 'copia', '?@microsoft.graph.conflictBehavior=rename');
    expect(renamed.status).toBe(201);
    expect(renamed.body.name).toBe('informe 1.txt');
    const again = await upload('/Conflictos/informe.txt', 'copia 2', '?@microsoft.graph.conflictBehavior=rename');
    expect(again.body.name).toBe('informe 2.txt');
    expect((await upload('/Conflictos/informe.txt', 'x', '?@microsoft.graph.conflictBehavior=merge')).status).toBe(400);
  });

  it('a file cannot stand in for a folder on the path, nor be replaced by PUT on a folder', async () => {
    expect((await upload('/Conflictos/informe.txt/dentro.txt', 'x')).status).toBe(409);
    expect((await upload('/Conflictos', 'x')).status).toBe(409);
    const root = await fetchRaw('PUT', `${DRIVE}/root/content`, { body: 'x' });
    expect(root.status).toBe(400);
  });

  const forbidden = [
    'a*b.txt',
    'a<b.txt',
    'a>b.txt',
    'a"b.txt',
    'a|b.txt',
    'a?b.txt',
    'a:b.txt',
    ' espacio.txt',
    'espacio.txt ',
    'CON',
    'desktop.ini',
    'uno_vti_dos.txt',
    '~$bloqueo.xlsx',
    '..',
    '.',
  ];

  it.each(forbidden)('the name %j is refused with 400 and nothing is stored', async (name) => {
    const before = await rootChildNames();
    const response = await fetchRaw('PUT', `${DRIVE}/root:/Nombres/${encodeURIComponent(name)}:/content`, {
      body: 'x',
    });
    expect(response.status).toBe(400);
    expect(await rootChildNames()).toEqual(before);
  });

  it("'forms' is refused at the library root and a path over 400 characters is refused", async () => {
    expect((await upload('/Forms/x.txt', 'x')).status).toBe(400);
    expect((await upload('/Carpeta/forms/x.txt', 'x')).status).toBe(201);
    const long = `/${'carpeta-larga/'.repeat(30)}archivo.txt`;
    const response = await upload(long, 'x');
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalidRequest');
    expect(await rootChildNames()).not.toContain('carpeta-larga');
  });

  it('a ".." or "." segment that reaches the drive routes is 400 and nothing is stored', async () => {
    // Over HTTP, clients (fetch, the SDK) and the emulator's URL parsing resolve dot segments before
    // routing; this drives the pipeline directly, as a `..` that got through would arrive.
    const token = await h.token();
    for (const path of [
      `${DRIVE}/root:/Traversal/../escapado.txt:/content`,
      `${DRIVE}/root:/Traversal/./escapado.txt:/content`,
      `${DRIVE}/root:/..:/content`,
    ]) {
      const response = await h.emulator.context.dispatch({
        method: 'PUT',
        path,
        query: new URLSearchParams(),
        headers: { authorization: `Bearer ${token}` },
        rawBody: Buffer.from('x'),
        origin: h.url,
        requestId: 'traversal-test',
        inBatch: false,
      });
      expect(response.status).toBe(400);
      expect((response.body as { error: { code: string } }).error.code).toBe('invalidRequest');
    }
    const names = await rootChildNames();
    expect(names).not.toContain('Traversal');
    expect(names).not.toContain('escapado.txt');
  });
});

describe('rights and scopes', () => {
  it('DIRECCION (read-only) can read but gets 403 accessDenied uploading and deleting', async () => {
    const item = await h.client(DIRECCION).api('/sites/root/drive/root:/Actas/nuevo.txt').get();
    const refused = await upload('/Actas/de-direccion.txt', 'x', '', DIRECCION);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('accessDenied');
    const replace = await fetchRaw('PUT', `${DRIVE}/items/${item.id}/content`, { body: 'x', user: DIRECCION });
    expect(replace.status).toBe(403);
    expect((await fetchRaw('DELETE', `${DRIVE}/items/${item.id}`, { user: DIRECCION })).status).toBe(403);
    expect((await fetchRaw('GET', `${DRIVE}/root:/Actas/de-direccion.txt`)).status).toBe(404);
  });

  it('tokens without Files/Sites scopes get 403 Authorization_RequestDenied', async () => {
    const token = await h.token(COMERCIAL, ['User.Read']);
    const response = await fetchRaw('GET', `${DRIVE}/root/children`, { token });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('Authorization_RequestDenied');
    const readOnly = await h.token(COMERCIAL, ['Files.Read.All']);
    expect((await fetchRaw('GET', `${DRIVE}/root/children`, { token: readOnly })).status).toBe(200);
    expect((await fetchRaw('PUT', `${DRIVE}/root:/x.txt:/content`, { token: readOnly, body: 'x' })).status).toBe(403);
  });

  it('no token is 401', async () => {
    expect((await fetchRaw('GET', `${DRIVE}/root`, { token: null })).status).toBe(401);
  });
});

describe('download URLs', () => {
  let itemId = '';
  let location = '';

  beforeAll(async () => {
    const created = await upload('/Descargas/informe.pdf', Buffer.from('%PDF-1.4 ficticio'));
    itemId = created.body.id;
    location = (await fetchRaw('GET', `${DRIVE}/items/${itemId}/content`)).headers.get('location') ?? '';
  });

  it('serves the pdf with its content type', async () => {
    const response = await fetchRaw('GET', location, { token: null });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
  });

  it('an expired URL is 401 (valid for one hour)', async () => {
    const context = h.emulator.context;
    const realNow = context.now;
    try {
      context.now = () => new Date(Date.now() + 59 * 60 * 1000);
      expect((await fetchRaw('GET', location, { token: null })).status).toBe(200);
      context.now = () => new Date(Date.now() + 61 * 60 * 1000);
      const expired = await fetchRaw('GET', location, { token: null });
      expect(expired.status).toBe(401);
    } finally {
      context.now = realNow;
    }
  });

  it('a forged or mangled token is 401', async () => {
    const [payload = '', signature = ''] = location.split('/').pop()?.split('.') ?? [];
    const flipped = signature.startsWith('A') ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
    const forged = location.replace(`${payload}.${signature}`, `${payload}.${flipped}`);
    expect((await fetchRaw('GET', forged, { token: null })).status).toBe(401);
    const otherPayload = Buffer.from(JSON.stringify(['b!x', itemId, 99, 4_000_000_000])).toString('base64url');
    const swapped = location.replace(payload, otherPayload);
    expect((await fetchRaw('GET', swapped, { token: null })).status).toBe(401);
    expect((await fetchRaw('GET', `${h.url}/emulator/download/garbage`, { token: null })).status).toBe(401);
  });

  it('a URL names one version: after a replacement it is 404, after a delete too', async () => {
    await fetchRaw('PUT', `${DRIVE}/items/${itemId}/content`, { body: '%PDF-1.4 v2' });
    expect((await fetchRaw('GET', location, { token: null })).status).toBe(404);
    const fresh = (await fetchRaw('GET', `${DRIVE}/items/${itemId}/content`)).headers.get('location') ?? '';
    expect((await fetchRaw('GET', fresh, { token: null })).bytes.toString()).toBe('%PDF-1.4 v2');
    expect((await fetchRaw('DELETE', `${DRIVE}/items/${itemId}`)).status).toBe(204);
    expect((await fetchRaw('GET', fresh, { token: null })).status).toBe(404);
    expect((await fetchRaw('GET', `${DRIVE}/items/${itemId}`)).status).toBe(404);
  });
});

describe('delete', () => {
  it('deleting a folder deletes what is below it; the root cannot be deleted', async () => {
    const file = await upload('/Borrar/sub/archivo.txt', 'x');
    const folder = await h.client().api('/sites/root/drive/root:/Borrar').get();
    await h.client().api(`/sites/root/drive/items/${folder.id}`).delete();
    expect((await fetchRaw('GET', `${DRIVE}/items/${file.body.id}`)).status).toBe(404);
    expect((await fetchRaw('GET', `${DRIVE}/root:/Borrar/sub`)).status).toBe(404);
    const root = await h.client().api('/sites/root/drive/root').get();
    expect((await fetchRaw('DELETE', `${DRIVE}/items/${root.id}`)).status).toBe(403);
  });

  it('DELETE by path works too', async () => {
    await upload('/Borrar2/a.txt', 'x');
    expect((await fetchRaw('DELETE', `${DRIVE}/root:/Borrar2/a.txt:`)).status).toBe(204);
    expect((await fetchRaw('GET', `${DRIVE}/root:/Borrar2/a.txt`)).status).toBe(404);
  });
});

describe('workbook', () => {
  let workbookId = '';
  const WB = () => `/sites/root/drive/items/${workbookId}/workbook`;

  beforeAll(async () => {
    const item = await h
      .client()
      .api('/sites/root/drive/root:/Encuestas/Respuestas de satisfacción.xlsx:/content')
      .putStream(await formsWorkbook());
    workbookId = item.id;
  });

  it('lists tables with their properties', async () => {
    const tables = await h.client().api(`${WB()}/tables`).get();
    expect(tables.value.map((t: { name: string }) => t.name)).toEqual(['Respuestas', 'Totales']);
    expect(tables.value[0]).toMatchObject({
      name: 'Respuestas',
      showHeaders: true,
      showTotals: false,
      style: 'TableStyleMedium2',
      showBandedRows: true,
      showFilterButton: true,
      legacyId: '1',
    });
    expect(tables.value[0].id).toMatch(/^\{[0-9A-F-]{36}\}$/);
    expect(tables.value[1]).toMatchObject({ name: 'Totales', showTotals: true });
  });

  it('gets a table by name (any case), by id, and under its worksheet; lists worksheets', async () => {
    const client = h.client();
    const byName = await client.api(`${WB()}/tables/respuestas`).get();
    const byId = await client.api(`${WB()}/tables/${encodeURIComponent(byName.id)}`).get();
    expect(byId.name).toBe('Respuestas');
    const sheets = await client.api(`${WB()}/worksheets`).get();
    expect(sheets.value).toEqual([
      expect.objectContaining({ name: 'Hoja1', position: 0, visibility: 'Visible' }),
      expect.objectContaining({ name: 'Resumen mensual', position: 1 }),
    ]);
    const onSheet = await client.api(`${WB()}/worksheets/Resumen mensual/tables`).get();
    expect(onSheet.value.map((t: { name: string }) => t.name)).toEqual(['Totales']);
    const scoped = await client.api(`${WB()}/worksheets/Hoja1/tables/Respuestas/rows`).get();
    expect(scoped.value).toHaveLength(3);
    const wrongSheet = await fetchRaw('GET', `/v1.0${WB()}/worksheets/Hoja1/tables/Totales`);
    expect(wrongSheet.status).toBe(404);
  });

  it('rows come back as Graph gives them: numbers, text, dates as serial numbers, empty as ""', async () => {
    const rows = await h.client().api(`${WB()}/tables/Respuestas/rows`).get();
    expect(rows.value).toEqual([
      {
        index: 0,
        values: [
          [
            1,
            serial(START_1),
            serial(END_1),
            'mariana.solis@cliente.example',
            'Mariana Solís',
            'Muy satisfecho',
            9,
            45352,
          ],
        ],
      },
      {
        index: 1,
        values: [[2, serial(START_2), serial(END_2), 'jose.nunez@cliente.example', 'José Núñez', '', 7.5, 45351]],
      },
      {
        index: 2,
        values: [[3, serial(START_2), serial(END_2), 'anonimo', 'Anónimo', 'Insatisfecho', 4, 45351]],
      },
    ]);
    expect(serial(START_1)).toBeCloseTo(45355.626516, 5);
  });

  it('rows honour $top and $skip; itemAt(index=n) gets one row', async () => {
    const page = await h.client().api(`${WB()}/tables/Respuestas/rows`).top(1).skip(1).get();
    expect(page.value).toHaveLength(1);
    expect(page.value[0].index).toBe(1);
    expect(page.value[0].values[0][4]).toBe('José Núñez');
    const one = await h.client().api(`${WB()}/tables/Respuestas/rows/itemAt(index=2)`).get();
    expect(one.values[0][4]).toBe('Anónimo');
    expect((await fetchRaw('GET', `/v1.0${WB()}/tables/Respuestas/rows/itemAt(index=3)`)).status).toBe(400);
    expect((await fetchRaw('GET', `/v1.0${WB()}/tables/Respuestas/rows?$top=abc`)).status).toBe(400);
  });

  it('headerRowRange gives the Spanish headers with their accents and the address', async () => {
    const header = await h.client().api(`${WB()}/tables/Respuestas/headerRowRange`).get();
    expect(header).toMatchObject({ address: 'Hoja1!A1:H1', rowCount: 1, columnCount: 8, rowIndex: 0, columnIndex: 0 });
    expect(header.values).toEqual([HEADERS]);
    const withParens = await h.client().api(`${WB()}/tables/Respuestas/headerRowRange()`).get();
    expect(withParens.values).toEqual([HEADERS]);
  });

  it('range, dataBodyRange and totalRowRange; booleans stay booleans', async () => {
    const client = h.client();
    const range = await client.api(`${WB()}/tables/Totales/range`).get();
    expect(range.address).toBe("'Resumen mensual'!B3:D6");
    expect(range.values[0]).toEqual(['Mes', '¿Cumplido?', 'Importe']);
    const body = await client.api(`${WB()}/tables/Totales/dataBodyRange`).get();
    expect(body.values).toEqual([
      ['Enero', true, 1200.5],
      ['Febrero', false, 800],
    ]);
    expect(body.valueTypes[0]).toEqual(['String', 'Boolean', 'Double']);
    const totals = await client.api(`${WB()}/tables/Totales/totalRowRange`).get();
    expect(totals.address).toBe("'Resumen mensual'!B6:D6");
    expect(totals.formulas[0][2]).toMatch(/^=SUBTOTAL\(109,/);
    expect((await fetchRaw('GET', `/v1.0${WB()}/tables/Respuestas/totalRowRange`)).status).toBe(404);
  });

  it('path addressing reaches the workbook too', async () => {
    const rows = await h
      .client()
      .api('/sites/root/drive/root:/Encuestas/Respuestas de satisfacción.xlsx:/workbook/tables/Respuestas/rows')
      .get();
    expect(rows.value).toHaveLength(3);
  });

  it('an unknown table or worksheet is 404 ItemNotFound', async () => {
    const table = await fetchRaw('GET', `/v1.0${WB()}/tables/NoExiste/rows`);
    expect(table.status).toBe(404);
    expect(table.body.error.code).toBe('ItemNotFound');
    expect((await fetchRaw('GET', `/v1.0${WB()}/worksheets/Hoja9/tables`)).status).toBe(404);
  });

  it('sessions can be created and closed', async () => {
    const session = await h.client().api(`${WB()}/createSession`).post({ persistChanges: false });
    expect(session).toMatchObject({ persistChanges: false });
    const closed = await fetchRaw('POST', `/v1.0${WB()}/closeSession`, {
      headers: { 'workbook-session-id': session.id },
    });
    expect(closed.status).toBe(204);
  });

  it('a corrupt .xlsx, a truncated one and a text file are 400, never 500, and the emulator carries on', async () => {
    const xlsx = await formsWorkbook();
    const cases: [string, Buffer][] = [
      ['/Encuestas/roto.xlsx', Buffer.from('esto no es un libro de Excel')],
      ['/Encuestas/truncado.xlsx', xlsx.subarray(0, Math.floor(xlsx.length / 2))],
      ['/Encuestas/vacío.xlsx', Buffer.alloc(0)],
      ['/Encuestas/notas.txt', Buffer.from('hola')],
    ];
    for (const [path, bytes] of cases) {
      const created = await upload(path, bytes);
      expect(created.status).toBe(201);
      const response = await fetchRaw('GET', `${DRIVE}/items/${created.body.id}/workbook/tables`);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('GenericFileOpenError');
    }
    expect((await fetchRaw('GET', `${DRIVE}/root:/Encuestas:/workbook/tables`)).status).toBe(400);
    expect((await h.client().api(`${WB()}/tables`).get()).value).toHaveLength(2);
  });

  it('a replaced workbook is read from its new bytes', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Hoja1').addTable({
      name: 'Respuestas',
      ref: 'A1',
      columns: [{ name: 'Id' }, { name: 'Nombre' }],
      rows: [[10, 'Nueva']],
    });
    await h
      .client()
      .api(`/sites/root/drive/items/${workbookId}/content`)
      .putStream(Buffer.from(await workbook.xlsx.writeBuffer()));
    const rows = await h.client().api(`${WB()}/tables/Respuestas/rows`).get();
    expect(rows.value).toEqual([{ index: 0, values: [[10, 'Nueva']] }]);
    await h
      .client()
      .api(`/sites/root/drive/items/${workbookId}/content`)
      .putStream(await formsWorkbook());
  });

  it('workbook routes need Files/Sites read scopes and read rights', async () => {
    const token = await h.token(COMERCIAL, ['User.Read']);
    expect((await fetchRaw('GET', `/v1.0${WB()}/tables`, { token })).status).toBe(403);
    const direccion = await h.client(DIRECCION).api(`${WB()}/tables/Respuestas/rows`).get();
    expect(direccion.value).toHaveLength(3);
  });
});

describe('persistence', () => {
  it('files, folders, workbook tables and download URLs survive a restart', async () => {
    const before = await h.client().api('/sites/root/drive/root:/Encuestas/Respuestas de satisfacción.xlsx').get();
    const location = (await fetchRaw('GET', `${DRIVE}/items/${before.id}/content`)).headers.get('location') ?? '';
    const bytesBefore = (await fetchRaw('GET', location, { token: null })).bytes;
    await h.restart();
    await agent.close();
    agent = new Agent({ connect: { ca: h.emulator.certificate } });
    const after = await h.client().api(`/sites/root/drive/items/${before.id}`).get();
    expect(after.eTag).toBe(before.eTag);
    expect(after.parentReference).toEqual(before.parentReference);
    const download = await fetchRaw('GET', location, { token: null });
    expect(download.status).toBe(200);
    expect(download.bytes.equals(bytesBefore)).toBe(true);
    const header = await h
      .client()
      .api(`/sites/root/drive/items/${before.id}/workbook/tables/Respuestas/headerRowRange`)
      .get();
    expect(header.values).toEqual([HEADERS]);
    const drive = await h.client().api('/sites/root/drive').get();
    expect(drive.quota.used).toBeGreaterThan(0);
  });
});
