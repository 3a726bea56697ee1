/**
 * End to end: the built task pane (dist/) in Debian's Chromium through playwright-core, as a plain
 * browser page (office.js from the CDN is blocked, so the host is "browser") in a 350 px wide pane.
 * Screenshots go to test-results/screenshots/. Chromium at /usr/bin/chromium is required (CI installs it).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DIST, ROOT, ensureDist } from './support/ensure-dist';
import { serveDirectory, type StaticServer } from './support/static-server';

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
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');
const PANE = { width: 350, height: 760 };

const AREAS_ES = [
  { id: 'home', tab: 'Inicio', title: 'Inicio' },
  { id: 'clients', tab: 'Clientes', title: 'Catálogo de Clientes' },
  { id: 'meetings', tab: 'Reuniones', title: 'Reuniones con el cliente' },
  { id: 'complaints', tab: 'Quejas', title: 'Quejas' },
  { id: 'surveys', tab: 'Encuestas', title: 'Encuestas' },
  { id: 'requests', tab: 'Solicitudes', title: 'Solicitudes de cambio y de servicio' },
  { id: 'reviews', tab: 'Revisiones', title: 'Revisiones del servicio' },
  { id: 'reports', tab: 'Reportes', title: 'Reportes y evidencia' },
] as const;

interface OpenedPane {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Uncaught exceptions and console errors, except the blocked office.js request. */
  readonly errors: string[];
  /** How many times the page asked for office.js (blocked by the route). */
  officeJsRequests: number;
}

let browser: Browser | undefined;
let server: StaticServer | undefined;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is required at ${CHROMIUM} for the e2e tests (apt-get install -y chromium).`);
  }
  ensureDist();
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serveDirectory(DIST);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}, 55_000);

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await server?.close();
});

async function openPane(
  query = '',
  options: { locale?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<OpenedPane> {
  if (browser === undefined || server === undefined) throw new Error('the browser did not start');
  const base = server.url;
  const context = await browser.newContext({
    viewport: PANE,
    locale: options.locale ?? 'es-MX',
    colorScheme: options.colorScheme ?? 'light',
  });
  contexts.push(context);
  const page = await context.newPage();
  const opened: OpenedPane = { page, context, errors: [], officeJsRequests: 0 };
  page.on('pageerror', (error) => opened.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      opened.errors.push(message.text());
    }
  });
  // Hermetic: office.js (the CDN) is blocked like in an offline browser; nothing else leaves 127.0.0.1.
  await page.route(
    (url) => !url.href.startsWith(base),
    async (route) => {
      if (route.request().url() === OFFICE_JS) opened.officeJsRequests += 1;
      await route.abort('blockedbyclient');
    },
  );
  await page.goto(`${base}/taskpane.html${query}`);
  await page.getByRole('heading', { level: 1, name: 'Relaciones' }).waitFor({ timeout: 10_000 });
  return opened;
}

/** A full-page screenshot once the tab indicator has stopped moving and no tab is hovered. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.mouse.move(1, 1);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

async function selectedTab(page: Page): Promise<string> {
  return (await page.getByRole('tab', { selected: true }).innerText()).trim();
}

async function hasHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

describe('panel de tareas en Chromium (navegador, 350 px)', () => {
  it('la página carga office.js antes del paquete de la aplicación', () => {
    const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    const bundle = readdirSync(DIST).find((file) => /^taskpane(\.[0-9a-f]+)?\.js$/.test(file));
    expect(bundle).toBeDefined();
    const officeAt = html.indexOf(OFFICE_JS);
    expect(officeAt).toBeGreaterThan(-1);
    expect(html.indexOf(bundle as string)).toBeGreaterThan(officeAt);
  });

  it('sin Office muestra el encabezado en español, el anfitrión «Navegador» y las ocho áreas del proceso', async () => {
    const pane = await openPane();
    const { page } = pane;
    expect(pane.officeJsRequests).toBe(1);

    expect(await page.getByRole('banner').getByText('Relaciones con el Negocio').isVisible()).toBe(true);
    expect(await page.getByTestId('host-badge').innerText()).toBe('Navegador');
    expect(await page.getByRole('navigation', { name: 'Áreas del proceso' }).isVisible()).toBe(true);
    expect(await page.getByRole('main').isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('es-MX');

    const tabs = await page.getByRole('tab').allInnerTexts();
    expect(tabs.map((text) => text.trim())).toEqual(AREAS_ES.map((area) => area.tab));
    expect(await selectedTab(page)).toBe('Inicio');
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe('Inicio');
    expect(await page.getByText('Conecte con Microsoft 365 para ver el estado de sus clientes').isVisible()).toBe(true);

    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshot(page, 'taskpane-start');
    expect(pane.errors).toEqual([]);
  });

  it('cada área se abre con la explicación de su paso y un estado vacío honesto, sin datos inventados', async () => {
    const pane = await openPane();
    const { page } = pane;
    for (const area of AREAS_ES) {
      await page.getByRole('tab', { name: area.tab, exact: true }).click();
      expect(await selectedTab(page)).toBe(area.tab);
      const panel = page.getByRole('tabpanel');
      expect(await panel.getByRole('heading', { level: 2 }).innerText()).toBe(area.title);
      if (area.id === 'clients' || area.id === 'complaints') {
        // These areas read Graph; this static server is not Graph, and the pane says so in words.
        const failed = panel.getByTestId('error-state');
        await failed.waitFor();
        expect(await failed.innerText()).toMatch(/No se pudo conectar con Microsoft 365/);
      } else {
        const empty = panel.getByTestId('empty-state');
        expect(await empty.innerText()).toMatch(/^Conecte con Microsoft 365 para /);
        expect(await empty.innerText()).toContain('capa de Microsoft Graph');
      }
      expect(await panel.getByRole('table').count()).toBe(0);
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await screenshot(page, `taskpane-${area.id}`);
    }
    expect(pane.errors).toEqual([]);
  });

  it('se navega con el teclado: flechas entre pestañas y Entrar para abrir el área', async () => {
    const { page } = await openPane();
    await page.getByRole('tab', { name: 'Inicio', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-clients');
    await page.keyboard.press('Enter');
    expect(await selectedTab(page)).toBe('Clientes');
    await page.keyboard.press('End');
    await page.keyboard.press('Space');
    expect(await selectedTab(page)).toBe('Reportes');
  });

  it('?mode=complaint abre Quejas con «Registrar queja»; ?mode=meeting abre Reuniones con «Reunión de revisión»', async () => {
    const complaint = await openPane('?mode=complaint');
    expect(await selectedTab(complaint.page)).toBe('Quejas');
    expect(await complaint.page.getByRole('heading', { name: 'Registrar queja' }).isVisible()).toBe(true);
    await screenshot(complaint.page, 'taskpane-mode-complaint');

    const meeting = await openPane('?mode=meeting');
    expect(await selectedTab(meeting.page)).toBe('Reuniones');
    expect(await meeting.page.getByRole('heading', { name: 'Reunión de revisión' }).isVisible()).toBe(true);
    expect([...complaint.errors, ...meeting.errors]).toEqual([]);
  });

  it('en inglés con ?lang=en o con un navegador en inglés; un navegador en es-ES queda en español', async () => {
    const byQuery = await openPane('?lang=en&mode=complaint');
    const { page } = byQuery;
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByText('Business Relationship Management').isVisible()).toBe(true);
    expect(await page.getByTestId('host-badge').innerText()).toBe('Browser');
    expect((await page.getByRole('tab').allInnerTexts()).map((text) => text.trim())).toEqual([
      'Home',
      'Clients',
      'Meetings',
      'Complaints',
      'Surveys',
      'Requests',
      'Reviews',
      'Reports',
    ]);
    expect(await page.getByRole('heading', { name: 'Log complaint' }).isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Process areas' }).isVisible()).toBe(true);
    await screenshot(page, 'taskpane-en');

    const byBrowser = await openPane('', { locale: 'en-US' });
    expect(await selectedTab(byBrowser.page)).toBe('Home');

    const spanishBrowser = await openPane('', { locale: 'es-ES' });
    expect(await selectedTab(spanishBrowser.page)).toBe('Inicio');
    expect([...byQuery.errors, ...byBrowser.errors, ...spanishBrowser.errors]).toEqual([]);
  });

  it('sigue el tema oscuro del sistema cuando Office no da un tema', async () => {
    const { page, errors } = await openPane('', { colorScheme: 'dark' });
    const background = await page
      .getByRole('main')
      .evaluate((element) => getComputedStyle(element.closest('.fui-FluentProvider') ?? element).backgroundColor);
    const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    await screenshot(page, 'taskpane-dark');
    expect(errors).toEqual([]);
  });

  it('en una ventana ancha de navegador las ocho pestañas caben en una fila', async () => {
    const { page, errors } = await openPane();
    await page.setViewportSize({ width: 1280, height: 720 });
    const tops = await page
      .getByRole('tab')
      .evaluateAll((tabs) => tabs.map((tab) => Math.round(tab.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await screenshot(page, 'browser-wide');
    expect(errors).toEqual([]);
  });

  it('la página de comandos carga sin errores', async () => {
    if (browser === undefined || server === undefined) throw new Error('the browser did not start');
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route(OFFICE_JS, (route) => route.abort('blockedbyclient'));
    const response = await page.goto(`${server.url}/commands.html`);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('load');
    expect(errors).toEqual([]);
  });
});
