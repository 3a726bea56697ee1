/**
 * Builds a ListDefinition from a declarative description: which record property lives in which
 * column, with which encoding. Every `*.list.ts` file declares its columns here once; the
 * conversion rules below are the same for every list, so they live in one place:
 *
 * - text, note and choice columns hold strings exactly as given (HTML, quotes, `=HYPERLINK(…)`,
 *   emoji are just text). SharePoint keeps no empty strings: `""` is written as "no value" and an
 *   optional text that was `""` reads back as absent; a required text that may be empty
 *   (`emptyAs: ''`) reads back as `""`.
 * - dateOnly columns (an IsoDate) are written as `YYYY-MM-DD`; SharePoint returns them as the
 *   instant of midnight in the site's time zone, so they are read back as the nearest UTC
 *   midnight's date (right for any site offset between UTC−11 and UTC+12, Mexico included).
 * - dateTime columns (an instant) are written in UTC to the second, `YYYY-MM-DDTHH:mm:ssZ`,
 *   because that is what SharePoint stores and returns: the instant is preserved, but an offset
 *   (`-06:00`) comes back as `Z` and sub-second precision is dropped.
 * - arrays and objects are JSON in multi-line `note` columns (`encoding: 'json'`), or `;`-joined
 *   (`encoding: 'joined'`) for lists of simple tokens such as e-mail domains.
 * - `fromFields` validates with the domain's parse function; any problem becomes
 *   DomainError `RECORD.MALFORMED` naming the list, the item id and the column.
 */
import { DomainError, isDomainError } from '../../../domain/shared/domain-error';
import {
  KEY_COLUMN,
  type ColumnKind,
  type ColumnSpec,
  type FieldValue,
  type ListDefinition,
  type TitleSpec,
} from './list-definition';

/** SharePoint's single line of text holds at most 255 characters (Title too). */
export const SINGLE_LINE_MAX = 255;

export interface FieldMapping<T> {
  /** The record property the column holds. */
  readonly property: Extract<keyof T, string>;
  readonly column: ColumnSpec;
  /** How a non-scalar value is kept in its `note` column. */
  readonly encoding?: 'json' | 'joined';
  /** A required text property that may be `""`: read back as `""` when the column is empty. */
  readonly emptyAs?: '';
}

export interface TitleMapping<T> extends TitleSpec {
  /** The record property Title holds exactly (read back from Title). */
  readonly property?: Extract<keyof T, string>;
  /** Otherwise a human label derived from the record, cut to 255 characters, never read back. */
  readonly label?: (value: T) => string;
}

export interface ListSpec<T extends { readonly key: string }> {
  readonly entity: string;
  readonly name: string;
  readonly description: string;
  readonly title: TitleMapping<T>;
  /** Every property except `key` (the RecordKey column is added first). */
  readonly fields: readonly FieldMapping<T>[];
  /** Properties repositories filter or sort on, by property name; `key` is always added. */
  readonly queryable?: Readonly<Record<string, string>>;
  /** The domain's parse function (zod schema behind it). */
  readonly parse: (input: unknown) => T;
}

/** The definition plus what repositories and tests need to know about the mapping. */
export interface MappedListDefinition<T extends { readonly key: string }> extends ListDefinition<T> {
  readonly title: TitleSpec;
  /** The property each column holds (Title included when it holds one). */
  readonly propertyOf: Readonly<Record<string, string>>;
  /** Column kind by column name, for building filter literals. */
  readonly kindOf: (column: string) => ColumnKind | undefined;
}

// ------------------------------------------------------------------------------ column helpers

type ColumnOptions = Pick<ColumnSpec, 'description' | 'required' | 'indexed' | 'unique' | 'maxLength'>;

const column = (name: string, displayName: string, kind: ColumnKind, options: ColumnOptions = {}): ColumnSpec => ({
  name,
  displayName,
  kind,
  ...options,
});

export const columns = {
  text: (name: string, displayName: string, options: ColumnOptions = {}) =>
    column(name, displayName, 'text', { maxLength: SINGLE_LINE_MAX, ...options }),
  note: (name: string, displayName: string, options: Omit<ColumnOptions, 'indexed' | 'unique'> = {}) =>
    column(name, displayName, 'note', options),
  integer: (name: string, displayName: string, options: ColumnOptions = {}) =>
    column(name, displayName, 'integer', options),
  number: (name: string, displayName: string, options: ColumnOptions = {}) =>
    column(name, displayName, 'number', options),
  boolean: (name: string, displayName: string, options: ColumnOptions = {}) =>
    column(name, displayName, 'boolean', options),
  dateOnly: (name: string, displayName: string, options: ColumnOptions = {}) =>
    column(name, displayName, 'dateOnly', options),
  dateTime: (name: string, displayName: string, options: ColumnOptions = {}) =>
    column(name, displayName, 'dateTime', options),
  choice: (name: string, displayName: string, choices: readonly string[], options: ColumnOptions = {}) => ({
    ...column(name, displayName, 'choice', options),
    choices,
  }),
};

/** The RecordKey column every list has: required, indexed, unique (what makes creates retry-safe). */
export const keyColumn = (): ColumnSpec => ({
  name: KEY_COLUMN,
  displayName: 'Clave del registro',
  kind: 'text',
  description: 'Clave única generada por Relaciones; permite reintentar una alta sin duplicarla.',
  required: true,
  indexed: true,
  unique: true,
  maxLength: 64,
});

// ------------------------------------------------------------------------------ value conversion

const DAY_MS = 86_400_000;

/** An instant as SharePoint stores it: UTC, to the second (`2026-03-10T16:00:00Z`). */
export function toUtcSeconds(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return instant; // not an instant: let SharePoint (and the domain) refuse it
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The calendar date a dateOnly column holds: the date of the nearest UTC midnight (see the header). */
export function dateFromStored(stored: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(stored)) return stored;
  const ms = Date.parse(stored);
  if (Number.isNaN(ms)) return stored;
  return new Date(Math.round(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/** Cuts a label to `max` UTF-16 units without splitting a surrogate pair (an emoji). */
export function cutLabel(text: string, max = SINGLE_LINE_MAX): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function malformed(list: string, id: string | undefined, field: string, cause?: unknown): DomainError {
  const issues = isDomainError(cause) ? cause.issues : [];
  return new DomainError('RECORD.MALFORMED', { list, id, field }, { cause, issues });
}

function writeValue<T>(mapping: FieldMapping<T>, value: unknown): FieldValue {
  if (value === undefined || value === null) return null;
  if (mapping.encoding === 'json') return JSON.stringify(value);
  if (mapping.encoding === 'joined') {
    const joined = (value as readonly string[]).join(';');
    return joined === '' ? null : joined;
  }
  // Scalars only from here: the domain's schema typed them (strings, numbers, booleans).
  if (typeof value === 'string') {
    // SharePoint keeps no empty strings; "" is written as "no value".
    if (value === '') return null;
    return mapping.column.kind === 'dateTime' ? toUtcSeconds(value) : value;
  }
  return value as FieldValue;
}

function readValue<T>(mapping: FieldMapping<T>, raw: unknown, list: string, id: string | undefined): unknown {
  if (raw === undefined || raw === null || raw === '') {
    if (mapping.encoding === 'joined') return [];
    return mapping.emptyAs;
  }
  if (mapping.encoding === 'json') {
    if (typeof raw !== 'string') throw malformed(list, id, mapping.column.name);
    try {
      return JSON.parse(raw) as unknown;
    } catch (error) {
      throw malformed(list, id, mapping.column.name, error);
    }
  }
  if (mapping.encoding === 'joined') return typeof raw === 'string' ? raw.split(';') : raw;
  if (typeof raw !== 'string') return raw; // numbers, booleans; anything else the domain refuses
  if (mapping.column.kind === 'dateOnly') return dateFromStored(raw);
  if (mapping.column.kind === 'dateTime') return toUtcSeconds(raw);
  return raw;
}

// ------------------------------------------------------------------------------ the definition

export function defineList<T extends { readonly key: string }>(spec: ListSpec<T>): MappedListDefinition<T> {
  const keyMapping: FieldMapping<T> = { property: 'key' as Extract<keyof T, string>, column: keyColumn() };
  const mappings = [keyMapping, ...spec.fields];
  const propertyOf: Record<string, string> = {};
  for (const mapping of mappings) propertyOf[mapping.column.name] = mapping.property;
  if (spec.title.property !== undefined) propertyOf.Title = spec.title.property;
  const columnOfProperty = new Map(Object.entries(propertyOf).map(([col, prop]) => [prop, col]));
  const kinds = new Map<string, ColumnKind>(mappings.map((m) => [m.column.name, m.column.kind]));
  kinds.set('Title', 'text');
  const { property: titleProperty, label } = spec.title;
  const titleOf = (value: T): string =>
    titleProperty !== undefined ? String(value[titleProperty]) : cutLabel(label?.(value) ?? value.key);

  return {
    entity: spec.entity,
    name: spec.name,
    description: spec.description,
    title: { displayName: spec.title.displayName, ...(spec.title.indexed ? { indexed: true } : {}) },
    columns: mappings.map((m) => m.column),
    queryable: { key: KEY_COLUMN, ...spec.queryable },
    propertyOf,
    kindOf: (name) => kinds.get(name),

    toFields(value: T): Record<string, FieldValue> {
      const fields: Record<string, FieldValue> = { Title: titleOf(value) };
      for (const mapping of mappings) fields[mapping.column.name] = writeValue(mapping, value[mapping.property]);
      return fields;
    },

    fromFields(fields: Readonly<Record<string, unknown>>): T {
      const id = typeof fields.id === 'string' || typeof fields.id === 'number' ? String(fields.id) : undefined;
      const input: Record<string, unknown> = {};
      if (titleProperty !== undefined && typeof fields.Title === 'string') input[titleProperty] = fields.Title;
      for (const mapping of mappings) {
        const value = readValue(mapping, fields[mapping.column.name], spec.name, id);
        if (value !== undefined) input[mapping.property] = value;
      }
      try {
        return spec.parse(input);
      } catch (error) {
        if (!isDomainError(error)) throw error;
        // The first issue's top-level property names the column to look at.
        const property = (error.issues[0]?.path ?? String(error.params.field ?? '')).split('.')[0] ?? '';
        throw malformed(spec.name, id, columnOfProperty.get(property) ?? property, error);
      }
    },
  };
}
