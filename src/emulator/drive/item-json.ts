/**
 * Graph's JSON for drives and drive items (typed with @microsoft/microsoft-graph-types), and the
 * pre-authenticated download URLs (`@microsoft.graph.downloadUrl`, the 302 target of `/content`).
 */
import { randomBytes } from 'node:crypto';
import type { Drive, DriveItem, IdentitySet } from '@microsoft/microsoft-graph-types';
import type { EmulatorContext } from '../context';
import { siteWebUrl, type SiteRecord } from '../routes/sites';
import { DOWNLOAD_URL_LIFETIME_SECONDS, signDownloadToken } from './download-token';
import {
  LIBRARY_URL_SEGMENT,
  SYSTEM_ACCOUNT,
  driveUsage,
  folderStats,
  itemNames,
  type DriveRecord,
  type ItemRecord,
} from './drive-store';

export const DRIVE_TYPE = 'documentLibrary';
/** Quota the emulator reports for every library (1 TiB). */
export const QUOTA_TOTAL_BYTES = 1024 ** 4;
export const DOWNLOAD_PATH = '/emulator/download';

const DOWNLOAD_KEY_META = 'drive.downloadKey';

/** The HMAC key of download URLs, created on first use and kept in the store. */
export function downloadKey(ctx: EmulatorContext): Buffer {
  const existing = ctx.store.getMeta(DOWNLOAD_KEY_META);
  if (existing !== undefined) return Buffer.from(existing, 'base64');
  const key = randomBytes(32);
  ctx.store.setMeta(DOWNLOAD_KEY_META, key.toString('base64'));
  return key;
}

export function downloadUrl(ctx: EmulatorContext, origin: string, item: ItemRecord): string {
  const expires = Math.floor(ctx.now().getTime() / 1000) + DOWNLOAD_URL_LIFETIME_SECONDS;
  const token = signDownloadToken(
    { driveId: item.driveId, itemId: item.id, version: item.version, expires },
    downloadKey(ctx),
  );
  return `${origin}${DOWNLOAD_PATH}/${token}`;
}

export const eTagOf = (item: ItemRecord): string => `"{${item.uniqueId}},${item.version}"`;
export const cTagOf = (item: ItemRecord): string => `"c:{${item.uniqueId}},${item.version}"`;

export function identityOf(ctx: EmulatorContext, userId: string): IdentitySet {
  if (userId === SYSTEM_ACCOUNT) return { user: { displayName: 'System Account' } };
  const user = ctx.users.byId(userId);
  if (user === undefined) return { user: { id: userId, displayName: '' } };
  return { user: { email: user.upn, id: user.id, displayName: user.displayName } } as IdentitySet;
}

export function libraryWebUrl(site: SiteRecord): string {
  return `${siteWebUrl(site)}/${encodeURIComponent(LIBRARY_URL_SEGMENT)}`;
}

export function driveJson(ctx: EmulatorContext, site: SiteRecord, drive: DriveRecord): Drive & Record<string, unknown> {
  const used = driveUsage(ctx, drive.id);
  return {
    createdDateTime: drive.created,
    description: '',
    id: drive.id,
    lastModifiedDateTime: drive.created,
    name: drive.name,
    webUrl: libraryWebUrl(site),
    driveType: DRIVE_TYPE,
    createdBy: { user: { displayName: 'System Account' } },
    lastModifiedBy: { user: { displayName: 'System Account' } },
    owner: { user: { displayName: 'System Account' } },
    quota: { deleted: 0, remaining: QUOTA_TOTAL_BYTES - used, state: 'normal', total: QUOTA_TOTAL_BYTES, used },
  };
}

export interface ItemJsonOptions {
  readonly origin: string;
  /** Names of the item's parent from the root, when the caller already knows them (children pages). */
  readonly parentNames?: readonly string[];
}

export function itemJson(
  ctx: EmulatorContext,
  site: SiteRecord,
  item: ItemRecord,
  options: ItemJsonOptions,
): DriveItem & Record<string, unknown> {
  const parentNames = options.parentNames ?? itemNames(ctx, item).slice(0, -1);
  const names = item.parentId === null ? [] : [...parentNames, item.name];
  const webUrl = [libraryWebUrl(site), ...names.map(encodeURIComponent)].join('/');
  const common = {
    createdBy: identityOf(ctx, item.createdBy),
    createdDateTime: item.created,
    eTag: eTagOf(item),
    id: item.id,
    lastModifiedBy: identityOf(ctx, item.modifiedBy),
    lastModifiedDateTime: item.modified,
    name: item.name,
    parentReference: {
      driveType: DRIVE_TYPE,
      driveId: item.driveId,
      ...(item.parentId === null
        ? {}
        : { id: item.parentId, path: `/drive/root:${parentNames.map((name) => `/${name}`).join('')}` }),
      siteId: site.id,
    },
    webUrl,
    cTag: cTagOf(item),
    fileSystemInfo: { createdDateTime: item.created, lastModifiedDateTime: item.modified },
  };
  if (item.isFolder) {
    const stats = folderStats(ctx, item.id);
    return {
      ...common,
      folder: { childCount: stats.childCount },
      ...(item.parentId === null ? { root: {} } : {}),
      size: stats.size,
    };
  }
  return {
    '@microsoft.graph.downloadUrl': downloadUrl(ctx, options.origin, item),
    ...common,
    file: { mimeType: item.mimeType ?? 'application/octet-stream', hashes: { quickXorHash: item.quickXor ?? '' } },
    shared: { scope: 'users' },
    size: item.size,
  };
}

/** Every property `$select` may name on a driveItem (Graph's, whether or not the emulator fills it). */
export const DRIVE_ITEM_PROPERTIES: ReadonlySet<string> = new Set([
  '@microsoft.graph.downloadUrl',
  'audio',
  'bundle',
  'content',
  'createdBy',
  'createdDateTime',
  'cTag',
  'deleted',
  'description',
  'eTag',
  'file',
  'fileSystemInfo',
  'folder',
  'id',
  'image',
  'lastModifiedBy',
  'lastModifiedDateTime',
  'location',
  'malware',
  'name',
  'package',
  'parentReference',
  'pendingOperations',
  'photo',
  'publication',
  'remoteItem',
  'root',
  'searchResult',
  'shared',
  'sharepointIds',
  'size',
  'specialFolder',
  'video',
  'webDavUrl',
  'webUrl',
]);

export const DRIVE_PROPERTIES: ReadonlySet<string> = new Set([
  'createdBy',
  'createdDateTime',
  'description',
  'driveType',
  'id',
  'lastModifiedBy',
  'lastModifiedDateTime',
  'name',
  'owner',
  'quota',
  'sharePointIds',
  'system',
  'webUrl',
]);
