/**
 * Lists and their columns in SQLite, and Graph's `list` JSON. A list is addressed by its id (a
 * GUID, braces and case ignored), by its title (`displayName`) or by its URL name, as Graph
 * accepts in `/sites/{site}/lists/{list}`. Titles are unique per site ignoring case (409
 * `nameAlreadyExists` with SharePoint's message); the URL name is fixed at creation from the title.
 */
import { randomUUID } from 'node:crypto';
import type { List } from '@microsoft/microsoft-graph-types';
import { z } from 'zod';
import type { EmulatorContext } from '../context';
import type { EmulatedUser } from '../auth/users';
import { parseValue } from '../http/body';
import { badRequest, conflict, notFound } from '../http/graph-error';
import { siteWebUrl, type SiteRecord } from '../routes/sites';
import {
  applyColumnPatch,
  columnCreateSchema,
  columnFromInput,
  rejectUnsupportedFacets,
  systemColumns,
  type ColumnPatchInput,
  type ColumnRecord,
} from './columns';
import { isoSeconds, stmt } from './sql';

export interface ListRecord {
  readonly id: string;
  readonly siteId: string;
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly template: string;
  readonly hidden: boolean;
  readonly contentTypeId: string;
  readonly created: string;
  readonly modified: string;
  readonly createdBy: string;
  readonly modifiedBy: string;
  readonly version: number;
  readonly nextItemId: number;
  readonly changeSeq: number;
}

interface ListRow {
  id: string;
  site_id: string;
  name: string;
  display_name: string;
  description: string;
  template: string;
  hidden: number;
  content_type_id: string;
  created: string;
  modified: string;
  created_by: string;
  modified_by: string;
  version: number;
  next_item_id: number;
  change_seq: number;
}

const toList = (row: ListRow): ListRecord => ({
  id: row.id,
  siteId: row.site_id,
  name: row.name,
  displayName: row.display_name,
  description: row.description,
  template: row.template,
  hidden: row.hidden === 1,
  contentTypeId: row.content_type_id,
  created: row.created,
  modified: row.modified,
  createdBy: row.created_by,
  modifiedBy: row.modified_by,
  version: row.version,
  nextItemId: row.next_item_id,
  changeSeq: row.change_seq,
});

export const LIST_NOT_FOUND = 'List not found';
const DUPLICATE_TITLE =
  'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.';
/** Custom columns take positions 1..999 after Title (0); the other system columns come after them. */
const SYSTEM_POSITION = 1000;
const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

export function findList(ctx: EmulatorContext, siteId: string, key: string): ListRecord | undefined {
  const guid = GUID.exec(key)?.[1];
  const db = ctx.store.db;
  const row =
    (guid === undefined
      ? undefined
      : (stmt(db, 'SELECT * FROM sp_lists WHERE site_id = ? AND id = ?').get(siteId, guid.toLowerCase()) as
          ListRow | undefined)) ??
    (stmt(db, 'SELECT * FROM sp_lists WHERE site_id = ? AND display_name = ? COLLATE NOCASE').get(siteId, key) as
      ListRow | undefined) ??
    (stmt(db, 'SELECT * FROM sp_lists WHERE site_id = ? AND name = ? COLLATE NOCASE').get(siteId, key) as
      ListRow | undefined);
  return row === undefined ? undefined : toList(row);
}

export function requireList(ctx: EmulatorContext, siteId: string, key: string): ListRecord {
  const list = findList(ctx, siteId, key);
  if (list === undefined) throw notFound(LIST_NOT_FOUND);
  return list;
}

export function listById(ctx: EmulatorContext, id: string): ListRecord | undefined {
  const row = stmt(ctx.store.db, 'SELECT * FROM sp_lists WHERE id = ?').get(id) as ListRow | undefined;
  return row === undefined ? undefined : toList(row);
}

export function listsOfSite(ctx: EmulatorContext, siteId: string): ListRecord[] {
  const rows = stmt(ctx.store.db, 'SELECT * FROM sp_lists WHERE site_id = ? ORDER BY created, rowid').all(siteId);
  return (rows as ListRow[]).map(toList);
}

// ---------------------------------------------------------------- columns

export function loadColumns(ctx: EmulatorContext, listId: string): ColumnRecord[] {
  const rows = stmt(ctx.store.db, 'SELECT definition FROM sp_columns WHERE list_id = ? ORDER BY position').all(
    listId,
  ) as { definition: string }[];
  return rows.map((row) => JSON.parse(row.definition) as ColumnRecord);
}

/** By id (GUID) or by internal name, ignoring case. */
export function findColumn(columns: readonly ColumnRecord[], key: string): ColumnRecord | undefined {
  const lower = key.replace(/^\{|\}$/g, '').toLowerCase();
  return columns.find((c) => c.id === lower) ?? columns.find((c) => c.name.toLowerCase() === lower);
}

function insertColumn(ctx: EmulatorContext, listId: string, column: ColumnRecord, position: number): void {
  stmt(ctx.store.db, 'INSERT INTO sp_columns (list_id, id, name, position, definition) VALUES (?, ?, ?, ?, ?)').run(
    listId,
    column.id,
    column.name,
    position,
    JSON.stringify(column),
  );
}

export function saveColumn(ctx: EmulatorContext, listId: string, column: ColumnRecord): void {
  stmt(ctx.store.db, 'UPDATE sp_columns SET definition = ? WHERE list_id = ? AND id = ?').run(
    JSON.stringify(column),
    listId,
    column.id,
  );
}

/** The lookup target must be a list of the same site that has the looked-up column. */
function checkLookupTarget(ctx: EmulatorContext, siteId: string, column: ColumnRecord): ColumnRecord {
  if (column.facet.type !== 'lookup') return column;
  const listId = GUID.exec(column.facet.listId)?.[1]?.toLowerCase();
  const target = listId === undefined ? undefined : listById(ctx, listId);
  if (target === undefined || target.siteId !== siteId) {
    throw badRequest(`The lookup list '${column.facet.listId.slice(0, 64)}' does not exist in this site.`);
  }
  const looked = findColumn(loadColumns(ctx, target.id), column.facet.columnName);
  if (looked === undefined || looked.name !== column.facet.columnName) {
    throw badRequest(`The lookup list has no column named '${column.facet.columnName.slice(0, 64)}'.`);
  }
  return { ...column, facet: { ...column.facet, listId: target.id } };
}

/** Parses, validates and adds a column to an existing list (inside the caller's transaction). */
export function addColumn(ctx: EmulatorContext, list: ListRecord, body: unknown): ColumnRecord {
  rejectUnsupportedFacets(body);
  const input = parseValue(columnCreateSchema, body, 'columnDefinition');
  const existing = loadColumns(ctx, list.id);
  const column = checkLookupTarget(ctx, list.siteId, columnFromInput(input, existing));
  // A new column is empty on every existing item, and no value is never a duplicate: nothing to check.
  const position = (
    stmt(
      ctx.store.db,
      `SELECT COALESCE(MAX(position), 0) + 1 AS p FROM sp_columns WHERE list_id = ? AND position < ${SYSTEM_POSITION}`,
    ).get(list.id) as { p: number }
  ).p;
  if (position >= SYSTEM_POSITION) throw badRequest('The list has reached the emulator limit of 999 columns.');
  insertColumn(ctx, list.id, column, position);
  touchList(ctx, list.id);
  return column;
}

/**
 * Applies a column patch; `duplicatesIn` reports whether existing items already hold duplicate
 * values (turning `enforceUniqueValues` on then fails, as in SharePoint).
 */
export function patchColumn(
  ctx: EmulatorContext,
  list: ListRecord,
  column: ColumnRecord,
  input: ColumnPatchInput,
  duplicatesIn: (column: ColumnRecord) => boolean,
): ColumnRecord {
  const next = checkLookupTarget(ctx, list.siteId, applyColumnPatch(column, input));
  if (next.enforceUniqueValues && !column.enforceUniqueValues && duplicatesIn(next)) {
    throw badRequest('This field contains duplicate values. Remove all duplicate values and try the operation again.');
  }
  saveColumn(ctx, list.id, next);
  touchList(ctx, list.id);
  return next;
}

// ---------------------------------------------------------------- lists

const listCreateSchema = z
  .object({
    displayName: z.string().min(1).max(255),
    description: z.string().max(1000).optional(),
    columns: z.array(z.unknown()).max(500).optional(),
    list: z
      .object({
        template: z.string().min(1).max(64).optional(),
        contentTypesEnabled: z.boolean().optional(),
        hidden: z.boolean().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const listPatchSchema = z
  .object({
    displayName: z.string().min(1).max(255).optional(),
    description: z.string().max(1000).optional(),
  })
  .strict();

/** SharePoint's URL name for a title: characters not allowed in URLs removed, unique in the site. */
function urlName(ctx: EmulatorContext, siteId: string, displayName: string): string {
  const base =
    displayName
      .replace(/[~"#%&*:<>?/\\{|}]/g, '')
      .replace(/\p{Cc}/gu, '')
      .replace(/^[\s.]+|[\s.]+$/g, '')
      .slice(0, 128) || 'List';
  for (let n = 0; ; n++) {
    const candidate = n === 0 ? base : `${base}${n}`;
    const taken = stmt(ctx.store.db, 'SELECT 1 FROM sp_lists WHERE site_id = ? AND name = ? COLLATE NOCASE').get(
      siteId,
      candidate,
    );
    if (taken === undefined) return candidate;
  }
}

function assertTitleFree(ctx: EmulatorContext, siteId: string, displayName: string, exceptId?: string): void {
  const row = stmt(ctx.store.db, 'SELECT id FROM sp_lists WHERE site_id = ? AND display_name = ? COLLATE NOCASE').get(
    siteId,
    displayName,
  ) as { id: string } | undefined;
  if (row !== undefined && row.id !== exceptId) throw conflict(DUPLICATE_TITLE);
}

/** Creates a list with the generic list's system columns plus the given ones (inside a transaction). */
export function createList(ctx: EmulatorContext, site: SiteRecord, author: EmulatedUser, body: unknown): ListRecord {
  const raw = body as { columns?: unknown } | undefined;
  if (Array.isArray(raw?.columns)) raw.columns.forEach(rejectUnsupportedFacets);
  const input = parseValue(listCreateSchema, body, 'list');
  const template = input.list?.template ?? 'genericList';
  if (template !== 'genericList') {
    throw badRequest(
      `The list template '${template}' is not supported by the emulator; use genericList.`,
      'notSupported',
    );
  }
  return ctx.store.tx(() => {
    assertTitleFree(ctx, site.id, input.displayName);
    const id = randomUUID();
    const now = isoSeconds(ctx.now());
    const contentTypeId = `0x0100${randomUUID().replace(/-/g, '').toUpperCase()}`;
    stmt(
      ctx.store.db,
      `INSERT INTO sp_lists (id, site_id, name, display_name, description, template, hidden, content_type_id,
        created, modified, created_by, modified_by, version, next_item_id, change_seq)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 0)`,
    ).run(
      id,
      site.id,
      urlName(ctx, site.id, input.displayName),
      input.displayName,
      input.description ?? '',
      template,
      input.list?.hidden === true ? 1 : 0,
      contentTypeId,
      now,
      now,
      author.id,
      author.id,
    );
    const columns = systemColumns();
    columns.forEach((column, index) => insertColumn(ctx, id, column, index === 0 ? 0 : SYSTEM_POSITION + index));
    (input.columns ?? []).forEach((columnBody, index) => {
      rejectUnsupportedFacets(columnBody);
      const parsed = parseValue(columnCreateSchema, columnBody, 'columnDefinition');
      const column = checkLookupTarget(ctx, site.id, columnFromInput(parsed, columns));
      columns.push(column);
      insertColumn(ctx, id, column, index + 1);
    });
    const created = listById(ctx, id);
    if (created === undefined) throw new Error('list was not saved');
    return created;
  });
}

export function updateList(
  ctx: EmulatorContext,
  list: ListRecord,
  editor: EmulatedUser,
  input: z.output<typeof listPatchSchema>,
): ListRecord {
  return ctx.store.tx(() => {
    if (input.displayName !== undefined) assertTitleFree(ctx, list.siteId, input.displayName, list.id);
    stmt(
      ctx.store.db,
      `UPDATE sp_lists SET display_name = ?, description = ?, modified = ?, modified_by = ?, version = version + 1
       WHERE id = ?`,
    ).run(
      input.displayName ?? list.displayName,
      input.description ?? list.description,
      isoSeconds(ctx.now()),
      editor.id,
      list.id,
    );
    const updated = listById(ctx, list.id);
    if (updated === undefined) throw new Error('list vanished');
    return updated;
  });
}

export function deleteList(ctx: EmulatorContext, list: ListRecord): void {
  ctx.store.tx(() => {
    stmt(ctx.store.db, 'DELETE FROM sp_lists WHERE id = ?').run(list.id);
  });
}

function touchList(ctx: EmulatorContext, listId: string): void {
  stmt(ctx.store.db, 'UPDATE sp_lists SET modified = ?, version = version + 1 WHERE id = ?').run(
    isoSeconds(ctx.now()),
    listId,
  );
}

// ---------------------------------------------------------------- JSON

export function identitySet(user: EmulatedUser | undefined): { user: Record<string, string> } {
  if (user === undefined) return { user: { displayName: 'System Account' } };
  return { user: { email: user.upn, id: user.id, displayName: user.displayName } };
}

export function listWebUrl(site: SiteRecord, list: ListRecord): string {
  return `${siteWebUrl(site)}/Lists/${encodeURIComponent(list.name)}`;
}

export function listEtag(list: ListRecord): string {
  return `"${list.id},${list.version}"`;
}

/** Graph's list resource: its default properties, plus `sharepointIds` when asked for by `$select`. */
export function listJson(
  ctx: EmulatorContext,
  site: SiteRecord,
  list: ListRecord,
  withSharepointIds = false,
): List & Record<string, unknown> {
  const [, siteCollectionId = '', webId = ''] = site.id.split(',');
  return {
    '@odata.etag': listEtag(list),
    createdDateTime: list.created,
    description: list.description,
    eTag: listEtag(list),
    id: list.id,
    lastModifiedDateTime: list.modified,
    name: list.name,
    webUrl: listWebUrl(site, list),
    displayName: list.displayName,
    createdBy: identitySet(ctx.users.byId(list.createdBy)),
    lastModifiedBy: identitySet(ctx.users.byId(list.modifiedBy)),
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: list.hidden, template: list.template },
    ...(withSharepointIds
      ? { sharepointIds: { listId: list.id, siteId: siteCollectionId, siteUrl: siteWebUrl(site), webId } }
      : {}),
  };
}

/** Properties `$select` may name on a list. */
export const LIST_PROPERTIES = new Set([
  'createdDateTime',
  'description',
  'eTag',
  'id',
  'lastModifiedDateTime',
  'name',
  'webUrl',
  'displayName',
  'createdBy',
  'lastModifiedBy',
  'parentReference',
  'list',
  'sharepointIds',
  'columns',
]);
