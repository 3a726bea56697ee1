/**
 * Bad input, fuzz-style. Every route the router registers is sent hostile ids (`..`, `%2e%2e`,
 * encoded slashes, quotes, OData injection, 10 000-character ids, unicode, NUL, numbers out of
 * range), request bodies of the wrong JSON type or shape (null, arrays, numbers, strings, 200-deep
 * nesting, 10 000 keys, NUL and lone surrogates, 1e309, -0, unknown properties), missing or wrong
 * Content-Types, garbage query options and hostile headers. The combinations are sampled with a
 * seeded generator (no Math.random), so a run sends the same requests in the same order.
 *
 * For every answer: the status is 2xx/3xx (only where the input is in fact valid) or 4xx, never
 * 5xx (the one exception is the documented 501 for well-formed requests of features the emulator
 * does not have); a 4xx carries Graph's `{error: {code, message, innerError}}` envelope; the
 * connection answers (a dropped connection is a failure); and a 4xx leaves every table of the
 * SQLite store (except `meta`) exactly as it was. Failures are collected and reported together per
 * test. Successful writes that consume a fixture (a DELETE, a send, a replaced workbook) are
 * followed by re-creating it, so later requests still have valid ids.
 *
 * FUZZ_SEED and FUZZ_SCALE (environment) run another sample or a larger one when hunting bugs;
 * the defaults are what CI runs (about 4 000 requests in ~15 s).
 */
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { Agent, request } from 'node:https';
import { connect } from 'node:tls';
import ExcelJS from 'exceljs';
import type { Route } from '../../../src/emulator/http/router';
import type { Db } from '../../../src/emulator/store/database';
import { ALL_SCOPES, DIRECCION, LIDER, startHarness, type EmulatorHarness } from './support/emulator-harness';

const SEED = Number(process.env.FUZZ_SEED ?? 0x5eed2026);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);

// ---------------------------------------------------------------- deterministic sampling

type Rng = () => number;

/** mulberry32: small, fast and good enough to sample test cases. */
function generator(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

/** Draws every card once (in a seeded order) before any card is drawn again, so each case is used evenly. */
class Deck<T> {
  private order: number[] = [];

  constructor(
    private readonly cards: readonly T[],
    private readonly rng: Rng,
  ) {}

  draw(): T {
    if (this.order.length === 0) {
      this.order = this.cards.map((_, i) => i);
      for (let i = this.order.length - 1; i > 0; i--) {
        const j = Math.floor(this.rng() * (i + 1));
        [this.order[i], this.order[j]] = [this.order[j] as number, this.order[i] as number];
      }
    }
    return this.cards[this.order.pop() as number] as T;
  }
}

// ---------------------------------------------------------------- the hostile catalogue

const LONG = 'a'.repeat(10_000);
const enc = encodeURIComponent;

/** Path segments exactly as they go on the wire (already percent-encoded where needed). */
const HOSTILE_IDS: readonly string[] = [
  '..',
  '.',
  '%2e%2e',
  '%2E%2e',
  '.%2e',
  '%2e',
  'a%2Fb',
  'a%2fb',
  'a%5Cb',
  '%252e%252e',
  "'",
  '%27',
  "'%20or%201%20eq%201%20or%20'",
  enc("' or '1' eq '1"),
  enc('1; DROP TABLE sp_items; --'),
  enc('") OR 1=1 --'),
  LONG,
  enc('ñandú😀'),
  enc('\u202eevil\u0301'),
  enc('Ω≈ç√'),
  '%00',
  'a%00b',
  '%ZZ',
  '%E0%A4%A',
  '%ED%A0%80',
  '%C0%AE%C0%AE',
  '99999999999999999999',
  '-1',
  '2147483648',
  '1e309',
  '-0',
  'NaN',
  'Infinity',
  '%20',
  '*',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'toString',
  enc('<script>alert(1)</script>'),
  '$value',
  '%3A',
  'a:b:c',
  '(',
  "items('1')",
  enc('{00000000-0000-0000-0000-000000000000}'),
  'AAMkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  'relaciones.sharepoint.com:',
  enc('b!' + 'A'.repeat(40)),
];

function deep(levels: number, open: string, close: string, inner: string): string {
  return `${open.repeat(levels)}${inner}${close.repeat(levels)}`;
}

const MANY_KEYS = `{${Array.from({ length: 10_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`;

/** Bodies that no route taking a JSON object may accept (wrong type, structure or unknown properties). */
const STRUCTURAL_BODIES: readonly { label: string; text: string | Buffer }[] = [
  { label: 'null', text: 'null' },
  { label: 'empty array', text: '[]' },
  { label: 'array of objects', text: '[{}]' },
  { label: 'number', text: '42' },
  { label: 'negative zero', text: '-0' },
  { label: '1e309', text: '1e309' },
  { label: '-1e309', text: '-1e309' },
  { label: 'string', text: '"body"' },
  { label: 'string with NUL', text: '"\\u0000"' },
  { label: 'lone surrogate', text: '"\\ud800"' },
  { label: 'true', text: 'true' },
  { label: 'nested arrays 200 deep', text: deep(200, '[', ']', '1') },
  { label: 'nested objects 200 deep', text: deep(200, '{"a":', '}', '1') },
  { label: '10 000 keys', text: MANY_KEYS },
  { label: '__proto__', text: '{"__proto__":{"polluted":true}}' },
  { label: 'constructor', text: '{"constructor":{"prototype":{"polluted":true}}}' },
  { label: 'unknown property', text: '{"zzUnknown":1}' },
  { label: 'malformed', text: '{"a":' },
  { label: 'single quotes', text: "{'a':1}" },
  { label: 'trailing garbage', text: '{}garbage' },
  { label: 'NaN', text: 'NaN' },
  { label: 'byte order mark', text: '\uFEFF{"a":1}' },
  { label: 'invalid UTF-8', text: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) },
  { label: 'UTF-16', text: Buffer.from('{"a":1}', 'utf16le') },
];

/** Raw JSON values written in place of a property (some cannot come out of JSON.stringify). */
const HOSTILE_VALUES: readonly string[] = [
  'null',
  '[]',
  '{}',
  '42',
  '-1',
  '0',
  '-0',
  '0.5',
  '1e309',
  '-1e309',
  '1e308',
  '9007199254740993',
  'true',
  '""',
  '"   "',
  '"\\u0000"',
  '"a\\u0000b"',
  '"\\ud800"',
  '"\\udfff\\ud800"',
  JSON.stringify(LONG),
  JSON.stringify('('),
  JSON.stringify("' or 1 eq 1 or '"),
  JSON.stringify('../../etc/passwd'),
  JSON.stringify('<script>alert(1)</script>'),
  JSON.stringify('=HYPERLINK("http://evil.example","x")'),
  JSON.stringify('ñandú😀'),
  JSON.stringify('9999-99-99T99:99:99'),
  JSON.stringify('-271821-04-20T00:00:00Z'),
  deep(200, '[', ']', '1'),
  deep(200, '{"a":', '}', '1'),
  `[${Array.from({ length: 1001 }, () => '"x"').join(',')}]`,
  '{"zzUnknown":1}',
  // Valid-looking values at the edges of their types.
  '"0001-01-01"',
  '"0001-01-01T00:00:00"',
  '"9999-12-31T23:59:59.9999999"',
  '"275760-09-13T00:00:00Z"',
  '"2026-02-29"',
  '"2026-03-08T02:30:00"',
  '"2026-03-01T10:00:00+14:00"',
  '"Etc/GMT+14"',
  '"Pacific Standard Time"',
  '"tzone://Microsoft/Custom"',
  '999',
  '1000',
  '2147483647',
  '-2147483648',
  '5e-324',
  '[null]',
  '["monday","monday"]',
  '[{}]',
  '[[]]',
];

const CONTENT_TYPES: readonly (string | undefined)[] = [
  undefined,
  '',
  'text/xml',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  'image/png',
  'application/jsonx',
  'json',
  ';;;',
  'application/json; charset=utf-16',
  `application/${'x'.repeat(5000)}`,
];

/** Content types under which a JSON body is legitimately read (Graph requires application/json). */
const acceptsJson = (type: string | undefined): boolean => type !== undefined && /^application\/json\b/i.test(type);

const qs = (...pairs: [string, string][]): string =>
  pairs.map(([k, v]) => `${enc(k).replace(/^%24/, '$')}=${enc(v)}`).join('&');

const QUERIES: readonly string[] = [
  qs(['$filter', "' or 1 eq 1 or '"]),
  qs(['$filter', "fields/Title eq '' or 1 eq 1 or ''"]),
  qs(['$filter', "fields/Title eq 'x'; DROP TABLE sp_items; --"]),
  qs(['$filter', "subject eq 'x' or '1' eq '1'"]),
  qs(['$filter', "((((fields/Title eq 'a')"]),
  qs(['$filter', "fields/Title eq 'a'))"]),
  qs(['$filter', `fields/Title eq '${'x'.repeat(5000)}'`]),
  qs(['$filter', `${'('.repeat(100)}id eq 1${')'.repeat(100)}`]),
  qs(['$filter', `${'not '.repeat(100)}isRead`]),
  qs(['$filter', Array.from({ length: 250 }, () => 'id eq 1').join(' or ')]),
  qs(['$filter', 'startswith(fields/Title,']),
  qs(['$filter', "fields/Title eq 'unterminated"]),
  qs(['$filter', "fields/Title eq '\u0000'"]),
  qs(['$filter', 'id eq 99999999999999999999999999']),
  qs(['$filter', 'fields/Amount gt 1e309']),
  qs(['$filter', 'createdDateTime ge 9999-99-99']),
  qs(['$filter', 'fields/__proto__ eq 1']),
  qs(['$filter', '__proto__/constructor eq 1']),
  qs(['$filter', 'constructor eq null']),
  qs(['$filter', "singleValueExtendedProperties/any(ep: ep/id eq 'x' and ep/value eq 'y')"]),
  qs(['$filter', "toRecipients/any(r: r/emailAddress/address eq '')"]),
  qs(['$filter', 'attendees/all()']),
  qs(['$filter', 'fields/Tags/any(t: t eq 1)']),
  qs(['$filter', 'ñ eq 1']),
  qs(['$filter', '']),
  '$filter=%ZZ',
  '$filter',
  qs(['$top', '-1']),
  qs(['$top', '1e9']),
  qs(['$top', '0']),
  qs(['$top', '1.5']),
  qs(['$top', '99999999999999999999']),
  qs(['$top', '']),
  qs(['$top', 'abc']),
  qs(['$top', '1'], ['$top', '2']),
  qs(['$top', '1'], ['top', '2']),
  qs(['$skip', '-1']),
  qs(['$skip', '1e9']),
  qs(['$skip', '99999999999']),
  qs(['$select', '__proto__']),
  qs(['$select', 'constructor']),
  qs(['$select', 'toString,hasOwnProperty']),
  qs(['$select', 'id,,id']),
  qs(['$select', '*,id']),
  qs(['$select', 'a'.repeat(5000)]),
  qs(['$select', '\u0000']),
  qs(['$select', 'ñ']),
  qs(['$select', '']),
  qs(['$select', 'id'], ['select', 'id']),
  qs(['$expand', 'fields(select=*)']),
  qs(['$expand', 'fields($select=__proto__)']),
  qs(['$expand', 'fields(select=Title;$filter=x)']),
  qs(['$expand', 'columns(select=constructor)']),
  qs(['$expand', `${'('.repeat(100)}`]),
  qs(['$expand', 'fields,fields']),
  qs(['$expand', 'children'], ['$expand', 'children']),
  qs(['$expand', "singleValueExtendedProperties($filter=id eq ''')"]),
  qs(['$orderby', 'fields/Title desc desc']),
  qs(['$orderby', '__proto__']),
  qs(['$orderby', Array.from({ length: 20 }, () => 'id').join(',')]),
  qs(['$count', 'maybe']),
  qs(['$search', '"x"']),
  qs(['$format', 'xml']),
  qs(['$skiptoken', 'garbage']),
  qs(['$skiptoken', Buffer.from('Paged=TRUE&p_ID=1&p_Keys=%7B%22p%22%3A1e309%7D').toString('base64url')]),
  qs(['$skiptoken', Buffer.from('Paged=TRUE&p_ID=1&p_Keys=[[[[').toString('base64url')]),
  qs(['$deltatoken', 'garbage']),
  qs(['token', 'garbage']),
  qs(['token', 'e30.AAAA']),
  qs(['token', 'latest'], ['token', 'latest']),
  qs(['startDateTime', 'garbage'], ['endDateTime', '2026-01-01']),
  qs(['startDateTime', '2026-12-31'], ['endDateTime', '2026-01-01']),
  qs(['startDateTime', '-271821-04-20T00:00:00Z'], ['endDateTime', '275760-09-13T00:00:00Z']),
  qs(['startDateTime', '0001-01-01T00:00:00Z'], ['endDateTime', '9999-12-31T23:59:59Z']),
  qs(['@microsoft.graph.conflictBehavior', 'evil']),
  qs(['$unknown', '1']),
  qs(['$filter\u0000', '1']),
  qs(['$FILTER', 'id eq 1']),
];

/** A calendar view or instances query needs a window to get past its first check. */
const WINDOW = qs(['startDateTime', '2026-01-01T00:00:00'], ['endDateTime', '2026-12-31T00:00:00']);

const HOSTILE_HEADERS: readonly Record<string, string>[] = [
  { 'If-Match': 'garbage' },
  { 'If-Match': '"' },
  { 'If-Match': 'W/"x", "y"' },
  { 'If-Match': '"{00000000-0000-0000-0000-000000000000},1"' },
  { 'If-None-Match': 'garbage' },
  { Prefer: 'outlook.timezone="Mars/Olympus_Mons"' },
  { Prefer: `outlook.timezone="${'x'.repeat(5000)}"` },
  { Prefer: 'outlook.body-content-type="xml"' },
  { Prefer: ',,,;;;==' },
  { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
  { Prefer: 'odata.maxpagesize=-1' },
  { Prefer: 'odata.maxpagesize=99999999999999999999' },
  { 'client-request-id': 'x'.repeat(8000) },
  { 'client-request-id': '\u00f1\u00e9' },
  { Authorization: `Bearer ${'x'.repeat(5000)}` },
  { Authorization: 'Bearer' },
  { Authorization: 'Basic Og==' },
  { Authorization: '' },
  { 'workbook-session-id': "'; DROP TABLE drive_items; --" },
  { 'X-HTTP-Method-Override': 'DELETE' },
  { Host: 'evil.example:1' },
  { Accept: 'application/xml' },
];

// ---------------------------------------------------------------- raw HTTPS (no URL normalisation)

interface Outgoing {
  readonly method: string;
  /** Path and query exactly as sent. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
}

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
  readonly json: unknown;
}

// ---------------------------------------------------------------- the store, table by table

type Snapshot = ReadonlyMap<string, string>;

/** A count and hash of every table but `meta` (rows in a total order, BLOBs hashed as bytes). */
function snapshot(db: Db): Snapshot {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'meta'")
    .pluck()
    .all() as string[];
  const out = new Map<string, string>();
  for (const table of tables.sort()) {
    const width = db.prepare(`SELECT COUNT(*) FROM pragma_table_info('${table}')`).pluck().get() as number;
    const order = Array.from({ length: width }, (_, i) => i + 1).join(', ');
    const hash = createHash('sha256');
    let rows = 0;
    for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY ${order}`).raw(true).iterate()) {
      rows++;
      for (const value of row as unknown[]) {
        if (Buffer.isBuffer(value)) hash.update(value);
        else hash.update(`${typeof value}:${String(value)}`);
        hash.update('\u0001');
      }
      hash.update('\u0002');
    }
    out.set(table, `${rows}:${hash.digest('hex').slice(0, 16)}`);
  }
  return out;
}

function changedTables(before: Snapshot, after: Snapshot): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name));
}

// ---------------------------------------------------------------- checks on one answer

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why a 4xx answer is not Graph's error envelope (undefined when it is). */
function envelopeProblem(template: string, json: unknown): string | undefined {
  if (template === '/emulator/token' && isRecord(json) && typeof json.error === 'string') {
    // Entra ID's OAuth error shape, on purpose (docs/emulator.md, Identity); a 413 comes before routing.
    return typeof json.error_description === 'string' ? undefined : 'not an OAuth error';
  }
  if (!isRecord(json) || !isRecord(json.error)) return 'no error object';
  const { code, message, innerError } = json.error;
  if (typeof code !== 'string' || code === '') return 'no error.code';
  if (typeof message !== 'string') return 'no error.message';
  if (!isRecord(innerError)) return 'no error.innerError';
  for (const key of ['date', 'request-id', 'client-request-id']) {
    if (typeof innerError[key] !== 'string') return `no innerError.${key}`;
  }
  return undefined;
}

// ---------------------------------------------------------------- routes

/** Routes whose handler never reads a JSON body. */
function ignoresBody(route: Route): boolean {
  return (
    route.method === 'GET' ||
    route.method === 'DELETE' ||
    (route.method === 'PUT' && route.template.endsWith('/content')) ||
    /\/(send|closeSession|refreshSession|reset|expire)$/.test(route.template)
  );
}

const readsJson = (route: Route): boolean => !ignoresBody(route);

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\*?\}/g, (_, name: string) => values[name] ?? '');
}

// ---------------------------------------------------------------- the suite

interface Fixtures {
  siteId: string;
  lookupListId: string;
  listId: string;
  columnId: string;
  itemId: string;
  eventId: string;
  occurrenceId: string;
  messageId: string;
  driveId: string;
  folderId: string;
  fileId: string;
  fileVersion: number;
  fileSha: string;
  downloadToken: string;
  userId: string;
  siteUserId: number;
}

let h: EmulatorHarness;
let agent: Agent;
let token: string;
let db: Db;
let workbook: Buffer;
let fx: Fixtures;
let last: Snapshot;
let sent = 0;
let serial = 0;
const rng = generator(SEED);
const routes: Route[] = [];

function send(out: Outgoing): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...(out.headers ?? {}) };
    if (!Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')) {
      headers.Authorization = `Bearer ${token}`;
    }
    if (out.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(out.body));
    const req = request(
      {
        host: '127.0.0.1',
        servername: 'localhost',
        port: h.emulator.port,
        method: out.method,
        path: out.path,
        headers,
        agent,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = text === '' ? undefined : JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('error', reject);
    req.setTimeout(15_000, () => req.destroy(new Error('no answer within 15 s')));
    req.end(out.body);
  });
}

async function buildWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Hoja1').addTable({
    name: 'Tabla1',
    ref: 'A1',
    headerRow: true,
    totalsRow: true,
    columns: [{ name: 'Id' }, { name: 'Nombre' }, { name: 'Importe', totalsRowFunction: 'sum' }],
    rows: [
      [1, 'Norte', 10.5],
      [2, 'Sur', 20],
    ],
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function must(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const r = await h.raw(method, path, body === undefined ? {} : { body });
  if (r.status >= 300) throw new Error(`fixture ${method} ${path}: ${r.status} ${r.text.slice(0, 300)}`);
  return r.body as Record<string, unknown>;
}

const exists = (sql: string, ...args: unknown[]): boolean => db.prepare(sql).get(...args) !== undefined;

async function createLookupList(): Promise<string> {
  const list = await must('POST', '/v1.0/sites/root/lists', { displayName: `Fuzz regiones ${++serial}` });
  const id = String(list.id);
  await must('POST', `/v1.0/sites/root/lists/${id}/items`, { fields: { Title: 'Norte' } });
  return id;
}

async function createList(lookupListId: string): Promise<{ listId: string; columnId: string }> {
  const list = await must('POST', '/v1.0/sites/root/lists', {
    displayName: `Fuzz clientes ${++serial}`,
    columns: [
      { name: 'Code', text: { maxLength: 20 }, indexed: true, enforceUniqueValues: true },
      { name: 'Notes', text: { allowMultipleLines: true } },
      { name: 'Amount', number: { minimum: -1000, maximum: 1000 }, indexed: true },
      { name: 'Due', dateTime: { format: 'dateOnly' }, indexed: true },
      { name: 'Seen', dateTime: {} },
      { name: 'Stage', choice: { choices: ['Lead', 'Won', 'Lost'] }, indexed: true },
      { name: 'Tags', choice: { choices: ['vip', 'new'], displayAs: 'checkBoxes' } },
      { name: 'Active', boolean: {} },
      { name: 'Region', lookup: { listId: lookupListId } },
      { name: 'Regions', lookup: { listId: lookupListId, allowMultipleValues: true } },
      { name: 'Owner', personOrGroup: {}, indexed: true },
    ],
  });
  const listId = String(list.id);
  const column = await must('GET', `/v1.0/sites/root/lists/${listId}/columns/Amount`);
  return { listId, columnId: String(column.id) };
}

async function createItem(listId: string, siteUserId: number): Promise<string> {
  const item = await must('POST', `/v1.0/sites/root/lists/${listId}/items`, {
    fields: {
      Title: 'Acme',
      Code: `C-${++serial}`,
      Notes: '<b>nota</b>',
      Amount: 12.5,
      Due: '2026-03-01',
      Seen: '2026-03-01T10:00:00Z',
      Stage: 'Lead',
      Tags: ['vip'],
      'Tags@odata.type': 'Collection(Edm.String)',
      Active: true,
      RegionLookupId: 1,
      OwnerLookupId: siteUserId,
    },
  });
  return String(item.id);
}

const EVENT = {
  subject: 'Fuzz revisión semanal',
  body: { contentType: 'html', content: '<p>Revisión</p>' },
  start: { dateTime: '2026-03-02T10:00:00', timeZone: 'America/Mexico_City' },
  end: { dateTime: '2026-03-02T11:00:00', timeZone: 'America/Mexico_City' },
  location: { displayName: 'Sala 1' },
  attendees: [{ emailAddress: { address: 'cliente@contoso.example', name: 'Cliente' }, type: 'required' }],
  recurrence: {
    pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday', 'thursday'] },
    range: { type: 'numbered', startDate: '2026-03-02', numberOfOccurrences: 10 },
  },
};

const MESSAGE = {
  subject: 'Fuzz borrador',
  body: { contentType: 'html', content: '<p>Hola</p>' },
  toRecipients: [{ emailAddress: { address: 'cliente@contoso.example', name: 'Cliente' } }],
  internetMessageHeaders: [{ name: 'x-relaciones-key', value: 'k-1' }],
};

async function uploadWorkbook(): Promise<void> {
  const r = await h.raw('PUT', '/v1.0/sites/root/drive/root:/fuzz/book.xlsx:/content', {
    rawBody: workbook,
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
  if (r.status >= 300) throw new Error(`upload: ${r.status} ${r.text}`);
  fx.fileId = String(r.body.id);
  const row = db.prepare('SELECT version, sha256, parent_id FROM drive_items WHERE id = ?').get(fx.fileId) as {
    version: number;
    sha256: string;
    parent_id: string;
  };
  fx.fileVersion = row.version;
  fx.fileSha = row.sha256;
  fx.folderId = row.parent_id;
  const content = await send({ method: 'GET', path: `/v1.0/drives/${fx.driveId}/items/${fx.fileId}/content` });
  const location = String(content.headers.location ?? '');
  fx.downloadToken = location.slice(location.lastIndexOf('/') + 1);
}

/** Re-creates whatever a successful write removed or replaced, so later requests still have valid ids. */
async function ensureFixtures(): Promise<void> {
  h.emulator.context.faults.clear();
  if (!exists('SELECT 1 FROM sp_lists WHERE id = ?', fx.lookupListId)) {
    fx.lookupListId = await createLookupList();
    Object.assign(fx, await createList(fx.lookupListId));
    fx.itemId = await createItem(fx.listId, fx.siteUserId);
  }
  if (!exists('SELECT 1 FROM sp_lists WHERE id = ?', fx.listId)) {
    Object.assign(fx, await createList(fx.lookupListId));
    fx.itemId = await createItem(fx.listId, fx.siteUserId);
  }
  if (!exists('SELECT 1 FROM sp_items WHERE list_id = ? AND item_id = ?', fx.listId, Number(fx.itemId))) {
    fx.itemId = await createItem(fx.listId, fx.siteUserId);
  }
  const series = exists(
    "SELECT 1 FROM calendar_events WHERE id = ? AND json_extract(data, '$.recurrence') IS NOT NULL",
    fx.eventId,
  );
  if (
    !series ||
    exists("SELECT 1 FROM calendar_event_instances WHERE master_id = ? AND kind = 'cancelled'", fx.eventId)
  ) {
    fx.eventId = String((await must('POST', '/v1.0/me/events', EVENT)).id);
    const instances = await must(
      'GET',
      `/v1.0/me/events/${fx.eventId}/instances?startDateTime=2026-03-01&endDateTime=2026-03-31`,
    );
    fx.occurrenceId = String((instances.value as { id: string }[])[1]?.id);
  }
  if (!exists("SELECT 1 FROM mail_messages WHERE id = ? AND folder = 'drafts'", fx.messageId)) {
    fx.messageId = String((await must('POST', '/v1.0/me/messages', MESSAGE)).id);
  }
  const file = db.prepare('SELECT version, sha256 FROM drive_items WHERE id = ?').get(fx.fileId) as
    { version: number; sha256: string } | undefined;
  if (file === undefined || file.sha256 !== fx.fileSha || file.version !== fx.fileVersion) await uploadWorkbook();
}

/** Valid values for every route parameter, already encoded for the URL. */
function validParams(route: Route): Record<string, string> {
  const t = route.template;
  const viaFolder = t.includes('{item}:{path}:');
  return {
    site: pick(rng, ['root', fx.siteId, 'relaciones.sharepoint.com']),
    list: pick(rng, [fx.listId, enc(`{${fx.listId}}`)]),
    column: pick(rng, ['Amount', fx.columnId]),
    item: t.includes('/lists/') ? fx.itemId : viaFolder ? fx.folderId : fx.fileId,
    path: viaFolder ? '/book.xlsx' : '/fuzz/book.xlsx',
    id: t.includes('/events') ? pick(rng, [fx.eventId, fx.occurrenceId]) : fx.messageId,
    user: pick(rng, [enc(LIDER), fx.userId]),
    folder: pick(rng, ['drafts', 'Drafts']),
    drive: fx.driveId,
    worksheet: 'Hoja1',
    table: pick(rng, ['Tabla1', 'tabla1']),
    index: '0',
    token: fx.downloadToken,
  };
}

/** A valid JSON body for each route that reads one (the starting point of the mutations). */
function baseBody(route: Route): Record<string, unknown> {
  const t = route.template;
  const n = ++serial;
  if (t.endsWith('/lists')) return { displayName: `Fuzz creada ${n}`, columns: [{ name: 'C', text: {} }] };
  if (t.endsWith('/lists/{list}')) return { description: `fuzz ${n}` };
  if (t.endsWith('/columns')) return { name: `Fz${n}`, number: { minimum: 0, maximum: 10 } };
  if (t.endsWith('/columns/{column}')) return { description: `fuzz ${n}`, number: { maximum: 2000 } };
  if (t.endsWith('/items')) {
    return { fields: { Title: 'x', Amount: 1, Stage: 'Won', Due: '2026-01-01', RegionLookupId: 1 } };
  }
  if (t.endsWith('/fields')) return { Title: 'y', Amount: 2, Active: false };
  if (t.endsWith('/events')) {
    return { ...EVENT, subject: `Fuzz ${n}`, transactionId: `fuzz-${n}`, reminderMinutesBeforeStart: 15 };
  }
  if (t.endsWith('/events/{id}')) return { subject: `Fuzz ${n}`, importance: 'high' };
  if (t.endsWith('/messages')) return { ...MESSAGE, subject: `Fuzz ${n}` };
  if (t.endsWith('/messages/{id}')) return { subject: `Fuzz ${n}`, flag: { flagStatus: 'flagged' } };
  if (t.endsWith('/sendMail')) return { message: { ...MESSAGE, subject: `Fuzz ${n}` }, saveToSentItems: false };
  if (t.endsWith('/createSession')) return { persistChanges: false };
  if (t.endsWith('/$batch')) return { requests: [{ id: '1', method: 'GET', url: '/me' }] };
  if (t === '/emulator/token') return { user: LIDER, scopes: ['User.Read'], expiresIn: 600 };
  if (t === '/emulator/faults') return { rate429: 0, routes: '^GET /v1\\.0/nothing$', seed: 1 };
  if (t === '/emulator/users') return { upn: `fuzz${n}@relaciones.example`, displayName: 'Fuzz' };
  if (t === '/emulator/grants') return { user: DIRECCION, site: 'root', level: 'read' };
  if (t === '/emulator/sites') return { path: `/sites/fuzz${n}`, displayName: 'Fuzz' };
  return {};
}

/** Property names the schemas know (and one they do not), tried on every body. */
const LIKELY_PROPERTIES: readonly string[] = [
  'zzUnknown',
  'routes',
  'latencyMs',
  'dropRate',
  'columns',
  'list',
  'indexed',
  'enforceUniqueValues',
  'required',
  'lookup',
  'recurrence',
  'isAllDay',
  'attendees',
  'locations',
  'categories',
  'reminderMinutesBeforeStart',
  'isOnlineMeeting',
  'onlineMeetingProvider',
  'originalStartTimeZone',
  'transactionId',
  'singleValueExtendedProperties',
  'internetMessageHeaders',
  'from',
  'replyTo',
  'attachments',
  'dependsOn',
];

/** The base body with one property (existing, or a likely one) replaced by a hostile raw JSON value. */
function mutatedBody(route: Route): { label: string; text: string } {
  const base = baseBody(route);
  const paths: string[][] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (path.length > 0) paths.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, String(i)]));
    else if (isRecord(value)) for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(base, []);
  for (const extra of LIKELY_PROPERTIES) paths.push([extra]);
  const path = pick(rng, paths);
  const value = pick(rng, HOSTILE_VALUES);
  const marker = `@@hostile-${serial}@@`;
  const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  let holder: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = holder[key];
    if (!isRecord(next) && !Array.isArray(next)) break;
    holder = next as Record<string, unknown>;
  }
  holder[path[path.length - 1] as string] = marker;
  return {
    label: `${path.join('.')}=${value.slice(0, 30)}`,
    text: JSON.stringify(copy).replace(JSON.stringify(marker), () => value),
  };
}

interface Probe {
  readonly route: Route;
  readonly label: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
  /** The input is invalid for this route, so a 2xx is a failure too. */
  readonly mustFail?: boolean;
}

/**
 * The one documented 5xx: 501 NotImplemented for a well-formed request for a Graph feature the
 * emulator does not have (docs/emulator.md, Mail: `$search`, attachments, query options on mail
 * folders). Malformed input on those routes is a 400 (see the regression tests below).
 */
function notEmulated(p: Probe, answer: Answer): boolean {
  if (answer.status !== 501 || !isRecord(answer.json) || !isRecord(answer.json.error)) return false;
  if (answer.json.error.code !== 'NotImplemented') return false;
  let query = (p.query ?? '').toLowerCase();
  try {
    query = decodeURIComponent(query);
  } catch {
    /* keep it encoded */
  }
  return (
    query.includes('$search=') ||
    /^\$expand=\s*attachments\b/.test(query) ||
    String(p.body ?? '').includes('"attachments"') ||
    /\/mailFolders(\/\{folder\})?$/.test(p.route.template)
  );
}

interface Outcome {
  readonly answer: Answer;
  /** The store right before and right after the request (before any fixture was re-created). */
  readonly before: Snapshot;
  readonly after: Snapshot;
}

/** Sends one probe and records every broken promise in `failures`. */
async function probe(p: Probe, failures: string[]): Promise<Outcome | undefined> {
  const path = fill(p.route.template, p.params) + (p.query === undefined ? '' : `?${p.query}`);
  const name = `${p.route.method} ${p.route.template} [${p.label}]`;
  let answer: Answer;
  try {
    sent++;
    answer = await send({ method: p.route.method, path, headers: p.headers, body: p.body });
  } catch (error) {
    failures.push(`${name}: no answer (${(error as Error).message})`);
    return undefined;
  }
  const now = snapshot(db);
  const { status } = answer;
  const host = Object.entries(p.headers ?? {}).find(([key]) => key.toLowerCase() === 'host')?.[1];
  const misdirected = host !== undefined && !/^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i.test(host);
  if (misdirected) {
    // Refused before routing, in plain text, for any path (DNS rebinding protection).
    if (status !== 421) failures.push(`${name}: ${status} for a foreign Host, not 421`);
  } else if ((status >= 500 || status < 200) && !notEmulated(p, answer)) {
    failures.push(`${name}: ${status} ${answer.text.slice(0, 200)}`);
  }
  if (status >= 400 && status < 500 && !misdirected) {
    const problem = envelopeProblem(p.route.template, answer.json);
    if (problem !== undefined) failures.push(`${name}: ${status} without Graph's envelope (${problem})`);
    const changed = changedTables(last, now);
    if (changed.length > 0) failures.push(`${name}: ${status} but the store changed (${changed.join(', ')})`);
  }
  if (p.mustFail === true && status < 400) failures.push(`${name}: accepted with ${status}`);
  const before = last;
  last = now;
  if (status < 400 && p.route.method !== 'GET') {
    await ensureFixtures();
    last = snapshot(db);
  }
  return { answer, before, after: now };
}

const jsonHeaders = (route: Route): Record<string, string> =>
  readsJson(route) ? { 'Content-Type': 'application/json' } : {};

/** A body for a probe that is about something else: valid JSON for JSON routes, a few bytes for uploads. */
function neutralBody(route: Route): string | undefined {
  if (readsJson(route)) return JSON.stringify(baseBody(route));
  if (route.method === 'PUT') return 'fuzz';
  return undefined;
}

beforeAll(async () => {
  h = await startHarness();
  agent = new Agent({ keepAlive: true, maxSockets: 1, ca: h.emulator.certificate });
  token = await h.token(LIDER, ALL_SCOPES);
  db = h.emulator.context.store.db;
  workbook = await buildWorkbook();
  routes.push(...h.emulator.context.router.routes());
  const me = await must('GET', '/v1.0/me');
  const users = await must('GET', '/emulator/users');
  const lider = (users.value as { upn: string; siteUserId: number }[]).find((u) => u.upn === LIDER);
  const site = await must('GET', '/v1.0/sites/root');
  const drive = await must('GET', '/v1.0/sites/root/drive');
  fx = {
    siteId: String(site.id),
    lookupListId: '',
    listId: '',
    columnId: '',
    itemId: '',
    eventId: '',
    occurrenceId: '',
    messageId: '',
    driveId: String(drive.id),
    folderId: '',
    fileId: '',
    fileVersion: 0,
    fileSha: '',
    downloadToken: '',
    userId: String(me.id),
    siteUserId: lider?.siteUserId ?? 0,
  };
  await ensureFixtures();
  last = snapshot(db);
}, 60_000);

afterAll(async () => {
  agent.destroy();
  await h.stop();
});

describe('bad input on every route', () => {
  it('enumerates the routes of every module', () => {
    expect(routes.length).toBeGreaterThan(500);
    const templates = new Set(routes.map((r) => r.template));
    for (const expected of [
      '/v1.0/sites/{site}/lists/{list}/items/{item}/fields',
      '/v1.0/me/events/{id}/instances',
      '/v1.0/me/messages/{id}/send',
      '/v1.0/drives/{drive}/items/{item}/workbook/tables/{table}/rows/itemAt(index={index})',
      '/v1.0/$batch',
      '/emulator/download/{token}',
    ]) {
      expect(templates).toContain(expected);
    }
  });

  it('hostile ids in every path parameter are a Graph 4xx and change nothing', async () => {
    const failures: string[] = [];
    const ids = new Deck(HOSTILE_IDS, rng);
    for (const route of routes) {
      for (const name of route.names.flatMap((n) => Array<string>(SCALE).fill(n))) {
        const hostile = ids.draw();
        await probe(
          {
            route,
            label: `${name}=${hostile.slice(0, 40)}`,
            params: { ...validParams(route), [name]: name === 'path' ? `/${hostile}` : hostile },
            headers: jsonHeaders(route),
            body: neutralBody(route),
            // A hostile file path may be a valid file name ("'", "ñandú😀"), so uploads may succeed.
            mustFail: name !== 'path',
          },
          failures,
        );
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('unknown trailing segments and unknown methods are a Graph 4xx', async () => {
    const failures: string[] = [];
    const methods = new Deck(['OPTIONS', 'PROPFIND', 'TRACE', 'PURGE', 'MERGE', 'PATCH', 'PUT', 'POST'], rng);
    for (const route of routes) {
      await probe(
        {
          route: { ...route, template: `${route.template}/zzExtra` },
          label: 'extra segment',
          params: validParams(route),
          headers: jsonHeaders(route),
          body: neutralBody(route),
          mustFail: true,
        },
        failures,
      );
      if (rng() < 0.25) {
        const method = methods.draw();
        if (routes.some((r) => r.method === method && r.template === route.template)) continue;
        await probe(
          { route: { ...route, method }, label: `method ${method}`, params: validParams(route), mustFail: true },
          failures,
        );
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('bodies of the wrong type or shape are a Graph 400 and change nothing', async () => {
    const failures: string[] = [];
    const bodies = new Deck(STRUCTURAL_BODIES, rng);
    for (const route of routes.filter(readsJson)) {
      for (let i = 0; i < 3 * SCALE; i++) {
        const body = bodies.draw();
        await probe(
          {
            route,
            label: `body ${body.label}`,
            params: validParams(route),
            headers: { 'Content-Type': 'application/json' },
            body: body.text,
            mustFail: true,
          },
          failures,
        );
      }
      for (let i = 0; i < 3 * SCALE; i++) {
        const body = mutatedBody(route);
        await probe(
          {
            route,
            label: `mutated ${body.label}`,
            params: validParams(route),
            headers: { 'Content-Type': 'application/json' },
            body: body.text,
          },
          failures,
        );
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('a missing or wrong Content-Type is refused (or the JSON read) without a 5xx', async () => {
    const failures: string[] = [];
    const types = new Deck(CONTENT_TYPES, rng);
    for (const route of routes.filter((r) => r.method !== 'GET')) {
      const type = types.draw();
      await probe(
        {
          route,
          label: `Content-Type ${String(type).slice(0, 40)}`,
          params: validParams(route),
          headers: type === undefined ? {} : { 'Content-Type': type },
          body: neutralBody(route) ?? '{"zzUnknown":1}',
          mustFail: readsJson(route) && !acceptsJson(type),
        },
        failures,
      );
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('garbage query options are a Graph 4xx (or ignored) and change nothing', async () => {
    const failures: string[] = [];
    const queries = new Deck(QUERIES, rng);
    for (const route of routes) {
      const rounds = (route.method === 'GET' ? 2 : 1) * SCALE;
      for (let i = 0; i < rounds; i++) {
        const query = queries.draw();
        const windowed = /calendarView|instances$/.test(route.template) && rng() < 0.5;
        await probe(
          {
            route,
            label: `?${query.slice(0, 60)}`,
            params: validParams(route),
            query: windowed ? `${WINDOW}&${query}` : query,
            headers: {
              ...jsonHeaders(route),
              ...(rng() < 0.3 ? { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' } : {}),
            },
            body: neutralBody(route),
          },
          failures,
        );
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('hostile headers, and bodies on GET, do no harm', async () => {
    const failures: string[] = [];
    const headers = new Deck(HOSTILE_HEADERS, rng);
    const bodies = new Deck(STRUCTURAL_BODIES, rng);
    for (const route of routes) {
      const extra = headers.draw();
      await probe(
        {
          route,
          label: `header ${Object.entries(extra)
            .map(([k, v]) => `${k}: ${v.slice(0, 30)}`)
            .join()}`,
          params: validParams(route),
          headers: { ...jsonHeaders(route), ...extra },
          body: neutralBody(route),
        },
        failures,
      );
      if (route.method === 'GET' && rng() < 0.2) {
        const body = bodies.draw();
        await probe(
          {
            route,
            label: `GET with body ${body.label}`,
            params: validParams(route),
            headers: { 'Content-Type': 'application/json' },
            body: body.text,
          },
          failures,
        );
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('oversized JSON bodies are 413 RequestEntityTooLarge and change nothing', async () => {
    const failures: string[] = [];
    const writes = routes.filter(readsJson);
    const huge = `{"displayName":"${'x'.repeat(4 * 1024 * 1024)}"}`;
    for (let i = 0; i < 4; i++) {
      const route = pick(rng, writes);
      const answer = await probe(
        {
          route,
          label: 'body over 4 MiB',
          params: validParams(route),
          headers: { 'Content-Type': 'application/json' },
          body: huge,
          mustFail: true,
        },
        failures,
      );
      if (answer !== undefined && answer.answer.status !== 413) {
        failures.push(`${route.template}: ${answer.answer.status}, not 413`);
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('$batch answers hostile inner requests one by one, never with a 5xx', async () => {
    const failures: string[] = [];
    const graph = routes.filter((r) => r.template.startsWith('/v1.0/') && r.template !== '/v1.0/$batch');
    const ids = new Deck(
      HOSTILE_IDS.filter((id) => id.length < 200),
      rng,
    );
    const queries = new Deck(QUERIES, rng);
    const jsonValues = STRUCTURAL_BODIES.map((b) => String(b.text)).filter((text) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    });
    for (let b = 0; b < 30 * SCALE; b++) {
      const count = 1 + Math.floor(rng() * 20);
      const inner: string[] = [];
      const innerProbes: Probe[] = [];
      for (let i = 0; i < count; i++) {
        const route = pick(rng, graph);
        const params = validParams(route);
        const [name] = route.names.length === 0 ? [] : [pick(rng, route.names)];
        if (name !== undefined && rng() < 0.5) params[name] = name === 'path' ? `/${ids.draw()}` : ids.draw();
        const query = rng() < 0.3 ? queries.draw() : undefined;
        const url = fill(route.template, params).slice('/v1.0'.length) + (query === undefined ? '' : `?${query}`);
        const body =
          route.method === 'GET' || route.method === 'DELETE'
            ? undefined
            : rng() < 0.5
              ? mutatedBody(route).text
              : pick(rng, jsonValues);
        const dependsOn = i > 0 && rng() < 0.2 ? [String(Math.floor(rng() * i))] : undefined;
        innerProbes.push({ route, label: url, params, ...(query === undefined ? {} : { query }), body });
        inner.push(
          `{"id":${JSON.stringify(String(i))},"method":"${route.method}","url":${JSON.stringify(url)}` +
            (body === undefined ? '' : `,"headers":{"Content-Type":"application/json"},"body":${body}`) +
            (dependsOn === undefined ? '' : `,"dependsOn":${JSON.stringify(dependsOn)}`) +
            '}',
        );
      }
      const batch = routes.find((r) => r.template === '/v1.0/$batch') as Route;
      const outcome = await probe(
        {
          route: batch,
          label: `batch ${b}`,
          params: {},
          headers: { 'Content-Type': 'application/json' },
          body: `{"requests":[${inner.join(',')}]}`,
        },
        failures,
      );
      const answer = outcome?.answer;
      if (outcome === undefined || answer === undefined || answer.status !== 200 || !isRecord(answer.json)) continue;
      const responses = answer.json.responses as { id: string; status: number; body?: unknown }[];
      for (const response of responses) {
        const name = `batch ${b} request ${response.id} (${(inner[Number(response.id)] ?? '').slice(0, 300)})`;
        const innerProbe = innerProbes[Number(response.id)] as Probe;
        const innerAnswer: Answer = { status: response.status, headers: {}, text: '', json: response.body };
        if ((response.status >= 500 || response.status < 200) && !notEmulated(innerProbe, innerAnswer)) {
          failures.push(`${name}: ${response.status}`);
        }
        if (response.status >= 400 && envelopeProblem('', response.body) !== undefined) {
          failures.push(`${name}: ${response.status} without Graph's envelope`);
        }
      }
      const wrote = responses.some((r, i) => innerProbes[i]?.route.method !== 'GET' && r.status < 400);
      if (!wrote) {
        const changed = changedTables(outcome.before, outcome.after);
        if (changed.length > 0)
          failures.push(`batch ${b}: every write failed but the store changed (${changed.join()})`);
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('sent thousands of requests and the emulator still answers', async () => {
    expect(sent).toBeGreaterThan(2500);
    const health = await send({ method: 'GET', path: '/emulator/health' });
    expect(health.status).toBe(200);
  });
});

/** Writes raw bytes over TLS and reads until the server closes: for requests no HTTP client would send. */
function rawExchange(text: string): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const socket = connect(
      { host: '127.0.0.1', port: h.emulator.port, servername: 'localhost', ca: h.emulator.certificate },
      () => socket.end(text),
    );
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const answer = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), json });
    });
  });
}

describe('regressions found by this suite', () => {
  const routeOf = (method: string, template: string): Route => {
    const found = routes.find((r) => r.method === method && r.template === template);
    if (found === undefined) throw new Error(`no route ${method} ${template}`);
    return found;
  };

  it('a fault route filter that is not a regular expression is a 400, not a 500', async () => {
    const failures: string[] = [];
    for (const pattern of ['(', '[z-a]', '*', '(?<']) {
      const outcome = await probe(
        {
          route: routeOf('POST', '/emulator/faults'),
          label: `routes=${pattern}`,
          params: {},
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ rate503: 1, routes: pattern }),
          mustFail: true,
        },
        failures,
      );
      expect(outcome?.answer.status).toBe(400);
      expect(outcome?.answer.json).toMatchObject({ error: { message: expect.stringContaining('routes') } });
    }
    expect(failures).toEqual([]);
    expect(h.emulator.context.faults.current()).toBeUndefined();
    expect((await send({ method: 'GET', path: '/v1.0/me' })).status).toBe(200);
  });

  it('an upload whose $select or $expand is refused stores nothing', async () => {
    const failures: string[] = [];
    const byPath = routeOf('PUT', '/v1.0/sites/{site}/drive/root:{path}:/content');
    const byId = routeOf('PUT', '/v1.0/drives/{drive}/items/{item}/content');
    for (const query of ['$select=nope', '$select=', '$expand=thumbnails', '$expand=children&$select=__proto__']) {
      const created = await probe(
        {
          route: byPath,
          label: `new file ?${query}`,
          params: { site: 'root', path: '/fuzz/refused.txt' },
          query,
          headers: { 'Content-Type': 'text/plain' },
          body: 'should not be stored',
          mustFail: true,
        },
        failures,
      );
      expect(created?.answer.status).toBe(400);
      const replaced = await probe(
        {
          route: byId,
          label: `replacement ?${query}`,
          params: { drive: fx.driveId, item: fx.fileId },
          query,
          headers: { 'Content-Type': 'text/plain' },
          body: 'should not replace the workbook',
          mustFail: true,
        },
        failures,
      );
      expect(replaced?.answer.status).toBe(400);
    }
    expect(failures).toEqual([]);
    expect((await h.raw('GET', '/v1.0/sites/root/drive/root:/fuzz/refused.txt')).status).toBe(404);
    const table = await h.raw('GET', `/v1.0/drives/${fx.driveId}/items/${fx.fileId}/workbook/tables/Tabla1/rows`);
    expect(table.status).toBe(200);
    // The valid forms still work: $select shapes the answer of an upload.
    const ok = await h.raw('PUT', '/v1.0/sites/root/drive/root:/fuzz/accepted.txt:/content?$select=id,name', {
      rawBody: 'ok',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(ok.status).toBe(201);
    expect(Object.keys(ok.body).sort()).toEqual(['@odata.context', 'id', 'name']);
  });

  it('a workbook table whose range lies outside the sheet is GenericFileOpenError, not a 500', async () => {
    const failures: string[] = [];
    for (const ref of ['XFD1:XFE2', 'A1048576:B1048577']) {
      const book = new ExcelJS.Workbook();
      const table = book.addWorksheet('Hoja1').addTable({
        name: 'Lejos',
        ref: 'A1',
        headerRow: true,
        columns: [{ name: 'Id' }, { name: 'Nombre' }],
        rows: [[1, 'Norte']],
      });
      // exceljs writes whatever range the model says; Excel's own limit is XFD1048576.
      (table as unknown as { table: { tableRef: string } }).table.tableRef = ref;
      const upload = await h.raw(
        'PUT',
        `/v1.0/sites/root/drive/root:/fuzz/lejos-${ref.replace(':', '-')}.xlsx:/content`,
        {
          rawBody: Buffer.from(await book.xlsx.writeBuffer()),
          headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
        },
      );
      expect(upload.status).toBe(201);
      last = snapshot(db);
      for (const tail of ['worksheets', 'tables', 'tables/Lejos/rows', 'tables/Lejos/range']) {
        const outcome = await probe(
          {
            route: routeOf('GET', `/v1.0/drives/{drive}/items/{item}/workbook/${tail.replace('Lejos', '{table}')}`),
            label: `table at ${ref}`,
            params: { drive: fx.driveId, item: String(upload.body.id), table: 'Lejos' },
            mustFail: true,
          },
          failures,
        );
        expect(outcome?.answer.json).toMatchObject({ error: { code: 'GenericFileOpenError' } });
      }
    }
    expect(failures).toEqual([]);
  });

  it('malformed query options on mail folders are 400; well-formed ones stay 501 (not emulated)', async () => {
    const failures: string[] = [];
    const folders = routeOf('GET', '/v1.0/me/mailFolders');
    const folder = routeOf('GET', '/v1.0/me/mailFolders/{folder}');
    for (const query of [
      qs(['$top', 'abc']),
      qs(['$top', '0']),
      qs(['$filter', '(']),
      qs(['$filter', "nope eq 'x'"]),
      qs(['$select', 'nope']),
      qs(['$select', '']),
      qs(['$orderby', 'displayName sideways']),
      qs(['$expand', 'fields']),
      qs(['$skip', '-1']),
      qs(['$count', 'maybe']),
      qs(['$top', '1'], ['$top', '2']),
      qs(['$bogus', '1']),
    ]) {
      for (const route of [folders, folder]) {
        const outcome = await probe(
          { route, label: query, params: { folder: 'inbox' }, query, mustFail: true },
          failures,
        );
        expect([query, outcome?.answer.status]).toEqual([query, 400]);
      }
    }
    for (const query of [
      qs(['$filter', "displayName eq 'x'"]),
      qs(['$select', 'displayName,totalItemCount']),
      qs(['$top', '5']),
      qs(['$expand', 'childFolders']),
    ]) {
      const outcome = await probe({ route: folders, label: query, params: {}, query }, failures);
      expect([query, outcome?.answer.status]).toEqual([query, 501]);
    }
    expect(failures).toEqual([]);
  });

  it('a message $expand of anything but a real navigation property is 400, not 501', async () => {
    const failures: string[] = [];
    const message = routeOf('GET', '/v1.0/me/messages/{id}');
    const params = { id: fx.messageId };
    for (const query of [
      qs(['$expand', 'fields']),
      qs(['$expand', '(((']),
      qs(['$expand', 'fields(select=*)']),
      qs(['$expand', '']),
    ]) {
      const outcome = await probe({ route: message, label: query, params, query, mustFail: true }, failures);
      expect([query, outcome?.answer.status]).toEqual([query, 400]);
    }
    const attachments = await probe(
      { route: message, label: 'attachments', params, query: qs(['$expand', 'attachments']) },
      failures,
    );
    expect(attachments?.answer.status).toBe(501);
    expect(failures).toEqual([]);
  });
});

describe('requests Node itself refuses before routing', () => {
  it.each([
    ['a request line over 16 KiB', 431, `GET /v1.0/users/${'a'.repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`],
    ['a negative Content-Length', 400, 'POST /v1.0/$batch HTTP/1.1\r\nHost: localhost\r\nContent-Length: -1\r\n\r\n'],
    [
      'Content-Length with chunked framing',
      400,
      'POST /v1.0/$batch HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    ],
    [
      'a broken chunk',
      400,
      'POST /v1.0/$batch HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
    ],
    ['no request line', 400, 'GARBAGE\r\n\r\n'],
  ])('%s is a Graph-shaped %i, and nothing changes', async (_label, status, text) => {
    const before = snapshot(db);
    const answer = await rawExchange(text);
    expect(answer.status).toBe(status);
    expect(envelopeProblem('', answer.json)).toBeUndefined();
    expect(changedTables(before, snapshot(db))).toEqual([]);
    expect((await send({ method: 'GET', path: '/emulator/health' })).status).toBe(200);
  });
});
