/**
 * Limits of a client import file and the DomainErrors a reader throws. The limits keep a
 * mistaken file (a whole data warehouse export) from exhausting memory; a real client catalog is
 * far smaller.
 */
import { DomainError } from '../../../domain/shared/domain-error';

/** Most data rows (header excluded) a file may have. */
export const MAX_IMPORT_ROWS = 50_000;
/** Largest file, in bytes (20 MiB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type ClientImportFormat = 'csv' | 'xlsx';

export function tooLarge(file: string): DomainError {
  return new DomainError('CLIENT_IMPORT.TOO_LARGE', {
    file,
    maxRows: MAX_IMPORT_ROWS,
    maxMiB: MAX_IMPORT_BYTES / (1024 * 1024),
  });
}

export function unreadable(file: string, cause?: unknown): DomainError {
  return new DomainError('CLIENT_IMPORT.UNREADABLE_FILE', { file }, { cause });
}

export function emptyFile(file: string): DomainError {
  return new DomainError('CLIENT_IMPORT.EMPTY_FILE', { file });
}
