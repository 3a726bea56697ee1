/**
 * Reads a client import workbook (.xlsx) with exceljs: the first worksheet, the first non-empty
 * row as headers, every following non-empty row as data with its Excel row number as line.
 * Cells become the text they show: rich text joined, numbers as written (zero-padded when the
 * format is `000…`), dates as ISO dates, formulas as their cached result (never evaluated),
 * hyperlinks as their text, errors as `#N/A`-style text.
 */
import ExcelJS from 'exceljs';
import type { ClientImportRow, ClientImportTable } from '../../../application/clients/import-client-rows';
import { emptyFile, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, tooLarge, unreadable } from './client-import-limits';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04] as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `2026-01-15`, or `2026-01-15T10:30:00` when the date has a time of day (exceljs dates are UTC). */
export function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const seconds = date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds();
  if (seconds === 0) return day;
  return `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

function numberText(value: number, numFmt: string | undefined): string {
  // A format of zeros only (`00000`) shows leading zeros: postal codes, numeric client codes.
  if (numFmt !== undefined && /^0+$/.test(numFmt) && Number.isInteger(value) && value >= 0) {
    return String(value).padStart(numFmt.length, '0');
  }
  return String(value);
}

/**
 * The text of an exceljs cell value: null, string, number, boolean, Date, `{richText}`,
 * `{text, hyperlink}`, `{error}`, `{formula | sharedFormula, result}`.
 */
export function cellValueText(value: unknown, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (!isRecord(value)) return '';
  if (Array.isArray(value.richText)) {
    return value.richText.map((run) => (isRecord(run) && typeof run.text === 'string' ? run.text : '')).join('');
  }
  if (typeof value.error === 'string') return value.error;
  if ('formula' in value || 'sharedFormula' in value) return cellValueText(value.result, numFmt);
  if ('text' in value) return cellValueText(value.text, numFmt);
  return '';
}

/** The subset of exceljs's Cell this reader uses. */
interface CellLike {
  readonly type: ExcelJS.ValueType;
  readonly value: unknown;
  readonly numFmt?: string;
}

export function cellText(cell: CellLike): string {
  // A merged area shows its value once, in its top-left cell.
  if (cell.type === ExcelJS.ValueType.Merge) return '';
  return cellValueText(cell.value, cell.numFmt);
}

/** Parses .xlsx bytes: the first worksheet's header and data rows. */
export async function parseClientImportXlsx(bytes: Uint8Array, file: string): Promise<ClientImportTable> {
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge(file);
  if (bytes.length === 0) throw emptyFile(file);
  if (bytes.length < ZIP_SIGNATURE.length || ZIP_SIGNATURE.some((byte, index) => bytes[index] !== byte)) {
    throw unreadable(file);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as its own `Buffer`; it accepts any Uint8Array at run time.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw unreadable(file, error);
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw unreadable(file);
  if (sheet.actualRowCount > MAX_IMPORT_ROWS + 1) throw tooLarge(file);

  const nonEmpty: ClientImportRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column)));
    if (cells.some((cell) => cell.trim() !== '')) nonEmpty.push({ line: rowNumber, cells });
  });
  const [header, ...rows] = nonEmpty;
  if (header === undefined || rows.length === 0) throw emptyFile(file);
  if (rows.length > MAX_IMPORT_ROWS) throw tooLarge(file);
  const { cells: headers, line: headerLine } = header;
  return { headers, headerLine, rows };
}
