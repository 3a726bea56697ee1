/**
 * Persistence of calendar events in the emulator's SQLite file. One row per event item (single
 * instance or series master, in one mailbox), with the Graph-facing definition as JSON; one row per
 * modified or cancelled occurrence of a series. Occurrences themselves are never stored: they are
 * expanded from the master on every read.
 *
 * The unique keys carry the calendar's guarantees: a transactionId names at most one event per
 * mailbox (the "no duplicate meeting" rule), and a meeting (iCalUId) appears at most once per mailbox,
 * so an invitation copy can never be delivered twice.
 */
import type { Db } from '../store/database';
import type { EventData, ExceptionData } from './event-model';

export const CALENDAR_SCHEMA = `
CREATE TABLE IF NOT EXISTS calendar_events (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL,
  ical_uid TEXT NOT NULL,
  transaction_id TEXT,
  organizer_event_id TEXT,
  is_master INTEGER NOT NULL,
  start_utc INTEGER NOT NULL,
  end_utc INTEGER NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  change_key TEXT NOT NULL,
  data TEXT NOT NULL,
  UNIQUE (owner_id, transaction_id),
  UNIQUE (owner_id, ical_uid)
);
CREATE INDEX IF NOT EXISTS calendar_events_window ON calendar_events (owner_id, is_master, start_utc);
CREATE INDEX IF NOT EXISTS calendar_events_organizer ON calendar_events (organizer_event_id);
CREATE TABLE IF NOT EXISTS calendar_event_instances (
  master_id TEXT NOT NULL REFERENCES calendar_events (id) ON DELETE CASCADE,
  original_start INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('exception', 'cancelled')),
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  change_key TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (master_id, original_start)
);`;

export interface StoredEvent {
  readonly id: string;
  readonly ownerId: string;
  readonly iCalUId: string;
  /** The organizer's event this is an invitation copy of (null for the organizer's own events). */
  readonly organizerEventId: string | null;
  /** Start instant (UTC ms); for a series, of the master's start. */
  readonly startUtc: number;
  /** End instant (UTC ms); for a series, of the master's end. */
  readonly endUtc: number;
  readonly created: string;
  readonly modified: string;
  readonly changeKey: string;
  readonly data: EventData;
}

export interface StoredInstance {
  readonly masterId: string;
  /** Original start of the occurrence (UTC ms). */
  readonly originalStart: number;
  readonly kind: 'exception' | 'cancelled';
  readonly created: string;
  readonly modified: string;
  readonly changeKey: string;
  readonly data: ExceptionData;
}

interface EventRow {
  id: string;
  owner_id: string;
  ical_uid: string;
  transaction_id: string | null;
  organizer_event_id: string | null;
  is_master: number;
  start_utc: number;
  end_utc: number;
  created: string;
  modified: string;
  change_key: string;
  data: string;
}

interface InstanceRow {
  master_id: string;
  original_start: number;
  kind: 'exception' | 'cancelled';
  created: string;
  modified: string;
  change_key: string;
  data: string;
}

const toEvent = (row: EventRow): StoredEvent => ({
  id: row.id,
  ownerId: row.owner_id,
  iCalUId: row.ical_uid,
  organizerEventId: row.organizer_event_id,
  startUtc: row.start_utc,
  endUtc: row.end_utc,
  created: row.created,
  modified: row.modified,
  changeKey: row.change_key,
  data: JSON.parse(row.data) as EventData,
});

const toInstance = (row: InstanceRow): StoredInstance => ({
  masterId: row.master_id,
  originalStart: row.original_start,
  kind: row.kind,
  created: row.created,
  modified: row.modified,
  changeKey: row.change_key,
  data: JSON.parse(row.data) as ExceptionData,
});

export class EventStore {
  constructor(private readonly db: Db) {}

  byId(ownerId: string, id: string): StoredEvent | undefined {
    const row = this.db.prepare('SELECT * FROM calendar_events WHERE id = ? AND owner_id = ?').get(id, ownerId) as
      EventRow | undefined;
    return row === undefined ? undefined : toEvent(row);
  }

  byTransactionId(ownerId: string, transactionId: string): StoredEvent | undefined {
    const row = this.db
      .prepare('SELECT * FROM calendar_events WHERE owner_id = ? AND transaction_id = ?')
      .get(ownerId, transactionId) as EventRow | undefined;
    return row === undefined ? undefined : toEvent(row);
  }

  byICalUId(ownerId: string, iCalUId: string): StoredEvent | undefined {
    const row = this.db
      .prepare('SELECT * FROM calendar_events WHERE owner_id = ? AND ical_uid = ?')
      .get(ownerId, iCalUId) as EventRow | undefined;
    return row === undefined ? undefined : toEvent(row);
  }

  /** Every event item of a mailbox, in creation order. */
  list(ownerId: string): StoredEvent[] {
    return (
      this.db.prepare('SELECT * FROM calendar_events WHERE owner_id = ? ORDER BY rowid').all(ownerId) as EventRow[]
    ).map(toEvent);
  }

  /** Single instances that may overlap [from, to) and every series master of the mailbox. */
  candidatesForWindow(ownerId: string, from: number, to: number): StoredEvent[] {
    return (
      this.db
        .prepare(
          `SELECT * FROM calendar_events WHERE owner_id = ?
             AND (is_master = 1 OR (start_utc <= ? AND end_utc >= ?)) ORDER BY rowid`,
        )
        .all(ownerId, to, from) as EventRow[]
    ).map(toEvent);
  }

  copiesOf(organizerEventId: string): StoredEvent[] {
    return (
      this.db
        .prepare('SELECT * FROM calendar_events WHERE organizer_event_id = ? ORDER BY rowid')
        .all(organizerEventId) as EventRow[]
    ).map(toEvent);
  }

  insert(event: StoredEvent): void {
    this.db
      .prepare(
        `INSERT INTO calendar_events (id, owner_id, ical_uid, transaction_id, organizer_event_id, is_master, start_utc,
           end_utc, created, modified, change_key, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        event.id,
        event.ownerId,
        event.iCalUId,
        event.data.transactionId,
        event.organizerEventId,
        event.data.recurrence === null ? 0 : 1,
        event.startUtc,
        event.endUtc,
        event.created,
        event.modified,
        event.changeKey,
        JSON.stringify(event.data),
      );
  }

  update(event: StoredEvent): void {
    this.db
      .prepare(
        `UPDATE calendar_events SET transaction_id = ?, is_master = ?, start_utc = ?, end_utc = ?, modified = ?,
           change_key = ?, data = ? WHERE id = ?`,
      )
      .run(
        event.data.transactionId,
        event.data.recurrence === null ? 0 : 1,
        event.startUtc,
        event.endUtc,
        event.modified,
        event.changeKey,
        JSON.stringify(event.data),
        event.id,
      );
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM calendar_events WHERE id = ?').run(id);
  }

  instances(masterId: string): StoredInstance[] {
    return (
      this.db
        .prepare('SELECT * FROM calendar_event_instances WHERE master_id = ? ORDER BY original_start')
        .all(masterId) as InstanceRow[]
    ).map(toInstance);
  }

  putInstance(instance: StoredInstance): void {
    this.db
      .prepare(
        `INSERT INTO calendar_event_instances (master_id, original_start, kind, created, modified, change_key, data)
           VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (master_id, original_start) DO UPDATE SET kind = excluded.kind, modified = excluded.modified,
           change_key = excluded.change_key, data = excluded.data`,
      )
      .run(
        instance.masterId,
        instance.originalStart,
        instance.kind,
        instance.created,
        instance.modified,
        instance.changeKey,
        JSON.stringify(instance.data),
      );
  }

  clearInstances(masterId: string): void {
    this.db.prepare('DELETE FROM calendar_event_instances WHERE master_id = ?').run(masterId);
  }
}
