/**
 * The Clientes and Quejas views rendered to HTML (react-dom/server, as the shell test does): every
 * state in words, Spanish first and English, state badges, and client text escaped as text.
 */
import type { ClientOverviewRow } from '../../../../../src/application/catalog/list-client-overview.use-case';
import type { ComplaintLogRow } from '../../../../../src/application/catalog/list-complaint-log.use-case';
import { createInMemoryRepositories } from '../../../../support/in-memory-repositories';
import { ClientsArea } from '../../../../../src/hosts/taskpane/areas/clients-area';
import { ComplaintsArea } from '../../../../../src/hosts/taskpane/areas/complaints-area';
import { ClientCatalogView } from '../../../../../src/hosts/taskpane/catalog/client-catalog';
import { ComplaintLogView, type ComplaintFilters } from '../../../../../src/hosts/taskpane/catalog/complaint-log';
import type { LoadState } from '../../../../../src/hosts/taskpane/catalog/use-load';
import { DomainError } from '../../../../../src/domain/shared/domain-error';
import { count, renderPane, textOf } from './render';

const XSS = '<img src=x onerror=alert(1)>';

const clientRow = (over: Partial<ClientOverviewRow>): ClientOverviewRow => ({
  code: 'ACME',
  name: 'Aceros de México, S.A. de C.V.',
  cadence: 'quarterly',
  status: 'active',
  accountOwner: 'ana@proveedor.com.mx',
  deliveryLead: 'luis@proveedor.com.mx',
  lastMeetingOn: '2026-01-10',
  nextDueOn: '2026-04-10',
  cadenceStatus: 'ok',
  daysOverdue: 0,
  openComplaints: 2,
  ...over,
});

const CLIENTS: readonly ClientOverviewRow[] = [
  clientRow({}),
  clientRow({ code: 'ACID', name: 'Ácido Químico del Norte', cadence: 'monthly', cadenceStatus: 'dueSoon' }),
  clientRow({ code: 'GAMA', name: 'Grupo Gama', cadence: 'annual', cadenceStatus: 'overdue', openComplaints: 0 }),
  clientRow({
    code: 'NEW',
    name: 'Nuevo Cliente',
    cadence: 'semiannual',
    cadenceStatus: 'neverMet',
    nextDueOn: '2026-03-15',
    nextScheduledOn: '2026-03-12',
    status: 'inactive',
  }),
  clientRow({ code: 'XSS-TEST', name: XSS, cadence: 'bimonthly' }),
];

const ready = <T,>(value: T): LoadState<T> => ({ status: 'ready', value });
const noop = (): void => undefined;

function renderClients(state: LoadState<readonly ClientOverviewRow[]>, search = '', locale?: 'es-MX' | 'en'): string {
  return renderPane(
    <ClientCatalogView state={state} search={search} onSearchChange={noop} onRetry={noop} />,
    locale === undefined ? {} : { locale },
  );
}

describe('Clientes', () => {
  it('muestra cada cliente con código, periodicidad en palabras, próxima reunión y quejas abiertas', () => {
    const html = renderClients(ready(CLIENTS));
    const text = textOf(html);
    expect(count(html, 'data-testid="client-row"')).toBe(5);
    expect(text).toContain('Aceros de México, S.A. de C.V.');
    expect(text).toContain('ACME · Trimestral');
    expect(text).toContain('ACID · Mensual');
    expect(text).toContain('GAMA · Anual');
    expect(text).toContain('NEW · Semestral');
    expect(text).toContain('XSS-TEST · Bimestral');
    expect(text).toContain('10 abr 2026');
    expect(text).toContain('15 mar 2026');
    expect(text).toContain('Programada: 12 mar 2026');
    for (const state of ['Al día', 'Por vencer', 'Vencida', 'Sin reuniones']) expect(text).toContain(state);
    expect(text).toContain('Inactivo');
    expect(text).toContain('Clientes mostrados: 5 de 5');
    expect(html).toMatch(/<table[^>]*aria-label="Clientes del catálogo"/);
    for (const header of ['Cliente', 'Próxima reunión', 'Quejas abiertas']) {
      expect(html).toMatch(new RegExp(`<th[^>]*>(?:(?!</th>).)*${header}`));
    }
    expect(html).toContain('Buscar por nombre o código');
  });

  it('el nombre de un cliente con HTML se muestra como texto, sin crear elementos', () => {
    const html = renderClients(ready(CLIENTS));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(textOf(html)).toContain(XSS);
  });

  it('la búsqueda por nombre o código ignora mayúsculas y acentos', () => {
    expect(count(renderClients(ready(CLIENTS), 'acido quimico'), 'data-testid="client-row"')).toBe(1);
    expect(count(renderClients(ready(CLIENTS), 'gama'), 'data-testid="client-row"')).toBe(1);
    expect(count(renderClients(ready(CLIENTS), 'MÉXICO'), 'data-testid="client-row"')).toBe(1);
    const none = renderClients(ready(CLIENTS), 'zzz');
    expect(count(none, 'data-testid="client-row"')).toBe(0);
    expect(textOf(none)).toContain('Ningún cliente coincide con «zzz».');
    expect(textOf(none)).toContain('Clientes mostrados: 0 de 5');
  });

  it('dice en palabras que carga, que el catálogo está vacío o que falló, con «Reintentar»', () => {
    expect(textOf(renderClients({ status: 'loading' }))).toContain('Cargando clientes…');
    expect(textOf(renderClients(ready([])))).toContain('No hay clientes en el catálogo');

    const coded = renderClients({
      status: 'error',
      error: new DomainError('VALIDATION.INVALID_INPUT', { entity: 'Client', field: 'code', count: 1 }),
    });
    expect(coded).toContain('role="alert"');
    expect(textOf(coded)).toContain('No se pudieron cargar los clientes');
    expect(textOf(coded)).toContain('Cliente: los datos no son válidos');
    expect(textOf(coded)).toContain('Reintentar');

    const plain = textOf(renderClients({ status: 'error', error: new TypeError('Failed to fetch') }));
    expect(plain).toContain('Revise la conexión con Microsoft 365');
    expect(plain).not.toContain('Failed to fetch');
  });

  it('en inglés', () => {
    const text = textOf(renderClients(ready(CLIENTS), '', 'en'));
    expect(text).toContain('ACME · Quarterly');
    expect(text).toContain('Apr 10, 2026');
    expect(text).toContain('On track');
    expect(text).toContain('Due soon');
    expect(text).toContain('Clients shown: 5 of 5');
    expect(text).not.toMatch(/ui:|catalog\./);
    expect(textOf(renderClients({ status: 'loading' }, '', 'en'))).toContain('Loading clients…');
  });
});

const complaintRow = (over: Partial<ComplaintLogRow>): ComplaintLogRow => ({
  key: 'cmp-00000001',
  folio: 'Q-2026-0001',
  clientCode: 'ACME',
  clientName: 'Aceros de México, S.A. de C.V.',
  title: 'Caída del portal',
  status: 'inProgress',
  severity: 'critical',
  receivedAt: '2026-02-09T14:30:00-06:00',
  slaState: 'warning',
  ...over,
});

const COMPLAINTS: readonly ComplaintLogRow[] = [
  complaintRow({}),
  complaintRow({ key: 'cmp-00000002', folio: 'Q-2026-0002', slaState: 'onTrack', status: 'registered' }),
  complaintRow({ key: 'cmp-00000003', slaState: 'breached', severity: 'high', status: 'routed', folio: undefined }),
  complaintRow({ key: 'cmp-00000004', slaState: 'paused', severity: 'medium' }),
  complaintRow({
    key: 'cmp-00000005',
    slaState: 'met',
    severity: 'low',
    status: 'closed',
    clientName: XSS,
    title: '<script>alert(2)</script>',
  }),
];

const CLIENT_CHOICES = [
  { code: 'ACME', name: 'Aceros de México, S.A. de C.V.', status: 'active' as const },
  { code: 'XSS-TEST', name: XSS, status: 'active' as const },
];

function renderLog(
  state: LoadState<readonly ComplaintLogRow[]>,
  filters: ComplaintFilters = {},
  locale?: 'es-MX' | 'en',
): string {
  return renderPane(
    <ComplaintLogView state={state} clients={CLIENT_CHOICES} filters={filters} onFiltersChange={noop} onRetry={noop} />,
    locale === undefined ? {} : { locale },
  );
}

describe('Quejas', () => {
  it('muestra folio, cliente, asunto, estado, severidad y el estado del SLA de cada queja', () => {
    const html = renderLog(ready(COMPLAINTS));
    const text = textOf(html);
    expect(count(html, 'data-testid="complaint-row"')).toBe(5);
    expect(text).toContain('Q-2026-0001 · Aceros de México, S.A. de C.V. · 9 feb 2026');
    expect(text).toContain('Sin folio');
    expect(text).toContain('Caída del portal');
    for (const status of ['En atención', 'Registrada', 'Canalizada', 'Cerrada']) expect(text).toContain(status);
    for (const severity of ['Crítica', 'Alta', 'Media', 'Baja']) expect(text).toContain(`Severidad: ${severity}`);
    for (const sla of ['En tiempo', 'Por vencer', 'Vencido', 'En pausa', 'Cumplido']) expect(text).toContain(sla);
    expect(text).toContain('Quejas mostradas: 5');
    expect(html).toMatch(/<table[^>]*aria-label="Bitácora de quejas"/);
  });

  it('tiene filtros etiquetados de estado, cliente y severidad', () => {
    const html = renderLog(ready(COMPLAINTS));
    expect(count(html, '<select')).toBe(3);
    for (const label of ['Estado', 'Cliente', 'Severidad']) expect(html).toMatch(new RegExp(`<label[^>]*>${label}<`));
    expect(html).toContain('<option value="" selected="">Todos</option>');
    expect(html).toContain('<option value="inProgress">En atención</option>');
    expect(html).toContain('<option value="ACME">Aceros de México, S.A. de C.V.</option>');
    expect(html).toContain('<option value="critical">Crítica</option>');
    expect(html).not.toContain('Quitar filtros');
  });

  it('el texto de los clientes y las quejas nunca se interpreta como HTML', () => {
    const html = renderLog(ready(COMPLAINTS));
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(textOf(html)).toContain(XSS);
    expect(textOf(html)).toContain('<script>alert(2)</script>');
  });

  it('con filtros: «Quitar filtros» y, sin resultados, lo dice en palabras', () => {
    const filtered = renderLog(ready([]), { status: 'reopened' });
    expect(textOf(filtered)).toContain('Ninguna queja coincide con los filtros.');
    expect(textOf(filtered)).toContain('Quitar filtros');
    expect(filtered).toMatch(/<option value="reopened" selected="">Reabierta<\/option>/);
  });

  it('carga, bitácora vacía y error con «Reintentar»', () => {
    expect(textOf(renderLog({ status: 'loading' }))).toContain('Cargando quejas…');
    expect(textOf(renderLog(ready([])))).toContain('No hay quejas registradas');
    const error = textOf(renderLog({ status: 'error', error: new DomainError('NOPE.NOTHING') }));
    expect(error).toContain('No se pudieron cargar las quejas');
    expect(error).toContain('Ocurrió un error inesperado (NOPE.NOTHING)');
    expect(error).toContain('Reintentar');
  });

  it('en inglés', () => {
    const text = textOf(renderLog(ready(COMPLAINTS), {}, 'en'));
    expect(text).toContain('In progress');
    expect(text).toContain('Severity: Critical');
    expect(text).toContain('On track');
    expect(text).toContain('Complaints shown: 5');
    expect(text).toContain('Feb 9, 2026');
    expect(text).not.toMatch(/ui:|catalog\./);
  });
});

describe('las áreas según la fuente de datos', () => {
  it('sin fuente configurada, Clientes y Quejas muestran el estado vacío honesto', () => {
    expect(textOf(renderPane(<ClientsArea />))).toContain('Conecte con Microsoft 365 para ver los clientes');
    const complaints = renderPane(<ComplaintsArea context={{ host: 'browser' }} />);
    expect(textOf(complaints)).toContain('Conecte con Microsoft 365 para ver las quejas');
    expect(complaints).not.toContain('<table');
  });

  it('si la fuente falló al iniciar, lo dice con el mensaje del error', () => {
    const data = {
      status: 'unavailable',
      reason: 'error',
      error: new DomainError('VALIDATION.INVALID_INPUT', { entity: 'Client', field: 'x', count: 1 }),
    } as const;
    const text = textOf(renderPane(<ClientsArea />, { data }));
    expect(text).toContain('No se pudo conectar con Microsoft 365');
    expect(text).toContain('Cliente: los datos no son válidos');
  });

  it('con repositorios listos empieza cargando; Quejas conserva «Registrar queja» al abrirse desde un correo', () => {
    const data = { status: 'ready', repositories: createInMemoryRepositories(), now: () => new Date() } as const;
    expect(textOf(renderPane(<ClientsArea />, { data }))).toContain('Cargando clientes…');
    const complaints = textOf(
      renderPane(<ComplaintsArea context={{ host: 'outlook', outlookMode: 'message', mode: 'complaint' }} />, {
        data,
      }),
    );
    expect(complaints).toContain('Registrar queja');
    expect(complaints).toContain('Cargando quejas…');
  });
});
