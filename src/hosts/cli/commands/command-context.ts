/**
 * What every Graph command shares: the translator and locale, the process's I/O and
 * environment, and `withGraph`, which opens the pipeline, resolves the site, builds the
 * repositories, runs the work and always closes the connection.
 */
import type { Repositories } from '../../../application/ports/repositories.port';
import { resolveSite, type SiteInfo } from '../../../adapters/graph/provisioning/provision-lists';
import { createGraphRepositories } from '../../../adapters/graph/repositories';
import type { ConnectionSettings } from '../../../adapters/graph/connection/connection-settings';
import type { GraphGateway } from '../../../adapters/graph/graph-gateway';
import type { Locale, Translate } from '../../../i18n';
import { openConnection, type ConnectionOptions } from '../connection';
import type { OutputIo } from '../output';

export interface CommandContext {
  readonly t: Translate;
  readonly locale: Locale;
  readonly io: OutputIo;
  readonly env: NodeJS.ProcessEnv;
}

export interface GraphSession {
  readonly settings: ConnectionSettings;
  readonly gateway: GraphGateway;
  readonly site: SiteInfo;
  readonly repositories: Repositories;
}

export async function withGraph<T>(
  ctx: CommandContext,
  options: ConnectionOptions,
  work: (session: GraphSession) => Promise<T>,
  scopes: { manage?: boolean } = {},
): Promise<T> {
  const connection = openConnection(options, ctx.env, ctx.io, ctx.t, scopes);
  try {
    const site = await resolveSite(connection.gateway, connection.settings.site);
    const repositories = createGraphRepositories(connection.gateway, site.id);
    return await work({ settings: connection.settings, gateway: connection.gateway, site, repositories });
  } finally {
    await connection.close();
  }
}

/** Today's date (YYYY-MM-DD) in Mexico City, where the process runs. */
export function todayInMexico(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Mexico_City',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
