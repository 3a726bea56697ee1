/**
 * Reads a client import CSV: UTF-8 with or without BOM (UTF-16 and binary content are refused),
 * `,` or `;` as delimiter (whichever appears more often outside quotes in the header line),
 * RFC 4180 quoting (embedded delimiters, line breaks and doubled quotes), blank lines skipped.
 * Every record carries the physical line where it starts (the header's line counts as line 1
 * when the file starts with it). Cells are returned exactly as written, only trimmed of the
 * blanks around them.
 */
import { parse } from 'csv-parse/sync';
import { DomainError } from '../../../domain/shared/domain-error';
import type { ClientImportRow, ClientImportTable } from '../../../application/clients/import-client-rows';
import { emptyFile, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, tooLarge, unreadable } from './client-import-limits';

/** What csv-parse returns per record with `info: true` (its typings omit this overload). */
interface ParsedRecord {
  readonly record: string[];
  readonly info: {
    /** Offset (in bytes) just after the record and its line break. */
    readonly bytes: number;
  };
}

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** True for content that looks like UTF-16 without a BOM: NUL bytes on every other position. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  let evenNuls = 0;
  let oddNuls = 0;
  sample.forEach((byte, index) => {
    if (byte !== 0) return;
    if (index % 2 === 0) evenNuls += 1;
    else oddNuls += 1;
  });
  const pairs = Math.floor(sample.length / 2);
  return pairs > 0 && Math.max(evenNuls, oddNuls) >= pairs * 0.4 && Math.min(evenNuls, oddNuls) <= pairs * 0.05;
}

/** The physical line (1-based) of the first byte sequence that is not UTF-8, or undefined. */
function firstNonUtf8Line(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    decoder.decode(bytes);
    return undefined;
  } catch {
    // Find the line: line breaks are single bytes that never occur inside a UTF-8 sequence.
    let line = 1;
    let start = 0;
    for (let index = 0; index <= bytes.length; index++) {
      if (index < bytes.length && bytes[index] !== LF) continue;
      try {
        decoder.decode(bytes.subarray(start, index));
      } catch {
        return line;
      }
      line += 1;
      start = index + 1;
    }
    return line;
  }
}

/** `;` when the header line (up to its first line break outside quotes) has more `;` than `,`. */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  let seenContent = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (seenContent) break;
      continue;
    } else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
    if (char.trim() !== '') seenContent = true;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Physical start lines of records, given the byte offset where each record ends. The next record
 * starts after the previous one's end, past the blank lines csv-parse skipped.
 */
class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly bytes: Uint8Array) {}

  /** Advances to `end` (exclusive), counting line breaks (CRLF, LF or CR each count once). */
  private advanceTo(end: number): void {
    const { bytes } = this;
    while (this.offset < end && this.offset < bytes.length) {
      const byte = bytes[this.offset];
      if (byte === CR) {
        this.line += 1;
        this.offset += bytes[this.offset + 1] === LF ? 2 : 1;
        continue;
      }
      if (byte === LF) this.line += 1;
      this.offset += 1;
    }
  }

  /** The line where the record that follows the current offset starts (skipping blank lines). */
  startOfNextRecord(): number {
    const { bytes } = this;
    for (;;) {
      const byte = bytes[this.offset];
      if (byte === SPACE || byte === TAB || byte === CR || byte === LF) this.advanceTo(this.offset + 1);
      else return this.line;
    }
  }

  /** Moves past the record that ended at `end`. */
  endRecordAt(end: number): void {
    this.advanceTo(end);
  }
}

/** Parses CSV bytes into the header and the data rows with their lines. */
export function parseClientImportCsv(bytes: Uint8Array, file: string): ClientImportTable {
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge(file);
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || looksLikeUtf16(bytes)) {
    throw new DomainError('CLIENT_IMPORT.NOT_UTF8', { file, line: 1 });
  }
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
  if (body.includes(0)) throw unreadable(file);
  const badLine = firstNonUtf8Line(body);
  if (badLine !== undefined) throw new DomainError('CLIENT_IMPORT.NOT_UTF8', { file, line: badLine });
  const text = new TextDecoder('utf-8').decode(body);
  if (text.trim() === '') throw emptyFile(file);

  let records: ParsedRecord[];
  try {
    records = parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength), {
      delimiter: detectDelimiter(text),
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    const line = typeof error === 'object' && error !== null && 'lines' in error ? Number(error.lines) : undefined;
    throw new DomainError('CLIENT_IMPORT.MALFORMED_CSV', { file, line: line ?? 1 }, { cause: error });
  }

  const counter = new LineCounter(body);
  const lines = records.map((parsed) => {
    const line = counter.startOfNextRecord();
    counter.endRecordAt(parsed.info.bytes);
    return line;
  });
  const [header, ...data] = records;
  if (header === undefined) throw emptyFile(file);
  if (data.length > MAX_IMPORT_ROWS) throw tooLarge(file);
  const rows: ClientImportRow[] = data.map((parsed, index) => ({
    line: lines[index + 1] ?? 0,
    cells: parsed.record,
  }));
  if (!rows.some((row) => row.cells.some((cell) => cell.trim() !== ''))) throw emptyFile(file);
  return { headers: header.record, headerLine: lines[0] ?? 1, rows };
}
