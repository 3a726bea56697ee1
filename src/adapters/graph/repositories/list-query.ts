/**
 * The only way repositories build `$filter` and `$orderby` for list items (ARCHITECTURE.md §4).
 *
 * - A property must be in the definition's `queryable` map and its column must be indexed;
 *   otherwise `RECORD.UNINDEXED_FILTER` is thrown before any request is sent. SharePoint refuses
 *   such queries anyway (and on lists over 5000 items fails them), so we never ask for the
 *   `HonorNonIndexedQueriesWarningMayFailRandomly` escape hatch.
 * - Literals are typed by the column: text is quoted with single quotes doubled (OData's only
 *   escape), numbers and booleans are bare, dates and instants are quoted ISO strings (instants
 *   in UTC to the second, as SharePoint stores them).
 * - Equality clauses come first: SharePoint narrows a large list by the first clause, which must
 *   be on an indexed column (all of ours are) and should be the most selective.
 * - SharePoint compares text ignoring case, so `matches` re-checks text equality exactly on the
 *   records read back (a token `AbC…` must not find `abc…`).
 */
import { DomainError } from '../../../domain/shared/domain-error';
import type { ColumnKind, ListDefinition } from '../lists/list-definition';
import { toUtcSeconds } from '../lists/list-mapper';

export type FilterOperator = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';
export type FilterValue = string | number | boolean;

export interface Condition {
  /** A record property (`clientCode`, `status` …), mapped to its column by the definition. */
  readonly property: string;
  readonly op: FilterOperator;
  readonly value: FilterValue;
}

export interface RecordQuery {
  /** Conditions joined with `and`. */
  readonly where: readonly Condition[];
  readonly orderBy?: { readonly property: string; readonly descending?: boolean };
}

export interface BuiltQuery {
  /** `$filter`, or undefined for every item. */
  readonly filter?: string;
  readonly orderby?: string;
  /** Exact re-check of text equalities on a record read back. */
  matches(record: object): boolean;
}

/** The escaped OData string literal for `text`: `O'Brien` → `'O''Brien'`. */
export function quoteODataString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

type AnyDefinition = ListDefinition<{ readonly key: string }>;

interface ResolvedColumn {
  readonly name: string;
  readonly kind: ColumnKind;
}

/** The column a property may be queried through, or `RECORD.UNINDEXED_FILTER`. */
export function queryableColumn(definition: AnyDefinition, property: string): ResolvedColumn {
  const refuse = () => new DomainError('RECORD.UNINDEXED_FILTER', { list: definition.name, property });
  const name = Object.prototype.hasOwnProperty.call(definition.queryable, property)
    ? definition.queryable[property]
    : undefined;
  if (name === undefined) throw refuse();
  if (name === 'Title') {
    if (definition.title?.indexed !== true) throw refuse();
    return { name, kind: 'text' };
  }
  const column = definition.columns.find((c) => c.name === name);
  if (column === undefined || column.indexed !== true) throw refuse();
  return { name, kind: column.kind };
}

function invalidValue(definition: AnyDefinition, property: string): DomainError {
  return new DomainError('VALIDATION.INVALID_INPUT', { entity: definition.entity, field: property, count: 1 });
}

function literal(definition: AnyDefinition, property: string, column: ResolvedColumn, value: FilterValue): string {
  switch (column.kind) {
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidValue(definition, property);
      return String(value);
    case 'boolean':
      if (typeof value !== 'boolean') throw invalidValue(definition, property);
      return value ? 'true' : 'false';
    case 'dateOnly':
    case 'dateTime': {
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw invalidValue(definition, property);
      const isDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
      return quoteODataString(isDate && column.kind === 'dateOnly' ? value : toUtcSeconds(value));
    }
    default:
      if (typeof value !== 'string') throw invalidValue(definition, property);
      return quoteODataString(value);
  }
}

/** Builds the query, or throws (`RECORD.UNINDEXED_FILTER`, `VALIDATION.INVALID_INPUT`) before any request. */
export function buildListQuery(definition: AnyDefinition, query: RecordQuery): BuiltQuery {
  const resolved = query.where.map((condition) => ({
    condition,
    column: queryableColumn(definition, condition.property),
  }));
  // Stable: equalities first, the rest in the order given.
  const ordered = [
    ...resolved.filter((r) => r.condition.op === 'eq'),
    ...resolved.filter((r) => r.condition.op !== 'eq'),
  ];
  const clauses = ordered.map(
    ({ condition, column }) =>
      `fields/${column.name} ${condition.op} ${literal(definition, condition.property, column, condition.value)}`,
  );
  const exact = resolved.filter((r) => r.condition.op === 'eq' && ['text', 'note', 'choice'].includes(r.column.kind));
  let orderby: string | undefined;
  if (query.orderBy !== undefined) {
    const column = queryableColumn(definition, query.orderBy.property);
    orderby = `fields/${column.name} ${query.orderBy.descending === true ? 'desc' : 'asc'}`;
  }
  return {
    ...(clauses.length === 0 ? {} : { filter: clauses.join(' and ') }),
    ...(orderby === undefined ? {} : { orderby }),
    matches: (record) =>
      exact.every(({ condition }) => (record as Record<string, unknown>)[condition.property] === condition.value),
  };
}
