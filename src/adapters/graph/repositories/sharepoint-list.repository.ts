/**
 * A RecordStore over one SharePoint list, through the GraphGateway (ARCHITECTURE.md §4).
 *
 * - Reads: `expand=fields(select=…)` with the definition's columns, every page (`getAll`).
 *   Filters only through list-query.ts (indexed columns, escaped literals).
 * - Creates are idempotent by the RecordKey column (indexed, unique): a repeated POST meets a
 *   409, and a failure that leaves us unsure whether the item was written (no answer, a 5xx, a
 *   429 after the gateway's retries) is resolved by looking the key up before trying again. The
 *   record found is returned with `created: false`; nothing is ever duplicated.
 * - Updates PATCH `…/items/{id}/fields` with `If-Match: <eTag>`; a 412 becomes a
 *   RecordConflictError carrying our value and the stored one, re-read, and nothing is
 *   overwritten. If the stored record already equals ours (the gateway repeated our own PATCH
 *   after a lost answer, whose first attempt had been applied) it is returned as the result.
 * - eTags: the listItem's `eTag` (or its `@odata.etag`); the PATCH answer is the item's
 *   fieldValueSet, whose `@odata.etag` is the item's new eTag.
 */
import {
  RecordConflictError,
  type CreateResult,
  type ProgressListener,
  type RecordStore,
  type Versioned,
} from '../../../application/ports/record-store.port';
import { DomainError } from '../../../domain/shared/domain-error';
import type { GraphBatchResult, GraphCall, GraphGateway } from '../graph-gateway';
import { isGraphRequestError, type GraphRequestError } from '../graph-request-error';
import { KEY_COLUMN, type FieldValue, type ListDefinition } from '../lists/list-definition';
import { buildListQuery, quoteODataString, type RecordQuery } from './list-query';

/** A listItem as we read it. */
export interface ListItemResource {
  readonly id: string;
  readonly eTag?: string;
  readonly '@odata.etag'?: string;
  readonly fields?: Readonly<Record<string, unknown>>;
}

export interface SharePointListRepositoryOptions {
  /** The list's id when already known (e.g. from provisioning); otherwise resolved by name once. */
  readonly listId?: string;
  /** Rounds of "create, then look up what is uncertain" before giving up (default 4). */
  readonly createRounds?: number;
}

const DEFAULT_CREATE_ROUNDS = 4;

/** A failure after which the item may or may not have been written. */
function isAmbiguous(error: GraphRequestError): boolean {
  return error.status === 0 || error.status === 429 || error.status >= 500;
}

function asGraphError(error: unknown): GraphRequestError | undefined {
  return isGraphRequestError(error) ? error : undefined;
}

export class SharePointListRepository<T extends { readonly key: string }> implements RecordStore<T> {
  private listId: Promise<string> | undefined;
  /** Item id by record key, learnt from every read and write (ids never change). */
  private readonly ids = new Map<string, string>();
  private readonly select: string;
  private readonly createRounds: number;

  constructor(
    protected readonly gateway: GraphGateway,
    readonly definition: ListDefinition<T>,
    protected readonly siteId: string,
    options: SharePointListRepositoryOptions = {},
  ) {
    this.select = ['id', 'Title', ...definition.columns.map((column) => column.name)].join(',');
    this.createRounds = options.createRounds ?? DEFAULT_CREATE_ROUNDS;
    if (options.listId !== undefined) this.listId = Promise.resolve(options.listId);
  }

  get entity(): string {
    return this.definition.entity;
  }

  // ---------------------------------------------------------------------------- plumbing

  /** The list's id, resolved by name once; a missing list says to run `relaciones provision`. */
  protected resolveListId(): Promise<string> {
    if (this.listId === undefined) {
      const pending = this.gateway
        .send<{ id: string }>({
          method: 'GET',
          path: `/sites/${this.siteId}/lists/${encodeURIComponent(this.definition.name)}`,
          query: { $select: 'id' },
        })
        .then((response) => response.body.id)
        .catch((error: unknown) => {
          this.listId = undefined; // do not cache a failure
          if (isGraphRequestError(error, 404)) {
            throw new DomainError('PROVISION.LIST_MISSING', { list: this.definition.name }, { cause: error });
          }
          throw error;
        });
      this.listId = pending;
    }
    return this.listId;
  }

  private async itemsPath(): Promise<string> {
    return `/sites/${this.siteId}/lists/${await this.resolveListId()}/items`;
  }

  private readQuery(filter?: string, orderby?: string): Record<string, string> {
    return {
      $select: 'id,eTag',
      $expand: `fields($select=${this.select})`,
      ...(filter === undefined ? {} : { $filter: filter }),
      ...(orderby === undefined ? {} : { $orderby: orderby }),
    };
  }

  /** The record of an item as read (or as answered by a create). */
  protected toVersioned(item: ListItemResource): Versioned<T> {
    const fields = item.fields ?? {};
    const value = this.definition.fromFields({ ...fields, id: item.id });
    const eTag = item.eTag ?? item['@odata.etag'] ?? (fields['@odata.etag'] as string | undefined) ?? '';
    this.ids.set(value.key, item.id);
    return { value, id: item.id, eTag };
  }

  private keyFilter(key: string): string {
    return `fields/${KEY_COLUMN} eq ${quoteODataString(key)}`;
  }

  private sameFields(a: T, b: T): boolean {
    return JSON.stringify(this.definition.toFields(a)) === JSON.stringify(this.definition.toFields(b));
  }

  // ---------------------------------------------------------------------------- queries

  /**
   * Records matching every condition, read to the last page. Conditions are refused
   * (`RECORD.UNINDEXED_FILTER`) before any request when a property is not an indexed, queryable one.
   */
  async find(query: RecordQuery, onProgress?: ProgressListener): Promise<Versioned<T>[]> {
    const built = buildListQuery(this.definition, query); // throws before any request
    const items = await this.gateway.getAll<ListItemResource>(
      { path: await this.itemsPath(), query: this.readQuery(built.filter, built.orderby) },
      onProgress === undefined ? {} : { onPage: (read) => onProgress(read) },
    );
    return items.map((item) => this.toVersioned(item)).filter((record) => built.matches(record.value));
  }

  /** The first record matching, or undefined. */
  async findFirst(query: RecordQuery): Promise<Versioned<T> | undefined> {
    return (await this.find(query))[0];
  }

  async getByKey(key: string): Promise<Versioned<T> | undefined> {
    const found = await this.findFirst({ where: [{ property: 'key', op: 'eq', value: key }] });
    if (found === undefined) this.ids.delete(key);
    return found;
  }

  async listAll(onProgress?: ProgressListener): Promise<Versioned<T>[]> {
    return this.find({ where: [] }, onProgress);
  }

  // ---------------------------------------------------------------------------- writes

  private createCall(path: string, value: T): GraphCall {
    // The unique RecordKey makes a repeated POST harmless (409), so the gateway may retry it.
    return { method: 'POST', path, body: { fields: this.definition.toFields(value) }, idempotent: true };
  }

  async create(value: T): Promise<CreateResult<T>> {
    const path = await this.itemsPath();
    let last: unknown;
    for (let round = 0; round < this.createRounds; round++) {
      try {
        const response = await this.gateway.send<ListItemResource>(this.createCall(path, value));
        return { ...this.toVersioned(response.body), created: true };
      } catch (error) {
        const graphError = asGraphError(error);
        if (graphError === undefined || (graphError.status !== 409 && !isAmbiguous(graphError))) throw error;
        last = error;
        let existing: Versioned<T> | undefined;
        try {
          existing = await this.getByKey(value.key);
        } catch (lookupError) {
          // Still unsure: creating again is harmless thanks to the unique key.
          const lookupGraphError = asGraphError(lookupError);
          if (lookupGraphError === undefined || !isAmbiguous(lookupGraphError)) throw lookupError;
          continue;
        }
        if (existing !== undefined) return { ...existing, created: false };
        // A 409 that is not about our key (another unique column) cannot be solved by retrying.
        if (graphError.status === 409) throw error;
      }
    }
    throw last;
  }

  async createMany(values: readonly T[], onProgress?: ProgressListener): Promise<CreateResult<T>[]> {
    const total = values.length;
    if (total === 0) return [];
    const results = new Array<CreateResult<T> | undefined>(total);
    let settled = 0;
    const settle = (index: number, result: CreateResult<T>) => {
      if (results[index] === undefined) settled += 1;
      results[index] = result;
    };
    const path = await this.itemsPath();
    let pending = values.map((_, index) => index);
    /** The last failure of each record still pending. */
    const failures = new Map<number, GraphRequestError>();

    for (let round = 0; round < this.createRounds && pending.length > 0; round++) {
      const before = settled;
      const calls = pending.map((index) => this.createCall(path, values[index] as T));
      let answers: GraphBatchResult<ListItemResource>[];
      try {
        answers = await this.gateway.batch<ListItemResource>(
          calls,
          onProgress === undefined ? {} : { onProgress: (done) => onProgress(Math.min(total, before + done), total) },
        );
      } catch (error) {
        // A `$batch` whose answer was lost (after the gateway's own retries): any of it may be written.
        const graphError = asGraphError(error);
        if (graphError === undefined || !isAmbiguous(graphError)) throw error;
        answers = calls.map(() => ({ ok: false, error: graphError }));
      }
      const uncertain: number[] = [];
      answers.forEach((answer, position) => {
        const index = pending[position] as number;
        if (answer.ok) settle(index, { ...this.toVersioned(answer.response.body), created: true });
        else if (answer.error.status === 409 || isAmbiguous(answer.error)) {
          uncertain.push(index);
          failures.set(index, answer.error);
        } else throw answer.error; // refused (400, 403 …): repeating cannot help
      });

      // Look up what may exist already (a retried create, a record created by an earlier run).
      const { found, lookedUp } = await this.lookUpMany(uncertain.map((index) => (values[index] as T).key));
      pending = [];
      uncertain.forEach((index, position) => {
        const existing = found[position];
        const failure = failures.get(index);
        if (existing !== undefined) settle(index, { ...existing, created: false });
        // A unique violation while no record has our key: about another column, not solved by repeating.
        else if (failure?.status === 409 && lookedUp[position] === true) throw failure;
        else pending.push(index);
      });
      onProgress?.(settled, total);
    }
    const [stillPending] = pending;
    if (stillPending !== undefined)
      throw failures.get(stillPending) ?? new Error('createMany: records left unresolved');
    return results as CreateResult<T>[];
  }

  /** Records by key, looked up in batches; `lookedUp[i]` is false when that lookup itself failed. */
  private async lookUpMany(
    keys: readonly string[],
  ): Promise<{ found: (Versioned<T> | undefined)[]; lookedUp: boolean[] }> {
    if (keys.length === 0) return { found: [], lookedUp: [] };
    const path = await this.itemsPath();
    let answers: GraphBatchResult<{ value?: ListItemResource[] }>[];
    try {
      answers = await this.gateway.batch(
        keys.map((key): GraphCall => ({ method: 'GET', path, query: this.readQuery(this.keyFilter(key)) })),
      );
    } catch (error) {
      // Unknown for now: the caller creates again, which the unique key makes harmless.
      const graphError = asGraphError(error);
      if (graphError === undefined || !isAmbiguous(graphError)) throw error;
      return { found: keys.map(() => undefined), lookedUp: keys.map(() => false) };
    }
    const found = answers.map((answer, position) => {
      if (!answer.ok) return undefined;
      const key = keys[position];
      return (answer.response.body.value ?? [])
        .map((item) => this.toVersioned(item))
        .find((record) => record.value.key === key);
    });
    return { found, lookedUp: answers.map((answer) => answer.ok) };
  }

  /** The item id of a key: remembered, or looked up. */
  private async idOf(key: string): Promise<string | undefined> {
    return this.ids.get(key) ?? (await this.getByKey(key))?.id;
  }

  async update(value: T, eTag: string): Promise<Versioned<T>> {
    const path = await this.itemsPath();
    for (let attempt = 0; attempt < 2; attempt++) {
      const id = await this.idOf(value.key);
      if (id === undefined) throw new DomainError('RECORD.NOT_FOUND', { entity: this.entity, key: value.key });
      try {
        const response = await this.gateway.send<Readonly<Record<string, FieldValue>>>({
          method: 'PATCH',
          path: `${path}/${id}/fields`,
          body: this.definition.toFields(value),
          headers: { 'If-Match': eTag },
        });
        const fields = response.body;
        const newETag = (fields['@odata.etag'] as string | undefined) ?? response.headers.etag ?? '';
        return { value: this.definition.fromFields({ ...fields, id }), id, eTag: newETag };
      } catch (error) {
        if (isGraphRequestError(error, 404)) {
          this.ids.delete(value.key); // a remembered id of a deleted (maybe re-created) item
          continue;
        }
        if (!isGraphRequestError(error, 412)) throw error;
        const theirs = await this.getByKey(value.key);
        if (theirs !== undefined && this.sameFields(theirs.value, value)) return theirs;
        throw new RecordConflictError(this.entity, value.key, value, theirs, error);
      }
    }
    throw new DomainError('RECORD.NOT_FOUND', { entity: this.entity, key: value.key });
  }

  async delete(key: string, eTag?: string): Promise<void> {
    const path = await this.itemsPath();
    for (let attempt = 0; attempt < 2; attempt++) {
      const id = await this.idOf(key);
      if (id === undefined) return;
      try {
        await this.gateway.send({
          method: 'DELETE',
          path: `${path}/${id}`,
          ...(eTag === undefined ? {} : { headers: { 'If-Match': eTag } }),
        });
        this.ids.delete(key);
        return;
      } catch (error) {
        if (isGraphRequestError(error, 404)) {
          this.ids.delete(key); // gone already (or a stale id): look again once
          continue;
        }
        if (!isGraphRequestError(error, 412)) throw error;
        const theirs = await this.getByKey(key);
        if (theirs === undefined) return;
        throw new RecordConflictError(this.entity, key, theirs.value, theirs, error);
      }
    }
  }
}
