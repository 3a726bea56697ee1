/**
 * Reads .xlsx files for the workbook API. exceljs 4.4 reads table definitions from a file
 * (`worksheet.getTables()` returns `Table` objects whose `model` has `name`, `tableRef`,
 * `headerRow`, `totalsRow`, `columns`, `autoFilterRef` and `style`), so no zip/XML parsing of our
 * own is needed. A workbook is parsed once per file content (keyed by its SHA-256) into plain
 * values — worksheets, tables and the cells of each table's range — and the exceljs objects are
 * dropped.
 *
 * Cell values follow what Graph returns in `values`: numbers as numbers, text as text, booleans
 * as booleans, dates as Excel serial numbers (exceljs hands them over as `Date`s, converted back
 * with millisecond precision, honouring the 1904 date system), formulas as their cached result,
 * errors as their text (`#N/A`), empty cells as "".
 */
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';

export type CellValue = string | number | boolean;
export type ValueType = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

export interface ParsedCell {
  readonly value: CellValue;
  readonly text: string;
  /** `=FORMULA` for a formula cell, else the value. */
  readonly formula: CellValue;
  readonly numberFormat: string;
  readonly valueType: ValueType;
}

export interface ParsedWorksheet {
  readonly id: string;
  readonly name: string;
  readonly position: number;
  readonly visibility: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface CellArea {
  /** 1-based, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface ParsedTable {
  readonly id: string;
  readonly legacyId: string;
  readonly name: string;
  readonly worksheet: ParsedWorksheet;
  readonly showHeaders: boolean;
  readonly showTotals: boolean;
  readonly style: string;
  readonly highlightFirstColumn: boolean;
  readonly highlightLastColumn: boolean;
  readonly showBandedRows: boolean;
  readonly showBandedColumns: boolean;
  readonly showFilterButton: boolean;
  readonly columnNames: readonly string[];
  readonly area: CellArea;
  /** Every row of `area`, header and totals included. */
  readonly cells: readonly (readonly ParsedCell[])[];
}

export interface ParsedWorkbook {
  readonly worksheets: readonly ParsedWorksheet[];
  readonly tables: readonly ParsedTable[];
}

export class WorkbookOpenError extends Error {
  constructor(readonly reason: string) {
    super(`The workbook cannot be opened: ${reason}`);
    this.name = 'WorkbookOpenError';
  }
}

const MS_PER_DAY = 86_400_000;
/** Days between Excel's 1900 epoch (serial 0 = 1899-12-30, leap-year bug included) and 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days between the 1900 and 1904 date systems. */
const DATE_1904_OFFSET = 1_462;

/** The Excel serial number of a date exceljs read from a cell. */
export function excelSerial(date: Date, date1904 = false): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE_1904_OFFSET : 0);
}

/** 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
}

/** Excel's sheet size: columns A..XFD, rows 1..1 048 576 (exceljs refuses cells beyond them). */
export const MAX_COLUMNS = 16_384;
export const MAX_ROWS = 1_048_576;

/** `B2:H4` (or a single cell `B2`, `$` allowed) → its area; undefined when not a reference inside a sheet. */
export function parseAreaReference(ref: string): CellArea | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/i.exec(ref.trim());
  if (match === null) return undefined;
  const [, c1 = '', r1 = '', c2 = c1, r2 = r1] = match;
  const left = columnNumber(c1);
  const right = columnNumber(c2);
  const top = Number(r1);
  const bottom = Number(r2);
  if (top < 1 || left < 1 || bottom < top || right < left) return undefined;
  if (right > MAX_COLUMNS || bottom > MAX_ROWS) return undefined;
  return { top, left, bottom, right };
}

/** Excel's sheet reference in an address: `Hoja1`, `'Mi hoja'`, `'O''Brien'`. */
export function sheetReference(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Z]{1,3}\d+$/i.test(name) && !/^R\d*C\d*$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function areaAddress(sheet: string, area: CellArea): string {
  const start = `${columnLetters(area.left)}${area.top}`;
  const end = `${columnLetters(area.right)}${area.bottom}`;
  return `${sheetReference(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A date's display text: `2024-01-15`, or `2024-01-15 10:30:00` when it has a time of day (UTC). */
function dateText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const seconds = date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds();
  if (seconds === 0 && date.getUTCMilliseconds() === 0) return day;
  return `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

interface ScalarCell {
  value: CellValue;
  text: string;
  valueType: ValueType;
}

const EMPTY: ScalarCell = { value: '', text: '', valueType: 'Empty' };

/**
 * An exceljs cell value (or a formula's cached result) as Graph's `values` entry. Handles the
 * shapes exceljs produces: null, number, string, boolean, Date, `{richText}`,
 * `{text, hyperlink}`, `{error}`, `{formula | sharedFormula, result}`.
 */
export function scalarOf(value: unknown, date1904 = false): ScalarCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number') return { value, text: String(value), valueType: 'Double' };
  if (typeof value === 'string') return value === '' ? EMPTY : { value, text: value, valueType: 'String' };
  if (typeof value === 'boolean') return { value, text: value ? 'TRUE' : 'FALSE', valueType: 'Boolean' };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return EMPTY;
    return { value: excelSerial(value, date1904), text: dateText(value), valueType: 'Double' };
  }
  if (!isRecord(value)) return EMPTY;
  if (Array.isArray(value.richText)) {
    const text = value.richText.map((run) => (isRecord(run) && typeof run.text === 'string' ? run.text : '')).join('');
    return scalarOf(text, date1904);
  }
  if (typeof value.error === 'string') return { value: value.error, text: value.error, valueType: 'Error' };
  if ('formula' in value || 'sharedFormula' in value) return scalarOf(value.result, date1904);
  if ('hyperlink' in value || 'text' in value) return scalarOf(value.text, date1904);
  return EMPTY;
}

/** The subset of exceljs's `Cell` this module reads. */
export interface CellLike {
  readonly type: ExcelJS.ValueType;
  readonly value: unknown;
  readonly numFmt?: string;
  readonly formula?: string;
}

/** A cell as Graph's range properties see it (`values`, `text`, `formulas`, `numberFormat`, `valueTypes`). */
export function parseCell(cell: CellLike, date1904 = false): ParsedCell {
  if (cell.type === ExcelJS.ValueType.Merge) {
    return { value: '', text: '', formula: '', numberFormat: 'General', valueType: 'Empty' };
  }
  const scalar = scalarOf(cell.value, date1904);
  const numberFormat = typeof cell.numFmt === 'string' && cell.numFmt !== '' ? cell.numFmt : 'General';
  const formula =
    cell.type === ExcelJS.ValueType.Formula && typeof cell.formula === 'string' && cell.formula !== ''
      ? `=${cell.formula}`
      : scalar.value;
  return { ...scalar, formula, numberFormat };
}

/** Excel's worksheet ids through Graph: `{00000000-0001-0000-0000-000000000000}`, `…-0100-…` for the second. */
function worksheetId(position: number): string {
  const low = (position & 0xff).toString(16).padStart(2, '0');
  const high = ((position >> 8) & 0xff).toString(16).padStart(2, '0');
  return `{00000000-0001-0000-${low}${high}-000000000000}`.toUpperCase();
}

/** A stable GUID-shaped id for the n-th table (exceljs does not surface the file's `xr:uid`). */
function tableId(legacyId: string, name: string): string {
  const hex = createHash('sha256').update(`table:${legacyId}:${name.toLowerCase()}`).digest('hex').toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}}`;
}

interface TableModel {
  name?: string;
  displayName?: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  autoFilterRef?: string;
  columns?: { name?: string; filterButton?: boolean }[];
  style?: {
    theme?: string;
    showFirstColumn?: boolean;
    showLastColumn?: boolean;
    showRowStripes?: boolean;
    showColumnStripes?: boolean;
  };
}

interface SheetLike {
  readonly name: string;
  readonly state?: string;
  readonly orderNo?: number;
  getTables(): unknown[];
  getCell(row: number, column: number): CellLike;
}

const VISIBILITY: Readonly<Record<string, ParsedWorksheet['visibility']>> = {
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
};

/** Cells above which a table is refused (a guard against pathological files, not an Excel limit). */
export const MAX_TABLE_CELLS = 2_000_000;

function tableModel(table: unknown): TableModel | undefined {
  if (!isRecord(table)) return undefined;
  const model = table.model ?? table.table;
  return isRecord(model) ? model : undefined;
}

/** Parses .xlsx bytes; throws `WorkbookOpenError` for anything that is not a readable workbook. */
export async function parseWorkbook(bytes: Buffer): Promise<ParsedWorkbook> {
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    throw new WorkbookOpenError('the file is not an Office Open XML (zip) package');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own `Buffer` (an ArrayBuffer); it accepts Node's Buffer at run time.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookOpenError(error instanceof Error ? error.message.slice(0, 200) : 'unreadable file');
  }
  const date1904 = (workbook.properties as { date1904?: boolean } | undefined)?.date1904 === true;
  const sheets = (workbook.worksheets as unknown as SheetLike[])
    .map((sheet, index) => ({ sheet, order: sheet.orderNo ?? index }))
    .sort((a, b) => a.order - b.order)
    .map(({ sheet }) => sheet);
  if (sheets.length === 0) throw new WorkbookOpenError('the package has no worksheets');

  const worksheets: ParsedWorksheet[] = sheets.map((sheet, position) => ({
    id: worksheetId(position),
    name: sheet.name,
    position,
    visibility: VISIBILITY[sheet.state ?? ''] ?? 'Visible',
  }));
  const tables: ParsedTable[] = [];
  sheets.forEach((sheet, position) => {
    const worksheet = worksheets[position]!;
    for (const table of sheet.getTables()) {
      const model = tableModel(table);
      const name = model?.name ?? model?.displayName;
      const area = parseAreaReference(model?.tableRef ?? model?.ref ?? '');
      if (model === undefined || name === undefined || area === undefined) {
        throw new WorkbookOpenError(`a table on worksheet '${sheet.name}' has no valid name or range`);
      }
      if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > MAX_TABLE_CELLS) {
        throw new WorkbookOpenError(`table '${name}' is larger than the emulator supports`);
      }
      const cells: ParsedCell[][] = [];
      for (let row = area.top; row <= area.bottom; row++) {
        const line: ParsedCell[] = [];
        for (let column = area.left; column <= area.right; column++)
          line.push(parseCell(sheet.getCell(row, column), date1904));
        cells.push(line);
      }
      const legacyId = String(tables.length + 1);
      const columns = model.columns ?? [];
      tables.push({
        id: tableId(legacyId, name),
        legacyId,
        name,
        worksheet,
        showHeaders: model.headerRow !== false,
        showTotals: model.totalsRow === true,
        style: model.style?.theme ?? '',
        highlightFirstColumn: model.style?.showFirstColumn === true,
        highlightLastColumn: model.style?.showLastColumn === true,
        showBandedRows: model.style?.showRowStripes === true,
        showBandedColumns: model.style?.showColumnStripes === true,
        showFilterButton:
          model.headerRow !== false &&
          model.autoFilterRef !== undefined &&
          columns.some((column) => column.filterButton !== false),
        columnNames: columns.map((column, index) => column.name ?? `Column${index + 1}`),
        area,
        cells,
      });
    }
  });
  return { worksheets, tables };
}

/** The rows of a table's data body (between header and totals rows). */
export function dataRows(table: ParsedTable): readonly (readonly ParsedCell[])[] {
  const start = table.showHeaders ? 1 : 0;
  const end = table.cells.length - (table.showTotals ? 1 : 0);
  return table.cells.slice(start, Math.max(start, end));
}

/**
 * Parsed workbooks by content hash. A small LRU: a file is parsed once per version however many
 * workbook requests read it; a failure is remembered too (the same bytes fail the same way).
 */
export class WorkbookCache {
  private readonly entries = new Map<string, Promise<ParsedWorkbook>>();

  constructor(private readonly capacity = 16) {}

  get(key: string, load: () => Buffer): Promise<ParsedWorkbook> {
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const parsed = parseWorkbook(load());
    this.entries.set(key, parsed);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return parsed;
  }
}
