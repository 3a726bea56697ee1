/**
 * The emulator's persistence: one SQLite file (better-sqlite3) in the data folder, WAL journal,
 * foreign keys on. Each module contributes its own `CREATE TABLE IF NOT EXISTS` statements, so a
 * data folder made by an older emulator is upgraded in place. better-sqlite3 is synchronous and
 * Node runs one handler at a time, so a handler that writes inside `tx` is atomic and isolated.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';

export type Db = Database.Database;

export class Store {
  readonly db: Db;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    // A value's identity for unique columns (text ignores case, as SharePoint), usable in
    // expression indexes so that a uniqueness check is an index lookup, not a scan of the list.
    this.db.function('relaciones_uniq', { deterministic: true }, (value: string | number | bigint | null) =>
      value === null || value === undefined
        ? null
        : typeof value === 'string'
          ? `s:${value.toLowerCase()}`
          : `number:${String(value)}`,
    );
  }

  static open(dataDir: string): Store {
    return new Store(join(dataDir, 'emulator.sqlite'));
  }

  install(ddl: string): void {
    this.db.exec(ddl);
  }

  /** Runs `work` in one transaction: everything or nothing is written. */
  tx<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  getMeta(key: string): string | undefined {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  }

  setMeta(key: string, value: string): void {
    this.db
      .prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(key, value);
  }

  close(): void {
    this.db.close();
  }
}
