/**
 * Opaque identifiers in the style of Exchange's: message and folder ids are URL-safe base64
 * (`A–Z a–z 0–9 - _`, ending in `=`), change keys and conversation indexes are plain base64.
 * A message gets a new id whenever it moves to another folder (send, delete), as in Graph
 * without `Prefer: IdType="ImmutableId"`. Folder ids are derived from the owner and the
 * well-known name, so they need no storage and survive restarts.
 */
import { createHash, randomBytes } from 'node:crypto';
import { GraphError } from '../http/graph-error';
import type { WellKnownFolder } from './model';

const WELL_FORMED_ID = /^[A-Za-z0-9_-]{16,400}={0,2}$/;

export const newMessageId = (): string => `AAMkAG${randomBytes(48).toString('base64url')}AAA=`;
export const newChangeKey = (): string => `CQAAABYAAA${randomBytes(21).toString('base64')}`;
export const newConversationId = (): string => `AAQkAG${randomBytes(30).toString('base64url')}=`;
export const newConversationIndex = (): string => randomBytes(22).toString('base64');

export function newInternetMessageId(domain: string): string {
  return `<${randomBytes(16).toString('hex').toUpperCase()}@${domain}>`;
}

export function folderId(ownerId: string, folder: WellKnownFolder | 'msgfolderroot'): string {
  const digest = createHash('sha256').update(`relaciones-mail-folder:${ownerId}:${folder}`).digest();
  return `AQMkAD${digest.toString('base64url')}AAAA=`;
}

export function isWellFormedId(id: string): boolean {
  return WELL_FORMED_ID.test(id);
}

export const malformedId = (): GraphError => new GraphError(400, 'ErrorInvalidIdMalformed', 'Id is malformed.');
export const itemNotFound = (): GraphError =>
  new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');

/** Throws Graph's 400 for an id that cannot be an Exchange id (path characters, spaces, too long …). */
export function requireWellFormedId(id: string): string {
  if (!isWellFormedId(id)) throw malformedId();
  return id;
}
