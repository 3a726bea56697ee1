/**
 * From route parameters to a drive and an item, with the caller's site rights checked first:
 * `{site}` or `{drive}` names the drive, `{item}` the base item (else the root) and `{path}`
 * (percent-encoded by the rewriter) a path below the base.
 */
import type { EmulatorContext } from '../context';
import type { Need } from '../auth/permissions';
import { GraphError, badRequest, notFound } from '../http/graph-error';
import type { RouteRequest } from '../http/router';
import { requireSite, type SiteRecord } from '../routes/sites';
import { childByName, driveById, ensureDrive, getItem, type DriveRecord, type ItemRecord } from './drive-store';
import { pathProblem, splitItemPath } from './names';

export interface DriveTarget {
  readonly site: SiteRecord;
  readonly drive: DriveRecord;
}

export const itemNotFound = (): GraphError => notFound('The resource could not be found.', 'itemNotFound');

function driveNotFound(key: string): GraphError {
  if (!/^b![A-Za-z0-9_-]{10,200}$/.test(key)) {
    return badRequest('The provided drive id appears to be malformed, or does not represent a valid drive.');
  }
  return notFound('The requested drive could not be found.', 'itemNotFound');
}

/** The drive a request names; 404 for an unknown site or drive, 403 without `need` on the site. */
export function resolveDrive(req: RouteRequest, ctx: EmulatorContext, need: Need): DriveTarget {
  const { site: siteKey, drive: driveKey } = req.params;
  if (siteKey !== undefined) {
    const site = requireSite(ctx, siteKey);
    ctx.permissions.require(req.principal, need, site.id);
    const drive = ensureDrive(ctx, site.id);
    if (driveKey !== undefined && driveKey !== drive.id) throw driveNotFound(driveKey);
    return { site, drive };
  }
  const drive = driveById(ctx, driveKey ?? '');
  if (drive === undefined) throw driveNotFound(driveKey ?? '');
  const site = requireSite(ctx, drive.siteId);
  ctx.permissions.require(req.principal, need, site.id);
  return { site, drive };
}

export function rootOf(ctx: EmulatorContext, drive: DriveRecord): ItemRecord {
  const root = getItem(ctx, drive.id, drive.rootId);
  if (root === undefined) throw new Error(`drive ${drive.id} has no root folder`);
  return root;
}

/** The item `{item}` names, or the root. */
export function baseItem(req: RouteRequest, ctx: EmulatorContext, drive: DriveRecord): ItemRecord {
  const id = req.params.item;
  if (id === undefined) return rootOf(ctx, drive);
  const item = getItem(ctx, drive.id, id);
  if (item === undefined) throw itemNotFound();
  return item;
}

/**
 * The names of `{path}` (validated), or undefined when the route has no path. `forWrite` adds the
 * rule that only applies to creating items (`forms` at the library root).
 */
export function locatorNames(req: RouteRequest, base: ItemRecord, forWrite: boolean): string[] | undefined {
  const encoded = req.params.path;
  if (encoded === undefined) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(encoded);
  } catch {
    throw badRequest('The item path is not valid.');
  }
  const split = splitItemPath(path);
  if ('problem' in split) throw badRequest(`The item path is not valid: ${split.problem}.`);
  const problem = pathProblem(split.names, forWrite && base.parentId === null);
  if (problem !== undefined) throw badRequest(`The item path is not valid: ${problem}.`);
  return split.names;
}

/** The item a route addresses (by id, by path or the root); 404 when it does not exist. */
export function resolveItem(req: RouteRequest, ctx: EmulatorContext, drive: DriveRecord): ItemRecord {
  const base = baseItem(req, ctx, drive);
  const names = locatorNames(req, base, false) ?? [];
  let current = base;
  for (const name of names) {
    if (!current.isFolder) throw itemNotFound();
    const child = childByName(ctx, current.id, name);
    if (child === undefined) throw itemNotFound();
    current = child;
  }
  return current;
}
