/**
 * Directory of emulated users. The three demo users are created on first start; more can be
 * listed in `<data>/users.json` (`{"users": [{"upn", "displayName", "jobTitle", "access"}]}`) or
 * added with `POST /emulator/users`. `access` is the user's default right on every site and list
 * (none, read, contribute, manage); per-site and per-list grants override it.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Store } from '../store/database';

export const ACCESS_LEVELS = ['none', 'read', 'contribute', 'manage'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export interface EmulatedUser {
  readonly id: string;
  readonly upn: string;
  readonly displayName: string;
  readonly givenName: string | null;
  readonly surname: string | null;
  readonly jobTitle: string | null;
  readonly access: AccessLevel;
  /** The user's id in each site's user information list (what personOrGroup columns store). */
  readonly siteUserId: number;
}

export const userInputSchema = z
  .object({
    upn: z.email().max(254),
    displayName: z.string().min(1).max(256),
    givenName: z.string().max(64).optional(),
    surname: z.string().max(64).optional(),
    jobTitle: z.string().max(128).optional(),
    access: z.enum(ACCESS_LEVELS).default('contribute'),
  })
  .strict();
export type UserInput = z.input<typeof userInputSchema>;

export const DEMO_USERS: readonly UserInput[] = [
  {
    upn: 'comercial@relaciones.example',
    displayName: 'Mariana Solís Herrera',
    givenName: 'Mariana',
    surname: 'Solís Herrera',
    jobTitle: 'Comercial',
    access: 'contribute',
  },
  {
    upn: 'lider@relaciones.example',
    displayName: 'Jorge Ramírez Cárdenas',
    givenName: 'Jorge',
    surname: 'Ramírez Cárdenas',
    jobTitle: 'Líder de Entrega del Servicio',
    access: 'manage',
  },
  {
    upn: 'direccion@relaciones.example',
    displayName: 'Patricia Villaseñor Luna',
    givenName: 'Patricia',
    surname: 'Villaseñor Luna',
    jobTitle: 'Dirección',
    access: 'read',
  },
];

export const USERS_SCHEMA = `
CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY,
  upn TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name TEXT NOT NULL,
  given_name TEXT,
  surname TEXT,
  job_title TEXT,
  access TEXT NOT NULL,
  site_user_id INTEGER NOT NULL UNIQUE
);`;

interface UserRow {
  id: string;
  upn: string;
  display_name: string;
  given_name: string | null;
  surname: string | null;
  job_title: string | null;
  access: AccessLevel;
  site_user_id: number;
}

function toUser(row: UserRow): EmulatedUser {
  return {
    id: row.id,
    upn: row.upn,
    displayName: row.display_name,
    givenName: row.given_name,
    surname: row.surname,
    jobTitle: row.job_title,
    access: row.access,
    siteUserId: row.site_user_id,
  };
}

export class UserDirectory {
  constructor(private readonly store: Store) {
    store.install(USERS_SCHEMA);
  }

  /** Creates the demo users on an empty directory and merges `<data>/users.json` if present. */
  initialise(dataDir: string): void {
    const count = (this.store.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n;
    if (count === 0) DEMO_USERS.forEach((user) => this.upsert(user));
    const file = join(dataDir, 'users.json');
    if (!existsSync(file)) return;
    const parsed = z
      .object({ users: z.array(userInputSchema) })
      .strict()
      .safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    parsed.data.users.forEach((user) => this.upsert(user));
  }

  upsert(input: UserInput): EmulatedUser {
    const user = userInputSchema.parse(input);
    return this.store.tx(() => {
      const existing = this.byUpn(user.upn);
      if (existing !== undefined) {
        this.store.db
          .prepare(
            'UPDATE users SET display_name = ?, given_name = ?, surname = ?, job_title = ?, access = ? WHERE id = ?',
          )
          .run(
            user.displayName,
            user.givenName ?? null,
            user.surname ?? null,
            user.jobTitle ?? null,
            user.access,
            existing.id,
          );
      } else {
        const next = (
          this.store.db.prepare('SELECT COALESCE(MAX(site_user_id), 9) + 1 AS n FROM users').get() as { n: number }
        ).n;
        this.store.db
          .prepare('INSERT INTO users VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
          .run(
            randomUUID(),
            user.upn.toLowerCase(),
            user.displayName,
            user.givenName ?? null,
            user.surname ?? null,
            user.jobTitle ?? null,
            user.access,
            next,
          );
      }
      const saved = this.byUpn(user.upn);
      if (saved === undefined) throw new Error(`user ${user.upn} was not saved`);
      return saved;
    });
  }

  byUpn(upn: string): EmulatedUser | undefined {
    const row = this.store.db.prepare('SELECT * FROM users WHERE upn = ?').get(upn) as UserRow | undefined;
    return row === undefined ? undefined : toUser(row);
  }

  byId(id: string): EmulatedUser | undefined {
    const row = this.store.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
    return row === undefined ? undefined : toUser(row);
  }

  /** By object id or user principal name, as `/users/{id | userPrincipalName}` accepts. */
  byIdOrUpn(key: string): EmulatedUser | undefined {
    return this.byId(key) ?? this.byUpn(key);
  }

  bySiteUserId(siteUserId: number): EmulatedUser | undefined {
    const row = this.store.db.prepare('SELECT * FROM users WHERE site_user_id = ?').get(siteUserId) as
      UserRow | undefined;
    return row === undefined ? undefined : toUser(row);
  }

  all(): EmulatedUser[] {
    return (this.store.db.prepare('SELECT * FROM users ORDER BY upn').all() as UserRow[]).map(toUser);
  }
}
