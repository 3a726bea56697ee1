/**
 * Imports the client catalog from a file's rows (`relaciones clients import`): everything is
 * validated first — headers, every row, duplicate codes and domains within the file, and the
 * file against the stored catalog — and with any error nothing is written and the errors are
 * returned (codes and parameters, in file order). Otherwise new clients are created (idempotent
 * by their key, derived from the code), changed ones are updated with their eTag (a
 * RecordConflictError propagates) and identical ones are left alone.
 *
 * A client is matched to the catalog by its code; when the stored record has another key, that
 * record is updated and keeps its key. Optional columns that are absent or empty keep the stored
 * value (or, for a new client, the default: active, valid from `today`).
 */
import type { Client } from '../../domain/client/client.entity';
import { DomainError } from '../../domain/shared/domain-error';
import { isoDateSchema } from '../../domain/shared/primitives';
import { RecordConflictError, type ProgressListener, type Versioned } from '../ports/record-store.port';
import type { ClientRepository } from '../ports/repositories.port';
import { importError, sortImportErrors, type ClientImportError } from './import-client-errors';
import { mapHeaders } from './import-client-headers';
import {
  clientKeyForCode,
  isBlankRow,
  mergeIntoStored,
  parseClientRow,
  sameClient,
  validateClient,
  type ClientImportTable,
  type ParsedClientRow,
} from './import-client-rows';

export type { ClientImportError, ClientImportErrorCode, ClientImportField } from './import-client-errors';
export type { ClientImportRow, ClientImportTable } from './import-client-rows';

export interface ImportClientsDeps {
  readonly clients: ClientRepository;
}

export interface ImportClientsOptions {
  /** Today's date (YYYY-MM-DD): the validity start of new clients whose file gives none. */
  readonly today: string;
  /** Progress of the writes: `done` of `total` creates and updates. */
  readonly onProgress?: ProgressListener;
  /** Updates sent at the same time (default 4). */
  readonly concurrency?: number;
}

export interface ImportClientsResult {
  /** Clients created. */
  readonly imported: number;
  /** Stored clients whose values changed. */
  readonly updated: number;
  /** Stored clients the file repeats as they are. */
  readonly unchanged: number;
  /** Empty when the import was written; otherwise nothing was written. */
  readonly errors: readonly ClientImportError[];
}

const DEFAULT_CONCURRENCY = 4;

const failed = (errors: readonly ClientImportError[]): ImportClientsResult => ({
  imported: 0,
  updated: 0,
  unchanged: 0,
  errors: sortImportErrors(errors),
});

export async function importClients(
  deps: ImportClientsDeps,
  input: ClientImportTable,
  options: ImportClientsOptions,
): Promise<ImportClientsResult> {
  if (!isoDateSchema.safeParse(options.today).success) {
    throw new DomainError('CLIENT_IMPORT.INVALID_OPTIONS', { option: 'today', value: options.today });
  }
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new DomainError('CLIENT_IMPORT.INVALID_OPTIONS', { option: 'concurrency', value: concurrency });
  }

  // 1. The file alone: headers, rows, duplicates within the file.
  const dataRows = input.rows.filter((row) => !isBlankRow(row));
  const headerLine = input.headerLine ?? 1;
  const { mapping, errors: headerErrors } = mapHeaders(input.headers, headerLine, (index) =>
    dataRows.some((row) => (row.cells[index] ?? '').trim() !== ''),
  );
  if (headerErrors.length > 0) return failed(headerErrors);

  const errors: ClientImportError[] = [];
  const parsedRows: ParsedClientRow[] = [];
  const firstLineByCode = new Map<string, number>();
  const firstOwnerByDomain = new Map<string, { line: number; code: string }>();
  for (const row of dataRows) {
    const { parsed, errors: rowErrors } = parseClientRow(row, mapping, options.today);
    errors.push(...rowErrors);
    if (parsed === undefined) continue;
    const { code } = parsed.client;
    const firstLine = firstLineByCode.get(code);
    if (firstLine !== undefined) {
      errors.push(importError(parsed.line, 'CLIENT_IMPORT.DUPLICATE_CODE', { code, firstLine }, 'code'));
      continue;
    }
    firstLineByCode.set(code, parsed.line);
    let domainClash = false;
    for (const domain of parsed.client.emailDomains) {
      const owner = firstOwnerByDomain.get(domain);
      if (owner === undefined) {
        firstOwnerByDomain.set(domain, { line: parsed.line, code });
        continue;
      }
      domainClash = true;
      errors.push(
        importError(
          parsed.line,
          'CLIENT_IMPORT.DUPLICATE_DOMAIN',
          { domain, code, firstLine: owner.line, firstCode: owner.code },
          'emailDomains',
        ),
      );
    }
    if (!domainClash) parsedRows.push(parsed);
  }

  // 2. The file against the stored catalog (read once).
  const stored = await deps.clients.listAll();
  const plan = planWrites(parsedRows, stored);
  errors.push(...plan.errors);
  if (errors.length > 0) return failed(errors);

  // 3. The writes.
  const total = plan.creates.length + plan.updates.length;
  const report = options.onProgress;
  let imported = 0;
  if (plan.creates.length > 0) {
    const results = await deps.clients.createMany(plan.creates, (done) => report?.(done, total));
    results.forEach((result, index) => {
      const mine = plan.creates[index];
      // Created meanwhile by someone else with other values: a conflict, never an overwrite.
      if (mine !== undefined && !result.created && !sameClient(result.value, mine)) {
        throw new RecordConflictError('Client', mine.key, mine, result);
      }
    });
    imported = results.length;
  }
  let updatesDone = 0;
  await runWithConcurrency(plan.updates, concurrency, async ({ value, eTag }) => {
    await deps.clients.update(value, eTag);
    updatesDone += 1;
    report?.(plan.creates.length + updatesDone, total);
  });
  return { imported, updated: plan.updates.length, unchanged: plan.unchanged, errors: [] };
}

interface WritePlan {
  readonly creates: Client[];
  readonly updates: { value: Client; eTag: string }[];
  readonly unchanged: number;
  readonly errors: ClientImportError[];
}

/** Decides, for every valid row, between create, update and nothing, and checks the catalog's invariants. */
function planWrites(rows: readonly ParsedClientRow[], stored: readonly Versioned<Client>[]): WritePlan {
  const storedByCode = new Map<string, Versioned<Client>>();
  const storedByKey = new Map<string, Versioned<Client>>();
  for (const record of stored) {
    storedByKey.set(record.value.key, record);
    const previous = storedByCode.get(record.value.code);
    // Two stored records with one code: prefer the one with the import's own key.
    if (previous === undefined || record.value.key === clientKeyForCode(record.value.code)) {
      storedByCode.set(record.value.code, record);
    }
  }
  const fileCodes = new Set(rows.map((row) => row.client.code));
  // Domains of the stored clients the file does not touch: they stay as they are.
  const untouchedDomainOwner = new Map<string, string>();
  for (const record of stored) {
    if (fileCodes.has(record.value.code)) continue;
    for (const domain of record.value.emailDomains) untouchedDomainOwner.set(domain, record.value.code);
  }

  const plan: WritePlan = { creates: [], updates: [], unchanged: 0, errors: [] };
  let unchanged = 0;
  for (const row of rows) {
    const { code } = row.client;
    const rowErrors: ClientImportError[] = [];
    for (const domain of row.client.emailDomains) {
      const otherCode = untouchedDomainOwner.get(domain);
      if (otherCode !== undefined) {
        rowErrors.push(
          importError(row.line, 'CLIENT_IMPORT.DOMAIN_IN_USE', { domain, code, otherCode }, 'emailDomains'),
        );
      }
    }
    const existing = storedByCode.get(code);
    if (existing === undefined) {
      const holder = storedByKey.get(row.client.key);
      if (holder !== undefined) {
        rowErrors.push(
          importError(
            row.line,
            'CLIENT_IMPORT.KEY_IN_USE',
            { key: row.client.key, code, otherCode: holder.value.code },
            'code',
          ),
        );
      }
      if (rowErrors.length === 0) plan.creates.push(row.client);
    } else {
      const merged = validateClient(row.line, mergeIntoStored(existing.value, row));
      rowErrors.push(...merged.errors);
      if (rowErrors.length === 0 && merged.client !== undefined) {
        if (sameClient(merged.client, existing.value)) unchanged += 1;
        else plan.updates.push({ value: merged.client, eTag: existing.eTag });
      }
    }
    plan.errors.push(...rowErrors);
  }
  return { ...plan, unchanged };
}

/** Runs `work` over `items`, at most `limit` at a time; the first failure stops new work and rejects. */
async function runWithConcurrency<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let stopped = false;
  const worker = async (): Promise<void> => {
    while (!stopped && next < items.length) {
      const item = items[next] as T;
      next += 1;
      try {
        await work(item);
      } catch (error) {
        stopped = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
