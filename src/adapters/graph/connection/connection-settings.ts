/**
 * Where the product connects: Graph's base URL, the SharePoint site, and (locally) which demo
 * user's token to use. Resolved in this order: command-line flags > environment `RELACIONES_*` >
 * `relaciones.config.json` > the local default (the emulator at https://localhost:3000).
 */
import { z } from 'zod';
import { DomainError } from '../../../domain/shared/domain-error';

export const DEFAULT_GRAPH_URL = 'https://localhost:3000';
export const DEFAULT_USER = 'lider@relaciones.example';

/** Hosts of Microsoft Graph (global and national clouds): tokens come from Microsoft Entra ID. */
const MICROSOFT_GRAPH_HOSTS = new Set([
  'graph.microsoft.com',
  'graph.microsoft.us',
  'dod-graph.microsoft.us',
  'microsoftgraph.chinacloudapi.cn',
]);

export interface ConnectionSettings {
  /** Origin of Graph or the emulator, without a trailing slash or version. */
  readonly graphUrl: string;
  /** Site URL (`https://contoso.sharepoint.com/sites/relaciones`) or id; undefined = the root site. */
  readonly site: string | undefined;
  /** Local only: the emulator user whose token is used. */
  readonly user: string;
  /** Real tenant: the app registration's client id and the tenant (id or domain). */
  readonly clientId: string | undefined;
  readonly tenantId: string | undefined;
  /** True when `graphUrl` is Microsoft Graph (sign in with MSAL) rather than the emulator. */
  readonly isMicrosoftGraph: boolean;
}

/** One layer of settings as given (flags, environment or config file); absent keys fall through. */
export interface ConnectionLayer {
  readonly graphUrl?: string;
  readonly site?: string;
  readonly user?: string;
  readonly clientId?: string;
  readonly tenantId?: string;
}

export const connectionFileSchema = z
  .object({
    graphUrl: z.string().optional(),
    site: z.string().optional(),
    user: z.string().optional(),
    clientId: z.string().optional(),
    tenantId: z.string().optional(),
  })
  .strict();

/** The layer the environment gives (`RELACIONES_GRAPH_URL`, `RELACIONES_SITE`, …); blanks are absent. */
export function environmentLayer(env: Readonly<Record<string, string | undefined>>): ConnectionLayer {
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };
  return {
    graphUrl: value('RELACIONES_GRAPH_URL'),
    site: value('RELACIONES_SITE'),
    user: value('RELACIONES_USER'),
    clientId: value('RELACIONES_CLIENT_ID'),
    tenantId: value('RELACIONES_TENANT_ID'),
  };
}

export function isMicrosoftGraphUrl(url: string): boolean {
  return MICROSOFT_GRAPH_HOSTS.has(new URL(url).hostname.toLowerCase());
}

/** Resolves the layers (first wins) and validates the result; a bad value is `CONFIG.INVALID`. */
export function resolveConnection(...layers: readonly ConnectionLayer[]): ConnectionSettings {
  const pick = (key: keyof ConnectionLayer): string | undefined => {
    for (const layer of layers) {
      const value = layer[key];
      if (value !== undefined && value.trim() !== '') return value.trim();
    }
    return undefined;
  };
  const rawUrl = pick('graphUrl') ?? DEFAULT_GRAPH_URL;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new DomainError('CONFIG.INVALID', { setting: 'graphUrl', value: rawUrl });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DomainError('CONFIG.INVALID', { setting: 'graphUrl', value: rawUrl });
  }
  const isMicrosoftGraph = isMicrosoftGraphUrl(url.href);
  if (isMicrosoftGraph && url.protocol !== 'https:') {
    throw new DomainError('CONFIG.INVALID', { setting: 'graphUrl', value: rawUrl });
  }
  const user = pick('user') ?? DEFAULT_USER;
  if (!/^[^@\s]+@[^@\s]+$/.test(user)) throw new DomainError('CONFIG.INVALID', { setting: 'user', value: user });
  const clientId = pick('clientId');
  const tenantId = pick('tenantId');
  if (isMicrosoftGraph && clientId === undefined) {
    throw new DomainError('CONFIG.CLIENT_ID_REQUIRED', { graphUrl: url.origin });
  }
  return { graphUrl: url.origin, site: pick('site'), user, clientId, tenantId, isMicrosoftGraph };
}
