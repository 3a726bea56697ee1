/**
 * One data row of a client import file → a Client (through the domain's `parseClient`) or the
 * reasons it is refused. Text is taken exactly as written (only outer blanks are trimmed): HTML,
 * quotes, `=HYPERLINK(…)` or a leading `+ - @` are plain text here. Only the closed vocabularies
 * are interpreted: the cadence and the status words (Spanish or English, any case or accents),
 * the e-mail domains list (split on `;` or `,`) and ISO dates.
 */
import { parseClient, type Client, type ClientStatus, type MeetingCadence } from '../../domain/client/client.entity';
import { isDomainError, type FieldIssue } from '../../domain/shared/domain-error';
import { isoDateSchema } from '../../domain/shared/primitives';
import {
  CLIENT_FIELDS,
  importError,
  quotedValue,
  type ClientImportError,
  type ClientImportField,
  type ClientImportReason,
} from './import-client-errors';
import { normaliseWord, REQUIRED_COLUMNS, type HeaderMapping, type ImportColumn } from './import-client-headers';

/** One record of the file: the physical line where it starts and its cells as text. */
export interface ClientImportRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** The rows of a file as a reader hands them over (header row first, then data). */
export interface ClientImportTable {
  readonly headers: readonly string[];
  /** Line of the header row; 1 when omitted. */
  readonly headerLine?: number;
  readonly rows: readonly ClientImportRow[];
}

/** A row that passed validation: the client and the columns the row gave a value for. */
export interface ParsedClientRow {
  readonly line: number;
  readonly client: Client;
  /** Columns whose value comes from the file (required ones always; optional ones when not empty). */
  readonly given: ReadonlySet<ImportColumn>;
}

/** The record key of a client imported with `code`: stable, so a re-import finds the same item. */
export function clientKeyForCode(code: string): string {
  return `client-${code}`;
}

const CADENCE_WORDS: ReadonlyMap<string, MeetingCadence> = new Map([
  ['mensual', 'monthly'],
  ['bimestral', 'bimonthly'],
  ['trimestral', 'quarterly'],
  ['semestral', 'semiannual'],
  ['anual', 'annual'],
  ['monthly', 'monthly'],
  ['bimonthly', 'bimonthly'],
  ['quarterly', 'quarterly'],
  ['semiannual', 'semiannual'],
  ['annual', 'annual'],
]);

const STATUS_WORDS: ReadonlyMap<string, ClientStatus> = new Map([
  ['activo', 'active'],
  ['activa', 'active'],
  ['active', 'active'],
  ['inactivo', 'inactive'],
  ['inactiva', 'inactive'],
  ['inactive', 'inactive'],
]);

/** The cadence a cell names (`Mensual`, `TRIMESTRAL`, `quarterly`…), or undefined. */
export function cadenceFromText(text: string): MeetingCadence | undefined {
  return CADENCE_WORDS.get(normaliseWord(text));
}

/** The status a cell names (`Activo`, `inactiva`, `active`…), or undefined. */
export function statusFromText(text: string): ClientStatus | undefined {
  return STATUS_WORDS.get(normaliseWord(text));
}

/** The domains of a cell: split on `;` or `,`, trimmed, empty pieces dropped. */
export function splitDomains(text: string): string[] {
  return text
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const MAX_DOMAINS = 20;
const MAX_NAME = 255;

function invalid(
  line: number,
  field: ClientImportField,
  reason: ClientImportReason,
  value: string,
  extra: Record<string, number> = {},
): ClientImportError {
  return importError(line, 'CLIENT_IMPORT.INVALID_ROW', { reason, value: quotedValue(value), ...extra }, field);
}

function firstDuplicate(values: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return undefined;
}

/** The client field a validation issue is about (`emailDomains.2` → `emailDomains`). */
function issueField(issue: FieldIssue): ClientImportField | undefined {
  const head = issue.path.split('.')[0] ?? '';
  return (CLIENT_FIELDS as readonly string[]).includes(head) ? (head as ClientImportField) : undefined;
}

/**
 * Turns the domain's validation issues about `candidate` into row errors, one per field, each
 * with the reason a person can act on.
 */
export function issuesToRowErrors(
  line: number,
  candidate: Client,
  issues: readonly FieldIssue[],
  alreadyReported: ReadonlySet<ClientImportField> = new Set(),
): ClientImportError[] {
  const errors: ClientImportError[] = [];
  const reported = new Set(alreadyReported);
  for (const issue of issues) {
    const field = issueField(issue);
    // The key derives from the code: an invalid code is reported once, on the code.
    const target: ClientImportField | undefined = field === 'key' ? 'code' : field;
    if (target === undefined || reported.has(target)) continue;
    reported.add(target);
    errors.push(rowError(line, target, candidate, issue));
  }
  return errors;
}

function rowError(line: number, field: ClientImportField, candidate: Client, issue: FieldIssue): ClientImportError {
  switch (field) {
    case 'key':
    case 'code':
      return invalid(line, 'code', 'code', candidate.code);
    case 'name':
      return candidate.name.trim().length > MAX_NAME
        ? invalid(line, field, 'tooLong', candidate.name, { max: MAX_NAME })
        : invalid(line, field, 'required', candidate.name);
    case 'taxId':
      return invalid(line, field, 'taxId', candidate.taxId ?? '');
    case 'emailDomains': {
      const index = Number(issue.path.split('.')[1]);
      const domains = candidate.emailDomains;
      if (Number.isInteger(index) && domains[index] !== undefined) {
        return invalid(line, field, 'domain', domains[index]);
      }
      if (domains.length > MAX_DOMAINS) {
        return invalid(line, field, 'tooManyDomains', domains.join('; '), { max: MAX_DOMAINS });
      }
      const duplicate = firstDuplicate(domains.map((d) => d.trim().toLowerCase()));
      return invalid(line, field, duplicate === undefined ? 'invalid' : 'duplicateDomain', duplicate ?? '');
    }
    case 'accountOwner':
    case 'deliveryLead':
      return invalid(line, field, 'email', candidate[field]);
    case 'cadence':
      return invalid(line, field, 'cadence', candidate.cadence);
    case 'status':
      return invalid(line, field, 'status', candidate.status);
    case 'validFrom':
      return invalid(line, field, 'date', candidate.validFrom);
    case 'validTo': {
      const validTo = candidate.validTo ?? '';
      const wellFormed = isoDateSchema.safeParse(validTo).success;
      return invalid(line, field, wellFormed ? 'validToBeforeValidFrom' : 'date', validTo);
    }
  }
}

/** `parseClient`, with its validation issues as row errors instead of a thrown DomainError. */
export function validateClient(
  line: number,
  candidate: Client,
  alreadyReported: ReadonlySet<ClientImportField> = new Set(),
): { client?: Client; errors: ClientImportError[] } {
  try {
    const client = parseClient(candidate);
    return alreadyReported.size === 0 ? { client, errors: [] } : { errors: [] };
  } catch (error) {
    if (!isDomainError(error, 'VALIDATION.INVALID_INPUT')) throw error;
    return { errors: issuesToRowErrors(line, candidate, error.issues, alreadyReported) };
  }
}

/** True when every cell of the row is blank (such rows are skipped, like blank lines). */
export function isBlankRow(row: ClientImportRow): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}

/**
 * Validates one data row. A row with an error in a closed vocabulary (cadence, status, date)
 * still goes through the domain's validation so every problem of the row is reported at once.
 */
export function parseClientRow(
  row: ClientImportRow,
  mapping: HeaderMapping,
  today: string,
): { parsed?: ParsedClientRow; errors: ClientImportError[] } {
  const { line } = row;
  const errors: ClientImportError[] = [];
  const reported = new Set<ClientImportField>();
  const report = (error: ClientImportError): void => {
    errors.push(error);
    if (error.field !== undefined) reported.add(error.field);
  };

  const cells = new Map<ImportColumn, string>();
  const extra = row.cells.slice(mapping.columns.length).filter((cell) => cell.trim() !== '').length;
  mapping.columns.forEach((column, index) => {
    if (column !== undefined) cells.set(column, (row.cells[index] ?? '').trim());
  });
  if (extra > 0) {
    const count = row.cells.filter((cell) => cell.trim() !== '').length;
    errors.push(importError(line, 'CLIENT_IMPORT.TOO_MANY_CELLS', { count, expected: mapping.columns.length }));
  }

  const text = (column: ImportColumn): string => cells.get(column) ?? '';
  const given = new Set<ImportColumn>(REQUIRED_COLUMNS);
  for (const column of ['taxId', 'status', 'validFrom', 'validTo'] as const) {
    if (text(column) !== '') given.add(column);
  }
  for (const column of REQUIRED_COLUMNS) {
    if (column !== 'emailDomains' && text(column) === '') report(invalid(line, column, 'required', ''));
  }

  const cadenceText = text('cadence');
  const cadence = cadenceFromText(cadenceText);
  if (cadence === undefined && cadenceText !== '') report(invalid(line, 'cadence', 'cadence', cadenceText));

  const statusText = text('status');
  const status = statusText === '' ? 'active' : statusFromText(statusText);
  if (status === undefined) report(invalid(line, 'status', 'status', statusText));

  const validFrom = text('validFrom') === '' ? today : text('validFrom');
  if (!isoDateSchema.safeParse(validFrom).success) report(invalid(line, 'validFrom', 'date', validFrom));
  const validTo = text('validTo');
  if (validTo !== '' && !isoDateSchema.safeParse(validTo).success) report(invalid(line, 'validTo', 'date', validTo));

  const code = text('code');
  const candidate: Client = {
    key: clientKeyForCode(code),
    code,
    name: text('name'),
    emailDomains: splitDomains(text('emailDomains')),
    accountOwner: text('accountOwner'),
    deliveryLead: text('deliveryLead'),
    cadence: cadence ?? 'monthly',
    status: status ?? 'active',
    validFrom,
    ...(text('taxId') === '' ? {} : { taxId: text('taxId') }),
    ...(validTo === '' ? {} : { validTo }),
  };
  const validated = validateClient(line, candidate, reported);
  errors.push(...validated.errors);
  if (validated.client === undefined || errors.length > 0) return { errors };
  return { parsed: { line, client: validated.client, given }, errors };
}

/** The stored client with the values the row gives (the stored key and the fields the row leaves empty are kept). */
export function mergeIntoStored(stored: Client, row: ParsedClientRow): Client {
  const patch: Partial<Client> = {};
  const copy = <K extends ImportColumn>(column: K): void => {
    patch[column] = row.client[column];
  };
  row.given.forEach(copy);
  return { ...stored, ...patch, key: stored.key };
}

/** True when both clients hold the same values (field order and absent optionals do not matter). */
export function sameClient(a: Client, b: Client): boolean {
  return canonicalClient(a) === canonicalClient(b);
}

function canonicalClient(client: Client): string {
  return JSON.stringify(CLIENT_FIELDS.map((field) => client[field] ?? null));
}
