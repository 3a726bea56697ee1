/**
 * The header row of a client import file: which column holds which client field. Header names are
 * accepted in Spanish and English and matched ignoring case, accents, blanks and punctuation
 * (`Código`, `codigo`, `CODE`, `Vigente desde`, `valid_from`).
 */
import type { ClientImportError, ClientImportField } from './import-client-errors';
import { importError } from './import-client-errors';
import { withoutAccents } from '../../domain/shared/text';

/** A client field that a file may carry (the key is derived from the code, never imported). */
export type ImportColumn = Exclude<ClientImportField, 'key'>;

/** Columns every file must have. */
export const REQUIRED_COLUMNS = [
  'code',
  'name',
  'emailDomains',
  'accountOwner',
  'deliveryLead',
  'cadence',
] as const satisfies readonly ImportColumn[];

/** Columns a file may have; an absent or empty one keeps the stored value (or the default). */
export const OPTIONAL_COLUMNS = ['taxId', 'status', 'validFrom', 'validTo'] as const satisfies readonly ImportColumn[];

export const IMPORT_COLUMNS: readonly ImportColumn[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];

/**
 * Accepted header names per column. The first is the canonical Spanish header, the second the
 * field's identifier (the English header); the rest are the field labels of the `clientImport`
 * catalog in both languages, so a file exported with those labels imports back.
 */
export const HEADER_ALIASES: Readonly<Record<ImportColumn, readonly string[]>> = {
  code: ['Código', 'code'],
  name: ['Nombre', 'name'],
  emailDomains: ['Dominios', 'emailDomains', 'Dominios de correo'],
  accountOwner: ['Comercial', 'accountOwner', 'Account manager'],
  deliveryLead: ['Líder', 'deliveryLead', 'Líder de Entrega del Servicio', 'Service Delivery Lead'],
  cadence: ['Periodicidad', 'cadence', 'Meeting cadence'],
  taxId: ['RFC', 'taxId', 'Tax ID (RFC)'],
  status: ['Estado', 'status'],
  validFrom: ['VigenteDesde', 'validFrom'],
  validTo: ['VigenteHasta', 'validTo'],
};

/**
 * The comparable form of a header or a keyword: without accents, in lower case, letters and
 * digits only (`Líder de Entrega` → `liderdeentrega`).
 */
export function normaliseWord(text: string): string {
  return withoutAccents(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const COLUMN_BY_HEADER: ReadonlyMap<string, ImportColumn> = new Map(
  IMPORT_COLUMNS.flatMap((column) => HEADER_ALIASES[column].map((alias) => [normaliseWord(alias), column] as const)),
);

/** The column a header names, or undefined when it is not a known header. */
export function columnForHeader(header: string): ImportColumn | undefined {
  return COLUMN_BY_HEADER.get(normaliseWord(header));
}

/** `Código/code, Nombre/name, …`: the accepted headers, for the unknown-header message. */
export const ACCEPTED_HEADERS = IMPORT_COLUMNS.map((column) => HEADER_ALIASES[column].slice(0, 2).join('/')).join(', ');

export interface HeaderMapping {
  /** The column of each cell position (undefined: a blank header over an empty column, ignored). */
  readonly columns: readonly (ImportColumn | undefined)[];
  /** The columns the file has. */
  readonly present: ReadonlySet<ImportColumn>;
}

/**
 * Maps the header row to columns. `hasData(index)` tells whether any data row has a value in that
 * cell position, so a trailing blank header over an empty column (common in exports) is ignored.
 */
export function mapHeaders(
  headers: readonly string[],
  headerLine: number,
  hasData: (index: number) => boolean,
): { mapping: HeaderMapping; errors: ClientImportError[] } {
  const errors: ClientImportError[] = [];
  const columns: (ImportColumn | undefined)[] = [];
  const firstHeader = new Map<ImportColumn, string>();
  headers.forEach((raw, index) => {
    const header = raw.trim();
    const position = index + 1;
    if (header === '') {
      if (hasData(index)) errors.push(importError(headerLine, 'CLIENT_IMPORT.BLANK_HEADER', { column: position }));
      columns.push(undefined);
      return;
    }
    const column = columnForHeader(header);
    if (column === undefined) {
      errors.push(
        importError(headerLine, 'CLIENT_IMPORT.UNKNOWN_HEADER', {
          header,
          column: position,
          accepted: ACCEPTED_HEADERS,
        }),
      );
      columns.push(undefined);
      return;
    }
    const first = firstHeader.get(column);
    if (first !== undefined) {
      errors.push(
        importError(headerLine, 'CLIENT_IMPORT.DUPLICATE_HEADER', { header, firstHeader: first, column: position }),
      );
      columns.push(undefined);
      return;
    }
    firstHeader.set(column, header);
    columns.push(column);
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!firstHeader.has(column)) {
      const [header = column, alias = column] = HEADER_ALIASES[column];
      errors.push(importError(headerLine, 'CLIENT_IMPORT.MISSING_HEADER', { header, alias }, column));
    }
  }
  return { mapping: { columns, present: new Set(firstHeader.keys()) }, errors };
}
