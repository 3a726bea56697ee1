import { MEETING_CADENCES } from '../../../../src/domain/client/client.entity';
import { CLIENT_FIELDS } from '../../../../src/application/clients/import-client-errors';
import { mapHeaders } from '../../../../src/application/clients/import-client-headers';
import {
  cadenceFromText,
  clientKeyForCode,
  mergeIntoStored,
  parseClientRow,
  sameClient,
  splitDomains,
  statusFromText,
  type ClientImportRow,
} from '../../../../src/application/clients/import-client-rows';
import { recordKeySchema } from '../../../../src/domain/shared/primitives';
import { HEADERS_ES, LEAD, OWNER, rowCells, TODAY } from './support/client-import-table';

const OPTIONAL = ['RFC', 'Estado', 'VigenteDesde', 'VigenteHasta'];
const { mapping } = mapHeaders([...HEADERS_ES, ...OPTIONAL], 1, () => true);

function parseRow(cells: readonly string[], line = 2) {
  const row: ClientImportRow = { line, cells };
  return parseClientRow(row, mapping, TODAY);
}

const withOptional = (cells: string[], optional: string[] = ['', '', '', '']): string[] => [...cells, ...optional];

describe('vocabularios cerrados de la importación', () => {
  it.each([
    ['mensual', 'monthly'],
    ['Bimestral', 'bimonthly'],
    ['TRIMESTRAL', 'quarterly'],
    ['semestral', 'semiannual'],
    ['Anual', 'annual'],
    [' monthly ', 'monthly'],
    ['BIMONTHLY', 'bimonthly'],
    ['Quarterly', 'quarterly'],
    ['semiannual', 'semiannual'],
    ['annual', 'annual'],
  ])('la periodicidad «%s» es %s', (word, cadence) => {
    expect(cadenceFromText(word)).toBe(cadence);
  });

  it('todas las periodicidades del dominio tienen palabra en español e inglés', () => {
    const spanish = ['mensual', 'bimestral', 'trimestral', 'semestral', 'anual'];
    expect(spanish.map(cadenceFromText)).toEqual([...MEETING_CADENCES]);
    expect(MEETING_CADENCES.map(cadenceFromText)).toEqual([...MEETING_CADENCES]);
    expect(cadenceFromText('diario')).toBeUndefined();
  });

  it('el estado acepta activo/inactivo y active/inactive', () => {
    expect(['Activo', 'activa', 'ACTIVE'].map(statusFromText)).toEqual(['active', 'active', 'active']);
    expect(['inactivo', 'Inactiva', 'inactive'].map(statusFromText)).toEqual(['inactive', 'inactive', 'inactive']);
    expect(statusFromText('baja')).toBeUndefined();
  });

  it('los dominios se separan por «;» o «,»', () => {
    expect(splitDomains(' a.mx; b.com.mx ,c.mx;; ')).toEqual(['a.mx', 'b.com.mx', 'c.mx']);
    expect(splitDomains('')).toEqual([]);
  });

  it('la clave se deriva del código y es una clave de registro válida', () => {
    expect(clientKeyForCode('AB')).toBe('client-AB');
    expect(recordKeySchema.safeParse(clientKeyForCode('AB')).success).toBe(true);
    expect(recordKeySchema.safeParse(clientKeyForCode('A'.repeat(20))).success).toBe(true);
  });

  it('CLIENT_FIELDS nombra exactamente los campos del cliente', () => {
    const { parsed } = parseRow(withOptional(rowCells('ACME'), ['ACM010101AB1', 'activo', '2026-01-01', '2026-12-31']));
    expect(Object.keys(parsed!.client).sort()).toEqual([...CLIENT_FIELDS].sort());
  });
});

describe('una fila → un cliente', () => {
  it('con los valores por omisión: activo, vigente desde hoy, sin RFC', () => {
    const { parsed, errors } = parseRow(withOptional(rowCells('ACME', { Dominios: 'acme.mx; ACME.com.mx' })));
    expect(errors).toEqual([]);
    expect(parsed?.client).toEqual({
      key: 'client-ACME',
      code: 'ACME',
      name: 'Cliente ACME',
      emailDomains: ['acme.mx', 'acme.com.mx'],
      accountOwner: OWNER,
      deliveryLead: LEAD,
      cadence: 'monthly',
      status: 'active',
      validFrom: TODAY,
    });
    expect([...parsed!.given].sort()).toEqual(
      ['accountOwner', 'cadence', 'code', 'deliveryLead', 'emailDomains', 'name'].sort(),
    );
  });

  it.each([
    '=HYPERLINK("http://x","y")',
    '+52 55 1234 5678',
    '-x',
    '@x',
    '<img src=x onerror=alert(1)>',
    "O'Brien & Asociados",
    'Comercial "La Paz", S.C.',
    'X {{code}} $t(common:yes)',
  ])('el nombre %j se guarda exactamente como texto', (name) => {
    const { parsed, errors } = parseRow(withOptional(rowCells('ACME', { Nombre: name })));
    expect(errors).toEqual([]);
    expect(parsed?.client.name).toBe(name);
  });

  it('los campos opcionales dados se leen: RFC, estado, vigencia', () => {
    const { parsed } = parseRow(
      withOptional(rowCells('ACME'), ['ACM010101AB1', 'Inactivo', '2025-01-01', '2026-12-31']),
    );
    expect(parsed?.client).toMatchObject({
      taxId: 'ACM010101AB1',
      status: 'inactive',
      validFrom: '2025-01-01',
      validTo: '2026-12-31',
    });
    expect(parsed?.given.has('taxId')).toBe(true);
  });

  it('cada campo no válido se informa con su motivo, todos a la vez', () => {
    const { parsed, errors } = parseRow(
      withOptional(
        rowCells('acme', {
          Nombre: '',
          Dominios: 'ok.mx; no valido',
          Comercial: 'no-es-correo',
          Periodicidad: 'diaria',
        }),
        ['XYZ', 'baja', '15/01/2026', ''],
      ),
      9,
    );
    expect(parsed).toBeUndefined();
    expect(errors.map((e) => [e.line, e.code, e.field, e.params.reason, e.params.value])).toEqual([
      [9, 'CLIENT_IMPORT.INVALID_ROW', 'name', 'required', ''],
      [9, 'CLIENT_IMPORT.INVALID_ROW', 'cadence', 'cadence', 'diaria'],
      [9, 'CLIENT_IMPORT.INVALID_ROW', 'status', 'status', 'baja'],
      [9, 'CLIENT_IMPORT.INVALID_ROW', 'validFrom', 'date', '15/01/2026'],
      [9, 'CLIENT_IMPORT.INVALID_ROW', 'code', 'code', 'acme'],
      [9, 'CLIENT_IMPORT.INVALID_ROW', 'taxId', 'taxId', 'XYZ'],
      [9, 'CLIENT_IMPORT.INVALID_ROW', 'emailDomains', 'domain', 'no valido'],
      [9, 'CLIENT_IMPORT.INVALID_ROW', 'accountOwner', 'email', 'no-es-correo'],
    ]);
    expect(errors[0]?.params).toMatchObject({ line: 9, field: 'name' });
  });

  it('nombre demasiado largo, dominio repetido, vigencia al revés', () => {
    const long = parseRow(withOptional(rowCells('ACME', { Nombre: 'x'.repeat(256) })));
    expect(long.errors.map((e) => [e.field, e.params.reason, e.params.max])).toEqual([['name', 'tooLong', 255]]);
    expect(String(long.errors[0]?.params.value).length).toBeLessThanOrEqual(80);
    const repeated = parseRow(withOptional(rowCells('ACME', { Dominios: 'a.mx; A.MX' })));
    expect(repeated.errors.map((e) => [e.field, e.params.reason, e.params.value])).toEqual([
      ['emailDomains', 'duplicateDomain', 'a.mx'],
    ]);
    const backwards = parseRow(withOptional(rowCells('ACME'), ['', '', '2026-05-01', '2026-04-30']));
    expect(backwards.errors.map((e) => [e.field, e.params.reason])).toEqual([['validTo', 'validToBeforeValidFrom']]);
  });

  it('más celdas con datos que encabezados → TOO_MANY_CELLS', () => {
    const { errors } = parseRow([...withOptional(rowCells('ACME')), 'sobra']);
    expect(errors.map((e) => [e.code, e.params.count, e.params.expected])).toEqual([
      ['CLIENT_IMPORT.TOO_MANY_CELLS', 7, 10],
    ]);
  });

  it('celdas que faltan al final cuentan como vacías', () => {
    const { parsed, errors } = parseRow(rowCells('ACME'));
    expect(errors).toEqual([]);
    expect(parsed?.client.status).toBe('active');
  });
});

describe('fusión con el cliente guardado', () => {
  it('conserva la clave guardada y los campos opcionales que la fila deja vacíos', () => {
    const { parsed } = parseRow(withOptional(rowCells('ACME', { Nombre: 'Nuevo nombre' })));
    const stored = {
      ...parsed!.client,
      key: 'legacy-key-0001',
      name: 'Viejo',
      taxId: 'ACM010101AB1',
      status: 'inactive' as const,
      validFrom: '2020-01-01',
    };
    const merged = mergeIntoStored(stored, parsed!);
    expect(merged).toEqual({ ...stored, name: 'Nuevo nombre' });
    expect(sameClient(merged, { ...merged })).toBe(true);
    expect(sameClient(merged, stored)).toBe(false);
  });
});
