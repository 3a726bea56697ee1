/**
 * What every route handler can reach: the store, the directory, rights, tokens, faults, stats,
 * and `dispatch` (used by `$batch` to run inner requests through the very same pipeline).
 */
import type { Permissions } from './auth/permissions';
import type { TokenService } from './auth/tokens';
import type { UserDirectory } from './auth/users';
import type { FaultInjector } from './faults';
import type { EmuRequest, EmuResponse } from './http/exchange';
import type { Router } from './http/router';
import type { Stats } from './stats';
import type { Store } from './store/database';

export interface EmulatorOptions {
  /** Folder for the SQLite file, keys and certificate. Created if missing. */
  readonly dataDir: string;
  /** TCP port; 0 picks a free one. Default 3000. */
  readonly port?: number;
  /** Loopback address to listen on. Default 127.0.0.1. */
  readonly host?: string;
  /** Folder with the built add-in (served at `/`), usually `dist`. */
  readonly staticDir?: string;
  /** SharePoint host name of the emulated tenant. Default relaciones.sharepoint.com. */
  readonly sharePointHost?: string;
}

export interface EmulatorContext {
  readonly store: Store;
  readonly users: UserDirectory;
  readonly permissions: Permissions;
  readonly tokens: TokenService;
  readonly faults: FaultInjector;
  readonly stats: Stats;
  readonly router: Router;
  readonly dataDir: string;
  readonly sharePointHost: string;
  now(): Date;
  /** Runs a request through routing, authentication, faults and the handler. */
  dispatch(req: EmuRequest): Promise<EmuResponse>;
}

/** A feature area of the emulator: its tables, its routes, and what it creates on first start. */
export interface EmulatorModule {
  readonly name: string;
  readonly schema?: string;
  register(router: Router): void;
  initialise?(ctx: EmulatorContext): void;
}
