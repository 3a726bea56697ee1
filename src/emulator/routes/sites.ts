/**
 * Sites: `/sites/root`, `/sites/{hostname}` (the root site), `/sites/{hostname}:/sites/{path}`
 * (path-based addressing, also followed by `:/lists…`), and `/sites/{site-id}` where the id is
 * Graph's composite `{hostname},{site-collection-id},{web-id}`. The root site and a second site,
 * /sites/calidad, exist from the first start; more can be added with `POST /emulator/sites`.
 */
import { randomUUID } from 'node:crypto';
import type { Site } from '@microsoft/microsoft-graph-types';
import type { EmulatorContext, EmulatorModule } from '../context';
import { json } from '../http/exchange';
import { GraphError } from '../http/graph-error';
import { SCOPES } from '../auth/scopes';
import { selectProperties } from '../http/select';

export const SITES_SCHEMA = `
CREATE TABLE IF NOT EXISTS sites (
  id TEXT PRIMARY KEY,
  hostname TEXT NOT NULL,
  path TEXT NOT NULL COLLATE NOCASE,
  name TEXT NOT NULL,
  display_name TEXT NOT NULL,
  description TEXT NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  UNIQUE (hostname, path)
);`;

export interface SiteRecord {
  readonly id: string;
  readonly hostname: string;
  /** Server-relative path: '' for the root site, `/sites/name` otherwise. */
  readonly path: string;
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly created: string;
  readonly modified: string;
}

interface SiteRow {
  id: string;
  hostname: string;
  path: string;
  name: string;
  display_name: string;
  description: string;
  created: string;
  modified: string;
}

const toRecord = (row: SiteRow): SiteRecord => ({
  id: row.id,
  hostname: row.hostname,
  path: row.path,
  name: row.name,
  displayName: row.display_name,
  description: row.description,
  created: row.created,
  modified: row.modified,
});

const siteNotFound = (): GraphError => new GraphError(404, 'itemNotFound', 'Requested site could not be found');

export function createSite(ctx: EmulatorContext, path: string, displayName: string, description: string): string {
  const existing = ctx.store.db
    .prepare('SELECT id FROM sites WHERE hostname = ? AND path = ?')
    .get(ctx.sharePointHost, path) as { id: string } | undefined;
  if (existing !== undefined) return existing.id;
  const id = `${ctx.sharePointHost},${randomUUID()},${randomUUID()}`;
  const now = ctx.now().toISOString();
  const name = path === '' ? (ctx.sharePointHost.split('.')[0] ?? 'root') : (path.split('/').pop() ?? path);
  ctx.store.db
    .prepare('INSERT INTO sites VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, ctx.sharePointHost, path, name, displayName, description, now, now);
  return id;
}

export function rootSite(ctx: EmulatorContext): SiteRecord {
  const row = ctx.store.db.prepare("SELECT * FROM sites WHERE hostname = ? AND path = ''").get(ctx.sharePointHost) as
    SiteRow | undefined;
  if (row === undefined) throw siteNotFound();
  return toRecord(row);
}

/** Finds a site by composite id, by its site-collection id alone, by `root`, or by host name. */
export function findSite(ctx: EmulatorContext, key: string): SiteRecord | undefined {
  if (key.toLowerCase() === 'root' || key.toLowerCase() === ctx.sharePointHost) return rootSite(ctx);
  const row = ctx.store.db
    .prepare("SELECT * FROM sites WHERE id = ? COLLATE NOCASE OR id LIKE ? ESCAPE '\\'")
    .get(key, `${ctx.sharePointHost},${key.replace(/[\\%_]/g, '\\$&')},%`) as SiteRow | undefined;
  return row === undefined ? undefined : toRecord(row);
}

/** The site a route's `{site}` parameter names, or 404. */
export function requireSite(ctx: EmulatorContext, key: string): SiteRecord {
  const site = findSite(ctx, key);
  if (site === undefined) throw siteNotFound();
  return site;
}

export function siteWebUrl(site: SiteRecord): string {
  return `https://${site.hostname}${site.path}`;
}

export function siteJson(site: SiteRecord): Site & Record<string, unknown> {
  return {
    id: site.id,
    name: site.name,
    displayName: site.displayName,
    description: site.description,
    webUrl: siteWebUrl(site),
    createdDateTime: site.created,
    lastModifiedDateTime: site.modified,
    siteCollection: { hostname: site.hostname },
    ...(site.path === '' ? { root: {} } : {}),
  };
}

/** `/v1.0/sites/{hostname}:/{path}[:/{rest}]` → `/v1.0/sites/{site-id}[/{rest}]`. */
function rewritePathAddressing(path: string, ctx: EmulatorContext): string {
  const match = /^\/v1\.0\/sites\/([^/:]+):(\/[^:]*?)(?::(\/.*)?)?$/i.exec(path);
  if (match === null) return path;
  const [, hostname = '', sitePath = '', rest = ''] = match;
  if (hostname.toLowerCase() !== ctx.sharePointHost.toLowerCase()) throw siteNotFound();
  const normalised = sitePath.replace(/\/+$/, '');
  const row = ctx.store.db
    .prepare('SELECT id FROM sites WHERE hostname = ? AND path = ?')
    .get(ctx.sharePointHost, normalised) as { id: string } | undefined;
  if (row === undefined) throw siteNotFound();
  return `/v1.0/sites/${row.id}${rest}`;
}

export const sitesModule: EmulatorModule = {
  name: 'sites',
  schema: SITES_SCHEMA,
  register(router) {
    router.rewrite(rewritePathAddressing);
    const auth = { kind: 'scopes', anyOf: SCOPES.sitesRead } as const;
    router.add('GET', '/v1.0/sites/{site}', auth, (req, ctx) => {
      const site = requireSite(ctx, req.params.site ?? '');
      ctx.permissions.require(req.principal, 'read', site.id);
      return json(
        200,
        selectProperties(
          { '@odata.context': `${req.origin}/v1.0/$metadata#sites/$entity`, ...siteJson(site) },
          req,
          'site',
        ),
      );
    });
  },
  initialise(ctx) {
    ctx.store.tx(() => {
      createSite(ctx, '', 'Relaciones con el Negocio', 'Sitio raíz del inquilino local de Relaciones.');
      createSite(ctx, '/sites/calidad', 'Sistema de Gestión de Calidad', 'Evidencias del SGI.');
    });
  },
};
