/**
 * How a CLI command reaches Microsoft 365: connection settings from flags > RELACIONES_* >
 * relaciones.config.json > the local default, Node's fetch (trusting the local emulator's
 * certificate when the Graph URL is on this machine), a token source (the emulator's token
 * endpoint, or msal-node device code for a real tenant) and the one Graph pipeline.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { Agent } from 'undici';
import { EmulatorTokenProvider } from '../../adapters/graph/auth/emulator-token-provider';
import { MsalDeviceCodeTokenProvider } from '../../adapters/graph/auth/msal-device-code-token-provider';
import { GRAPH_SCOPES, PROVISIONING_SCOPES, type TokenProvider } from '../../adapters/graph/auth/token-provider';
import {
  connectionFileSchema,
  DEFAULT_USER,
  environmentLayer,
  resolveConnection,
  type ConnectionLayer,
  type ConnectionSettings,
} from '../../adapters/graph/connection/connection-settings';
import type { GraphGateway } from '../../adapters/graph/graph-gateway';
import { createGraphGateway } from '../../adapters/graph/pipeline/create-graph-gateway';
import type { FetchLike, GraphLogEntry } from '../../adapters/graph/pipeline/middleware';
import { DomainError } from '../../domain/shared/domain-error';
import type { Translate } from '../../i18n';

/** Options every command that talks to Graph accepts. */
export interface ConnectionOptions {
  readonly graphUrl?: string;
  readonly site?: string;
  readonly user?: string;
  /** Data folder of the local emulator, where its certificate lives. */
  readonly data?: string;
  readonly verbose?: boolean;
}

export const CONFIG_FILE = 'relaciones.config.json';

export function addConnectionOptions(command: Command, t: Translate): Command {
  return command
    .addOption(new Option('--graph-url <url>', t('cli:connection.graphUrl')))
    .addOption(new Option('--site <site>', t('cli:connection.site')))
    .addOption(new Option('--user <upn>', t('cli:connection.user')))
    .addOption(new Option('--data <dir>', t('cli:connection.data')))
    .addOption(new Option('--verbose', t('cli:connection.verbose')));
}

/** `relaciones.config.json` of the working folder (or RELACIONES_CONFIG), when present. */
export function configFileLayer(env: NodeJS.ProcessEnv, cwd = process.cwd()): ConnectionLayer {
  const file = env.RELACIONES_CONFIG?.trim() || join(cwd, CONFIG_FILE);
  if (!existsSync(file)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DomainError('CONFIG.FILE_INVALID', {
      file,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  const result = connectionFileSchema.safeParse(parsed);
  if (!result.success) {
    throw new DomainError('CONFIG.FILE_INVALID', {
      file,
      reason: result.error.issues.map((i) => i.message).join('; '),
    });
  }
  return result.data;
}

export function connectionSettings(options: ConnectionOptions, env: NodeJS.ProcessEnv): ConnectionSettings {
  return resolveConnection(
    { graphUrl: options.graphUrl, site: options.site, user: options.user },
    environmentLayer(env),
    configFileLayer(env),
  );
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopback(url: string): boolean {
  return LOOPBACK_HOSTS.has(new URL(url).hostname.toLowerCase());
}

/**
 * Node's fetch for `settings`: for the emulator on this machine over https, trusting its
 * self-signed certificate (RELACIONES_CA_FILE, else `<data>/tls/cert.pem`); elsewhere the
 * system's trust store.
 */
export function nodeFetch(
  settings: ConnectionSettings,
  options: ConnectionOptions,
  env: NodeJS.ProcessEnv,
): { fetch: FetchLike; close: () => Promise<void> } {
  const url = new URL(settings.graphUrl);
  if (url.protocol !== 'https:' || !isLoopback(settings.graphUrl)) {
    return { fetch: (input, init) => fetch(input, init), close: () => Promise.resolve() };
  }
  const caFile =
    env.RELACIONES_CA_FILE?.trim() || join(resolve(options.data ?? env.RELACIONES_DATA ?? './data'), 'tls', 'cert.pem');
  if (!existsSync(caFile)) throw new DomainError('CONFIG.CERTIFICATE_MISSING', { file: caFile });
  const agent = new Agent({ connect: { ca: readFileSync(caFile, 'utf8') } });
  return {
    fetch: (input, init) => fetch(input, { ...init, dispatcher: agent } as RequestInit),
    close: () => agent.close(),
  };
}

export interface Connection {
  readonly settings: ConnectionSettings;
  readonly gateway: GraphGateway;
  close(): Promise<void>;
}

export interface ConnectionIo {
  readonly err: (line: string) => void;
}

/** Opens the Graph pipeline for a command; `manage` asks for Sites.Manage.All (provisioning). */
export function openConnection(
  options: ConnectionOptions,
  env: NodeJS.ProcessEnv,
  io: ConnectionIo,
  t: Translate,
  scopes: { manage?: boolean } = {},
): Connection {
  const settings = connectionSettings(options, env);
  const transport = nodeFetch(settings, options, env);
  const wanted = scopes.manage === true ? PROVISIONING_SCOPES : GRAPH_SCOPES;
  const tokens: TokenProvider = settings.isMicrosoftGraph
    ? new MsalDeviceCodeTokenProvider({
        clientId: settings.clientId ?? '',
        tenantId: settings.tenantId,
        scopes: wanted,
        cacheFile: join(homedir(), '.relaciones', 'msal-cache.json'),
        onDeviceCode: (message) => io.err(t('graph:signIn', { message })),
      })
    : new EmulatorTokenProvider({
        graphUrl: settings.graphUrl,
        user: settings.user,
        scopes: wanted,
        fetch: transport.fetch,
      });
  const verbose = options.verbose === true || env.RELACIONES_DEBUG === '1';
  const gateway = createGraphGateway({
    graphUrl: settings.graphUrl,
    tokens,
    fetch: transport.fetch,
    logger: verbose ? (entry: GraphLogEntry) => io.err(formatLogEntry(entry, t)) : undefined,
    retry: {
      onRetry: ({ attempt, delayMs }) => {
        if (verbose) io.err(t('graph:retrying', { attempt, seconds: Math.ceil(delayMs / 1000) }));
      },
    },
  });
  return { settings, gateway, close: transport.close };
}

/** One `--verbose` line per Graph attempt, in the reader's language. */
export function formatLogEntry(entry: GraphLogEntry, t: Translate): string {
  return t('graph:logLine', {
    method: entry.method,
    path: entry.url.replace(/^https?:\/\/[^/]+/, ''),
    outcome: entry.status === 0 ? (entry.error ?? '—') : String(entry.status),
    ms: entry.durationMs,
    attempt: entry.attempt,
    clientRequestId: entry.clientRequestId,
    requestId: entry.requestId ?? '—',
  });
}

/**
 * The pipeline to an emulator this process started (`serve --demo`, benchmarks): its own
 * certificate trusted, a demo user's token with provisioning rights. Same gateway as any command.
 */
export function localEmulatorConnection(
  url: string,
  certificate: string,
  user = DEFAULT_USER,
): { gateway: GraphGateway; close: () => Promise<void> } {
  const agent = new Agent({ connect: { ca: certificate } });
  const fetchImpl: FetchLike = (input, init) => fetch(input, { ...init, dispatcher: agent } as RequestInit);
  const gateway = createGraphGateway({
    graphUrl: url,
    fetch: fetchImpl,
    tokens: new EmulatorTokenProvider({ graphUrl: url, user, scopes: PROVISIONING_SCOPES, fetch: fetchImpl }),
  });
  return { gateway, close: () => agent.close() };
}
