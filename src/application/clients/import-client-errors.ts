/**
 * What a client import reports: stable error codes with their parameters (never text — src/i18n
 * turns them into Spanish or English), the client fields an error can name, and the reasons an
 * individual value is refused.
 */
import type { Client } from '../../domain/client/client.entity';
import type { ErrorParams } from '../../domain/shared/domain-error';

/** A client field as the import names it in errors (labels live in the `clientImport` catalog). */
export type ClientImportField = keyof Client;

/** Every client field, in the order the catalog shows them. */
export const CLIENT_FIELDS = [
  'key',
  'code',
  'name',
  'taxId',
  'emailDomains',
  'accountOwner',
  'deliveryLead',
  'cadence',
  'status',
  'validFrom',
  'validTo',
] as const satisfies readonly ClientImportField[];

/** Codes of the errors an import can report or throw. */
export const CLIENT_IMPORT_ERROR_CODES = [
  // Reading the file (thrown by the file reader as DomainErrors).
  'CLIENT_IMPORT.FILE_NOT_FOUND',
  'CLIENT_IMPORT.UNSUPPORTED_FORMAT',
  'CLIENT_IMPORT.UNREADABLE_FILE',
  'CLIENT_IMPORT.NOT_UTF8',
  'CLIENT_IMPORT.EMPTY_FILE',
  'CLIENT_IMPORT.TOO_LARGE',
  'CLIENT_IMPORT.MALFORMED_CSV',
  // Headers (line of the header row).
  'CLIENT_IMPORT.MISSING_HEADER',
  'CLIENT_IMPORT.UNKNOWN_HEADER',
  'CLIENT_IMPORT.DUPLICATE_HEADER',
  'CLIENT_IMPORT.BLANK_HEADER',
  // Rows.
  'CLIENT_IMPORT.INVALID_ROW',
  'CLIENT_IMPORT.TOO_MANY_CELLS',
  'CLIENT_IMPORT.DUPLICATE_CODE',
  'CLIENT_IMPORT.DUPLICATE_DOMAIN',
  // Rows against the stored catalog.
  'CLIENT_IMPORT.DOMAIN_IN_USE',
  'CLIENT_IMPORT.KEY_IN_USE',
  // Programming errors of the caller.
  'CLIENT_IMPORT.INVALID_OPTIONS',
] as const;
export type ClientImportErrorCode = (typeof CLIENT_IMPORT_ERROR_CODES)[number];

/**
 * Why one value of a row was refused (`params.reason` of `CLIENT_IMPORT.INVALID_ROW`); each has
 * a text in the `clientImport.reason` catalog, which may use the error's `value` and `max`.
 */
export const CLIENT_IMPORT_REASONS = [
  'required',
  'code',
  'tooLong',
  'taxId',
  'domain',
  'duplicateDomain',
  'tooManyDomains',
  'email',
  'cadence',
  'status',
  'date',
  'validToBeforeValidFrom',
  'invalid',
] as const;
export type ClientImportReason = (typeof CLIENT_IMPORT_REASONS)[number];

/**
 * One problem found in the file. `line` is the physical line (CSV) or row number (xlsx) where the
 * record starts; `params` always repeats `line` and holds what the message interpolates. The use
 * case never fills `message`: a host localises it (src/adapters/xlsx/client-import).
 */
export interface ClientImportError {
  readonly line: number;
  readonly code: ClientImportErrorCode;
  readonly field?: ClientImportField;
  readonly message?: string;
  readonly params: ErrorParams;
}

/** Longest piece of a cell repeated in an error's parameters (the stored value is never cut). */
export const MAX_ERROR_VALUE_LENGTH = 80;

/** A cell value as quoted in an error message: cut to a readable length. */
export function quotedValue(value: string): string {
  const chars = [...value];
  return chars.length <= MAX_ERROR_VALUE_LENGTH ? value : `${chars.slice(0, MAX_ERROR_VALUE_LENGTH - 1).join('')}…`;
}

export function importError(
  line: number,
  code: ClientImportErrorCode,
  params: ErrorParams = {},
  field?: ClientImportField,
): ClientImportError {
  return field === undefined
    ? { line, code, params: { ...params, line } }
    : { line, code, field, params: { ...params, line, field } };
}

/** Errors in file order (by line; the order they were found within a line). */
export function sortImportErrors(errors: readonly ClientImportError[]): ClientImportError[] {
  return errors
    .map((error, index) => ({ error, index }))
    .sort((a, b) => a.error.line - b.error.line || a.index - b.index)
    .map(({ error }) => error);
}
