/**
 * Entry point of the client import readers (Node): a path or `{name, bytes}` → the header and
 * data rows of the file, by its extension (.csv or .xlsx). Every failure is a DomainError with a
 * `CLIENT_IMPORT.*` code naming the file (its base name, not the full path).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { DomainError } from '../../../domain/shared/domain-error';
import type { ClientImportTable } from '../../../application/clients/import-client-rows';
import { parseClientImportCsv } from './client-import-csv.reader';
import { MAX_IMPORT_BYTES, tooLarge, unreadable, type ClientImportFormat } from './client-import-limits';
import { parseClientImportXlsx } from './client-import-xlsx.reader';

/** A file on disk, or a file's name and content (an upload, a test). */
export type ClientImportSource = string | { readonly name: string; readonly bytes: Uint8Array };

const FORMATS: Readonly<Record<string, ClientImportFormat>> = { '.csv': 'csv', '.xlsx': 'xlsx' };

/** The format a file name announces, or undefined for anything but .csv and .xlsx. */
export function clientImportFormat(name: string): ClientImportFormat | undefined {
  return FORMATS[extname(name).toLowerCase()];
}

const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;

async function readFromDisk(path: string, file: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw unreadable(file);
    if (info.size > MAX_IMPORT_BYTES) throw tooLarge(file);
    return await readFile(path);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    if (errorCode(error) === 'ENOENT')
      throw new DomainError('CLIENT_IMPORT.FILE_NOT_FOUND', { file }, { cause: error });
    throw unreadable(file, error);
  }
}

/** Reads a .csv or .xlsx client import file into its header and data rows. */
export async function readClientImportFile(source: ClientImportSource): Promise<ClientImportTable> {
  const name = typeof source === 'string' ? source : source.name;
  const file = basename(name);
  const format = clientImportFormat(name);
  if (format === undefined) throw new DomainError('CLIENT_IMPORT.UNSUPPORTED_FORMAT', { file });
  const bytes = typeof source === 'string' ? await readFromDisk(source, file) : source.bytes;
  return format === 'csv' ? parseClientImportCsv(bytes, file) : parseClientImportXlsx(bytes, file);
}
