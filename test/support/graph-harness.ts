/**
 * A running emulator (fresh data folder) plus the product's own Graph pipeline pointed at it:
 * the gateway tests, repositories and use cases use exactly the code that reaches
 * graph.microsoft.com, with the emulator's token endpoint as token source.
 */
import { Agent } from 'undici';
import { EmulatorTokenProvider } from '../../src/adapters/graph/auth/emulator-token-provider';
import { PROVISIONING_SCOPES } from '../../src/adapters/graph/auth/token-provider';
import type { GraphGateway } from '../../src/adapters/graph/graph-gateway';
import { createGraphGateway, type GraphGatewayOptions } from '../../src/adapters/graph/pipeline/create-graph-gateway';
import type { FetchLike, GraphLogEntry } from '../../src/adapters/graph/pipeline/middleware';
import { LIDER, startHarness, type EmulatorHarness } from '../integration/emulator/support/emulator-harness';

export interface StatsSnapshot {
  /** Requests by `METHOD /route/template`. */
  readonly byRoute: Record<string, number>;
  readonly total: number;
}

export interface GraphHarness {
  readonly emulator: EmulatorHarness;
  readonly siteId: string;
  /** Fetch trusting the emulator's certificate (what the CLI builds). */
  readonly fetch: FetchLike;
  /** A gateway for `user` with fast test retry timings; options override the defaults. */
  gateway(user?: string, options?: Partial<GraphGatewayOptions>): GraphGateway;
  /** Log entries of every attempt made through gateways of this harness. */
  readonly log: GraphLogEntry[];
  /** Graph requests counted by the emulator since the last `resetStats`. */
  stats(): Promise<StatsSnapshot>;
  resetStats(): Promise<void>;
  /** Configure `/emulator/faults` (rates, seed, retryAfterSeconds …); `undefined` clears them. */
  faults(config: Record<string, unknown> | undefined): Promise<void>;
  stop(): Promise<void>;
}

/** Fast retries for tests: the emulator's Retry-After (set to 0 in fault tests) still rules. */
export const TEST_RETRY = {
  settings: { maxRetries: 12, maxNetworkRetries: 12, baseDelayMs: 2, maxDelayMs: 50 },
} as const;

export async function startGraphHarness(): Promise<GraphHarness> {
  const emulator = await startHarness();
  let agent = new Agent({ connect: { ca: emulator.emulator.certificate } });
  const fetchImpl: FetchLike = (input, init) => fetch(input, { ...init, dispatcher: agent } as RequestInit);
  const log: GraphLogEntry[] = [];
  const gateway = (user = LIDER, options: Partial<GraphGatewayOptions> = {}): GraphGateway =>
    createGraphGateway({
      graphUrl: emulator.url,
      fetch: fetchImpl,
      tokens: new EmulatorTokenProvider({
        graphUrl: emulator.url,
        user,
        scopes: PROVISIONING_SCOPES,
        fetch: fetchImpl,
      }),
      retry: TEST_RETRY,
      logger: (entry) => log.push(entry),
      ...options,
    });
  const root = await gateway().send<{ id: string }>({ method: 'GET', path: '/sites/root' });
  const harness: GraphHarness = {
    emulator,
    siteId: root.body.id,
    fetch: fetchImpl,
    gateway,
    log,
    async stats() {
      const response = await emulator.admin('GET', '/emulator/stats');
      const body = response.body as { total: number; byRoute: Record<string, number> };
      return { byRoute: body.byRoute, total: body.total };
    },
    async resetStats() {
      await emulator.admin('POST', '/emulator/stats/reset');
    },
    async faults(config) {
      const response =
        config === undefined
          ? await emulator.admin('DELETE', '/emulator/faults')
          : await emulator.admin('POST', '/emulator/faults', config);
      if (response.status >= 300) throw new Error(`faults: ${response.status} ${response.text}`);
    },
    async stop() {
      await agent.close();
      await emulator.stop();
      agent = undefined as unknown as Agent;
    },
  };
  return harness;
}
