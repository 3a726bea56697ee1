import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  detectDelimiter,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  parseClientImportCsv,
  readClientImportFile,
} from '../../../../../src/adapters/xlsx/client-import';
import { isDomainError } from '../../../../../src/domain/shared/domain-error';

const FIXTURES = join(__dirname, '../../../../fixtures/client-import');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const BOM = Uint8Array.of(0xef, 0xbb, 0xbf);
const withBom = (text: string): Uint8Array => Uint8Array.from([...BOM, ...utf8(text)]);

/** The DomainError code (and params) a read throws, for compact assertions. */
async function failure(read: () => unknown): Promise<{ code: string; params: Record<string, unknown> }> {
  try {
    await read();
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, params: { ...error.params } };
    throw error;
  }
  throw new Error('the read did not fail');
}

const HEADER = 'Código,Nombre,Dominios,Comercial,Líder,Periodicidad';

describe('lectura de CSV', () => {
  it('UTF-8 con BOM y sin BOM dan lo mismo; el BOM no ensucia el primer encabezado', () => {
    const text = `${HEADER}\nACME,Acmé,acme.mx,a@b.mx,c@d.mx,mensual\n`;
    const plain = parseClientImportCsv(utf8(text), 'a.csv');
    const bom = parseClientImportCsv(withBom(text), 'a.csv');
    expect(bom).toEqual(plain);
    expect(plain.headers[0]).toBe('Código');
    expect(plain.rows).toEqual([{ line: 2, cells: ['ACME', 'Acmé', 'acme.mx', 'a@b.mx', 'c@d.mx', 'mensual'] }]);
  });

  it('detecta «;» o «,» en la línea de encabezados, fuera de comillas', () => {
    expect(detectDelimiter('a;b;c\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(detectDelimiter('\n\n"x,y";b;c')).toBe(';');
    expect(detectDelimiter('solo')).toBe(',');
  });

  it('punto y coma: los dominios con comas dentro de la celda no parten la fila', () => {
    const text = `${HEADER.replaceAll(',', ';')}\r\nACME;Acme, S.A.;acme.mx, acme.com.mx;a@b.mx;c@d.mx;anual\r\n`;
    const { rows } = parseClientImportCsv(utf8(text), 'a.csv');
    expect(rows[0]?.cells).toEqual(['ACME', 'Acme, S.A.', 'acme.mx, acme.com.mx', 'a@b.mx', 'c@d.mx', 'anual']);
  });

  it('comillas RFC 4180: delimitador, salto de línea y comillas dobles dentro; la línea es donde empieza el registro', () => {
    const text = [
      HEADER,
      'A1,"Uno, dos",a.mx,a@b.mx,c@d.mx,mensual',
      'A2,"Línea 1\r\nLínea ""2""",b.mx,a@b.mx,c@d.mx,mensual',
      '',
      '   ',
      'A3,"=HYPERLINK(""http://x"",""y"")",c.mx,a@b.mx,c@d.mx,mensual',
      'A4,"x\n\ny",d.mx,a@b.mx,c@d.mx,mensual',
      "A5,O'Brien,e.mx,a@b.mx,c@d.mx,mensual",
    ].join('\r\n');
    const { rows, headerLine } = parseClientImportCsv(utf8(text), 'a.csv');
    expect(headerLine).toBe(1);
    expect(rows.map((r) => [r.line, r.cells[1]])).toEqual([
      [2, 'Uno, dos'],
      [3, 'Línea 1\r\nLínea "2"'],
      [7, '=HYPERLINK("http://x","y")'],
      [8, 'x\n\ny'],
      [11, "O'Brien"],
    ]);
  });

  it('líneas con LF o CR solos también cuentan', () => {
    const lf = parseClientImportCsv(
      utf8(`${HEADER}\n\nA,"x\ny",a.mx,a@b.mx,c@d.mx,mensual\nB,z,b.mx,a@b.mx,c@d.mx,mensual`),
      'a.csv',
    );
    expect(lf.rows.map((r) => r.line)).toEqual([3, 5]);
    const cr = parseClientImportCsv(
      utf8(`${HEADER}\rA,x,a.mx,a@b.mx,c@d.mx,mensual\rB,z,b.mx,a@b.mx,c@d.mx,mensual`),
      'a.csv',
    );
    expect(cr.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('las líneas en blanco antes de los encabezados cuentan en la numeración', () => {
    const { headerLine, rows } = parseClientImportCsv(utf8(`\n\n${HEADER}\nA,x,a.mx,a@b.mx,c@d.mx,mensual\n`), 'a.csv');
    expect(headerLine).toBe(3);
    expect(rows[0]?.line).toBe(4);
  });

  it('texto que parece fórmula o HTML se lee tal cual', () => {
    const names = ['=HYPERLINK("http://x","y")', '+52 55 1234 5678', '-x', '@x', '<img src=x onerror=alert(1)>'];
    const quoted = names.map((n, i) => `C${i},"${n.replaceAll('"', '""')}",c${i}.mx,a@b.mx,c@d.mx,mensual`);
    const { rows } = parseClientImportCsv(utf8([HEADER, ...quoted].join('\n')), 'a.csv');
    expect(rows.map((r) => r.cells[1])).toEqual(names);
  });

  it('una comilla dentro de un campo sin comillas se conserva como texto', () => {
    const { rows } = parseClientImportCsv(utf8(`${HEADER}\nA,Pantalla 5" HD,a.mx,a@b.mx,c@d.mx,mensual\n`), 'a.csv');
    expect(rows[0]?.cells[1]).toBe('Pantalla 5" HD');
  });

  it('lee los archivos de ejemplo (BOM + «;» en español, «,» en inglés)', async () => {
    const es = await readClientImportFile(join(FIXTURES, 'clientes-bom-punto-y-coma.csv'));
    expect(es.headers).toEqual([
      'Código',
      'Nombre',
      'Dominios',
      'Comercial',
      'Líder',
      'Periodicidad',
      'RFC',
      'Estado',
      'Vigente desde',
    ]);
    expect(es.rows.map((r) => [r.line, r.cells[0], r.cells[1]])).toEqual([
      [2, 'ACME', 'Acme; S.A. de C.V.'],
      [4, 'HTML', '<img src=x onerror=alert(1)>'],
      [5, 'FORMULA', '=HYPERLINK("http://x","y")'],
      [6, 'MULTI', 'Línea uno\r\nLínea "dos"'],
      [8, 'OBRIEN', "O'Brien & Asociados"],
    ]);
    const en = await readClientImportFile(join(FIXTURES, 'clients-english.csv'));
    expect(en.headers[0]).toBe('CODE');
    expect(en.rows.map((r) => r.cells[1])).toEqual([
      '+52 55 1234 5678',
      '-x',
      '@x',
      'Comercial "La Paz", S.C.',
      "D'Angelo",
    ]);
  });
});

describe('CSV que no se puede importar', () => {
  it('UTF-16 (con o sin BOM) → NOT_UTF8', async () => {
    const text = `${HEADER}\nA,x,a.mx,a@b.mx,c@d.mx,mensual\n`;
    const utf16le = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    expect(await failure(() => parseClientImportCsv(utf16le, 'u.csv'))).toEqual({
      code: 'CLIENT_IMPORT.NOT_UTF8',
      params: { file: 'u.csv', line: 1 },
    });
    const noBom = Uint8Array.from(Buffer.from(text, 'utf16le'));
    expect((await failure(() => parseClientImportCsv(noBom, 'u.csv'))).code).toBe('CLIENT_IMPORT.NOT_UTF8');
  });

  it('Windows-1252 (Excel «CSV delimitado por comas») → NOT_UTF8 con la línea del primer carácter no válido', async () => {
    const latin1 = Uint8Array.from(Buffer.from(`Codigo,Nombre\nA,Acme\nB,Compa\u00f1\u00eda\n`, 'latin1'));
    expect(await failure(() => parseClientImportCsv(latin1, 'w.csv'))).toEqual({
      code: 'CLIENT_IMPORT.NOT_UTF8',
      params: { file: 'w.csv', line: 3 },
    });
  });

  it('contenido binario → UNREADABLE_FILE', async () => {
    const binary = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256);
    expect((await failure(() => parseClientImportCsv(binary, 'b.csv'))).code).toBe('CLIENT_IMPORT.UNREADABLE_FILE');
  });

  it('vacío, solo BOM, solo espacios o solo encabezados → EMPTY_FILE', async () => {
    for (const bytes of [new Uint8Array(), BOM, utf8(' \r\n\n '), utf8(`${HEADER}\n`), utf8(`${HEADER}\n,,,,,\n`)]) {
      expect(await failure(() => parseClientImportCsv(bytes, 'e.csv'))).toEqual({
        code: 'CLIENT_IMPORT.EMPTY_FILE',
        params: { file: 'e.csv' },
      });
    }
  });

  it('una comilla sin cerrar → MALFORMED_CSV con la línea', async () => {
    const text = `${HEADER}\nA,x,a.mx,a@b.mx,c@d.mx,mensual\nB,"sin cerrar,b.mx,a@b.mx,c@d.mx,mensual\n`;
    const { code, params } = await failure(() => parseClientImportCsv(utf8(text), 'm.csv'));
    expect(code).toBe('CLIENT_IMPORT.MALFORMED_CSV');
    expect(params.file).toBe('m.csv');
    expect(params.line).toEqual(expect.any(Number));
  });

  it(`más de ${MAX_IMPORT_ROWS} filas o de 20 MiB → TOO_LARGE`, async () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `C${i},n,,a@b.mx,c@d.mx,mensual`);
    const big = utf8([HEADER, ...rows].join('\n'));
    expect(await failure(() => parseClientImportCsv(big, 'big.csv'))).toEqual({
      code: 'CLIENT_IMPORT.TOO_LARGE',
      params: { file: 'big.csv', maxRows: 50_000, maxMiB: 20 },
    });
    const huge = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41);
    expect((await failure(() => parseClientImportCsv(huge, 'huge.csv'))).code).toBe('CLIENT_IMPORT.TOO_LARGE');
  });

  it('extensión desconocida → UNSUPPORTED_FORMAT; archivo inexistente → FILE_NOT_FOUND (solo el nombre, no la ruta)', async () => {
    expect(await failure(() => readClientImportFile({ name: 'clientes.xls', bytes: utf8('x') }))).toEqual({
      code: 'CLIENT_IMPORT.UNSUPPORTED_FORMAT',
      params: { file: 'clientes.xls' },
    });
    expect(await failure(() => readClientImportFile('/no/existe/clientes.csv'))).toEqual({
      code: 'CLIENT_IMPORT.FILE_NOT_FOUND',
      params: { file: 'clientes.csv' },
    });
    const folder = mkdtempSync(join(tmpdir(), 'carpeta-')) + '.csv';
    mkdirSync(folder);
    try {
      expect((await failure(() => readClientImportFile(folder))).code).toBe('CLIENT_IMPORT.UNREADABLE_FILE');
    } finally {
      rmSync(folder, { recursive: true });
    }
  });

  it('los archivos de ejemplo son pequeños y están en UTF-8 con y sin BOM', () => {
    const es = readFileSync(join(FIXTURES, 'clientes-bom-punto-y-coma.csv'));
    const en = readFileSync(join(FIXTURES, 'clients-english.csv'));
    expect([...es.subarray(0, 3)]).toEqual([...BOM]);
    expect([...en.subarray(0, 3)]).not.toEqual([...BOM]);
  });
});
