/**
 * Ports through which use cases keep the process's records (ARCHITECTURE.md §2–§4). Every record
 * has a client-generated `key`; stores are implemented by the SharePoint-list repositories in
 * src/adapters/graph and, in tests, by in-memory fakes. Errors are DomainErrors with stable codes.
 */
import { DomainError } from '../../domain/shared/domain-error';

/** A stored record with the version its store gave it (the SharePoint item's eTag). */
export interface Versioned<T> {
  readonly value: T;
  /** Opaque id of the stored item (SharePoint list item id). */
  readonly id: string;
  /** Version to send back with an update; a stale one is a conflict. */
  readonly eTag: string;
}

/** Reports how far a long operation got: `done` of `total` (total may be unknown). */
export type ProgressListener = (done: number, total?: number) => void;

/** Result of a create: `created` false when a record with the same key already existed. */
export interface CreateResult<T> extends Versioned<T> {
  readonly created: boolean;
}

export interface RecordStore<T extends { readonly key: string }> {
  /** The record with this key, or undefined. */
  getByKey(key: string): Promise<Versioned<T> | undefined>;
  /**
   * Creates the record. Safe to retry: when a record with the same key exists (a retried create
   * that had succeeded), that one is returned with `created: false`; nothing is duplicated.
   */
  create(value: T): Promise<CreateResult<T>>;
  /** Creates many records (in batches), with the same per-key idempotency as `create`. */
  createMany(values: readonly T[], onProgress?: ProgressListener): Promise<CreateResult<T>[]>;
  /**
   * Replaces the record's fields, sending `eTag`. When the stored record changed since `eTag`
   * was read, throws a `RecordConflictError` carrying both versions and changes nothing.
   */
  update(value: T, eTag: string): Promise<Versioned<T>>;
  /** Deletes the record (if `eTag` is given, only when unchanged since). Deleting a missing key is a no-op. */
  delete(key: string, eTag?: string): Promise<void>;
  /** Every record, following pages to the end. */
  listAll(onProgress?: ProgressListener): Promise<Versioned<T>[]>;
}

/** `RECORD.CONFLICT`: the record changed since it was read; nothing was written. */
export class RecordConflictError<T> extends DomainError {
  readonly mine: T;
  readonly theirs: Versioned<T> | undefined;

  constructor(entity: string, key: string, mine: T, theirs: Versioned<T> | undefined, cause?: unknown) {
    super('RECORD.CONFLICT', { entity, key }, { cause });
    this.name = 'RecordConflictError';
    this.mine = mine;
    this.theirs = theirs;
  }
}
