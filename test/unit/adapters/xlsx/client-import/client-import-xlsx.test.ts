import ExcelJS from 'exceljs';
import {
  cellValueText,
  parseClientImportXlsx,
  readClientImportFile,
} from '../../../../../src/adapters/xlsx/client-import';
import { isDomainError } from '../../../../../src/domain/shared/domain-error';

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function failureCode(read: () => Promise<unknown>): Promise<string> {
  try {
    await read();
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
  throw new Error('the read did not fail');
}

const HEADERS = ['Código', 'Nombre', 'Dominios', 'Comercial', 'Líder', 'Periodicidad', 'Vigente desde'];

describe('lectura de .xlsx', () => {
  it('lee la primera hoja como texto: fórmula (su resultado guardado), texto enriquecido, hipervínculo, fecha, número', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Clientes');
      sheet.addRow(HEADERS);
      sheet.addRow([
        { formula: 'UPPER("acme")', result: 'ACME' },
        { richText: [{ text: 'Acme ', font: { bold: true } }, { text: '<b>S.A.</b>' }] },
        { text: 'acme.mx', hyperlink: 'http://acme.mx' },
        'a@b.mx',
        'c@d.mx',
        'Mensual',
        new Date(Date.UTC(2026, 0, 15)),
      ]);
      sheet.addRow([]);
      sheet.addRow(['BETA', '=HYPERLINK("http://x","y")', 'beta.mx', 'a@b.mx', 'c@d.mx', { formula: 'A1' }, '']);
      sheet.getCell('A5').value = 42;
      sheet.getCell('A5').numFmt = '00000';
      sheet.getCell('B5').value = { formula: '1+1', result: 2 };
      sheet.getCell('G5').value = { sharedFormula: 'B5', result: new Date(Date.UTC(2026, 1, 1, 10, 30)) };
      workbook.addWorksheet('Otra').addRow(['ignorada']);
    });
    const table = await parseClientImportXlsx(bytes, 'clientes.xlsx');
    expect(table.headers).toEqual(HEADERS);
    expect(table.headerLine).toBe(1);
    expect(table.rows).toEqual([
      { line: 2, cells: ['ACME', 'Acme <b>S.A.</b>', 'acme.mx', 'a@b.mx', 'c@d.mx', 'Mensual', '2026-01-15'] },
      { line: 4, cells: ['BETA', '=HYPERLINK("http://x","y")', 'beta.mx', 'a@b.mx', 'c@d.mx', '', ''] },
      { line: 5, cells: ['00042', '2', '', '', '', '', '2026-02-01T10:30:00'] },
    ]);
  });

  it('convierte cada forma de valor de exceljs en el texto que muestra', () => {
    expect(cellValueText(null)).toBe('');
    expect(cellValueText(true)).toBe('TRUE');
    expect(cellValueText(1.5)).toBe('1.5');
    expect(cellValueText(7, '000')).toBe('007');
    expect(cellValueText({ error: '#N/A' })).toBe('#N/A');
    expect(cellValueText({ text: { richText: [{ text: 'a' }, { text: 'b' }] }, hyperlink: 'x' })).toBe('ab');
    expect(cellValueText({ formula: 'NOW()' })).toBe('');
    expect(cellValueText(new Date(Number.NaN))).toBe('');
  });

  it('los encabezados empiezan en la primera fila con datos', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Clientes');
      sheet.getRow(3).values = HEADERS;
      sheet.getRow(4).values = ['A', 'x', 'a.mx', 'a@b.mx', 'c@d.mx', 'anual'];
    });
    const table = await readClientImportFile({ name: 'Clientes.XLSX', bytes });
    expect(table.headerLine).toBe(3);
    expect(table.rows.map((r) => r.line)).toEqual([4]);
  });

  it('bytes al azar con nombre .xlsx → UNREADABLE_FILE, sin fallar de otra forma', async () => {
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
    expect(await failureCode(() => readClientImportFile({ name: 'x.xlsx', bytes: random }))).toBe(
      'CLIENT_IMPORT.UNREADABLE_FILE',
    );
    const fakeZip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...random]);
    expect(await failureCode(() => readClientImportFile({ name: 'x.xlsx', bytes: fakeZip }))).toBe(
      'CLIENT_IMPORT.UNREADABLE_FILE',
    );
  });

  it('un zip truncado → UNREADABLE_FILE', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Clientes');
      sheet.addRow(HEADERS);
      for (let i = 0; i < 200; i++) sheet.addRow([`C${i}`, `Cliente ${i}`, `c${i}.mx`, 'a@b.mx', 'c@d.mx', 'anual']);
    });
    for (const length of [10, Math.floor(bytes.length / 2), bytes.length - 30]) {
      expect(await failureCode(() => parseClientImportXlsx(bytes.subarray(0, length), 'x.xlsx'))).toBe(
        'CLIENT_IMPORT.UNREADABLE_FILE',
      );
    }
  });

  it('un libro sin filas o solo con encabezados → EMPTY_FILE; un archivo de 0 bytes también', async () => {
    const empty = await workbookBytes((workbook) => workbook.addWorksheet('Vacía'));
    expect(await failureCode(() => parseClientImportXlsx(empty, 'v.xlsx'))).toBe('CLIENT_IMPORT.EMPTY_FILE');
    const headersOnly = await workbookBytes((workbook) => workbook.addWorksheet('H').addRow(HEADERS));
    expect(await failureCode(() => parseClientImportXlsx(headersOnly, 'h.xlsx'))).toBe('CLIENT_IMPORT.EMPTY_FILE');
    expect(await failureCode(() => parseClientImportXlsx(new Uint8Array(), 'z.xlsx'))).toBe('CLIENT_IMPORT.EMPTY_FILE');
  });
});
