/**
 * File → reader → importClients → in-memory repositories, and the errors worded for people: the
 * path `relaciones clients import` takes, without Graph.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  formatImportErrors,
  localiseImportErrors,
  readClientImportFile,
} from '../../../../../src/adapters/xlsx/client-import';
import {
  CLIENT_FIELDS,
  CLIENT_IMPORT_ERROR_CODES,
  CLIENT_IMPORT_REASONS,
  type ClientImportError,
} from '../../../../../src/application/clients/import-client-errors';
import { importClients } from '../../../../../src/application/clients/import-clients.use-case';
import { createTranslator, describeError, hasKey, LOCALES } from '../../../../../src/i18n';
import { DomainError } from '../../../../../src/domain/shared/domain-error';
import { createInMemoryRepositories } from '../../../../support/in-memory-repositories';

const FIXTURES = join(__dirname, '../../../../fixtures/client-import');
const TODAY = '2026-03-15';
const es = createTranslator('es-MX');
const en = createTranslator('en');

const HEADER = 'Código;Nombre;Dominios;Comercial;Líder;Periodicidad';

/** A semicolon CSV with a BOM and `count` clients; `breakAt(i)` may spoil the i-th data row. */
function bigCsv(count: number, spoil?: (index: number, cells: string[]) => void): Uint8Array {
  const lines = [HEADER];
  for (let i = 1; i <= count; i++) {
    const code = `C${String(i).padStart(5, '0')}`;
    const cells = [
      code,
      `"Cliente ""${i}""; S.A."`,
      `c${i}.example`,
      'ana.comercial@relaciones.example',
      'luis.lider@relaciones.example',
      'Trimestral',
    ];
    spoil?.(i, cells);
    lines.push(cells.join(';'));
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

describe('importación de un archivo de punta a punta', () => {
  it('un CSV de 10 000 filas crea 10 000 clientes; reimportado no cambia nada', async () => {
    const repos = createInMemoryRepositories();
    const table = await readClientImportFile({ name: 'clientes.csv', bytes: bigCsv(10_000) });
    expect(table.rows).toHaveLength(10_000);
    const result = await importClients(repos, table, { today: TODAY });
    expect(result).toEqual({ imported: 10_000, updated: 0, unchanged: 0, errors: [] });
    expect(repos.clients.writes.filter((w) => w.op === 'create')).toHaveLength(10_000);
    expect((await repos.clients.getByKey('client-C07344'))?.value.name).toBe('Cliente "7344"; S.A.');
    expect(await importClients(repos, table, { today: TODAY })).toEqual({
      imported: 0,
      updated: 0,
      unchanged: 10_000,
      errors: [],
    });
  });

  it('10 000 filas con una mala en la línea 7345: no se escribe nada y el error nombra la línea 7345', async () => {
    const repos = createInMemoryRepositories();
    // Data row i sits on line i + 1: the bad one is data row 7344.
    const bytes = bigCsv(10_000, (i, cells) => {
      if (i === 7344) cells[3] = 'ana.comercial(arroba)relaciones.example';
    });
    const result = await importClients(repos, await readClientImportFile({ name: 'clientes.csv', bytes }), {
      today: TODAY,
    });
    expect(result.imported + result.updated + result.unchanged).toBe(0);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ line: 7345, code: 'CLIENT_IMPORT.INVALID_ROW', field: 'accountOwner' });
    expect(repos.clients.writes).toEqual([]);
    expect(formatImportErrors(result.errors, es)).toEqual([
      'Fila 7345: el campo «Comercial» no es válido: «ana.comercial(arroba)relaciones.example» no es una dirección de correo válida.',
    ]);
    expect(formatImportErrors(result.errors, en)).toEqual([
      'Row 7345: the field "Account manager" is not valid: "ana.comercial(arroba)relaciones.example" is not a valid email address.',
    ]);
  });

  it('los archivos de ejemplo se guardan con el texto exacto, en español y en inglés', async () => {
    const repos = createInMemoryRepositories();
    const spanish = await importClients(
      repos,
      await readClientImportFile(join(FIXTURES, 'clientes-bom-punto-y-coma.csv')),
      { today: TODAY },
    );
    expect(spanish).toEqual({ imported: 5, updated: 0, unchanged: 0, errors: [] });
    const english = await importClients(repos, await readClientImportFile(join(FIXTURES, 'clients-english.csv')), {
      today: TODAY,
    });
    expect(english).toEqual({ imported: 5, updated: 0, unchanged: 0, errors: [] });

    const byCode = new Map((await repos.clients.listAll()).map((r) => [r.value.code, r.value]));
    expect(byCode.get('ACME')).toEqual({
      key: 'client-ACME',
      code: 'ACME',
      name: 'Acme; S.A. de C.V.',
      emailDomains: ['acme.com.mx', 'acme.mx'],
      accountOwner: 'ana.comercial@relaciones.example',
      deliveryLead: 'luis.lider@relaciones.example',
      cadence: 'monthly',
      taxId: 'ACM010101AB1',
      status: 'active',
      validFrom: '2026-01-01',
    });
    const names = Object.fromEntries([...byCode].map(([code, client]) => [code, client.name]));
    expect(names).toEqual({
      ACME: 'Acme; S.A. de C.V.',
      HTML: '<img src=x onerror=alert(1)>',
      FORMULA: '=HYPERLINK("http://x","y")',
      MULTI: 'Línea uno\r\nLínea "dos"',
      OBRIEN: "O'Brien & Asociados",
      PLUS: '+52 55 1234 5678',
      MINUS: '-x',
      AT: '@x',
      QUOTE: 'Comercial "La Paz", S.C.',
      ANNUAL: "D'Angelo",
    });
    const cadences = Object.fromEntries([...byCode].map(([code, client]) => [code, client.cadence]));
    expect(cadences).toEqual({
      ACME: 'monthly',
      HTML: 'bimonthly',
      FORMULA: 'quarterly',
      MULTI: 'semiannual',
      OBRIEN: 'annual',
      PLUS: 'monthly',
      MINUS: 'bimonthly',
      AT: 'quarterly',
      QUOTE: 'semiannual',
      ANNUAL: 'annual',
    });
    expect(byCode.get('FORMULA')?.status).toBe('inactive');
    expect(byCode.get('AT')?.status).toBe('inactive');
    expect(byCode.get('PLUS')?.validFrom).toBe('2026-02-01');
    expect(byCode.get('HTML')?.validFrom).toBe(TODAY);
  });

  it('un .xlsx escrito con exceljs se importa; cambiar un nombre actualiza uno', async () => {
    const write = async (name: string): Promise<Uint8Array> => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Clientes');
      sheet.addRow(['code', 'name', 'emailDomains', 'accountOwner', 'deliveryLead', 'cadence', 'RFC']);
      sheet.addRow([
        { formula: 'UPPER("acme")', result: 'ACME' },
        { richText: [{ text: name, font: { italic: true } }] },
        { text: 'acme.mx', hyperlink: 'mailto:x@acme.mx' },
        'ana.comercial@relaciones.example',
        'luis.lider@relaciones.example',
        'semestral',
        'ACM010101AB1',
      ]);
      sheet.addRow([
        'BETA',
        'Beta',
        'beta.mx',
        'ana.comercial@relaciones.example',
        'luis.lider@relaciones.example',
        'anual',
      ]);
      return new Uint8Array(await workbook.xlsx.writeBuffer());
    };
    const repos = createInMemoryRepositories();
    const first = await readClientImportFile({ name: 'c.xlsx', bytes: await write('Acme') });
    expect(await importClients(repos, first, { today: TODAY })).toEqual({
      imported: 2,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    expect((await repos.clients.getByKey('client-ACME'))?.value).toMatchObject({
      name: 'Acme',
      emailDomains: ['acme.mx'],
      cadence: 'semiannual',
      taxId: 'ACM010101AB1',
    });
    const again = await readClientImportFile({ name: 'c.xlsx', bytes: await write('Acme') });
    expect(await importClients(repos, again, { today: TODAY })).toEqual({
      imported: 0,
      updated: 0,
      unchanged: 2,
      errors: [],
    });
    const renamed = await readClientImportFile({ name: 'c.xlsx', bytes: await write('Acme Renovada') });
    expect(await importClients(repos, renamed, { today: TODAY })).toEqual({
      imported: 0,
      updated: 1,
      unchanged: 1,
      errors: [],
    });
  });

  it('los códigos repetidos se informan con las dos filas', async () => {
    const csv = [
      'code,name,emailDomains,accountOwner,deliveryLead,cadence',
      'ACME,Uno,uno.mx,a@b.mx,c@d.mx,monthly',
      'BETA,Dos,dos.mx,a@b.mx,c@d.mx,monthly',
      'ACME,Tres,tres.mx,a@b.mx,c@d.mx,monthly',
    ].join('\n');
    const repos = createInMemoryRepositories();
    const table = await readClientImportFile({ name: 'd.csv', bytes: new TextEncoder().encode(csv) });
    const result = await importClients(repos, table, { today: TODAY });
    expect(formatImportErrors(result.errors, es)).toEqual(['Fila 4: el código «ACME» ya aparece en la fila 2.']);
    expect(localiseImportErrors(result.errors, en)).toEqual([
      expect.objectContaining({
        line: 4,
        code: 'CLIENT_IMPORT.DUPLICATE_CODE',
        message: 'Row 4: the code "ACME" already appears on row 2.',
      }),
    ]);
    expect(repos.clients.writes).toEqual([]);
  });
});

describe('textos de la importación', () => {
  it('cada código de error tiene mensaje, cada campo su etiqueta y cada motivo su texto, en los dos idiomas', () => {
    for (const locale of LOCALES) {
      for (const code of CLIENT_IMPORT_ERROR_CODES)
        expect({ locale, code, ok: hasKey(locale, `errors:${code}`) }).toEqual({ locale, code, ok: true });
      for (const field of CLIENT_FIELDS) expect(hasKey(locale, `clientImport:field.${field}`)).toBe(true);
      for (const reason of CLIENT_IMPORT_REASONS) expect(hasKey(locale, `clientImport:reason.${reason}`)).toBe(true);
    }
  });

  it('los errores de lectura se leen con describeError', () => {
    const error = new DomainError('CLIENT_IMPORT.TOO_LARGE', { file: 'x.csv', maxRows: 50_000, maxMiB: 20 });
    expect(describeError(error)).toBe(
      'El archivo «x.csv» es demasiado grande: se admiten hasta 50000 filas de datos y 20 MiB.',
    );
    expect(describeError(new DomainError('CLIENT_IMPORT.UNREADABLE_FILE', { file: 'x.xlsx' }), 'en')).toMatch(
      /^The file "x.xlsx" could not be read/,
    );
  });

  it('un valor escrito por el usuario se inserta literalmente, nunca se interpreta', () => {
    const errors: ClientImportError[] = [
      {
        line: 3,
        code: 'CLIENT_IMPORT.INVALID_ROW',
        field: 'cadence',
        params: { line: 3, field: 'cadence', reason: 'cadence', value: '{{line}} $t(common:yes) <b>' },
      },
      {
        line: 1,
        code: 'CLIENT_IMPORT.MISSING_HEADER',
        field: 'deliveryLead',
        params: { line: 1, field: 'deliveryLead', header: 'Líder', alias: 'deliveryLead' },
      },
    ];
    expect(formatImportErrors(errors, es)).toEqual([
      'Fila 3: el campo «Periodicidad» no es válido: «{{line}} $t(common:yes) <b>» no es una periodicidad válida; use mensual, bimestral, trimestral, semestral o anual.',
      'Fila 1: falta la columna obligatoria «Líder» (o «deliveryLead») en los encabezados.',
    ]);
  });
});
