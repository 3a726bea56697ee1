/**
 * The client overview of the Clientes view: cadence state per client on a given day, open
 * complaints per client, search by name or code without caring for case or accents, sorted by name.
 */
import {
  listClientOverview,
  matchesClientSearch,
} from '../../../../src/application/catalog/list-client-overview.use-case';
import { createInMemoryRepositories, type InMemoryRepositories } from '../../../support/in-memory-repositories';
import { client, complaint, meeting, mx } from '../../domain/support/records';

const TODAY = '2026-03-20';

async function seed(): Promise<InMemoryRepositories> {
  const repos = createInMemoryRepositories();
  await repos.clients.createMany([
    client({ code: 'ACME', name: 'Aceros de México, S.A. de C.V.', cadence: 'quarterly' }),
    client({ code: 'BETA', name: 'Bebidas Tropicales', cadence: 'monthly', emailDomains: ['beta.mx'] }),
    client({ code: 'GAMA', name: 'Grupo Gama', cadence: 'monthly', emailDomains: ['gama.mx'] }),
    client({
      code: 'DELTA',
      name: 'Ácido Químico del Norte',
      cadence: 'annual',
      validFrom: '2025-06-01',
      emailDomains: ['delta.mx'],
    }),
    client({ code: 'OMEGA', name: 'Óptica Zacatecas', cadence: 'semiannual', status: 'inactive', emailDomains: [] }),
  ]);
  await repos.meetings.createMany([
    // ACME: quarterly, last periodic review 10 Jan → due 10 Apr (21 days away): al día.
    meeting({ clientCode: 'ACME', start: mx('2026-01-10T10:00'), end: mx('2026-01-10T11:00') }),
    meeting({ clientCode: 'ACME', start: mx('2025-10-10T10:00'), end: mx('2025-10-10T11:00') }),
    // An extraordinary meeting does not reset the periodic clock.
    meeting({
      clientCode: 'ACME',
      kind: 'extraordinary',
      start: mx('2026-03-01T10:00'),
      end: mx('2026-03-01T11:00'),
    }),
    meeting({
      clientCode: 'ACME',
      status: 'scheduled',
      complaintRaised: undefined,
      start: mx('2026-04-02T10:00'),
      end: mx('2026-04-02T11:00'),
    }),
    // BETA: monthly, last 25 Feb → due 25 Mar (5 days): por vencer.
    meeting({ clientCode: 'BETA', start: mx('2026-02-25T10:00'), end: mx('2026-02-25T11:00') }),
    // GAMA: monthly, last 5 Jan → due 5 Feb: vencida.
    meeting({ clientCode: 'GAMA', start: mx('2026-01-05T10:00'), end: mx('2026-01-05T11:00') }),
    // A cancelled meeting is not a held one.
    meeting({
      clientCode: 'GAMA',
      status: 'cancelled',
      complaintRaised: undefined,
      start: mx('2026-03-05T10:00'),
      end: mx('2026-03-05T11:00'),
    }),
  ]);
  await repos.complaints.createMany([
    complaint({ clientCode: 'ACME', status: 'registered', closedAt: undefined }),
    complaint({ clientCode: 'ACME', status: 'resolved', closedAt: undefined, resolvedAt: mx('2026-03-03T12:00') }),
    complaint({ clientCode: 'ACME', status: 'closed' }),
    complaint({ clientCode: 'GAMA', status: 'inProgress', closedAt: undefined }),
    complaint({ clientCode: 'GAMA', status: 'closed' }),
  ]);
  return repos;
}

describe('listClientOverview', () => {
  it('lista todos los clientes por nombre, con periodicidad, estado de la periodicidad y quejas abiertas', async () => {
    const rows = await listClientOverview(await seed(), { today: TODAY });
    expect(rows.map((r) => r.code)).toEqual(['ACME', 'DELTA', 'BETA', 'GAMA', 'OMEGA']);
    const byCode = Object.fromEntries(rows.map((r) => [r.code, r]));

    expect(byCode.ACME).toEqual({
      code: 'ACME',
      name: 'Aceros de México, S.A. de C.V.',
      cadence: 'quarterly',
      status: 'active',
      accountOwner: 'ana.comercial@proveedor.com.mx',
      deliveryLead: 'luis.lider@proveedor.com.mx',
      lastMeetingOn: '2026-01-10',
      nextDueOn: '2026-04-10',
      nextScheduledOn: '2026-04-02',
      cadenceStatus: 'ok',
      daysOverdue: 0,
      openComplaints: 2,
    });
    expect(byCode.BETA).toMatchObject({ cadenceStatus: 'dueSoon', nextDueOn: '2026-03-25', openComplaints: 0 });
    expect(byCode.GAMA).toMatchObject({
      cadenceStatus: 'overdue',
      lastMeetingOn: '2026-01-05',
      nextDueOn: '2026-02-05',
      daysOverdue: 43,
      openComplaints: 1,
    });
    expect(byCode.DELTA).toMatchObject({ cadenceStatus: 'neverMet', nextDueOn: '2026-06-01' });
    expect(byCode.DELTA).not.toHaveProperty('lastMeetingOn');
    expect(byCode.OMEGA).toMatchObject({ status: 'inactive', cadence: 'semiannual' });
  });

  it('busca por nombre o código sin distinguir mayúsculas ni acentos', async () => {
    const repos = await seed();
    const codes = async (search: string) =>
      (await listClientOverview(repos, { today: TODAY, search })).map((row) => row.code);
    expect(await codes('acido quimico')).toEqual(['DELTA']);
    expect(await codes('ÁCIDO')).toEqual(['DELTA']);
    expect(await codes('méxico')).toEqual(['ACME']);
    expect(await codes('MEXICO')).toEqual(['ACME']);
    expect(await codes('gam')).toEqual(['GAMA']);
    expect(await codes('be')).toEqual(['BETA']);
    expect(await codes('  optica   zacatecas ')).toEqual(['OMEGA']);
    expect(await codes('no existe')).toEqual([]);
    expect(await codes('   ')).toHaveLength(5);
  });

  it('filtra por estado del cliente con la consulta del repositorio, sin leer todo el catálogo', async () => {
    const repos = await seed();
    const listAll = jest.spyOn(repos.clients, 'listAll');
    const listByStatus = jest.spyOn(repos.clients, 'listByStatus');
    const rows = await listClientOverview(repos, { today: TODAY, status: 'active' });
    expect(rows.map((r) => r.code)).toEqual(['ACME', 'DELTA', 'BETA', 'GAMA']);
    expect(listByStatus).toHaveBeenCalledWith('active');
    expect(listAll).not.toHaveBeenCalled();
  });

  it('cuenta solo quejas abiertas y las pide con la consulta de abiertas', async () => {
    const repos = await seed();
    const listOpen = jest.spyOn(repos.complaints, 'listOpen');
    const listAll = jest.spyOn(repos.complaints, 'listAll');
    const rows = await listClientOverview(repos, { today: TODAY });
    expect(rows.reduce((sum, r) => sum + r.openComplaints, 0)).toBe(3);
    expect(listOpen).toHaveBeenCalledTimes(1);
    expect(listAll).not.toHaveBeenCalled();
  });

  it('el umbral de «por vencer» se puede ajustar', async () => {
    const rows = await listClientOverview(await seed(), { today: TODAY, cadenceOptions: { dueSoonDays: 30 } });
    expect(rows.find((r) => r.code === 'ACME')?.cadenceStatus).toBe('dueSoon');
  });

  it('un catálogo vacío da una lista vacía', async () => {
    expect(await listClientOverview(createInMemoryRepositories(), { today: TODAY })).toEqual([]);
  });

  it('los nombres con HTML o llaves se devuelven tal cual, sin interpretar', async () => {
    const repos = createInMemoryRepositories();
    await repos.clients.create(client({ code: 'XSS', name: '<img src=x onerror=alert(1)> {{code}}' }));
    const [row] = await listClientOverview(repos, { today: TODAY, search: '<img' });
    expect(row?.name).toBe('<img src=x onerror=alert(1)> {{code}}');
  });

  it('matchesClientSearch compara nombre y código plegados', () => {
    expect(matchesClientSearch({ name: 'Electrónica Ñandú', code: 'ENA' }, 'nandu')).toBe(true);
    expect(matchesClientSearch({ name: 'Electrónica Ñandú', code: 'ENA' }, 'ena')).toBe(true);
    expect(matchesClientSearch({ name: 'Electrónica Ñandú', code: 'ENA' }, 'x')).toBe(false);
    expect(matchesClientSearch({ name: 'Electrónica Ñandú', code: 'ENA' }, undefined)).toBe(true);
  });
});
