import { importClients } from '../../../../src/application/clients/import-clients.use-case';
import { RecordConflictError } from '../../../../src/application/ports/record-store.port';
import { parseClient, type Client } from '../../../../src/domain/client/client.entity';
import { isDomainError } from '../../../../src/domain/shared/domain-error';
import { createInMemoryRepositories } from '../../../support/in-memory-repositories';
import { LEAD, manyClients, OWNER, rowCells, table, TODAY } from './support/client-import-table';

function storedClient(overrides: Partial<Client>): Client {
  return parseClient({
    key: 'client-ACME',
    code: 'ACME',
    name: 'Cliente ACME',
    emailDomains: ['acme.example'],
    accountOwner: OWNER,
    deliveryLead: LEAD,
    cadence: 'monthly',
    status: 'active',
    validFrom: TODAY,
    ...overrides,
  });
}

describe('importClients', () => {
  it('crea los clientes nuevos con clave derivada del código y cuenta lo hecho', async () => {
    const repos = createInMemoryRepositories();
    const progress: [number, number | undefined][] = [];
    const result = await importClients(
      repos,
      table([rowCells('ACME'), rowCells('BETA', { Periodicidad: 'Trimestral' })]),
      { today: TODAY, onProgress: (done, total) => progress.push([done, total]) },
    );
    expect(result).toEqual({ imported: 2, updated: 0, unchanged: 0, errors: [] });
    expect((await repos.clients.getByKey('client-BETA'))?.value).toMatchObject({ code: 'BETA', cadence: 'quarterly' });
    expect(progress.at(-1)).toEqual([2, 2]);
  });

  it('reimportar el mismo archivo no escribe nada: 0 nuevos, 0 actualizados, N sin cambios', async () => {
    const repos = createInMemoryRepositories();
    const file = table([rowCells('ACME'), rowCells('BETA'), rowCells('GAMA')]);
    await importClients(repos, file, { today: TODAY });
    const writes = repos.clients.writes.length;
    const again = await importClients(repos, file, { today: '2026-09-01' });
    expect(again).toEqual({ imported: 0, updated: 0, unchanged: 3, errors: [] });
    expect(repos.clients.writes.length).toBe(writes);
  });

  it('un nombre cambiado actualiza solo ese cliente, con su eTag', async () => {
    const repos = createInMemoryRepositories();
    await importClients(repos, table([rowCells('ACME'), rowCells('BETA')]), { today: TODAY });
    const before = await repos.clients.getByKey('client-ACME');
    const result = await importClients(
      repos,
      table([rowCells('ACME', { Nombre: 'Acme "Nueva" <b>S.A.</b>' }), rowCells('BETA')]),
      { today: TODAY },
    );
    expect(result).toEqual({ imported: 0, updated: 1, unchanged: 1, errors: [] });
    const after = await repos.clients.getByKey('client-ACME');
    expect(after?.value.name).toBe('Acme "Nueva" <b>S.A.</b>');
    expect(after?.eTag).not.toBe(before?.eTag);
    expect(repos.clients.writes.at(-1)).toEqual({ op: 'update', key: 'client-ACME' });
  });

  it('un cliente guardado con otra clave se actualiza conservando su clave y lo que el archivo no trae', async () => {
    const repos = createInMemoryRepositories();
    await repos.clients.create(
      storedClient({ key: 'seed-acme-0001', taxId: 'ACM010101AB1', status: 'inactive', validFrom: '2020-01-01' }),
    );
    const result = await importClients(repos, table([rowCells('ACME', { Periodicidad: 'anual' })]), { today: TODAY });
    expect(result).toEqual({ imported: 0, updated: 1, unchanged: 0, errors: [] });
    expect(repos.clients.size).toBe(1);
    expect((await repos.clients.getByKey('seed-acme-0001'))?.value).toMatchObject({
      key: 'seed-acme-0001',
      cadence: 'annual',
      taxId: 'ACM010101AB1',
      status: 'inactive',
      validFrom: '2020-01-01',
    });
  });

  it('con un error no escribe nada y devuelve los errores en orden de fila', async () => {
    const repos = createInMemoryRepositories();
    const result = await importClients(
      repos,
      table([rowCells('ACME'), rowCells('BETA', { Comercial: 'sin-arroba' }), rowCells('GAMA')]),
      { today: TODAY },
    );
    expect(result.imported + result.updated + result.unchanged).toBe(0);
    expect(result.errors).toEqual([
      {
        line: 3,
        code: 'CLIENT_IMPORT.INVALID_ROW',
        field: 'accountOwner',
        params: { line: 3, field: 'accountOwner', reason: 'email', value: 'sin-arroba' },
      },
    ]);
    expect(repos.clients.writes).toEqual([]);
  });

  it('un código repetido se informa en la fila posterior nombrando la primera', async () => {
    const repos = createInMemoryRepositories();
    const result = await importClients(
      repos,
      table([rowCells('ACME'), rowCells('BETA'), rowCells('ACME', { Dominios: 'otro.example' })]),
      { today: TODAY },
    );
    expect(result.errors).toEqual([
      {
        line: 4,
        code: 'CLIENT_IMPORT.DUPLICATE_CODE',
        field: 'code',
        params: { code: 'ACME', firstLine: 2, line: 4, field: 'code' },
      },
    ]);
    expect(repos.clients.writes).toEqual([]);
  });

  it('un dominio repetido entre dos clientes del archivo → DUPLICATE_DOMAIN', async () => {
    const repos = createInMemoryRepositories();
    const result = await importClients(
      repos,
      table([rowCells('ACME', { Dominios: 'acme.example; comun.mx' }), rowCells('BETA', { Dominios: 'COMUN.mx' })]),
      { today: TODAY },
    );
    expect(result.errors.map((e) => [e.line, e.code, e.params])).toEqual([
      [
        3,
        'CLIENT_IMPORT.DUPLICATE_DOMAIN',
        { domain: 'comun.mx', code: 'BETA', firstLine: 2, firstCode: 'ACME', line: 3, field: 'emailDomains' },
      ],
    ]);
    expect(repos.clients.writes).toEqual([]);
  });

  it('un dominio de otro cliente del catálogo → DOMAIN_IN_USE; si ese cliente viene en el archivo sin el dominio, se permite', async () => {
    const repos = createInMemoryRepositories();
    await repos.clients.create(storedClient({ key: 'client-OLD', code: 'OLD', emailDomains: ['viejo.mx'] }));
    const clash = await importClients(repos, table([rowCells('NEW', { Dominios: 'viejo.mx' })]), { today: TODAY });
    expect(clash.errors.map((e) => [e.line, e.code, e.params.otherCode])).toEqual([
      [2, 'CLIENT_IMPORT.DOMAIN_IN_USE', 'OLD'],
    ]);
    const moved = await importClients(
      repos,
      table([rowCells('NEW', { Dominios: 'viejo.mx' }), rowCells('OLD', { Dominios: 'otro.mx' })]),
      { today: TODAY },
    );
    expect(moved).toEqual({ imported: 1, updated: 1, unchanged: 0, errors: [] });
  });

  it('la clave que le tocaría a un código nuevo ya la usa otro cliente → KEY_IN_USE', async () => {
    const repos = createInMemoryRepositories();
    await repos.clients.create(storedClient({ key: 'client-NEW', code: 'OTHER', emailDomains: [] }));
    const result = await importClients(repos, table([rowCells('NEW')]), { today: TODAY });
    expect(result.errors.map((e) => [e.code, e.params.otherCode])).toEqual([['CLIENT_IMPORT.KEY_IN_USE', 'OTHER']]);
  });

  it('un error de encabezados detiene la validación antes de leer el catálogo', async () => {
    const repos = createInMemoryRepositories();
    const listAll = jest.spyOn(repos.clients, 'listAll');
    const result = await importClients(
      repos,
      { headers: ['Código', 'Nombre'], rows: [{ line: 2, cells: ['ACME', 'x'] }] },
      { today: TODAY },
    );
    expect(result.errors.map((e) => e.code)).toEqual(Array(4).fill('CLIENT_IMPORT.MISSING_HEADER'));
    expect(listAll).not.toHaveBeenCalled();
  });

  it('las filas en blanco se saltan', async () => {
    const repos = createInMemoryRepositories();
    const file = table([rowCells('ACME'), ['', ' ', '', '', '', ''], rowCells('BETA')]);
    expect(await importClients(repos, file, { today: TODAY })).toEqual({
      imported: 2,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
  });

  it('un conflicto de eTag al actualizar se propaga', async () => {
    const repos = createInMemoryRepositories();
    await importClients(repos, table([rowCells('ACME')]), { today: TODAY });
    const original = repos.clients.update.bind(repos.clients);
    jest.spyOn(repos.clients, 'update').mockImplementation(async (value, eTag) => {
      // Someone else saves the client between the read and the write.
      const current = await repos.clients.getByKey(value.key);
      await original({ ...current!.value, name: 'Cambio ajeno' }, current!.eTag);
      return original(value, eTag);
    });
    await expect(
      importClients(repos, table([rowCells('ACME', { Nombre: 'Mío' })]), { today: TODAY }),
    ).rejects.toBeInstanceOf(RecordConflictError);
  });

  it('una creación que encuentra otro registro con la misma clave y otros valores es un conflicto', async () => {
    const repos = createInMemoryRepositories();
    jest.spyOn(repos.clients, 'listAll').mockResolvedValueOnce([]);
    await repos.clients.create(storedClient({ name: 'Creado por otro' }));
    await expect(importClients(repos, table([rowCells('ACME')]), { today: TODAY })).rejects.toBeInstanceOf(
      RecordConflictError,
    );
  });

  it('rechaza una fecha de hoy no válida con un código estable', async () => {
    const repos = createInMemoryRepositories();
    const error: unknown = await importClients(repos, table([rowCells('ACME')]), { today: '15/03/2026' }).catch(
      (e: unknown) => e,
    );
    expect(isDomainError(error, 'CLIENT_IMPORT.INVALID_OPTIONS')).toBe(true);
  });

  it('10 000 clientes: 10 000 creaciones con createMany; reimportados, 10 000 sin cambios', async () => {
    const repos = createInMemoryRepositories();
    const createMany = jest.spyOn(repos.clients, 'createMany');
    const file = manyClients(10_000);
    expect(await importClients(repos, file, { today: TODAY })).toEqual({
      imported: 10_000,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    expect(createMany).toHaveBeenCalledTimes(1);
    expect(repos.clients.size).toBe(10_000);
    expect(await importClients(repos, file, { today: TODAY })).toEqual({
      imported: 0,
      updated: 0,
      unchanged: 10_000,
      errors: [],
    });
  });
});
