/**
 * Event ids, shaped like Exchange's: URL-safe base64 (`-`, `_`, `=` padding) of a binary structure
 * that starts with the bytes behind "AAMk". An item id carries a random 16-byte key; an occurrence
 * id carries its series master's key and the original start of the occurrence, so it is distinct
 * per occurrence and stable across calls without storing occurrences. Anything that does not decode
 * to one of these structures is malformed (400 ErrorInvalidIdMalformed), as Graph parses an id
 * before it looks it up; a well-formed id that names nothing is 404 ErrorItemNotFound.
 */
import { createHash, randomBytes } from 'node:crypto';

const PREFIX = Buffer.from([0x00, 0x03, 0x24]); // base64 "AAMk"
const VERSION = 0x01;
const KIND_ITEM = 0x00;
const KIND_OCCURRENCE = 0x01;
const KEY_BYTES = 16;
const ITEM_BYTES = PREFIX.length + 2 + KEY_BYTES;
const OCCURRENCE_BYTES = ITEM_BYTES + 8;
export const MAX_ID_LENGTH = 512;

export type ParsedEventId =
  | { readonly kind: 'item'; readonly id: string }
  | { readonly kind: 'occurrence'; readonly masterId: string; readonly originalStart: number };

const toUrlBase64 = (bytes: Buffer): string => bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_');

function encode(kind: number, key: Buffer, originalStart?: number): string {
  const parts = [PREFIX, Buffer.from([VERSION, kind]), key];
  if (originalStart !== undefined) {
    const time = Buffer.alloc(8);
    time.writeBigInt64BE(BigInt(originalStart));
    parts.push(time);
  }
  return toUrlBase64(Buffer.concat(parts));
}

/** A new, unique item id. */
export function newEventId(): string {
  return encode(KIND_ITEM, randomBytes(KEY_BYTES));
}

/** The id of the occurrence of a series that originally starts at `originalStart` (UTC ms). */
export function occurrenceId(masterId: string, originalStart: number): string {
  const parsed = parseEventId(masterId);
  if (parsed?.kind !== 'item') throw new Error(`not a series master id: ${masterId}`);
  const bytes = Buffer.from(masterId.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return encode(KIND_OCCURRENCE, bytes.subarray(PREFIX.length + 2), originalStart);
}

/** Decodes an id, or undefined when it is malformed. */
export function parseEventId(id: string): ParsedEventId | undefined {
  if (id.length === 0 || id.length > MAX_ID_LENGTH || !/^[A-Za-z0-9_-]+={0,2}$/.test(id) || id.length % 4 !== 0) {
    return undefined;
  }
  const bytes = Buffer.from(id.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (toUrlBase64(bytes) !== id) return undefined;
  if (!bytes.subarray(0, PREFIX.length).equals(PREFIX) || bytes[PREFIX.length] !== VERSION) return undefined;
  const kind = bytes[PREFIX.length + 1];
  const key = bytes.subarray(PREFIX.length + 2, PREFIX.length + 2 + KEY_BYTES);
  if (kind === KIND_ITEM && bytes.length === ITEM_BYTES) return { kind: 'item', id };
  if (kind === KIND_OCCURRENCE && bytes.length === OCCURRENCE_BYTES) {
    const originalStart = Number(bytes.readBigInt64BE(ITEM_BYTES));
    return { kind: 'occurrence', masterId: encode(KIND_ITEM, key), originalStart };
  }
  return undefined;
}

/** A change key like Exchange's: base64 of 22 bytes. */
export function newChangeKey(): string {
  return randomBytes(22).toString('base64');
}

const GLOBAL_ID_PREFIX = '040000008200E00074C5B7101A82E008';
const FILETIME_EPOCH_OFFSET = 11_644_473_600_000n;

/**
 * An iCalUId in Exchange's GlobalObjectId form: class id, instance date (zero for the series or a
 * single event), creation FILETIME, and a unique part. All copies of a meeting share it.
 */
export function newICalUId(createdMs: number): string {
  const filetime = (BigInt(createdMs) + FILETIME_EPOCH_OFFSET) * 10_000n;
  const low = filetime & 0xffffffffn;
  const high = filetime >> 32n;
  const hex = (value: bigint): string => value.toString(16).toUpperCase().padStart(8, '0');
  const unique = createHash('sha256').update(randomBytes(16)).digest('hex').slice(0, 32).toUpperCase();
  return `${GLOBAL_ID_PREFIX}00000000${hex(low)}${hex(high)}000000000000000010000000${unique}`;
}

/** The iCalUId of one occurrence: the series' with the instance date filled in. */
export function occurrenceICalUId(seriesUid: string, year: number, month: number, day: number): string {
  const date =
    year.toString(16).toUpperCase().padStart(4, '0') +
    month.toString(16).toUpperCase().padStart(2, '0') +
    day.toString(16).toUpperCase().padStart(2, '0');
  return `${seriesUid.slice(0, GLOBAL_ID_PREFIX.length)}${date}${seriesUid.slice(GLOBAL_ID_PREFIX.length + 8)}`;
}
