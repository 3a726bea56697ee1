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
  /**
   * Ends the current test's traffic: gateways made before this call can no longer reach the
   * emulator (their connections are destroyed and new attempts fail locally), so a test that
   * timed out and keeps retrying cannot add requests to the next test's counters.
   */
  isolate(): Promise<void>;
  stop(): Promise<void>;
}

/** Fast retries for tests: the emulator's Retry-After (set to 0 in fault tests) still rules. */
export const TEST_RETRY = {
  settings: { maxRetries: 12, maxNetworkRetries: 12, baseDelayMs: 2, maxDelayMs: 50 },
} as const;

export async function startGraphHarness(): Promise<GraphHarness> {
  const emulator = await startHarness();
  const newAgent = (): Agent => new Agent({ connect: { ca: emulator.emulator.certificate } });
  let agent = newAgent();
  let generation = 0;
  /** Fetch bound to the current generation: after `isolate()` it refuses to send. */
  const generationFetch = (): FetchLike => {
    const mine = generation;
    const bound = agent;
    return (input, init) =>
      mine !== generation
        ? Promise.reject(new Error('graph-harness: this test is over (isolate() was called)'))
        : fetch(input, { ...init, dispatcher: bound } as RequestInit);
  };
  const fetchImpl: FetchLike = (input, init) => generationFetch()(input, init);
  const log: GraphLogEntry[] = [];
  const gateway = (user = LIDER, options: Partial<GraphGatewayOptions> = {}): GraphGateway => {
    const bound = generationFetch();
    return createGraphGateway({
      graphUrl: emulator.url,
      fetch: bound,
      tokens: new EmulatorTokenProvider({
        graphUrl: emulator.url,
        user,
        scopes: PROVISIONING_SCOPES,
        fetch: bound,
      }),
      retry: TEST_RETRY,
      logger: (entry) => log.push(entry),
      ...options,
    });
  };
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
    async isolate() {
      const old = agent;
      generation += 1;
      agent = newAgent();
      await old.destroy();
    },
    async stop() {
      await agent.close();
      await emulator.stop();
      agent = undefined as unknown as Agent;
    },
  };
  return harness;
}
