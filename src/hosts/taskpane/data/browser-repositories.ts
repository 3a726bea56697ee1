/**
 * The task pane's composition root for data: the same Graph pipeline and SharePoint-list
 * repositories as the CLI, with the browser's fetch. Against the local emulator (the page is
 * served by `relaciones serve`, so Graph is the page's own origin) tokens come from its token
 * endpoint for the demo user named by `?user=` (default lider@); against graph.microsoft.com
 * they come from MSAL nested app authentication with the registered app's client id.
 * The build may fix Graph URL, site, client id and tenant (RELACIONES_* at `npm run build`).
 */
import { EmulatorTokenProvider } from '../../../adapters/graph/auth/emulator-token-provider';
import { NaaTokenProvider } from '../../../adapters/graph/auth/naa-token-provider';
import { GRAPH_SCOPES, type TokenProvider } from '../../../adapters/graph/auth/token-provider';
import { resolveConnection, type ConnectionLayer } from '../../../adapters/graph/connection/connection-settings';
import { createGraphGateway } from '../../../adapters/graph/pipeline/create-graph-gateway';
import { resolveSite } from '../../../adapters/graph/provisioning/provision-lists';
import { createGraphRepositories } from '../../../adapters/graph/repositories';
import type { DataState } from './data-context';

/** Connection values baked in at build time (webpack DefinePlugin); empty strings are absent. */
export function buildTimeLayer(): ConnectionLayer {
  const blank = (value: string | undefined): string | undefined => (value === undefined || value === '' ? undefined : value);
  return {
    graphUrl: blank(process.env.RELACIONES_GRAPH_URL),
    site: blank(process.env.RELACIONES_SITE),
    clientId: blank(process.env.RELACIONES_CLIENT_ID),
    tenantId: blank(process.env.RELACIONES_TENANT_ID),
  };
}

/** Page query (`?user=` for the local demo, `?site=`) over the build's values over the page origin. */
export function browserConnectionLayers(page: URL, build: ConnectionLayer): ConnectionLayer[] {
  const query = (name: string): string | undefined => page.searchParams.get(name)?.trim() || undefined;
  return [{ user: query('user'), site: query('site') }, build, { graphUrl: page.origin }];
}

export async function connectBrowser(
  page: URL,
  fetchImpl: (input: string, init: RequestInit) => Promise<Response>,
  build: ConnectionLayer = buildTimeLayer(),
): Promise<DataState> {
  try {
    const settings = resolveConnection(...browserConnectionLayers(page, build));
    const tokens: TokenProvider = settings.isMicrosoftGraph
      ? new NaaTokenProvider({ clientId: settings.clientId ?? '', tenantId: settings.tenantId, scopes: GRAPH_SCOPES })
      : new EmulatorTokenProvider({ graphUrl: settings.graphUrl, user: settings.user, scopes: GRAPH_SCOPES, fetch: fetchImpl });
    const gateway = createGraphGateway({ graphUrl: settings.graphUrl, tokens, fetch: fetchImpl });
    const site = await resolveSite(gateway, settings.site);
    return { status: 'ready', repositories: createGraphRepositories(gateway, site.id), now: () => new Date() };
  } catch (error) {
    return { status: 'unavailable', reason: 'error', error };
  }
}
