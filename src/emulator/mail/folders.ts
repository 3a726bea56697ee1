/**
 * The emulated mailbox folders: the four well-known ones (`inbox`, `drafts`, `sentitems`,
 * `deleteditems`), addressable by well-known name (case-insensitive) or by id. Display names are
 * those of a mailbox whose language is es-MX (the emulated users' preferred language), as Exchange
 * localises them — code should address folders by well-known name, never by display name.
 */
import type { MailFolder } from '@microsoft/microsoft-graph-types';
import { GraphError } from '../http/graph-error';
import { folderId, isWellFormedId, malformedId } from './ids';
import { WELL_KNOWN_FOLDERS, type WellKnownFolder } from './model';

export const FOLDER_DISPLAY_NAMES: Readonly<Record<WellKnownFolder, string>> = {
  inbox: 'Bandeja de entrada',
  drafts: 'Borradores',
  sentitems: 'Elementos enviados',
  deleteditems: 'Elementos eliminados',
};

/** Other well-known names Graph knows; the emulator has no such folders (404, not 400). */
const OTHER_WELL_KNOWN = new Set([
  'archive',
  'clutter',
  'conflicts',
  'conversationhistory',
  'junkemail',
  'localfailures',
  'msgfolderroot',
  'outbox',
  'recoverableitemsdeletions',
  'scheduled',
  'searchfolders',
  'serverfailures',
  'syncissues',
]);

export const folderNotFound = (): GraphError =>
  new GraphError(404, 'ErrorItemNotFound', 'The specified folder could not be found in the store.');

function isWellKnown(name: string): name is WellKnownFolder {
  return (WELL_KNOWN_FOLDERS as readonly string[]).includes(name);
}

/** The folder a `{folder}` path segment names for this owner: 404 unknown, 400 malformed. */
export function resolveFolder(ownerId: string, key: string): WellKnownFolder {
  const lower = key.toLowerCase();
  if (isWellKnown(lower)) return lower;
  const byId = WELL_KNOWN_FOLDERS.find((folder) => folderId(ownerId, folder) === key);
  if (byId !== undefined) return byId;
  if (OTHER_WELL_KNOWN.has(lower) || isWellFormedId(key)) throw folderNotFound();
  throw malformedId();
}

export interface FolderCounts {
  readonly total: number;
  readonly unread: number;
}

export function folderJson(ownerId: string, folder: WellKnownFolder, counts: FolderCounts): MailFolder {
  return {
    id: folderId(ownerId, folder),
    displayName: FOLDER_DISPLAY_NAMES[folder],
    parentFolderId: folderId(ownerId, 'msgfolderroot'),
    childFolderCount: 0,
    unreadItemCount: counts.unread,
    totalItemCount: counts.total,
    isHidden: false,
  };
}
