/**
 * Column values of list items: validating what a client writes in `fields`, the stored form, and
 * the forms read back (`fields` JSON, and values for `$filter`/`$orderby`).
 *
 * Write rules (each violation is a 400 `invalidRequest` and nothing is written):
 * - the key is a column's field key (`Title`, `Color`, `ClientLookupId` for lookup and person
 *   columns), case-sensitive; anything else is `Field 'X' is not recognized`. System and read-only
 *   columns (`id`, `Created`, `Modified`, `AuthorLookupId`, …) are `Field 'X' is read-only`.
 * - text: a string of at most `maxLength` UTF-16 units, stored byte for byte; `""` means no value.
 * - number: a finite JSON number within minimum..maximum. boolean: true or false.
 * - dateTime: an ISO 8601 date or date-time (no offset = UTC) between 1900 and 8900, stored as
 *   `YYYY-MM-DDTHH:mm:ssZ`; a `dateOnly` column keeps midnight UTC of the given (UTC) date.
 * - choice: one of the choices unless `allowTextEntry`; multi-choice (`checkBoxes`) takes an array.
 * - lookup: an item id (integer or digit string) of the looked-up list that exists; person: a
 *   user's `siteUserId`. Multi-valued columns take an array plus the annotation
 *   `<key>@odata.type: "Collection(Edm.String)"` (or `Collection(Edm.Int32)` for ids), as Graph requires.
 * - `null` (or `[]` for a multi-valued column) clears a value; a required column must have a value
 *   after create and cannot be cleared by an update.
 */
import { parseInstant } from '../odata/filter';
import { badRequest } from '../http/graph-error';
import { fieldKey, isMultiValued, type ColumnRecord } from './columns';
import { isoSeconds } from './sql';

export type StoredValue = string | number | boolean | readonly number[] | readonly string[];
/** An item's values of non-system columns (and Title), keyed by column name. Absent = no value. */
export type StoredFields = Record<string, StoredValue>;

export interface ValueChecks {
  lookupExists(listId: string, itemId: number): boolean;
  userExists(siteUserId: number): boolean;
}

const COLLECTION_STRING = 'Collection(Edm.String)';
const COLLECTION_INT = 'Collection(Edm.Int32)';
const MIN_YEAR = 1900;
const MAX_YEAR = 8900;

const clipKey = (key: string): string => key.slice(0, 100);
const notRecognized = (key: string) => badRequest(`Field '${clipKey(key)}' is not recognized`);
const invalid = (key: string, reason: string) => badRequest(`The value of field '${key}' is not valid: ${reason}.`);

/** Columns by the key they are written and read under. */
export function columnsByFieldKey(columns: readonly ColumnRecord[]): Map<string, ColumnRecord> {
  return new Map(columns.map((column) => [fieldKey(column), column]));
}

function isWritable(column: ColumnRecord): boolean {
  return !column.readOnly && (!column.system || column.name === 'Title');
}

function parseId(key: string, value: unknown): number {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > 2_147_483_647) throw invalid(key, 'expected an item or user id');
  return n;
}

function parseDate(key: string, value: unknown, dateOnly: boolean): string {
  const ms = typeof value === 'string' ? parseInstant(value) : undefined;
  if (ms === undefined) throw invalid(key, 'expected an ISO 8601 date or date-time');
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) throw invalid(key, `the date must be between ${MIN_YEAR} and ${MAX_YEAR}`);
  if (dateOnly) date.setUTCHours(0, 0, 0, 0);
  return isoSeconds(date);
}

/** One scalar value checked against its column; `null` means "no value". */
function parseScalar(column: ColumnRecord, key: string, value: unknown, checks: ValueChecks): StoredValue | null {
  const { facet } = column;
  switch (facet.type) {
    case 'text': {
      if (typeof value !== 'string') throw invalid(key, 'expected a string');
      if (facet.maxLength !== undefined && value.length > facet.maxLength) {
        throw invalid(key, `the text is longer than ${facet.maxLength} characters`);
      }
      return value === '' ? null : value;
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(key, 'expected a number');
      if (value < facet.minimum || value > facet.maximum) {
        throw invalid(key, `the number must be between ${facet.minimum} and ${facet.maximum}`);
      }
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw invalid(key, 'expected true or false');
      return value;
    case 'dateTime':
      return parseDate(key, value, facet.format === 'dateOnly');
    case 'choice':
      if (typeof value !== 'string') throw invalid(key, 'expected a string');
      if (value === '') return null;
      if (!facet.allowTextEntry && !facet.choices.includes(value)) {
        throw invalid(key, `'${value.slice(0, 100)}' is not one of the column's choices`);
      }
      if (value.length > 255) throw invalid(key, 'a choice holds at most 255 characters');
      return value;
    case 'lookup': {
      const id = parseId(key, value);
      if (!checks.lookupExists(facet.listId, id)) throw invalid(key, `the looked-up item ${id} does not exist`);
      return id;
    }
    case 'personOrGroup': {
      const id = parseId(key, value);
      if (!checks.userExists(id)) throw invalid(key, `the user ${id} does not exist in this site`);
      return id;
    }
    default:
      throw badRequest(`Field '${key}' is read-only`);
  }
}

function parseMulti(column: ColumnRecord, key: string, value: unknown, checks: ValueChecks): StoredValue | null {
  if (!Array.isArray(value)) throw invalid(key, 'expected an array of values');
  if (value.length > 1000) throw invalid(key, 'at most 1000 values are allowed');
  const parsed = value.map((element) => {
    const one = parseScalar(column, key, element, checks);
    if (one === null) throw invalid(key, 'a collection cannot contain empty values');
    return one;
  });
  if (parsed.length === 0) return null;
  return column.facet.type === 'choice' ? (parsed as string[]) : (parsed as number[]);
}

/**
 * Validates a `fields` payload; returns the new value (or null) per column name. Throws 400 on the
 * first problem, so a rejected write changes nothing.
 */
export function parseFieldWrites(
  columns: readonly ColumnRecord[],
  body: Readonly<Record<string, unknown>>,
  checks: ValueChecks,
): Map<string, StoredValue | null> {
  const byKey = columnsByFieldKey(columns);
  const annotations = new Map<string, string>();
  const changes = new Map<string, StoredValue | null>();
  for (const [key, value] of Object.entries(body)) {
    const annotated = /^(.+)@odata\.type$/.exec(key)?.[1];
    if (annotated === undefined) continue;
    const column = byKey.get(annotated);
    if (column === undefined || !isMultiValued(column)) throw notRecognized(key);
    const allowed = column.facet.type === 'choice' ? [COLLECTION_STRING] : [COLLECTION_STRING, COLLECTION_INT];
    if (typeof value !== 'string' || !allowed.includes(value)) {
      throw badRequest(`The annotation '${clipKey(key)}' must be one of ${allowed.join(', ')}.`);
    }
    if (!(annotated in body)) throw badRequest(`The annotation '${clipKey(key)}' has no value '${annotated}'.`);
    annotations.set(annotated, value);
  }
  for (const [key, value] of Object.entries(body)) {
    if (key.endsWith('@odata.type')) continue;
    const column = byKey.get(key);
    if (column === undefined) throw notRecognized(key);
    if (!isWritable(column)) throw badRequest(`Field '${key}' is read-only`);
    if (value === null) {
      changes.set(column.name, null);
      continue;
    }
    if (isMultiValued(column)) {
      if (Array.isArray(value) && !annotations.has(key)) {
        throw badRequest(
          `Field '${key}' holds several values: send '${key}@odata.type': '${COLLECTION_STRING}' with the array.`,
        );
      }
      changes.set(column.name, parseMulti(column, key, value, checks));
    } else {
      changes.set(column.name, parseScalar(column, key, value, checks));
    }
  }
  return changes;
}

/**
 * The values after applying `changes`; on create every required column needs a value, on update a
 * required column cannot be cleared.
 */
export function mergeFields(
  columns: readonly ColumnRecord[],
  existing: StoredFields,
  changes: ReadonlyMap<string, StoredValue | null>,
  mode: 'create' | 'update',
): StoredFields {
  const next: StoredFields = { ...existing };
  for (const [name, value] of changes) {
    if (value === null) delete next[name];
    else next[name] = value;
  }
  for (const column of columns) {
    if (!column.required || column.readOnly || (column.system && column.name !== 'Title')) continue;
    const missing = next[column.name] === undefined;
    if (missing && (mode === 'create' || changes.has(column.name))) {
      throw badRequest(`Field '${fieldKey(column)}' is required.`);
    }
  }
  return next;
}

/** The `fields` JSON entries of one stored value (with the collection annotation first). */
export function outputEntries(column: ColumnRecord, value: StoredValue | undefined): [string, unknown][] {
  if (value === undefined) return [];
  const key = fieldKey(column);
  const lookupLike = column.facet.type === 'lookup' || column.facet.type === 'personOrGroup';
  if (Array.isArray(value)) {
    const values = lookupLike ? (value as readonly number[]).map(String) : value;
    return [
      [`${key}@odata.type`, COLLECTION_STRING],
      [key, values],
    ];
  }
  return [[key, lookupLike ? String(value) : value]];
}

/** The value `$filter` and `$orderby` see: dates as Date, ids as numbers, empty collections as null. */
export function queryValue(column: ColumnRecord, value: StoredValue | undefined): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value;
  if (column.facet.type === 'dateTime' && typeof value === 'string') return new Date(value);
  return value;
}

/** A value's identity for `enforceUniqueValues`: text and choices compare ignoring case, as SharePoint. */
export function uniquenessKey(value: StoredValue): string {
  return typeof value === 'string' ? `s:${value.toLowerCase()}` : `${typeof value}:${String(value)}`;
}
