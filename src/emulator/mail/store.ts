/**
 * Messages in SQLite: one row per message, the record as JSON, owner and folder as indexed
 * columns. `seq` (the row id) orders messages created within the same second. Callers write
 * inside `ctx.store.tx`.
 */
import type { Db } from '../store/database';
import type { MessageRecord, WellKnownFolder } from './model';

export const MAIL_SCHEMA = `
CREATE TABLE IF NOT EXISTS mail_messages (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  owner_id TEXT NOT NULL,
  folder TEXT NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mail_messages_owner_folder ON mail_messages (owner_id, folder);`;

interface Row {
  seq: number;
  id: string;
  owner_id: string;
  folder: WellKnownFolder;
  data: string;
}

const toRecord = (row: Row): MessageRecord => ({
  ...(JSON.parse(row.data) as Omit<MessageRecord, 'seq' | 'id' | 'ownerId' | 'folder'>),
  seq: row.seq,
  id: row.id,
  ownerId: row.owner_id,
  folder: row.folder,
});

function dataOf(record: Omit<MessageRecord, 'seq'>): string {
  const data: Partial<MessageRecord> = { ...record };
  delete data.seq;
  delete data.id;
  delete data.ownerId;
  delete data.folder;
  return JSON.stringify(data);
}

export class MailStore {
  constructor(private readonly db: Db) {}

  insert(record: Omit<MessageRecord, 'seq'>): MessageRecord {
    const result = this.db
      .prepare('INSERT INTO mail_messages (id, owner_id, folder, data) VALUES (?, ?, ?, ?)')
      .run(record.id, record.ownerId, record.folder, dataOf(record));
    return { ...record, seq: Number(result.lastInsertRowid) };
  }

  update(record: MessageRecord): void {
    this.db
      .prepare('UPDATE mail_messages SET folder = ?, data = ? WHERE seq = ?')
      .run(record.folder, dataOf(record), record.seq);
  }

  remove(record: MessageRecord): void {
    this.db.prepare('DELETE FROM mail_messages WHERE seq = ?').run(record.seq);
  }

  find(ownerId: string, id: string): MessageRecord | undefined {
    const row = this.db.prepare('SELECT * FROM mail_messages WHERE id = ? AND owner_id = ?').get(id, ownerId) as
      Row | undefined;
    return row === undefined ? undefined : toRecord(row);
  }

  list(ownerId: string, folder?: WellKnownFolder): MessageRecord[] {
    const rows = (
      folder === undefined
        ? this.db.prepare('SELECT * FROM mail_messages WHERE owner_id = ? ORDER BY seq').all(ownerId)
        : this.db
            .prepare('SELECT * FROM mail_messages WHERE owner_id = ? AND folder = ? ORDER BY seq')
            .all(ownerId, folder)
    ) as Row[];
    return rows.map(toRecord);
  }

  counts(ownerId: string, folder: WellKnownFolder): { total: number; unread: number } {
    const row = this.db
      .prepare(
        "SELECT COUNT(*) AS total, COALESCE(SUM(CASE WHEN json_extract(data, '$.isRead') = 0 THEN 1 ELSE 0 END), 0) AS unread FROM mail_messages WHERE owner_id = ? AND folder = ?",
      )
      .get(ownerId, folder) as { total: number; unread: number };
    return { total: row.total, unread: row.unread };
  }
}
