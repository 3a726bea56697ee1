/**
 * The read side of the Excel workbook API on a drive item (by id or path): worksheets, tables
 * (by id or name, also under `worksheets/{name}/tables`), table rows (`$top`/`$skip`,
 * `rows/itemAt(index=n)`), columns, and the header, data-body, totals and whole ranges. Sessions
 * can be created and closed (`workbook-session-id` is accepted and ignored: nothing is written).
 * A file that is not a readable .xlsx is a 400; an unknown table or worksheet a 404 ItemNotFound.
 */
import { randomUUID } from 'node:crypto';
import type {
  WorkbookRange,
  WorkbookTable,
  WorkbookTableRow,
  WorkbookWorksheet,
} from '@microsoft/microsoft-graph-types';
import { z } from 'zod';
import type { EmulatorContext } from '../context';
import { SCOPES } from '../auth/scopes';
import { parseBody } from '../http/body';
import { json, noContent, type EmuResponse } from '../http/exchange';
import { GraphError, badRequest } from '../http/graph-error';
import type { RouteRequest, Router } from '../http/router';
import { DRIVE_PREFIXES, ITEM_LOCATORS } from './addressing';
import { readContent } from './drive-store';
import { applySelect, integerOption, parseSelect, rejectUnsupportedOptions } from './query';
import { resolveDrive, resolveItem } from './resolve';
import {
  WorkbookCache,
  WorkbookOpenError,
  areaAddress,
  dataRows,
  type CellArea,
  type ParsedCell,
  type ParsedTable,
  type ParsedWorkbook,
  type ParsedWorksheet,
} from './workbook';

const READ = { kind: 'scopes', anyOf: SCOPES.filesRead } as const;
const WRITE = { kind: 'scopes', anyOf: SCOPES.filesWrite } as const;

/** Parsed workbooks shared by every emulator in the process: the key is the content's SHA-256. */
const cache = new WorkbookCache();

const resourceNotFound = (): GraphError => new GraphError(404, 'ItemNotFound', "The requested resource doesn't exist.");
const invalidArgument = (): GraphError =>
  new GraphError(400, 'InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');

async function openWorkbook(req: RouteRequest, ctx: EmulatorContext): Promise<ParsedWorkbook> {
  const target = resolveDrive(req, ctx, 'read');
  const item = resolveItem(req, ctx, target.drive);
  if (item.isFolder) throw badRequest('The item is a folder, not a workbook.');
  try {
    return await cache.get(`${item.sha256 ?? ''}:${item.size}`, () => readContent(ctx, item.id));
  } catch (error) {
    if (error instanceof WorkbookOpenError) {
      throw new GraphError(400, 'GenericFileOpenError', `The workbook cannot be opened. (${error.reason})`);
    }
    throw error;
  }
}

function findWorksheet(workbook: ParsedWorkbook, key: string): ParsedWorksheet {
  const lower = key.toLowerCase();
  const found = workbook.worksheets.find(
    (sheet) => sheet.id.toLowerCase() === lower || sheet.name.toLowerCase() === lower,
  );
  if (found === undefined) throw resourceNotFound();
  return found;
}

/** The table `{table}` names (its id or its name, ignoring case), within `{worksheet}` when given. */
function findTable(req: RouteRequest, workbook: ParsedWorkbook): ParsedTable {
  const sheet = req.params.worksheet === undefined ? undefined : findWorksheet(workbook, req.params.worksheet);
  const lower = (req.params.table ?? '').toLowerCase();
  const found = workbook.tables.find(
    (table) =>
      (sheet === undefined || table.worksheet.id === sheet.id) &&
      (table.id.toLowerCase() === lower || table.name.toLowerCase() === lower),
  );
  if (found === undefined) throw resourceNotFound();
  return found;
}

function worksheetJson(sheet: ParsedWorksheet): WorkbookWorksheet & Record<string, unknown> {
  return { id: sheet.id, name: sheet.name, position: sheet.position, visibility: sheet.visibility };
}

function tableJson(table: ParsedTable): WorkbookTable & Record<string, unknown> {
  return {
    id: table.id,
    name: table.name,
    showHeaders: table.showHeaders,
    showTotals: table.showTotals,
    style: table.style,
    highlightFirstColumn: table.highlightFirstColumn,
    highlightLastColumn: table.highlightLastColumn,
    showBandedColumns: table.showBandedColumns,
    showBandedRows: table.showBandedRows,
    showFilterButton: table.showFilterButton,
    legacyId: table.legacyId,
  };
}

const TABLE_PROPERTIES: ReadonlySet<string> = new Set([
  'id',
  'name',
  'showHeaders',
  'showTotals',
  'style',
  'highlightFirstColumn',
  'highlightLastColumn',
  'showBandedColumns',
  'showBandedRows',
  'showFilterButton',
  'legacyId',
]);
const WORKSHEET_PROPERTIES: ReadonlySet<string> = new Set(['id', 'name', 'position', 'visibility']);

function rangeJson(sheet: ParsedWorksheet, area: CellArea, cells: readonly (readonly ParsedCell[])[]) {
  const address = areaAddress(sheet.name, area);
  const grid = <T>(pick: (cell: ParsedCell) => T): T[][] => cells.map((row) => row.map(pick));
  const formulas = grid((cell) => cell.formula);
  const range: WorkbookRange & Record<string, unknown> = {
    address,
    addressLocal: address,
    cellCount: (area.bottom - area.top + 1) * (area.right - area.left + 1),
    columnCount: area.right - area.left + 1,
    columnHidden: false,
    columnIndex: area.left - 1,
    formulas,
    formulasLocal: formulas,
    hidden: false,
    numberFormat: grid((cell) => cell.numberFormat),
    rowCount: area.bottom - area.top + 1,
    rowHidden: false,
    rowIndex: area.top - 1,
    text: grid((cell) => cell.text),
    values: grid((cell) => cell.value),
    valueTypes: grid((cell) => cell.valueType),
  };
  return range;
}

type RangePart = 'header' | 'body' | 'totals' | 'all';

function tableRange(table: ParsedTable, part: RangePart) {
  const { area, cells } = table;
  const rowsOf = (first: number, last: number) =>
    rangeJson(
      table.worksheet,
      { ...area, top: area.top + first, bottom: area.top + last },
      cells.slice(first, last + 1),
    );
  const lastRow = cells.length - 1;
  switch (part) {
    case 'all':
      return rowsOf(0, lastRow);
    case 'header':
      if (!table.showHeaders) throw resourceNotFound();
      return rowsOf(0, 0);
    case 'totals':
      if (!table.showTotals) throw resourceNotFound();
      return rowsOf(lastRow, lastRow);
    case 'body': {
      const first = table.showHeaders ? 1 : 0;
      const last = Math.max(first, lastRow - (table.showTotals ? 1 : 0));
      return rowsOf(first, last);
    }
  }
}

function rowJson(index: number, cells: readonly ParsedCell[]): WorkbookTableRow & Record<string, unknown> {
  return { index, values: [cells.map((cell) => cell.value)] };
}

type WorkbookHandler = (req: RouteRequest, ctx: EmulatorContext) => Promise<EmuResponse>;

/** A GET handler on an opened workbook; `allowed` lists the query options it implements. */
function reader(
  allowed: readonly string[],
  answer: (req: RouteRequest, workbook: ParsedWorkbook) => unknown,
): WorkbookHandler {
  return async (req, ctx) => {
    rejectUnsupportedOptions(req.query, allowed);
    const workbook = await openWorkbook(req, ctx);
    return json(200, answer(req, workbook));
  };
}

const listWorksheets = reader([], (req, workbook) => {
  const select = parseSelect(req.query, WORKSHEET_PROPERTIES, 'workbookWorksheet');
  return { value: workbook.worksheets.map((sheet) => applySelect(worksheetJson(sheet), select)) };
});

const getWorksheet = reader([], (req, workbook) => {
  const select = parseSelect(req.query, WORKSHEET_PROPERTIES, 'workbookWorksheet');
  return applySelect(worksheetJson(findWorksheet(workbook, req.params.worksheet ?? '')), select);
});

const listTables = reader([], (req, workbook) => {
  const select = parseSelect(req.query, TABLE_PROPERTIES, 'workbookTable');
  const sheet = req.params.worksheet === undefined ? undefined : findWorksheet(workbook, req.params.worksheet);
  const tables = workbook.tables.filter((table) => sheet === undefined || table.worksheet.id === sheet.id);
  return { value: tables.map((table) => applySelect(tableJson(table), select)) };
});

const getTable = reader([], (req, workbook) => {
  const select = parseSelect(req.query, TABLE_PROPERTIES, 'workbookTable');
  return applySelect(tableJson(findTable(req, workbook)), select);
});

const listRows = reader(['$top', '$skip'], (req, workbook) => {
  const rows = dataRows(findTable(req, workbook));
  const skip = integerOption(req.query, '$skip', 0, Number.MAX_SAFE_INTEGER, 0);
  const top = integerOption(req.query, '$top', 1, Number.MAX_SAFE_INTEGER, rows.length);
  return { value: rows.slice(skip, skip + top).map((cells, offset) => rowJson(skip + offset, cells)) };
});

const rowAt = reader([], (req, workbook) => {
  const rows = dataRows(findTable(req, workbook));
  const raw = req.params.index ?? '';
  const index = /^\d{1,9}$/.test(raw) ? Number(raw) : -1;
  const cells = rows[index];
  if (cells === undefined) throw invalidArgument();
  return rowJson(index, cells);
});

const listColumns = reader([], (req, workbook) => {
  const table = findTable(req, workbook);
  return {
    value: table.columnNames.map((name, index) => ({
      id: String(index + 1),
      index,
      name,
      values: table.cells.map((row) => [row[index]?.value ?? '']),
    })),
  };
});

const rangeReader = (part: RangePart): WorkbookHandler =>
  reader([], (req, workbook) => tableRange(findTable(req, workbook), part));

const sessionSchema = z.object({ persistChanges: z.boolean().optional() }).strict();

async function createSession(req: RouteRequest, ctx: EmulatorContext): Promise<EmuResponse> {
  const body = req.rawBody.length === 0 ? {} : parseBody(sessionSchema, req, 'workbookSessionInfo');
  await openWorkbook(req, ctx);
  return json(201, { id: `cluster=EMU&session=${randomUUID()}`, persistChanges: body.persistChanges ?? true });
}

async function endSession(req: RouteRequest, ctx: EmulatorContext): Promise<EmuResponse> {
  if (req.headers['workbook-session-id'] === undefined) throw badRequest('The workbook-session-id header is required.');
  await openWorkbook(req, ctx);
  return noContent();
}

/** `…/headerRowRange` and `…/headerRowRange()` both work in Graph. */
const functionForms = (name: string): string[] => [name, `${name}()`];

export function registerWorkbookRoutes(router: Router): void {
  for (const prefix of DRIVE_PREFIXES) {
    for (const locator of ITEM_LOCATORS) {
      const workbook = `${prefix}${locator}/workbook`;
      router.add('POST', `${workbook}/createSession`, WRITE, createSession);
      router.add('POST', `${workbook}/closeSession`, WRITE, endSession);
      router.add('POST', `${workbook}/refreshSession`, WRITE, endSession);
      router.add('GET', `${workbook}/worksheets`, READ, listWorksheets);
      router.add('GET', `${workbook}/worksheets/{worksheet}`, READ, getWorksheet);
      router.add('GET', `${workbook}/tables`, READ, listTables);
      router.add('GET', `${workbook}/worksheets/{worksheet}/tables`, READ, listTables);
      for (const table of [`${workbook}/tables/{table}`, `${workbook}/worksheets/{worksheet}/tables/{table}`]) {
        router.add('GET', table, READ, getTable);
        router.add('GET', `${table}/rows`, READ, listRows);
        router.add('GET', `${table}/rows/itemAt(index={index})`, READ, rowAt);
        router.add('GET', `${table}/columns`, READ, listColumns);
        for (const [name, part] of [
          ['headerRowRange', 'header'],
          ['dataBodyRange', 'body'],
          ['totalRowRange', 'totals'],
          ['range', 'all'],
        ] as const) {
          for (const form of functionForms(name)) router.add('GET', `${table}/${form}`, READ, rangeReader(part));
        }
      }
    }
  }
}
