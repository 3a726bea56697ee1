import {
  columnForHeader,
  HEADER_ALIASES,
  IMPORT_COLUMNS,
  mapHeaders,
  normaliseWord,
} from '../../../../src/application/clients/import-client-headers';
import { en } from '../../../../src/i18n/locales/en';
import { esMX } from '../../../../src/i18n/locales/es-MX';

const noData = (): boolean => false;
const REQUIRED_ES = ['Código', 'Nombre', 'Dominios', 'Comercial', 'Líder', 'Periodicidad'];

describe('encabezados de la importación de clientes', () => {
  it('reconoce los nombres en español y en inglés sin importar mayúsculas, acentos ni espacios', () => {
    expect(columnForHeader('Código')).toBe('code');
    expect(columnForHeader('  CODIGO ')).toBe('code');
    expect(columnForHeader('code')).toBe('code');
    expect(columnForHeader('Líder')).toBe('deliveryLead');
    expect(columnForHeader('LIDER')).toBe('deliveryLead');
    expect(columnForHeader('delivery lead')).toBe('deliveryLead');
    expect(columnForHeader('email_domains')).toBe('emailDomains');
    expect(columnForHeader('Vigente desde')).toBe('validFrom');
    expect(columnForHeader('VigenteDesde')).toBe('validFrom');
    expect(columnForHeader('valid-from')).toBe('validFrom');
    expect(columnForHeader('rfc')).toBe('taxId');
    expect(columnForHeader('Estado')).toBe('status');
    expect(columnForHeader('Teléfono')).toBeUndefined();
    expect(normaliseWord('Líder de Entrega')).toBe('liderdeentrega');
  });

  it('las etiquetas de campo del catálogo (español e inglés) sirven como encabezados de su campo', () => {
    for (const column of IMPORT_COLUMNS) {
      expect({ column, es: columnForHeader(esMX.clientImport.field[column]) }).toEqual({ column, es: column });
      expect({ column, en: columnForHeader(en.clientImport.field[column]) }).toEqual({ column, en: column });
    }
  });

  it('ningún alias se repite entre dos columnas', () => {
    const all = IMPORT_COLUMNS.flatMap((column) => HEADER_ALIASES[column].map(normaliseWord));
    expect(new Set(all).size).toBe(all.length);
  });

  it('asigna cada posición a su columna y sabe cuáles están presentes', () => {
    const { mapping, errors } = mapHeaders([...REQUIRED_ES, 'RFC'], 1, noData);
    expect(errors).toEqual([]);
    expect(mapping.columns).toEqual([
      'code',
      'name',
      'emailDomains',
      'accountOwner',
      'deliveryLead',
      'cadence',
      'taxId',
    ]);
    expect(mapping.present.has('taxId')).toBe(true);
    expect(mapping.present.has('status')).toBe(false);
  });

  it('falta un encabezado obligatorio → MISSING_HEADER con su nombre en español y en inglés', () => {
    const { errors } = mapHeaders(['Código', 'Nombre', 'Comercial', 'Líder', 'Periodicidad'], 1, noData);
    expect(errors).toEqual([
      {
        line: 1,
        code: 'CLIENT_IMPORT.MISSING_HEADER',
        field: 'emailDomains',
        params: { header: 'Dominios', alias: 'emailDomains', line: 1, field: 'emailDomains' },
      },
    ]);
  });

  it('un encabezado desconocido o repetido es un error; uno vacío sobre una columna vacía se ignora', () => {
    const headers = [...REQUIRED_ES, 'Teléfono', 'code', ''];
    const { errors } = mapHeaders(headers, 3, noData);
    expect(errors.map((e) => [e.code, e.params.header, e.params.column, e.line])).toEqual([
      ['CLIENT_IMPORT.UNKNOWN_HEADER', 'Teléfono', 7, 3],
      ['CLIENT_IMPORT.DUPLICATE_HEADER', 'code', 8, 3],
    ]);
    expect(errors[0]?.params.accepted).toContain('Código/code');
    expect(errors[1]?.params.firstHeader).toBe('Código');
  });

  it('un encabezado vacío sobre una columna con datos → BLANK_HEADER', () => {
    const { errors } = mapHeaders([...REQUIRED_ES, ''], 1, (index) => index === 6);
    expect(errors.map((e) => [e.code, e.params.column])).toEqual([['CLIENT_IMPORT.BLANK_HEADER', 7]]);
  });
});
