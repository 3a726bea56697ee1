/**
 * Per-site and per-list rights. The effective right of a user on a list is its grant on that
 * list, else its grant on the site, else the user's default access. SharePoint answers a user
 * without the right with 403 accessDenied; a list the user cannot read is also 403 (not 404),
 * as SharePoint does for a list that exists but is not shared with the caller.
 */
import type { Store } from '../store/database';
import { forbidden } from '../http/graph-error';
import { ACCESS_LEVELS, type AccessLevel, type UserDirectory } from './users';
import type { Principal } from './principal';

export const PERMISSIONS_SCHEMA = `
CREATE TABLE IF NOT EXISTS grants (
  scope_id TEXT NOT NULL,
  upn TEXT NOT NULL COLLATE NOCASE,
  level TEXT NOT NULL,
  PRIMARY KEY (scope_id, upn)
);`;

export type Need = 'read' | 'contribute' | 'manage';

const rank = (level: AccessLevel): number => ACCESS_LEVELS.indexOf(level);

export class Permissions {
  constructor(
    private readonly store: Store,
    private readonly users: UserDirectory,
  ) {
    store.install(PERMISSIONS_SCHEMA);
  }

  grant(scopeId: string, upn: string, level: AccessLevel): void {
    this.store.db
      .prepare('INSERT INTO grants VALUES (?, ?, ?) ON CONFLICT(scope_id, upn) DO UPDATE SET level = excluded.level')
      .run(scopeId, upn, level);
  }

  revoke(scopeId: string, upn: string): void {
    this.store.db.prepare('DELETE FROM grants WHERE scope_id = ? AND upn = ?').run(scopeId, upn);
  }

  private granted(scopeId: string, upn: string): AccessLevel | undefined {
    const row = this.store.db.prepare('SELECT level FROM grants WHERE scope_id = ? AND upn = ?').get(scopeId, upn) as
      { level: AccessLevel } | undefined;
    return row?.level;
  }

  effective(principal: Principal, siteId: string, listId?: string): AccessLevel {
    const fromList = listId === undefined ? undefined : this.granted(listId, principal.upn);
    if (fromList !== undefined) return fromList;
    const fromSite = this.granted(siteId, principal.upn);
    if (fromSite !== undefined) return fromSite;
    return this.users.byUpn(principal.upn)?.access ?? 'none';
  }

  /** Throws 403 unless the principal has at least `need` on the site (and list, when given). */
  require(principal: Principal, need: Need, siteId: string, listId?: string): void {
    if (rank(this.effective(principal, siteId, listId)) < rank(need)) {
      throw forbidden(
        need === 'read'
          ? 'Access denied. You do not have permission to perform this action or access this resource.'
          : 'Access denied. You do not have permission to perform this action or access this resource. (write)',
      );
    }
  }
}
