import ExcelJS from 'exceljs';
import {
  WorkbookCache,
  WorkbookOpenError,
  areaAddress,
  columnLetters,
  dataRows,
  excelSerial,
  parseAreaReference,
  parseCell,
  parseWorkbook,
  scalarOf,
  sheetReference,
} from '../../../../src/emulator/drive/workbook';

describe('cell values as Graph returns them', () => {
  it('keeps numbers, text and booleans; empty is ""', () => {
    expect(scalarOf(42)).toEqual({ value: 42, text: '42', valueType: 'Double' });
    expect(scalarOf('Núñez')).toEqual({ value: 'Núñez', text: 'Núñez', valueType: 'String' });
    expect(scalarOf(true)).toEqual({ value: true, text: 'TRUE', valueType: 'Boolean' });
    for (const empty of [null, undefined, ''])
      expect(scalarOf(empty)).toEqual({ value: '', text: '', valueType: 'Empty' });
  });

  it('turns dates into Excel serial numbers (1900 and 1904 systems)', () => {
    expect(scalarOf(new Date(Date.UTC(2024, 0, 15, 10, 30)))).toEqual({
      value: 45306.4375,
      text: '2024-01-15 10:30:00',
      valueType: 'Double',
    });
    expect(scalarOf(new Date(Date.UTC(2024, 2, 1))).value).toBe(45352);
    expect(excelSerial(new Date(Date.UTC(1899, 11, 30)))).toBe(0);
    expect(excelSerial(new Date(Date.UTC(1904, 0, 1)), true)).toBe(0);
    expect(scalarOf(new Date(Number.NaN)).value).toBe('');
  });

  it('reads rich text, hyperlinks, errors and formula results', () => {
    expect(scalarOf({ richText: [{ text: 'Hola ' }, { font: { bold: true }, text: 'mundo' }] }).value).toBe(
      'Hola mundo',
    );
    expect(scalarOf({ text: 'sitio', hyperlink: 'https://example.com' }).value).toBe('sitio');
    expect(scalarOf({ error: '#N/A' })).toEqual({ value: '#N/A', text: '#N/A', valueType: 'Error' });
    expect(scalarOf({ formula: 'A1+1', result: 3 }).value).toBe(3);
    expect(scalarOf({ sharedFormula: 'B2', result: 'x' }).value).toBe('x');
    expect(scalarOf({ formula: 'NOW()', result: new Date(Date.UTC(2024, 0, 15)) }).value).toBe(45306);
    expect(scalarOf({ formula: 'A1' }).value).toBe('');
  });

  it('gives formulas with "=", number formats, and "" for merged cells', () => {
    const formula = parseCell({
      type: ExcelJS.ValueType.Formula,
      value: { formula: 'SUM(A1:A2)', result: 3 },
      formula: 'SUM(A1:A2)',
    });
    expect(formula).toMatchObject({ value: 3, formula: '=SUM(A1:A2)', numberFormat: 'General' });
    const dated = parseCell({
      type: ExcelJS.ValueType.Date,
      value: new Date(Date.UTC(2024, 0, 15)),
      numFmt: 'dd/mm/yyyy',
    });
    expect(dated).toMatchObject({ value: 45306, formula: 45306, numberFormat: 'dd/mm/yyyy' });
    expect(parseCell({ type: ExcelJS.ValueType.Merge, value: 'master' }).value).toBe('');
  });
});

describe('references and addresses', () => {
  it('converts column numbers to letters', () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16384].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
  });

  it('parses area references', () => {
    expect(parseAreaReference('B2:H4')).toEqual({ top: 2, left: 2, bottom: 4, right: 8 });
    expect(parseAreaReference('$A$1:$AA$10')).toEqual({ top: 1, left: 1, bottom: 10, right: 27 });
    expect(parseAreaReference('C3')).toEqual({ top: 3, left: 3, bottom: 3, right: 3 });
    for (const bad of ['', 'B2:A1', 'A0', 'Hoja1!A1', 'ZZZZ1']) expect(parseAreaReference(bad)).toBeUndefined();
  });

  it('quotes sheet names the way Excel does', () => {
    expect(sheetReference('Hoja1')).toBe('Hoja1');
    expect(sheetReference('Año')).toBe('Año');
    expect(sheetReference('Resumen mensual')).toBe("'Resumen mensual'");
    expect(sheetReference("O'Brien")).toBe("'O''Brien'");
    expect(sheetReference('A1')).toBe("'A1'");
    expect(areaAddress('Hoja1', { top: 1, left: 1, bottom: 1, right: 8 })).toBe('Hoja1!A1:H1');
    expect(areaAddress('Hoja1', { top: 2, left: 2, bottom: 2, right: 2 })).toBe('Hoja1!B2');
  });
});

async function sample(configure: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  configure(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('parseWorkbook', () => {
  it('reads worksheets, tables and their cells from an exceljs-written file', async () => {
    const bytes = await sample((workbook) => {
      workbook.addWorksheet('Hoja1').getCell('A1').value = 'fuera de la tabla';
      workbook.getWorksheet('Hoja1')!.addTable({
        name: 'Respuestas',
        ref: 'B2',
        columns: [{ name: 'Id' }, { name: 'Correo electrónico' }],
        rows: [
          [1, 'a@b.example'],
          [2, null],
        ],
      });
      const hidden = workbook.addWorksheet('Oculta', { state: 'hidden' });
      hidden.addTable({
        name: 'Sumas',
        ref: 'A1',
        totalsRow: true,
        columns: [{ name: 'N', totalsRowFunction: 'sum' }],
        rows: [[1], [2]],
      });
    });
    const parsed = await parseWorkbook(bytes);
    expect(parsed.worksheets.map((sheet) => [sheet.name, sheet.position, sheet.visibility, sheet.id])).toEqual([
      ['Hoja1', 0, 'Visible', '{00000000-0001-0000-0000-000000000000}'],
      ['Oculta', 1, 'Hidden', '{00000000-0001-0000-0100-000000000000}'],
    ]);
    const [respuestas, sumas] = parsed.tables;
    expect(respuestas).toMatchObject({ name: 'Respuestas', legacyId: '1', showHeaders: true, showTotals: false });
    expect(respuestas!.area).toEqual({ top: 2, left: 2, bottom: 4, right: 3 });
    expect(respuestas!.cells[0]!.map((cell) => cell.value)).toEqual(['Id', 'Correo electrónico']);
    expect(dataRows(respuestas!).map((row) => row.map((cell) => cell.value))).toEqual([
      [1, 'a@b.example'],
      [2, ''],
    ]);
    expect(sumas).toMatchObject({ name: 'Sumas', showTotals: true, worksheet: { name: 'Oculta' } });
    expect(dataRows(sumas!).map((row) => row.map((cell) => cell.value))).toEqual([[1], [2]]);
    expect(respuestas!.id).not.toBe(sumas!.id);
  });

  it('reads the 1904 date system', async () => {
    const bytes = await sample((workbook) => {
      workbook.properties.date1904 = true;
      workbook.addWorksheet('Hoja1').addTable({
        name: 'Fechas',
        ref: 'A1',
        columns: [{ name: 'Fecha' }],
        rows: [[new Date(Date.UTC(2024, 0, 15))]],
      });
    });
    const parsed = await parseWorkbook(bytes);
    expect(dataRows(parsed.tables[0]!)[0]![0]!.value).toBe(45306 - 1462);
  });

  it('throws WorkbookOpenError for bytes that are not a workbook', async () => {
    const good = await sample((workbook) => workbook.addWorksheet('Hoja1'));
    for (const bytes of [Buffer.alloc(0), Buffer.from('texto'), good.subarray(0, good.length - 30)]) {
      await expect(parseWorkbook(bytes)).rejects.toBeInstanceOf(WorkbookOpenError);
    }
  });
});

describe('WorkbookCache', () => {
  it('parses each key once and evicts the least recently used', async () => {
    const bytes = await sample((workbook) => workbook.addWorksheet('Hoja1'));
    const cache = new WorkbookCache(2);
    const loads: string[] = [];
    const load = (key: string) => () => {
      loads.push(key);
      return bytes;
    };
    await cache.get('a', load('a'));
    await cache.get('b', load('b'));
    await cache.get('a', load('a'));
    await cache.get('c', load('c'));
    await cache.get('a', load('a'));
    await cache.get('b', load('b'));
    expect(loads).toEqual(['a', 'b', 'c', 'b']);
  });
});
