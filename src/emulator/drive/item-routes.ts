/**
 * Drives and drive items: get the site's library (`/drive`, `/drives`, `/drives/{id}`), get an
 * item by id or path, list children (paged, keyset on name), upload or replace a file with
 * `PUT …/content` (folders on the path are created; `@microsoft.graph.conflictBehavior` =
 * replace | fail | rename), download with a 302 to a pre-authenticated URL, and delete. Reading
 * needs Files.Read-class scopes and 'read' on the site; writing needs Files.ReadWrite-class
 * scopes and 'contribute'. Every write runs in one transaction, so a refused upload stores nothing.
 */
import type { EmulatorContext } from '../context';
import { SCOPES } from '../auth/scopes';
import { json, noContent, type EmuResponse } from '../http/exchange';
import { badRequest, conflict, forbidden, preconditionFailed } from '../http/graph-error';
import type { RouteRequest, Router } from '../http/router';
import { DRIVE_PREFIXES, ITEM_LOCATORS, encodeRequestPath } from './addressing';
import {
  LIBRARY_URL_SEGMENT,
  childByName,
  createFile,
  createFolder,
  cursorOf,
  deleteItem,
  itemNames,
  listChildren,
  replaceContent,
  type ItemRecord,
} from './drive-store';
import { DRIVE_ITEM_PROPERTIES, DRIVE_PROPERTIES, cTagOf, downloadUrl, driveJson, eTagOf, itemJson } from './item-json';
import { MAX_SERVER_RELATIVE_PATH, renameCandidate } from './names';
import {
  applySelect,
  decodeSkipToken,
  encodeSkipToken,
  integerOption,
  parseSelect,
  rejectUnsupportedOptions,
} from './query';
import { baseItem, locatorNames, resolveDrive, resolveItem, type DriveTarget } from './resolve';

const READ = { kind: 'scopes', anyOf: SCOPES.filesRead } as const;
const WRITE = { kind: 'scopes', anyOf: SCOPES.filesWrite } as const;

export const DEFAULT_PAGE_SIZE = 200;
export const MAX_PAGE_SIZE = 999;
const MAX_RENAME_ATTEMPTS = 1000;

type ConflictBehavior = 'replace' | 'fail' | 'rename';

function conflictBehavior(query: URLSearchParams): ConflictBehavior {
  const raw = query.get('@microsoft.graph.conflictBehavior');
  if (raw === null) return 'replace';
  const value = raw.toLowerCase();
  if (value === 'replace' || value === 'fail' || value === 'rename') return value;
  throw badRequest(
    `Invalid value '${raw.slice(0, 50)}' for @microsoft.graph.conflictBehavior: use fail, replace or rename.`,
  );
}

/** `If-Match` with the item's eTag or cTag (or `*`), else 412. */
function checkIfMatch(req: RouteRequest, item: ItemRecord): void {
  const header = req.headers['if-match'];
  if (header === undefined) return;
  const tags = header.split(/\s*,\s*(?=")/).map((tag) => tag.trim().replace(/^W\//, ''));
  if (tags.includes('*') || tags.includes(eTagOf(item)) || tags.includes(cTagOf(item))) return;
  throw preconditionFailed("ETag does not match current item's value");
}

const metadata = (req: RouteRequest, fragment: string): string => `${req.origin}/v1.0/$metadata#${fragment}`;

/** How `$select` and `$expand` shape a driveItem answer; parsed before anything is written. */
interface ItemShape {
  readonly select: string[] | undefined;
  readonly expandChildren: boolean;
}

function itemShape(req: RouteRequest): ItemShape {
  const select = parseSelect(req.query, DRIVE_ITEM_PROPERTIES, 'driveItem');
  const expand = req.query.get('$expand');
  if (expand !== null && expand.trim() !== 'children') {
    throw badRequest(`The emulator supports only $expand=children on a driveItem, not '${expand.slice(0, 100)}'.`);
  }
  return { select, expandChildren: expand !== null };
}

function itemResponse(
  req: RouteRequest,
  ctx: EmulatorContext,
  target: DriveTarget,
  item: ItemRecord,
  status: number,
  shape: ItemShape = itemShape(req),
): EmuResponse {
  const { select } = shape;
  const body: Record<string, unknown> = {
    '@odata.context': metadata(req, `drives('${target.drive.id}')/items/$entity`),
    ...applySelect(itemJson(ctx, target.site, item, { origin: req.origin }), select),
  };
  if (shape.expandChildren) {
    const names = itemNames(ctx, item);
    body.children = item.isFolder
      ? listChildren(ctx, item.id, undefined, DEFAULT_PAGE_SIZE).map((child) =>
          applySelect(itemJson(ctx, target.site, child, { origin: req.origin, parentNames: names }), select),
        )
      : [];
  }
  return json(status, body);
}

function getItemHandler(req: RouteRequest, ctx: EmulatorContext): EmuResponse {
  rejectUnsupportedOptions(req.query, ['$expand']);
  const target = resolveDrive(req, ctx, 'read');
  return itemResponse(req, ctx, target, resolveItem(req, ctx, target.drive), 200);
}

function childrenHandler(req: RouteRequest, ctx: EmulatorContext): EmuResponse {
  rejectUnsupportedOptions(req.query, ['$top', '$skiptoken']);
  const target = resolveDrive(req, ctx, 'read');
  const folder = resolveItem(req, ctx, target.drive);
  const select = parseSelect(req.query, DRIVE_ITEM_PROPERTIES, 'driveItem');
  const top = integerOption(req.query, '$top', 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE);
  const token = req.query.get('$skiptoken') ?? req.query.get('$skipToken');
  const cursor = token === null ? undefined : decodeSkipToken(token);
  const page = folder.isFolder ? listChildren(ctx, folder.id, cursor, top + 1) : [];
  const names = itemNames(ctx, folder);
  const shown = page.slice(0, top);
  const body: Record<string, unknown> = {
    '@odata.context': metadata(req, `drives('${target.drive.id}')/items('${folder.id}')/children`),
    value: shown.map((child) =>
      applySelect(itemJson(ctx, target.site, child, { origin: req.origin, parentNames: names }), select),
    ),
  };
  const last = shown[shown.length - 1];
  if (page.length > top && last !== undefined) {
    const next = new URLSearchParams(req.query);
    next.delete('$skipToken');
    next.set('$top', String(top));
    next.set('$skiptoken', encodeSkipToken(cursorOf(last)));
    body['@odata.nextLink'] = `${req.origin}${encodeRequestPath(req.path)}?${next.toString().replace(/%24/g, '$')}`;
  }
  return json(200, body);
}

function contentHandler(req: RouteRequest, ctx: EmulatorContext): EmuResponse {
  if (req.query.has('format')) throw badRequest('The emulator does not convert files (format=…).');
  const target = resolveDrive(req, ctx, 'read');
  const item = resolveItem(req, ctx, target.drive);
  if (item.isFolder) throw badRequest('Only a driveItem with the file facet can be downloaded; this item is a folder.');
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined && (ifNoneMatch.includes(eTagOf(item)) || ifNoneMatch.includes(cTagOf(item)))) {
    return { status: 304, headers: { ETag: eTagOf(item) } };
  }
  return { status: 302, headers: { Location: downloadUrl(ctx, req.origin, item) } };
}

function serverRelativePath(target: DriveTarget, names: readonly string[]): string {
  return `${target.site.path}/${LIBRARY_URL_SEGMENT}/${names.join('/')}`;
}

function uploadHandler(req: RouteRequest, ctx: EmulatorContext): EmuResponse {
  const target = resolveDrive(req, ctx, 'contribute');
  const behavior = conflictBehavior(req.query);
  const userId = req.principal.userId;
  const content = req.rawBody;
  const base = baseItem(req, ctx, target.drive);
  const names = locatorNames(req, base, true) ?? [];
  // The answer's $select/$expand are checked first: a refused option must not follow a stored upload.
  const shape = itemShape(req);
  const respond = (item: ItemRecord, status: number): EmuResponse =>
    itemResponse(req, ctx, target, item, status, shape);

  if (names.length === 0) {
    if (base.isFolder) throw badRequest('Cannot upload content to a folder; address a file name below it.');
    checkIfMatch(req, base);
    return respond(
      ctx.store.tx(() => replaceContent(ctx, base, userId, content)),
      200,
    );
  }
  if (!base.isFolder) throw badRequest('The parent of an uploaded file must be a folder.');
  const fullPath = serverRelativePath(target, [...itemNames(ctx, base), ...names]);
  if (fullPath.length > MAX_SERVER_RELATIVE_PATH) {
    throw badRequest(
      `The item path is not valid: the server-relative path is ${fullPath.length} characters long; the limit is ${MAX_SERVER_RELATIVE_PATH}.`,
    );
  }
  const fileName = names[names.length - 1] ?? '';
  const { item, created } = ctx.store.tx(() => {
    let folder = base;
    for (const name of names.slice(0, -1)) {
      const existing = childByName(ctx, folder.id, name);
      if (existing === undefined) folder = createFolder(ctx, target.drive.id, folder.id, name, userId);
      else if (existing.isFolder) folder = existing;
      else throw conflict(`The path segment '${name.slice(0, 100)}' names a file, not a folder.`);
    }
    const existing = childByName(ctx, folder.id, fileName);
    if (existing === undefined) {
      return { item: createFile(ctx, target.drive.id, folder.id, fileName, userId, content), created: true };
    }
    if (behavior === 'fail') throw conflict('The specified item name already exists.');
    if (behavior === 'replace') {
      if (existing.isFolder) throw conflict('The specified item name already exists as a folder.');
      checkIfMatch(req, existing);
      return { item: replaceContent(ctx, existing, userId, content), created: false };
    }
    for (let n = 1; n <= MAX_RENAME_ATTEMPTS; n++) {
      const candidate = renameCandidate(fileName, n);
      if (childByName(ctx, folder.id, candidate) === undefined) {
        return { item: createFile(ctx, target.drive.id, folder.id, candidate, userId, content), created: true };
      }
    }
    throw conflict('The specified item name already exists and no free name was found.');
  });
  return respond(item, created ? 201 : 200);
}

function deleteHandler(req: RouteRequest, ctx: EmulatorContext): EmuResponse {
  const target = resolveDrive(req, ctx, 'contribute');
  const item = resolveItem(req, ctx, target.drive);
  if (item.parentId === null) throw forbidden('The root folder of a drive cannot be deleted.');
  checkIfMatch(req, item);
  ctx.store.tx(() => deleteItem(ctx, item.id));
  return noContent();
}

function driveHandler(req: RouteRequest, ctx: EmulatorContext): EmuResponse {
  rejectUnsupportedOptions(req.query, []);
  const target = resolveDrive(req, ctx, 'read');
  const select = parseSelect(req.query, DRIVE_PROPERTIES, 'drive');
  return json(200, {
    '@odata.context': metadata(req, 'drives/$entity'),
    ...applySelect(driveJson(ctx, target.site, target.drive), select),
  });
}

function drivesHandler(req: RouteRequest, ctx: EmulatorContext): EmuResponse {
  rejectUnsupportedOptions(req.query, []);
  const target = resolveDrive(req, ctx, 'read');
  const select = parseSelect(req.query, DRIVE_PROPERTIES, 'drive');
  return json(200, {
    '@odata.context': metadata(req, 'drives'),
    value: [applySelect(driveJson(ctx, target.site, target.drive), select)],
  });
}

/** Routes of the library and its items, for every drive prefix and item locator. */
export function registerItemRoutes(router: Router): void {
  router.add('GET', '/v1.0/sites/{site}/drives', READ, drivesHandler);
  for (const prefix of DRIVE_PREFIXES) {
    router.add('GET', prefix, READ, driveHandler);
    for (const locator of ITEM_LOCATORS) {
      const item = `${prefix}${locator}`;
      router.add('GET', item, READ, getItemHandler);
      router.add('DELETE', item, WRITE, deleteHandler);
      router.add('GET', `${item}/children`, READ, childrenHandler);
      router.add('GET', `${item}/content`, READ, contentHandler);
      router.add('PUT', `${item}/content`, WRITE, uploadHandler);
    }
  }
}
