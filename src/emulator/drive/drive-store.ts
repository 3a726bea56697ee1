/**
 * Persistence of document libraries: one drive per site (created on first use, with its root
 * folder), and drive items — folders and files, file bytes as BLOBs — in a tree keyed by parent.
 * Names are unique per folder ignoring case (`name_key`). Queries never read a BLOB unless the
 * bytes are asked for. Callers run writes inside `ctx.store.tx`.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EmulatorContext } from '../context';
import { mimeTypeFor, nameKey } from './names';
import { quickXorHash } from './quick-xor-hash';

export const DRIVE_SCHEMA = `
CREATE TABLE IF NOT EXISTS drives (
  id TEXT PRIMARY KEY,
  site_id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  root_id TEXT NOT NULL,
  created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS drive_items (
  id TEXT PRIMARY KEY,
  drive_id TEXT NOT NULL REFERENCES drives(id) ON DELETE CASCADE,
  parent_id TEXT REFERENCES drive_items(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  is_folder INTEGER NOT NULL,
  unique_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  size INTEGER NOT NULL,
  mime_type TEXT,
  sha256 TEXT,
  quick_xor TEXT,
  content BLOB,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  created_by TEXT NOT NULL,
  modified_by TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS drive_items_by_parent_name ON drive_items (parent_id, name_key);
CREATE INDEX IF NOT EXISTS drive_items_by_drive ON drive_items (drive_id);`;

/** The library's display name (a Spanish-language tenant) and its URL segment. */
export const LIBRARY_NAME = 'Documentos';
export const LIBRARY_URL_SEGMENT = 'Documentos compartidos';
/** Who created the drive and its root folder. */
export const SYSTEM_ACCOUNT = 'system';

export interface DriveRecord {
  readonly id: string;
  readonly siteId: string;
  readonly name: string;
  readonly rootId: string;
  readonly created: string;
}

export interface ItemRecord {
  readonly id: string;
  readonly driveId: string;
  readonly parentId: string | null;
  readonly name: string;
  readonly isFolder: boolean;
  /** The GUID in the eTag and cTag. */
  readonly uniqueId: string;
  /** The eTag/cTag counter: 1 on creation, +1 on every content replacement. */
  readonly version: number;
  readonly size: number;
  readonly mimeType: string | null;
  readonly sha256: string | null;
  readonly quickXor: string | null;
  readonly created: string;
  readonly modified: string;
  /** User id of the creator / last modifier (`system` for the root folder). */
  readonly createdBy: string;
  readonly modifiedBy: string;
}

interface DriveRow {
  id: string;
  site_id: string;
  name: string;
  root_id: string;
  created: string;
}

interface ItemRow {
  id: string;
  drive_id: string;
  parent_id: string | null;
  name: string;
  is_folder: number;
  unique_id: string;
  version: number;
  size: number;
  mime_type: string | null;
  sha256: string | null;
  quick_xor: string | null;
  created: string;
  modified: string;
  created_by: string;
  modified_by: string;
}

const ITEM_COLUMNS =
  'id, drive_id, parent_id, name, is_folder, unique_id, version, size, mime_type, sha256, quick_xor, created, modified, created_by, modified_by';

const toDrive = (row: DriveRow): DriveRecord => ({
  id: row.id,
  siteId: row.site_id,
  name: row.name,
  rootId: row.root_id,
  created: row.created,
});

const toItem = (row: ItemRow): ItemRecord => ({
  id: row.id,
  driveId: row.drive_id,
  parentId: row.parent_id,
  name: row.name,
  isFolder: row.is_folder === 1,
  uniqueId: row.unique_id,
  version: row.version,
  size: row.size,
  mimeType: row.mime_type,
  sha256: row.sha256,
  quickXor: row.quick_xor,
  created: row.created,
  modified: row.modified,
  createdBy: row.created_by,
  modifiedBy: row.modified_by,
});

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A SharePoint-style drive item id: `01` and 32 base32 characters. */
export function newItemId(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let out = '01';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/** A SharePoint-style drive id: `b!` and 64 base64url characters. */
export function newDriveId(): string {
  return `b!${randomBytes(48).toString('base64url')}`;
}

/** Hashes SharePoint reports for a file (`quickXorHash`) plus SHA-256, used internally as the cache key. */
export function fileHashes(content: Buffer): { sha256: string; quickXor: string } {
  return { sha256: createHash('sha256').update(content).digest('hex').toUpperCase(), quickXor: quickXorHash(content) };
}

export function driveBySite(ctx: EmulatorContext, siteId: string): DriveRecord | undefined {
  const row = ctx.store.db.prepare('SELECT * FROM drives WHERE site_id = ?').get(siteId) as DriveRow | undefined;
  return row === undefined ? undefined : toDrive(row);
}

export function driveById(ctx: EmulatorContext, id: string): DriveRecord | undefined {
  const row = ctx.store.db.prepare('SELECT * FROM drives WHERE id = ?').get(id) as DriveRow | undefined;
  return row === undefined ? undefined : toDrive(row);
}

/** The site's document library, created with its root folder on first use. */
export function ensureDrive(ctx: EmulatorContext, siteId: string): DriveRecord {
  const existing = driveBySite(ctx, siteId);
  if (existing !== undefined) return existing;
  return ctx.store.tx(() => {
    const again = driveBySite(ctx, siteId);
    if (again !== undefined) return again;
    const id = newDriveId();
    const rootId = newItemId();
    const now = ctx.now().toISOString();
    ctx.store.db.prepare('INSERT INTO drives VALUES (?, ?, ?, ?, ?)').run(id, siteId, LIBRARY_NAME, rootId, now);
    ctx.store.db
      .prepare(
        `INSERT INTO drive_items (${ITEM_COLUMNS}, name_key, content) VALUES (?, ?, NULL, 'root', 1, ?, 1, 0, NULL, NULL, NULL, ?, ?, ?, ?, '', NULL)`,
      )
      .run(rootId, id, randomUUID().toUpperCase(), now, now, SYSTEM_ACCOUNT, SYSTEM_ACCOUNT);
    const created = driveById(ctx, id);
    if (created === undefined) throw new Error('drive was not saved');
    return created;
  });
}

export function getItem(ctx: EmulatorContext, driveId: string, itemId: string): ItemRecord | undefined {
  const row = ctx.store.db
    .prepare(`SELECT ${ITEM_COLUMNS} FROM drive_items WHERE id = ? AND drive_id = ?`)
    .get(itemId, driveId) as ItemRow | undefined;
  return row === undefined ? undefined : toItem(row);
}

export function childByName(ctx: EmulatorContext, parentId: string, name: string): ItemRecord | undefined {
  const row = ctx.store.db
    .prepare(`SELECT ${ITEM_COLUMNS} FROM drive_items WHERE parent_id = ? AND name_key = ?`)
    .get(parentId, nameKey(name)) as ItemRow | undefined;
  return row === undefined ? undefined : toItem(row);
}

/** Position after which a page of children starts (keyset paging on name, then id). */
export interface ChildCursor {
  readonly key: string;
  readonly id: string;
}

/** Up to `limit` children of a folder in name order, after `cursor`. */
export function listChildren(
  ctx: EmulatorContext,
  parentId: string,
  cursor: ChildCursor | undefined,
  limit: number,
): ItemRecord[] {
  const rows = (
    cursor === undefined
      ? ctx.store.db
          .prepare(`SELECT ${ITEM_COLUMNS} FROM drive_items WHERE parent_id = ? ORDER BY name_key, id LIMIT ?`)
          .all(parentId, limit)
      : ctx.store.db
          .prepare(
            `SELECT ${ITEM_COLUMNS} FROM drive_items WHERE parent_id = ? AND (name_key, id) > (?, ?) ORDER BY name_key, id LIMIT ?`,
          )
          .all(parentId, cursor.key, cursor.id, limit)
  ) as ItemRow[];
  return rows.map(toItem);
}

export function cursorOf(item: ItemRecord): ChildCursor {
  return { key: nameKey(item.name), id: item.id };
}

/** Number of direct children and total size of the files below a folder. */
export function folderStats(ctx: EmulatorContext, folderId: string): { childCount: number; size: number } {
  const childCount = (
    ctx.store.db.prepare('SELECT COUNT(*) AS n FROM drive_items WHERE parent_id = ?').get(folderId) as { n: number }
  ).n;
  const size = (
    ctx.store.db
      .prepare(
        `WITH RECURSIVE below(id) AS (
           SELECT id FROM drive_items WHERE parent_id = ?
           UNION ALL SELECT d.id FROM drive_items d JOIN below ON d.parent_id = below.id)
         SELECT COALESCE(SUM(size), 0) AS n FROM drive_items WHERE id IN below AND is_folder = 0`,
      )
      .get(folderId) as { n: number }
  ).n;
  return { childCount, size };
}

export function driveUsage(ctx: EmulatorContext, driveId: string): number {
  return (
    ctx.store.db
      .prepare('SELECT COALESCE(SUM(size), 0) AS n FROM drive_items WHERE drive_id = ? AND is_folder = 0')
      .get(driveId) as { n: number }
  ).n;
}

/** Names from the root (exclusive) down to the item (inclusive); [] for the root. */
export function itemNames(ctx: EmulatorContext, item: ItemRecord): string[] {
  const names: string[] = [];
  let current: ItemRecord | undefined = item;
  for (let depth = 0; current !== undefined && current.parentId !== null; depth++) {
    if (depth > 1000) throw new Error(`drive item ${item.id} has a cyclic parent chain`);
    names.unshift(current.name);
    current = getItem(ctx, current.driveId, current.parentId);
  }
  return names;
}

export function readContent(ctx: EmulatorContext, itemId: string): Buffer {
  const row = ctx.store.db.prepare('SELECT content FROM drive_items WHERE id = ?').get(itemId) as
    { content: Buffer | null } | undefined;
  return row?.content ?? Buffer.alloc(0);
}

function insertItem(
  ctx: EmulatorContext,
  driveId: string,
  parentId: string,
  name: string,
  userId: string,
  content: Buffer | undefined,
): ItemRecord {
  const id = newItemId();
  const now = ctx.now().toISOString();
  const hashes = content === undefined ? undefined : fileHashes(content);
  ctx.store.db
    .prepare(
      `INSERT INTO drive_items (${ITEM_COLUMNS}, name_key, content) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      driveId,
      parentId,
      name,
      content === undefined ? 1 : 0,
      randomUUID().toUpperCase(),
      content?.length ?? 0,
      content === undefined ? null : mimeTypeFor(name),
      hashes?.sha256 ?? null,
      hashes?.quickXor ?? null,
      now,
      now,
      userId,
      userId,
      nameKey(name),
      content ?? null,
    );
  const saved = getItem(ctx, driveId, id);
  if (saved === undefined) throw new Error('drive item was not saved');
  return saved;
}

export function createFolder(
  ctx: EmulatorContext,
  driveId: string,
  parentId: string,
  name: string,
  userId: string,
): ItemRecord {
  return insertItem(ctx, driveId, parentId, name, userId, undefined);
}

export function createFile(
  ctx: EmulatorContext,
  driveId: string,
  parentId: string,
  name: string,
  userId: string,
  content: Buffer,
): ItemRecord {
  return insertItem(ctx, driveId, parentId, name, userId, content);
}

/** Replaces a file's bytes: new hashes and size, version + 1 (so eTag and cTag change). */
export function replaceContent(ctx: EmulatorContext, item: ItemRecord, userId: string, content: Buffer): ItemRecord {
  const hashes = fileHashes(content);
  ctx.store.db
    .prepare(
      'UPDATE drive_items SET content = ?, size = ?, sha256 = ?, quick_xor = ?, version = version + 1, modified = ?, modified_by = ? WHERE id = ?',
    )
    .run(content, content.length, hashes.sha256, hashes.quickXor, ctx.now().toISOString(), userId, item.id);
  const saved = getItem(ctx, item.driveId, item.id);
  if (saved === undefined) throw new Error('drive item vanished while being replaced');
  return saved;
}

/** Deletes an item and, through the foreign key, everything below it. */
export function deleteItem(ctx: EmulatorContext, itemId: string): void {
  ctx.store.db.prepare('DELETE FROM drive_items WHERE id = ?').run(itemId);
}
