/**
 * End to end: the Clientes and Quejas views against the real `relaciones serve --demo` (the local
 * Microsoft 365 emulator seeded with the demo organisation, serving the built add-in over HTTPS
 * with its self-signed certificate), in Debian's Chromium through playwright-core at 350 px.
 * Screenshots go to test-results/screenshots/ (git-ignored), like the shell's e2e test.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type APIRequestContext, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT, ensureDist } from './support/ensure-dist';
import { DEMO_START_TIMEOUT_MS, serveSupportsDemo, startDemoServer, type DemoServer } from './support/serve-demo';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];
const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');
const PANE = { width: 350, height: 760 };
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const DEMO_USER = 'lider@relaciones.example';
const XSS_NAME = '<img src=x onerror=alert(1)>';
const XSS_CODE = 'XSS-E2E';
const DATA_TIMEOUT_MS = 30_000;
/** Each test opens pages and waits for data several times. */
const TEST_TIMEOUT_MS = 120_000;
const SLA_LABELS = ['En tiempo', 'Por vencer', 'Vencido', 'En pausa', 'Cumplido'];

interface OpenedPane {
  readonly page: Page;
  /** Uncaught exceptions and console errors (failed resource loads aside). */
  readonly errors: string[];
  /** Messages of every alert/confirm/prompt the page raised. */
  readonly dialogs: string[];
}

let browser: Browser | undefined;
let server: DemoServer | undefined;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is required at ${CHROMIUM} for the e2e tests (apt-get install -y chromium).`);
  }
  if (!serveSupportsDemo()) {
    throw new Error(
      '`relaciones serve --demo` is required for these tests; `relaciones serve --help` does not list it.',
    );
  }
  ensureDist();
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startDemoServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}, DEMO_START_TIMEOUT_MS + 60_000);

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await server?.stop();
}, 60_000);

async function newContext(locale = 'es-MX'): Promise<BrowserContext> {
  if (browser === undefined) throw new Error('the browser did not start');
  // The emulator's certificate is self-signed: trusted here, as a developer would after `serve`.
  const context = await browser.newContext({ viewport: PANE, locale, colorScheme: 'light', ignoreHTTPSErrors: true });
  contexts.push(context);
  return context;
}

async function openPane(locale = 'es-MX', query = ''): Promise<OpenedPane> {
  if (server === undefined) throw new Error('the demo server did not start');
  const context = await newContext(locale);
  const page = await context.newPage();
  const opened: OpenedPane = { page, errors: [], dialogs: [] };
  page.on('pageerror', (error) => opened.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      opened.errors.push(message.text());
    }
  });
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Hermetic: only this machine is reachable (office.js from the CDN is blocked, so the host is "browser").
  await page.route(
    (url) => !LOCAL_HOSTS.has(url.hostname),
    (route) => route.abort('blockedbyclient'),
  );
  const url = new URL(server.taskpaneUrl);
  for (const [name, value] of new URLSearchParams(query)) url.searchParams.set(name, value);
  await page.goto(url.href);
  await page.getByRole('heading', { level: 1, name: 'Relaciones' }).waitFor({ timeout: 15_000 });
  return opened;
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.mouse.move(1, 1);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

async function hasHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Polls `probe` until it returns true (or fails after `timeoutMs`). */
async function eventually(probe: () => Promise<boolean>, what: string, timeoutMs = DATA_TIMEOUT_MS): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await probe()) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function openArea(page: Page, tab: string, rowTestId: string): Promise<void> {
  await page.getByRole('tab', { name: tab, exact: true }).click();
  const panel = page.getByRole('tabpanel');
  await panel.getByTestId(rowTestId).first().waitFor({ timeout: DATA_TIMEOUT_MS });
}

/** Lower case without accents, as the search folds text. */
const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

// ---------------------------------------------------------------------------------------------
// The emulator, reached as an admin would (its token endpoint, then Graph)

async function graphToken(request: APIRequestContext, origin: string): Promise<string> {
  const response = await request.post(`${origin}/emulator/token`, {
    data: { user: DEMO_USER, scopes: ['Sites.ReadWrite.All'] },
    headers: { 'content-type': 'application/json' },
  });
  if (!response.ok()) throw new Error(`token: ${response.status()} ${await response.text()}`);
  const body = (await response.json()) as { access_token?: unknown };
  if (typeof body.access_token !== 'string') throw new Error('token: no access_token');
  return body.access_token;
}

interface ColumnInfo {
  readonly name: string;
  readonly readOnly?: boolean;
}

/**
 * Creates a client named `<img src=x onerror=alert(1)>` in the Clientes list: an existing demo
 * client's writable fields copied, with a new key, code and name (so it is valid like the others).
 */
async function createXssClient(request: APIRequestContext, origin: string): Promise<void> {
  const token = await graphToken(request, origin);
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const list = `${origin}/v1.0/sites/root/lists/Clientes`;

  const columnsResponse = await request.get(`${list}/columns`, { headers });
  if (!columnsResponse.ok()) throw new Error(`columns: ${columnsResponse.status()} ${await columnsResponse.text()}`);
  const columns = ((await columnsResponse.json()) as { value: ColumnInfo[] }).value;
  const writable = new Set(columns.filter((c) => c.readOnly !== true).map((c) => c.name));

  const itemsResponse = await request.get(`${list}/items?expand=fields&$top=1`, { headers });
  if (!itemsResponse.ok()) throw new Error(`items: ${itemsResponse.status()} ${await itemsResponse.text()}`);
  const [sample] = ((await itemsResponse.json()) as { value: { fields: Record<string, unknown> }[] }).value;
  if (sample === undefined) throw new Error('the demo has no client to copy');

  const source = sample.fields;
  const codeKey = Object.keys(source).find((key) => /^(code|clientcode|codigo|c[oó]digo)$/i.test(key));
  const nameKey = Object.keys(source).find((key) => /^(name|clientname|nombre)$/i.test(key)) ?? 'Title';
  const oldCode = codeKey === undefined ? undefined : source[codeKey];
  const oldName = source[nameKey];
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (!writable.has(key) || value === null || value === undefined) continue;
    fields[key] = value === oldName ? XSS_NAME : value === oldCode ? XSS_CODE : value;
  }
  fields.RecordKey = `xss-e2e-${Date.now()}`;
  fields[nameKey] = XSS_NAME;
  if (codeKey !== undefined) fields[codeKey] = XSS_CODE;

  const created = await request.post(`${list}/items`, { headers, data: { fields } });
  if (!created.ok()) throw new Error(`create: ${created.status()} ${await created.text()}`);
}

// ---------------------------------------------------------------------------------------------

describe('vistas Clientes y Quejas contra `relaciones serve --demo` (Chromium, 350 px)', () => {
  it(
    'Clientes muestra el catálogo de la demo y la búsqueda lo acota; Quejas muestra la bitácora y el filtro por estado la acota',
    async () => {
      const { page, errors, dialogs } = await openPane();
      const panel = page.getByRole('tabpanel');

      // Clientes: at least 30 demo clients, with cadence words and state badges.
      await openArea(page, 'Clientes', 'client-row');
      const clientRows = panel.getByTestId('client-row');
      const total = await clientRows.count();
      expect(total).toBeGreaterThanOrEqual(30);
      expect(await panel.getByTestId('client-count').innerText()).toBe(`Clientes mostrados: ${total} de ${total}`);
      const clientText = await panel.innerText();
      expect(clientText).toMatch(/Mensual|Bimestral|Trimestral|Semestral|Anual/);
      expect(clientText).toMatch(/Al día|Por vencer|Vencida|Sin reuniones/);
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await screenshot(page, 'catalog-clients');

      // Search by code narrows to that client.
      const code = (await clientRows.nth(Math.floor(total / 2)).getAttribute('data-code')) ?? '';
      expect(code).not.toBe('');
      const search = page.getByLabel('Buscar por nombre o código', { exact: true });
      await search.fill(code.toLowerCase());
      await eventually(async () => (await clientRows.count()) < total, 'the search to narrow the clients');
      expect(await panel.locator(`[data-testid="client-row"][data-code="${code}"]`).count()).toBe(1);

      // Search by a name without its accents still finds it.
      await search.fill('');
      await eventually(async () => (await clientRows.count()) === total, 'the full catalog again');
      const names = await panel.getByTestId('client-name').allInnerTexts();
      const accented = names.find((name) => /[áéíóúñ]/i.test(name));
      if (accented !== undefined) {
        await search.fill(fold(accented).toUpperCase());
        await eventually(async () => (await clientRows.count()) < total, 'the accent-insensitive search');
        expect(await panel.getByTestId('client-name').allInnerTexts()).toContain(accented);
      }
      await screenshot(page, 'catalog-clients-search');

      // Quejas: the log with SLA states.
      await openArea(page, 'Quejas', 'complaint-row');
      const complaintRows = panel.getByTestId('complaint-row');
      const allComplaints = await complaintRows.count();
      expect(allComplaints).toBeGreaterThan(0);
      const logText = await panel.innerText();
      expect(SLA_LABELS.some((label) => logText.includes(label))).toBe(true);
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await screenshot(page, 'catalog-complaints');

      // Filter by status: only closed complaints remain.
      await page.getByLabel('Estado', { exact: true }).selectOption('closed');
      await eventually(
        async () =>
          (await panel.getByTestId('loading-state').count()) === 0 && (await complaintRows.count()) < allComplaints,
        'the status filter to narrow the log',
      );
      const closed = await complaintRows.allInnerTexts();
      expect(closed.length).toBeGreaterThan(0);
      for (const row of closed) expect(row).toContain('Cerrada');
      await screenshot(page, 'catalog-complaints-closed');

      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'un cliente llamado <img src=x onerror=alert(1)> aparece como texto: sin elemento <img> y sin diálogo',
    async () => {
      if (server === undefined) throw new Error('the demo server did not start');
      const admin = await newContext();
      await createXssClient(admin.request, server.origin);

      const { page, errors, dialogs } = await openPane();
      const panel = page.getByRole('tabpanel');
      await openArea(page, 'Clientes', 'client-row');
      await page.getByLabel('Buscar por nombre o código', { exact: true }).fill('onerror');
      const row = panel.locator(`[data-testid="client-row"][data-code="${XSS_CODE}"]`);
      await row.waitFor({ timeout: DATA_TIMEOUT_MS });
      expect(await panel.getByTestId('client-row').count()).toBe(1);
      expect(await row.innerText()).toContain(XSS_NAME);
      expect(await panel.getByText(XSS_NAME, { exact: true }).count()).toBeGreaterThan(0);
      await screenshot(page, 'catalog-clients-xss');

      // The client filter of Quejas lists it as text too.
      await openArea(page, 'Quejas', 'complaint-row');
      const clientSelect = page.getByLabel('Cliente', { exact: true });
      await eventually(
        async () => (await clientSelect.locator('option').allInnerTexts()).includes(XSS_NAME),
        'the client filter to list the new client',
      );

      expect(await page.locator('img').count()).toBe(0);
      expect(await page.evaluate(() => document.querySelectorAll('img[src="x"], [onerror]').length)).toBe(0);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'en inglés con ?lang=en',
    async () => {
      const { page, errors } = await openPane('es-MX', 'lang=en');
      await openArea(page, 'Clients', 'client-row');
      expect(await page.getByRole('tabpanel').getByTestId('client-count').innerText()).toMatch(
        /^Clients shown: \d+ of \d+$/,
      );
      await openArea(page, 'Complaints', 'complaint-row');
      expect(await page.getByLabel('Status', { exact: true }).isVisible()).toBe(true);
      await screenshot(page, 'catalog-complaints-en');
      expect(errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );
});
