/**
 * List items in SQLite and Graph's `listItem` / `fieldValueSet` JSON. Ids are sequential per list
 * from 1 and never reused (SharePoint's counter). The eTag is `"{uniqueId},{version}"`; the
 * version starts at 1 and grows with every update (`_UIVersionString` 1.0, 2.0 …). `If-Match`
 * on update and delete takes that eTag (with or without quotes/braces, `W/` ignored) or `*`; a
 * stale one is 412 and nothing changes. Every write appends to the list's change log for delta.
 */
import { randomUUID } from 'node:crypto';
import type { FieldValueSet, ListItem } from '@microsoft/microsoft-graph-types';
import type { EmulatorContext } from '../context';
import type { EmulatedUser } from '../auth/users';
import { badRequest, conflict, notFound, preconditionFailed } from '../http/graph-error';
import { siteWebUrl, type SiteRecord } from '../routes/sites';
import { fieldKey, isLookupLike, type ColumnRecord } from './columns';
import {
  columnsByFieldKey,
  mergeFields,
  outputEntries,
  parseFieldWrites,
  uniquenessKey,
  type StoredFields,
  type ValueChecks,
} from './field-values';
import { identitySet, listWebUrl, type ListRecord } from './list-store';
import { isoSeconds, stmt } from './sql';

export interface ItemRecord {
  readonly listId: string;
  readonly itemId: number;
  readonly uniqueId: string;
  readonly version: number;
  readonly created: string;
  readonly modified: string;
  /** Site user ids (`siteUserId`) of the creator and last editor. */
  readonly author: number;
  readonly editor: number;
  readonly values: StoredFields;
}

export interface ItemRow {
  list_id: string;
  item_id: number;
  unique_id: string;
  version: number;
  created: string;
  modified: string;
  author: number;
  editor: number;
  fields: string;
}

export const ITEM_NOT_FOUND = 'Item not found';
export const DUPLICATE_VALUES =
  'The list item could not be added or updated because duplicate values were found in one or more fields in the list.';

export function toItem(row: ItemRow): ItemRecord {
  return {
    listId: row.list_id,
    itemId: row.item_id,
    uniqueId: row.unique_id,
    version: row.version,
    created: row.created,
    modified: row.modified,
    author: row.author,
    editor: row.editor,
    values: JSON.parse(row.fields) as StoredFields,
  };
}

/** A list item id from a URL segment: a positive integer, else 400. */
export function parseItemId(text: string): number {
  if (!/^\d{1,10}$/.test(text) || Number(text) < 1 || Number(text) > 2_147_483_647) {
    throw badRequest(`The list item id '${text.slice(0, 40)}' is not valid: list item ids are positive integers.`);
  }
  return Number(text);
}

export function findItem(ctx: EmulatorContext, listId: string, itemId: number): ItemRecord | undefined {
  const row = stmt(ctx.store.db, 'SELECT * FROM sp_items WHERE list_id = ? AND item_id = ?').get(listId, itemId) as
    ItemRow | undefined;
  return row === undefined ? undefined : toItem(row);
}

export function requireItem(ctx: EmulatorContext, listId: string, idText: string): ItemRecord {
  const item = findItem(ctx, listId, parseItemId(idText));
  if (item === undefined) throw notFound(ITEM_NOT_FOUND);
  return item;
}

export function etagOf(item: ItemRecord): string {
  return `"${item.uniqueId},${item.version}"`;
}

// ---------------------------------------------------------------- writes

function valueChecks(ctx: EmulatorContext): ValueChecks {
  return {
    lookupExists: (listId, itemId) =>
      stmt(ctx.store.db, 'SELECT 1 FROM sp_items WHERE list_id = ? AND item_id = ?').get(listId, itemId) !== undefined,
    userExists: (siteUserId) => ctx.users.bySiteUserId(siteUserId) !== undefined,
  };
}

function appendChange(ctx: EmulatorContext, listId: string, itemId: number, deleted: boolean): void {
  const { seq } = stmt(
    ctx.store.db,
    'UPDATE sp_lists SET change_seq = change_seq + 1 WHERE id = ? RETURNING change_seq AS seq',
  ).get(listId) as { seq: number };
  stmt(ctx.store.db, 'INSERT INTO sp_item_changes (list_id, seq, item_id, deleted) VALUES (?, ?, ?, ?)').run(
    listId,
    seq,
    itemId,
    deleted ? 1 : 0,
  );
}

const uniqueIndexes = new WeakMap<object, Set<string>>();

/**
 * An expression index on the unique column's identity (`relaciones_uniq`, see store/database.ts),
 * shared by every list with a column of that name: makes the check below a lookup, so creating
 * 10 000 items stays linear.
 */
function ensureUniqueIndex(ctx: EmulatorContext, columnName: string): void {
  let made = uniqueIndexes.get(ctx.store.db);
  if (made === undefined) uniqueIndexes.set(ctx.store.db, (made = new Set()));
  if (made.has(columnName)) return;
  const hex = Buffer.from(columnName, 'utf8').toString('hex');
  ctx.store.db.exec(
    `CREATE INDEX IF NOT EXISTS sp_items_uniq_${hex} ON sp_items (list_id, relaciones_uniq(json_extract(fields, '$."${columnName}"')))`,
  );
  made.add(columnName);
}

/** Refuses a value of a unique column that another item (other than `exceptItemId`) holds (text ignoring case). */
function checkUnique(
  ctx: EmulatorContext,
  listId: string,
  columns: readonly ColumnRecord[],
  values: StoredFields,
  changed: ReadonlySet<string> | 'all',
  exceptItemId: number,
): void {
  for (const column of columns) {
    if (!column.enforceUniqueValues) continue;
    const value = values[column.name];
    if (value === undefined || (changed !== 'all' && !changed.has(column.name))) continue;
    ensureUniqueIndex(ctx, column.name);
    const taken = stmt(
      ctx.store.db,
      `SELECT 1 FROM sp_items
       WHERE list_id = ? AND relaciones_uniq(json_extract(fields, '$."${column.name}"')) = ? AND item_id <> ?
       LIMIT 1`,
    ).get(listId, uniquenessKey(value), exceptItemId);
    if (taken !== undefined) throw conflict(DUPLICATE_VALUES, 'conflict');
  }
}

/** True when existing items already hold duplicate values of the column (for turning uniqueness on). */
export function hasDuplicateValues(ctx: EmulatorContext, listId: string, column: ColumnRecord): boolean {
  const rows = stmt(
    ctx.store.db,
    `SELECT json_extract(fields, '$."${column.name}"') AS v FROM sp_items
     WHERE list_id = ? AND json_extract(fields, '$."${column.name}"') IS NOT NULL`,
  ).all(listId) as { v: string | number }[];
  const seen = new Set<string>();
  for (const row of rows) {
    const key = uniquenessKey(row.v);
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

function asObject(body: unknown, what: string): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest(`Invalid request body for 'microsoft.graph.${what}': expected a JSON object.`);
  }
  return body as Record<string, unknown>;
}

/** Creates an item from a `fields` object (inside a transaction: a rejected item changes nothing). */
export function createItem(
  ctx: EmulatorContext,
  list: ListRecord,
  columns: readonly ColumnRecord[],
  author: EmulatedUser,
  fields: unknown,
): ItemRecord {
  const body = asObject(fields ?? {}, 'fieldValueSet');
  return ctx.store.tx(() => {
    const changes = parseFieldWrites(columns, body, valueChecks(ctx));
    const values = mergeFields(columns, {}, changes, 'create');
    checkUnique(ctx, list.id, columns, values, 'all', 0);
    const { id } = stmt(
      ctx.store.db,
      'UPDATE sp_lists SET next_item_id = next_item_id + 1 WHERE id = ? RETURNING next_item_id - 1 AS id',
    ).get(list.id) as { id: number };
    const now = isoSeconds(ctx.now());
    stmt(
      ctx.store.db,
      `INSERT INTO sp_items (list_id, item_id, unique_id, version, created, modified, author, editor, fields)
       VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)`,
    ).run(list.id, id, randomUUID(), now, now, author.siteUserId, author.siteUserId, JSON.stringify(values));
    appendChange(ctx, list.id, id, false);
    const created = findItem(ctx, list.id, id);
    if (created === undefined) throw new Error('item was not saved');
    return created;
  });
}

function normaliseEtag(tag: string): string {
  return tag
    .trim()
    .replace(/^W\//i, '')
    .replace(/^"|"$/g, '')
    .replace(/^\{|\}(?=,)/g, '')
    .toLowerCase();
}

/** 412 unless `If-Match` is absent, `*`, or lists the item's current eTag. */
export function checkIfMatch(header: string | undefined, item: ItemRecord): void {
  if (header === undefined || header.trim() === '') return;
  const current = normaliseEtag(etagOf(item));
  const tags = header.split(/,(?=\s*(?:W\/)?"|\s*\*)/).map((tag) => tag.trim());
  if (tags.some((tag) => tag === '*' || normaliseEtag(tag) === current)) return;
  throw preconditionFailed();
}

/** Updates some column values (`PATCH …/fields`), honouring `If-Match`. */
export function updateItem(
  ctx: EmulatorContext,
  list: ListRecord,
  columns: readonly ColumnRecord[],
  itemId: number,
  editor: EmulatedUser,
  fields: unknown,
  ifMatch: string | undefined,
): ItemRecord {
  const body = asObject(fields, 'fieldValueSet');
  return ctx.store.tx(() => {
    const item = findItem(ctx, list.id, itemId);
    if (item === undefined) throw notFound(ITEM_NOT_FOUND);
    checkIfMatch(ifMatch, item);
    const changes = parseFieldWrites(columns, body, valueChecks(ctx));
    const values = mergeFields(columns, item.values, changes, 'update');
    checkUnique(ctx, list.id, columns, values, new Set(changes.keys()), item.itemId);
    stmt(
      ctx.store.db,
      `UPDATE sp_items SET fields = ?, version = version + 1, modified = ?, editor = ?
       WHERE list_id = ? AND item_id = ?`,
    ).run(JSON.stringify(values), isoSeconds(ctx.now()), editor.siteUserId, list.id, item.itemId);
    appendChange(ctx, list.id, item.itemId, false);
    const updated = findItem(ctx, list.id, item.itemId);
    if (updated === undefined) throw new Error('item vanished');
    return updated;
  });
}

export function deleteItem(ctx: EmulatorContext, list: ListRecord, itemId: number, ifMatch: string | undefined): void {
  ctx.store.tx(() => {
    const item = findItem(ctx, list.id, itemId);
    if (item === undefined) throw notFound(ITEM_NOT_FOUND);
    checkIfMatch(ifMatch, item);
    stmt(ctx.store.db, 'DELETE FROM sp_items WHERE list_id = ? AND item_id = ?').run(list.id, item.itemId);
    appendChange(ctx, list.id, item.itemId, true);
  });
}

// ---------------------------------------------------------------- JSON

/** Resolves site user ids to users once per response. */
export function userCache(ctx: EmulatorContext): (siteUserId: number) => EmulatedUser | undefined {
  const cache = new Map<number, EmulatedUser | undefined>();
  return (siteUserId) => {
    if (!cache.has(siteUserId)) cache.set(siteUserId, ctx.users.bySiteUserId(siteUserId));
    return cache.get(siteUserId);
  };
}

function systemValue(column: ColumnRecord, item: ItemRecord): unknown {
  switch (column.name) {
    case 'ID':
      return String(item.itemId);
    case 'ContentType':
      return 'Item';
    case 'Modified':
      return item.modified;
    case 'Created':
      return item.created;
    case 'Author':
      return String(item.author);
    case 'Editor':
      return String(item.editor);
    case '_UIVersionString':
      return `${item.version}.0`;
    case 'Attachments':
      return false;
    default:
      return undefined;
  }
}

/**
 * Resolves `fields(select=…)` names — field keys, or a lookup/person column's plain name — to
 * columns; an unknown name is 400 `Field 'X' is not recognized`.
 */
export function selectedColumns(columns: readonly ColumnRecord[], names: readonly string[]): Set<ColumnRecord> {
  const byKey = columnsByFieldKey(columns);
  const selected = new Set<ColumnRecord>();
  for (const name of names) {
    if (name === '*') return new Set(columns);
    const column =
      byKey.get(name) ?? (name === 'ID' ? byKey.get('id') : columns.find((c) => isLookupLike(c) && c.name === name));
    if (column === undefined) throw badRequest(`Field '${name.slice(0, 100)}' is not recognized`);
    selected.add(column);
  }
  return selected;
}

/** Graph's fieldValueSet: `@odata.etag`, then the values in column order; empty values are left out. */
export function fieldsJson(
  columns: readonly ColumnRecord[],
  item: ItemRecord,
  select?: ReadonlySet<ColumnRecord>,
): FieldValueSet & Record<string, unknown> {
  const out: Record<string, unknown> = { '@odata.etag': etagOf(item) };
  for (const column of columns) {
    if (select !== undefined && !select.has(column)) continue;
    if (column.system && column.name !== 'Title') {
      out[fieldKey(column)] = systemValue(column, item);
      continue;
    }
    for (const [key, value] of outputEntries(column, item.values[column.name])) out[key] = value;
  }
  return out;
}

/** Properties `$select` may name on a listItem. */
export const ITEM_PROPERTIES = new Set([
  'id',
  'eTag',
  'createdDateTime',
  'lastModifiedDateTime',
  'webUrl',
  'createdBy',
  'lastModifiedBy',
  'parentReference',
  'contentType',
  'sharepointIds',
  'fields',
  'name',
  'description',
]);

export interface ItemShape {
  /** Top-level properties from `$select`; undefined = Graph's defaults. */
  readonly select?: ReadonlySet<string>;
  /** Present when `fields` is expanded; a set restricts the columns (`fields(select=…)`). */
  readonly fields?: { readonly columns?: ReadonlySet<ColumnRecord> };
  /** Adds `fields@odata.context` (single-item responses, as Graph). */
  readonly fieldsContext?: string;
}

export interface ItemScope {
  readonly site: SiteRecord;
  readonly list: ListRecord;
  readonly columns: readonly ColumnRecord[];
  readonly user: (siteUserId: number) => EmulatedUser | undefined;
}

/** Graph's listItem resource shaped by `$select` / `$expand`. */
export function itemJson(scope: ItemScope, item: ItemRecord, shape: ItemShape): ListItem & Record<string, unknown> {
  const { site, list } = scope;
  const [, siteCollectionId = '', webId = ''] = site.id.split(',');
  const full: Record<string, unknown> = {
    createdDateTime: item.created,
    eTag: etagOf(item),
    id: String(item.itemId),
    lastModifiedDateTime: item.modified,
    webUrl: `${listWebUrl(site, list)}/${item.itemId}_.000`,
    createdBy: identitySet(scope.user(item.author)),
    lastModifiedBy: identitySet(scope.user(item.editor)),
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: list.contentTypeId, name: 'Item' },
  };
  const out: Record<string, unknown> = { '@odata.etag': etagOf(item) };
  if (shape.select === undefined) Object.assign(out, full);
  else {
    for (const property of shape.select) {
      if (property === 'sharepointIds') {
        out.sharepointIds = {
          listId: list.id,
          listItemId: String(item.itemId),
          listItemUniqueId: item.uniqueId,
          siteId: siteCollectionId,
          siteUrl: siteWebUrl(site),
          webId,
        };
      } else if (property in full) out[property] = full[property];
    }
  }
  const wantsFields = shape.fields !== undefined || shape.select?.has('fields') === true;
  if (wantsFields) {
    if (shape.fieldsContext !== undefined) out['fields@odata.context'] = shape.fieldsContext;
    out.fields = fieldsJson(scope.columns, item, shape.fields?.columns);
  }
  return out;
}
