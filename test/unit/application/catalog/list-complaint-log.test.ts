/**
 * The complaint log of the Quejas view: SLA state per complaint as of an instant (business time,
 * targets from the complaint's service or the defaults), client names, filters through the
 * repositories' queries, newest first.
 */
import { listClientChoices } from '../../../../src/application/catalog/list-client-choices.use-case';
import { listComplaintLog } from '../../../../src/application/catalog/list-complaint-log.use-case';
import { createInMemoryRepositories, type InMemoryRepositories } from '../../../support/in-memory-repositories';
import { client, complaint, mx, service } from '../../domain/support/records';

/** Tuesday 10 February 2026, 12:00 in Mexico City (business hours Mon–Fri 09:00–18:00). */
const NOW = new Date(mx('2026-02-10T12:00'));

const open = { closedAt: undefined } as const;

async function seed(): Promise<InMemoryRepositories> {
  const repos = createInMemoryRepositories();
  await repos.clients.createMany([
    client({ code: 'ACME', name: 'Aceros de México, S.A. de C.V.' }),
    client({ code: 'BETA', name: 'Bebidas Tropicales', emailDomains: ['beta.mx'] }),
  ]);
  await repos.services.createMany([
    service({
      clientCode: 'BETA',
      code: 'SOP-N2',
      name: 'Soporte nivel 2 (horario extendido)',
      sla: {
        bySeverity: {
          critical: { acknowledgeHours: 2, resolveHours: 40 },
          high: { acknowledgeHours: 4, resolveHours: 40 },
          medium: { acknowledgeHours: 8, resolveHours: 72 },
          low: { acknowledgeHours: 16, resolveHours: 120 },
        },
      },
    }),
    // Same service code for another client, with no SLA of its own: the defaults apply there.
    service({ clientCode: 'ACME', code: 'SOP-N2', name: 'Soporte nivel 2' }),
  ]);
  await repos.complaints.createMany([
    // On track: medium, received an hour ago, not yet attended (1 h of 8 h).
    complaint({
      key: 'cmp-ontrack',
      folio: 'Q-2026-0005',
      clientCode: 'ACME',
      title: 'Reporte mensual incompleto',
      severity: 'medium',
      status: 'registered',
      receivedAt: mx('2026-02-10T11:00'),
      ...open,
    }),
    // Warning: critical, acknowledged in time, 6.5 business hours of 8 used (81 %).
    complaint({
      key: 'cmp-warning',
      folio: 'Q-2026-0004',
      clientCode: 'ACME',
      title: 'Caída del portal',
      severity: 'critical',
      status: 'inProgress',
      receivedAt: mx('2026-02-09T14:30'),
      acknowledgedAt: mx('2026-02-09T14:45'),
      ...open,
    }),
    // Breached: critical, 9 business hours of 8.
    complaint({
      key: 'cmp-breached',
      folio: 'Q-2026-0003',
      clientCode: 'ACME',
      serviceCode: 'SOP-N2',
      title: 'Sin servicio de correo',
      severity: 'critical',
      status: 'inProgress',
      receivedAt: mx('2026-02-09T12:00'),
      acknowledgedAt: mx('2026-02-09T12:30'),
      ...open,
    }),
    // The same facts on BETA's service (40 h to resolve): on track.
    complaint({
      key: 'cmp-service',
      clientCode: 'BETA',
      serviceCode: 'SOP-N2',
      title: 'Lentitud en el ERP',
      severity: 'critical',
      status: 'inProgress',
      receivedAt: mx('2026-02-09T12:00'),
      acknowledgedAt: mx('2026-02-09T12:30'),
      ...open,
    }),
    // Paused: waiting on the client since 10:30.
    complaint({
      key: 'cmp-paused',
      folio: 'Q-2026-0006',
      clientCode: 'BETA',
      title: 'Acceso denegado a la VPN',
      severity: 'medium',
      status: 'inProgress',
      receivedAt: mx('2026-02-10T10:00'),
      acknowledgedAt: mx('2026-02-10T10:15'),
      pauses: [{ from: mx('2026-02-10T10:30'), reason: 'Esperando bitácoras del cliente' }],
      ...open,
    }),
    // Met: resolved and closed within both targets.
    complaint({
      key: 'cmp-closed-met',
      folio: 'Q-2026-0001',
      clientCode: 'BETA',
      title: 'Factura duplicada',
      severity: 'high',
      status: 'closed',
      receivedAt: mx('2026-02-03T10:00'),
      acknowledgedAt: mx('2026-02-03T10:30'),
      resolvedAt: mx('2026-02-03T12:00'),
      closedAt: mx('2026-02-03T13:00'),
    }),
    // A client no longer in the catalog: its code stands in for the name.
    complaint({
      key: 'cmp-orphan',
      clientCode: 'ZETA',
      title: 'Queja de un cliente dado de baja',
      severity: 'low',
      status: 'closed',
      receivedAt: mx('2026-01-15T10:00'),
      acknowledgedAt: mx('2026-01-15T10:30'),
      resolvedAt: mx('2026-01-15T12:00'),
      closedAt: mx('2026-01-16T12:00'),
    }),
  ]);
  return repos;
}

describe('listComplaintLog', () => {
  it('da el estado del SLA de cada queja, de la más reciente a la más antigua', async () => {
    const rows = await listComplaintLog(await seed(), { now: NOW });
    expect(rows.map((r) => [r.key, r.slaState])).toEqual([
      ['cmp-ontrack', 'onTrack'],
      ['cmp-paused', 'paused'],
      ['cmp-warning', 'warning'],
      ['cmp-breached', 'breached'],
      ['cmp-service', 'onTrack'],
      ['cmp-closed-met', 'met'],
      ['cmp-orphan', 'met'],
    ]);
  });

  it('cada fila lleva folio, cliente por nombre, asunto, estado, severidad y vencimiento de la resolución', async () => {
    const rows = await listComplaintLog(await seed(), { now: NOW });
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey['cmp-warning']).toEqual({
      key: 'cmp-warning',
      folio: 'Q-2026-0004',
      clientCode: 'ACME',
      clientName: 'Aceros de México, S.A. de C.V.',
      title: 'Caída del portal',
      status: 'inProgress',
      severity: 'critical',
      receivedAt: mx('2026-02-09T14:30'),
      slaState: 'warning',
      acknowledgementDueAt: '2026-02-09T15:30:00-06:00',
      // 3.5 h on Monday (14:30–18:00) + 4.5 h on Tuesday from 09:00.
      resolutionDueAt: '2026-02-10T13:30:00-06:00',
    });
    expect(byKey['cmp-service']).toMatchObject({
      clientName: 'Bebidas Tropicales',
      serviceCode: 'SOP-N2',
      serviceName: 'Soporte nivel 2 (horario extendido)',
    });
    expect(byKey['cmp-breached']).toMatchObject({ serviceName: 'Soporte nivel 2' });
    expect(byKey['cmp-paused']).not.toHaveProperty('resolutionDueAt');
    expect(byKey['cmp-service']).not.toHaveProperty('folio');
    expect(byKey['cmp-orphan']?.clientName).toBe('ZETA');
  });

  it('filtra por estado con la consulta por estado del repositorio', async () => {
    const repos = await seed();
    const listAll = jest.spyOn(repos.complaints, 'listAll');
    const listByStatus = jest.spyOn(repos.complaints, 'listByStatus');
    const rows = await listComplaintLog(repos, { now: NOW, status: 'inProgress' });
    expect(rows.map((r) => r.key)).toEqual(['cmp-paused', 'cmp-warning', 'cmp-breached', 'cmp-service']);
    expect(listByStatus).toHaveBeenCalledWith('inProgress');
    expect(listAll).not.toHaveBeenCalled();
  });

  it('filtra por cliente con la consulta por cliente, y lee solo ese cliente y sus servicios', async () => {
    const repos = await seed();
    const complaintsAll = jest.spyOn(repos.complaints, 'listAll');
    const byClient = jest.spyOn(repos.complaints, 'listByClient');
    const clientsAll = jest.spyOn(repos.clients, 'listAll');
    const servicesAll = jest.spyOn(repos.services, 'listAll');
    const rows = await listComplaintLog(repos, { now: NOW, clientCode: 'BETA' });
    expect(rows.map((r) => r.key)).toEqual(['cmp-paused', 'cmp-service', 'cmp-closed-met']);
    expect(rows.every((r) => r.clientName === 'Bebidas Tropicales')).toBe(true);
    expect(byClient).toHaveBeenCalledWith('BETA');
    expect(complaintsAll).not.toHaveBeenCalled();
    expect(clientsAll).not.toHaveBeenCalled();
    expect(servicesAll).not.toHaveBeenCalled();
  });

  it('combina cliente, estado y severidad', async () => {
    const repos = await seed();
    const keys = async (query: Omit<Parameters<typeof listComplaintLog>[1], 'now'>) =>
      (await listComplaintLog(repos, { now: NOW, ...query })).map((r) => r.key);
    expect(await keys({ severity: 'critical' })).toEqual(['cmp-warning', 'cmp-breached', 'cmp-service']);
    expect(await keys({ clientCode: 'ACME', severity: 'critical' })).toEqual(['cmp-warning', 'cmp-breached']);
    expect(await keys({ clientCode: 'BETA', status: 'closed' })).toEqual(['cmp-closed-met']);
    expect(await keys({ clientCode: 'ACME', status: 'closed' })).toEqual([]);
    expect(await keys({ status: 'reopened' })).toEqual([]);
  });

  it('el SLA se evalúa al instante dado: la misma queja vence con el paso del tiempo', async () => {
    const repos = await seed();
    const state = async (at: string) =>
      (await listComplaintLog(repos, { now: new Date(mx(at)), status: 'registered' }))[0]?.slaState;
    // Acknowledgement target 8 business hours from Tuesday 11:00.
    expect(await state('2026-02-10T17:00')).toBe('onTrack'); // 6 h (75 %)
    expect(await state('2026-02-10T17:30')).toBe('warning'); // 6.5 h (81 %)
    expect(await state('2026-02-11T10:00')).toBe('warning'); // 8 h: due now, not late yet
    expect(await state('2026-02-11T12:00')).toBe('breached'); // 10 h
  });

  it('sin quejas, una lista vacía', async () => {
    expect(await listComplaintLog(createInMemoryRepositories(), { now: NOW })).toEqual([]);
  });
});

describe('listClientChoices', () => {
  it('da código y nombre de los clientes, por nombre', async () => {
    const repos = await seed();
    await repos.clients.create(client({ code: 'ALFA', name: 'Ágora Logística', emailDomains: ['alfa.mx'] }));
    expect(await listClientChoices(repos)).toEqual([
      { code: 'ACME', name: 'Aceros de México, S.A. de C.V.', status: 'active' },
      { code: 'ALFA', name: 'Ágora Logística', status: 'active' },
      { code: 'BETA', name: 'Bebidas Tropicales', status: 'active' },
    ]);
  });
});
