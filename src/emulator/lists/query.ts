/**
 * Runs a planned item query: reads rows from SQLite, evaluates `$filter` with the OData evaluator,
 * sorts, and pages by keyset. The `$skiptoken` carries the sort key and id of the last item of
 * the previous page, so paging is stable when items are added or deleted between pages: an item
 * that exists throughout (and keeps its sort key) is returned exactly once.
 *
 * Rows are read once per list state: a snapshot of the list's items (in id order) is kept per
 * database connection and list, and reused until the list's change counter moves (every item
 * write bumps it). Without `$orderby` a page scans the snapshot from the cursor on and stops when
 * the page is full; with `$orderby` all matching items are sorted (ties by id ascending).
 */
import { badRequest } from '../http/graph-error';
import { compareValues, evaluateFilter, type FilterNode } from '../odata/filter';
import type { ColumnRecord } from './columns';
import { queryValue } from './field-values';
import { toItem, type ItemRecord, type ItemRow } from './items';
import type { QueryPlan } from './query-plan';
import { stmt } from './sql';
import type { Db } from '../store/database';

export const DEFAULT_PAGE_SIZE = 200;
export const MAX_TOP = 5000;

export interface Cursor {
  readonly keys: readonly unknown[];
  readonly id: number;
}

/** The value a filter or sort sees for a column of an item. */
export function columnValue(item: ItemRecord, column: ColumnRecord): unknown {
  if (!column.system || column.name === 'Title') return queryValue(column, item.values[column.name]);
  switch (column.name) {
    case 'ID':
      return item.itemId;
    case 'Created':
      return new Date(item.created);
    case 'Modified':
      return new Date(item.modified);
    case 'Author':
      return item.author;
    case 'Editor':
      return item.editor;
    case '_UIVersionString':
      return `${item.version}.0`;
    case 'Attachments':
      return false;
    case 'ContentType':
      return 'Item';
    default:
      return null;
  }
}

/** A predicate over items for a filter whose paths the plan resolved. */
export function matcher(
  node: FilterNode | undefined,
  columns: ReadonlyMap<string, ColumnRecord>,
): (item: ItemRecord) => boolean {
  if (node === undefined) return () => true;
  let current: ItemRecord | undefined;
  // The filter's path arrays are stable objects: resolve each to its column once.
  const byPath = new Map<readonly string[], ColumnRecord | undefined>();
  const resolve = (path: string[]): unknown => {
    let column = byPath.get(path);
    if (column === undefined && !byPath.has(path)) {
      column = columns.get(path.join('/'));
      byPath.set(path, column);
    }
    return current === undefined || column === undefined ? null : columnValue(current, column);
  };
  return (item) => {
    current = item;
    return evaluateFilter(node, resolve);
  };
}

// ---------------------------------------------------------------- skiptoken

type EncodedKey = null | boolean | number | string | { d: number };

function encodeKey(value: unknown): EncodedKey {
  if (value instanceof Date) return { d: value.getTime() };
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  return null;
}

function decodeKey(value: unknown): unknown {
  if (value === null || ['boolean', 'number', 'string'].includes(typeof value)) return value;
  if (typeof value === 'object' && typeof (value as { d?: unknown }).d === 'number') {
    return new Date((value as { d: number }).d);
  }
  throw invalidSkipToken();
}

const invalidSkipToken = () => badRequest('The $skiptoken value is not valid for this request.');

export function encodeSkipToken(cursor: Cursor): string {
  const payload = JSON.stringify({ p: cursor.id, k: cursor.keys.map(encodeKey) });
  return Buffer.from(`Paged=TRUE&p_ID=${cursor.id}&p_Keys=${encodeURIComponent(payload)}`, 'utf8').toString(
    'base64url',
  );
}

export function decodeSkipToken(token: string, keyCount: number): Cursor {
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const params = new URLSearchParams(text);
  if (params.get('Paged') !== 'TRUE') throw invalidSkipToken();
  let parsed: unknown;
  try {
    parsed = JSON.parse(params.get('p_Keys') ?? '');
  } catch {
    throw invalidSkipToken();
  }
  const { p, k } = (parsed ?? {}) as { p?: unknown; k?: unknown };
  if (typeof p !== 'number' || !Number.isSafeInteger(p) || !Array.isArray(k) || k.length !== keyCount) {
    throw invalidSkipToken();
  }
  return { id: p, keys: k.map(decodeKey) };
}

// ---------------------------------------------------------------- execution

function sortKeys(item: ItemRecord, plan: QueryPlan): unknown[] {
  return plan.order.map((key) => columnValue(item, key.column));
}

function compareTuples(plan: QueryPlan, a: Cursor, b: Cursor): number {
  for (let i = 0; i < plan.order.length; i++) {
    const c = compareValues(a.keys[i], b.keys[i]);
    if (c !== 0) return plan.order[i]?.direction === 'desc' ? -c : c;
  }
  return a.id - b.id;
}

interface Snapshot {
  readonly seq: number;
  readonly items: readonly ItemRecord[];
}

const snapshots = new WeakMap<Db, Map<string, Snapshot>>();

/**
 * The list's items in id order as of change position `changeSeq`. Cached outside transactions
 * only, so a snapshot never holds uncommitted data; the records are shared and never mutated.
 */
export function listSnapshot(db: Db, listId: string, changeSeq: number): readonly ItemRecord[] {
  let perList = snapshots.get(db);
  if (perList === undefined) {
    perList = new Map();
    snapshots.set(db, perList);
  }
  const cached = perList.get(listId);
  if (cached !== undefined && cached.seq === changeSeq) return cached.items;
  const rows = stmt(db, 'SELECT * FROM sp_items WHERE list_id = ? ORDER BY item_id').all(listId) as ItemRow[];
  const items = rows.map(toItem);
  if (!db.inTransaction) perList.set(listId, { seq: changeSeq, items });
  return items;
}

/** Index of the first item whose id is greater than `id` (items are in id order). */
function firstAfter(items: readonly ItemRecord[], id: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((items[mid]?.itemId ?? 0) <= id) low = mid + 1;
    else high = mid;
  }
  return low;
}

export interface Page {
  readonly items: ItemRecord[];
  /** Where the next page starts; absent on the last page. */
  readonly next?: Cursor;
}

/** One page of the items matching the plan, after `cursor`. */
export function runQuery(items: readonly ItemRecord[], plan: QueryPlan, pageSize: number, cursor?: Cursor): Page {
  const matches = matcher(plan.filter, plan.columns);
  if (plan.order.length === 0) {
    const page: ItemRecord[] = [];
    for (let i = firstAfter(items, cursor?.id ?? 0); i < items.length; i++) {
      const item = items[i];
      if (item === undefined || !matches(item)) continue;
      if (page.length === pageSize) {
        const last = page[page.length - 1];
        return { items: page, ...(last === undefined ? {} : { next: { keys: [], id: last.itemId } }) };
      }
      page.push(item);
    }
    return { items: page };
  }
  let keyed = items.filter(matches).map((item) => ({ item, cursor: { keys: sortKeys(item, plan), id: item.itemId } }));
  if (cursor !== undefined) keyed = keyed.filter((entry) => compareTuples(plan, entry.cursor, cursor) > 0);
  keyed.sort((a, b) => compareTuples(plan, a.cursor, b.cursor));
  const page = keyed.slice(0, pageSize);
  const last = page[page.length - 1];
  return {
    items: page.map((entry) => entry.item),
    ...(keyed.length > pageSize && last !== undefined ? { next: last.cursor } : {}),
  };
}

/** How many items one clause matches (for the list view threshold). */
export function countMatching(
  items: readonly ItemRecord[],
  clause: FilterNode,
  columns: ReadonlyMap<string, ColumnRecord>,
): number {
  const matches = matcher(clause, columns);
  let count = 0;
  for (const item of items) if (matches(item)) count++;
  return count;
}
