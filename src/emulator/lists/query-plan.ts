/**
 * What a list item query may do, decided before any row is read — SharePoint's indexing rules and
 * its list view threshold, as Graph surfaces them.
 *
 * Property paths: `id`, `createdDateTime`, `lastModifiedDateTime` (the ID, Created and Modified
 * columns) and `fields/<key>` where key is a column's field key (`Title`, `Color`,
 * `ClientLookupId`, `id`/`ID`, `Created` …). Any other `fields/…` key is 400 `Field 'X' is not
 * recognized`; other listItem properties cannot be filtered or sorted on (400).
 *
 * Rule 1 — indexes. A `$filter` or `$orderby` that references a column that is not indexed is
 * 400 `invalidRequest` ("Field 'X' cannot be referenced in filter or orderby as it is not
 * indexed. …") unless the request carries `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`
 * (one of possibly several comma-separated preferences). ID, Created and Modified are always
 * indexed; other columns when created or patched with `indexed: true`.
 *
 * Rule 2 — the list view threshold (5000). On a list holding MORE than 5000 items a query is
 * allowed only if
 *   (a) it has no `$filter`, or
 *   (b) the filter's top level is a conjunction (an `and` chain, or a single clause) whose FIRST
 *       clause is a comparison or function on one indexed column, and that clause alone matches
 *       at most 5000 items — SharePoint narrows with the first indexed column and applies the
 *       rest to that subset;
 * and every `$orderby` column is indexed. Otherwise — `or` at the top level, a first clause on
 * a non-indexed column (even with the Prefer header), a first clause matching more than 5000
 * items, `not …` or a parenthesised group first, or sorting by a non-indexed column — it is 400
 * `notSupported`: "The attempted operation is prohibited because it exceeds the list view threshold."
 *
 * Multi-valued columns (multi-choice, multi-lookup, multi-person) match when any of their values
 * does: `fields/TagsLookupId eq 3` is evaluated as `any(v: v eq 3)`. They cannot be sorted on.
 */
import { GraphError, badRequest } from '../http/graph-error';
import { filterProperties, parseFilter, type FilterNode, type Operand } from '../odata/filter';
import { parseOrderBy } from '../odata/query-options';
import { canBeIndexed, fieldKey, isMultiValued, type ColumnRecord } from './columns';
import { columnsByFieldKey } from './field-values';
import { ITEM_PROPERTIES } from './items';

export const LIST_VIEW_THRESHOLD = 5000;
export const PREFER_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';
export const THRESHOLD_MESSAGE = 'The attempted operation is prohibited because it exceeds the list view threshold.';

export const nonIndexedMessage = (field: string): string =>
  `Field '${field}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${PREFER_NON_INDEXED}' header to allow this, but be warned that such queries may fail on lists with 5000 or more items.`;

const thresholdExceeded = (): GraphError => new GraphError(400, 'notSupported', THRESHOLD_MESSAGE);

/** True when a `Prefer` header (comma-separated preferences) asks to allow non-indexed queries. */
export function honoursNonIndexed(prefer: string | undefined): boolean {
  if (prefer === undefined) return false;
  return prefer
    .split(',')
    .map((p) =>
      p
        .trim()
        .split(/[=;\s]/)[0]
        ?.toLowerCase(),
    )
    .includes(PREFER_NON_INDEXED.toLowerCase());
}

const TOP_LEVEL: Readonly<Record<string, string>> = {
  id: 'ID',
  createdDateTime: 'Created',
  lastModifiedDateTime: 'Modified',
};
/** The column a query path names (see the header), or a 400. */
export function columnForPath(columns: readonly ColumnRecord[], path: readonly string[]): ColumnRecord {
  const [head = '', key, ...rest] = path;
  const systemName = TOP_LEVEL[head];
  if (systemName !== undefined && key === undefined) {
    const column = columns.find((c) => c.system && c.name === systemName);
    if (column !== undefined) return column;
  }
  if (head === 'fields') {
    if (key === undefined || rest.length > 0) {
      throw badRequest(`The property path '${path.join('/').slice(0, 100)}' is not valid: use fields/<column>.`);
    }
    const column = columnsByFieldKey(columns).get(key === 'ID' ? 'id' : key);
    if (column === undefined) throw badRequest(`Field '${key.slice(0, 100)}' is not recognized`);
    return column;
  }
  // id and the two dates were handled above, so this is a listItem property that cannot be filtered.
  if (ITEM_PROPERTIES.has(head)) {
    throw badRequest(`The listItem property '${head}' cannot be used in $filter or $orderby; use fields/<column>.`);
  }
  throw badRequest(`Could not find a property named '${head.slice(0, 100)}' on type 'microsoft.graph.listItem'.`);
}

export interface OrderKey {
  readonly column: ColumnRecord;
  readonly direction: 'asc' | 'desc';
}

export interface QueryPlan {
  /** The filter, with comparisons on multi-valued columns turned into `any` lambdas. */
  readonly filter?: FilterNode;
  /** The first clause of the top-level conjunction (see rule 2), before rewriting. */
  readonly firstClause?: FilterNode;
  readonly order: readonly OrderKey[];
  /** Every column the query reads, by its path joined with '/'. */
  readonly columns: ReadonlyMap<string, ColumnRecord>;
}

export interface QueryText {
  readonly filter?: string;
  readonly orderby?: string;
  readonly honourNonIndexed: boolean;
}

const LAMBDA_VARIABLE = '__value';

function isMultiPath(operand: Operand, multi: ReadonlySet<string>): operand is { kind: 'property'; path: string[] } {
  return operand.kind === 'property' && multi.has(operand.path.join('/'));
}

function rewriteMulti(node: FilterNode, multi: ReadonlySet<string>): FilterNode {
  const variable: Operand = { kind: 'property', path: [LAMBDA_VARIABLE] };
  switch (node.kind) {
    case 'and':
    case 'or':
      return { ...node, left: rewriteMulti(node.left, multi), right: rewriteMulti(node.right, multi) };
    case 'not':
      return { ...node, operand: rewriteMulti(node.operand, multi) };
    case 'compare': {
      const nullSide = [node.left, node.right].some((o) => o.kind === 'literal' && o.type === 'null');
      if (nullSide) return node;
      if (isMultiPath(node.left, multi)) {
        const predicate: FilterNode = { ...node, left: variable };
        return { kind: 'lambda', quantifier: 'any', collection: node.left.path, variable: LAMBDA_VARIABLE, predicate };
      }
      if (isMultiPath(node.right, multi)) {
        const predicate: FilterNode = { ...node, right: variable };
        return { kind: 'lambda', quantifier: 'any', collection: node.right.path, variable: LAMBDA_VARIABLE, predicate };
      }
      return node;
    }
    case 'function': {
      const [subject, search] = node.args;
      if (!isMultiPath(subject, multi)) return node;
      const predicate: FilterNode = { ...node, args: [variable, search] };
      return { kind: 'lambda', quantifier: 'any', collection: subject.path, variable: LAMBDA_VARIABLE, predicate };
    }
    default:
      return node;
  }
}

/** The leftmost clause of the top-level `and` chain. */
export function firstClauseOf(node: FilterNode): FilterNode {
  return node.kind === 'and' ? firstClauseOf(node.left) : node;
}

/**
 * SharePoint translates a filter to CAML, where every comparison is a field against a value: a
 * comparison of two literals (`'1' eq '1'`, the classic injection) or of two fields is a 400, and
 * a function's first argument must be the field.
 */
function checkComparisons(node: FilterNode): void {
  const message = 'Invalid filter clause: a comparison needs a field on one side and a literal on the other.';
  switch (node.kind) {
    case 'and':
    case 'or':
      checkComparisons(node.left);
      checkComparisons(node.right);
      return;
    case 'not':
      checkComparisons(node.operand);
      return;
    case 'compare':
      if ((node.left.kind === 'property') === (node.right.kind === 'property')) throw badRequest(message);
      return;
    case 'function':
      if (node.args[0].kind !== 'property' || node.args[1].kind !== 'literal') {
        throw badRequest(`Invalid filter clause: ${node.name}() takes a field and then a literal.`);
      }
      return;
    case 'bool':
      if (node.operand.kind !== 'property') throw badRequest(message);
      return;
    case 'lambda':
      throw badRequest('Invalid filter clause: lambda operators (any/all) are not supported on list items.');
  }
}

/** Parses `$filter` / `$orderby` against the list's columns and applies rule 1. */
export function planQuery(columns: readonly ColumnRecord[], text: QueryText): QueryPlan {
  const used = new Map<string, ColumnRecord>();
  const filter = text.filter === undefined ? undefined : parseFilter(text.filter);
  if (filter !== undefined) checkComparisons(filter);
  for (const path of filter === undefined ? [] : filterProperties(filter)) {
    used.set(path.join('/'), columnForPath(columns, path));
  }
  const order = (text.orderby === undefined ? [] : parseOrderBy(text.orderby)).map((clause) => {
    const column = columnForPath(columns, clause.path);
    if (isMultiValued(column) || !canBeIndexed(column)) {
      throw badRequest(`Field '${fieldKey(column)}' cannot be used in $orderby: its type cannot be sorted.`);
    }
    used.set(clause.path.join('/'), column);
    return { column, direction: clause.direction };
  });
  if (!text.honourNonIndexed) {
    for (const [path, column] of used) {
      if (!column.indexed) throw badRequest(nonIndexedMessage(path.split('/').pop() ?? path));
    }
  }
  const multi = new Set([...used].filter(([, column]) => isMultiValued(column)).map(([path]) => path));
  return {
    ...(filter === undefined
      ? {}
      : { filter: multi.size === 0 ? filter : rewriteMulti(filter, multi), firstClause: firstClauseOf(filter) }),
    order,
    columns: used,
  };
}

/**
 * Rule 2. `countMatching` counts the items the given clause alone matches; it is only called when
 * the list holds more than the threshold and the clause qualifies.
 */
export function checkThreshold(
  plan: QueryPlan,
  columns: readonly ColumnRecord[],
  itemCount: number,
  countMatching: (clause: FilterNode) => number,
): void {
  if (itemCount <= LIST_VIEW_THRESHOLD) return;
  if (plan.order.some((key) => !key.column.indexed)) throw thresholdExceeded();
  const clause = plan.firstClause;
  if (clause === undefined) return;
  if (clause.kind !== 'compare' && clause.kind !== 'function' && clause.kind !== 'bool') throw thresholdExceeded();
  const paths = filterProperties(clause);
  const [only] = paths;
  // An indexed column is never multi-valued (those cannot be indexed), so the clause needs no rewriting.
  if (paths.length !== 1 || only === undefined || !columnForPath(columns, only).indexed) throw thresholdExceeded();
  if (countMatching(clause) > LIST_VIEW_THRESHOLD) throw thresholdExceeded();
}
