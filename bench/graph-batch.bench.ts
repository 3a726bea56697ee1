/**
 * Writing many list items through the product's own repositories: `createMany` (one `$batch` per
 * 20 items, 4 in flight) against creating the same number of items one POST at a time, both
 * through the same Graph pipeline to the local emulator over HTTPS. Each round writes new keys,
 * so both sides do the same real work; the check below proves the request counts first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { LIST_DEFINITIONS } from '../src/adapters/graph/lists';
import { provisionLists, resolveSite } from '../src/adapters/graph/provisioning/provision-lists';
import { createGraphRepositories } from '../src/adapters/graph/repositories';
import type { ClientRepository } from '../src/application/ports/repositories.port';
import type { Client } from '../src/domain/client/client.entity';
import { startEmulator, type RunningEmulator } from '../src/emulator/server';
import { localEmulatorConnection } from '../src/hosts/cli/connection';
import type { BenchCase } from './harness';

const ITEMS = 200;

let emulator: RunningEmulator;
let agent: Agent;
let dataDir = '';
let clients: ClientRepository;
let round = 0;
let closeConnection: () => Promise<void> = () => Promise.resolve();

function batchOfClients(): Client[] {
  round += 1;
  return Array.from({ length: ITEMS }, (_, i) => {
    const code = `B${round}X${i}`;
    return {
      key: `bench-client-${round}-${i}`,
      code,
      name: `Cliente de prueba ${round}-${i}`,
      emailDomains: [`b${round}x${i}.com.mx`],
      accountOwner: 'comercial@relaciones.example',
      deliveryLead: 'lider@relaciones.example',
      cadence: 'quarterly',
      status: 'active',
      validFrom: '2026-01-01',
    } satisfies Client;
  });
}

async function requestsMade(work: () => Promise<unknown>): Promise<number> {
  const admin = (path: string, method = 'GET') =>
    fetch(`${emulator.url}${path}`, { method, dispatcher: agent } as RequestInit);
  await admin('/emulator/stats/reset', 'POST');
  await work();
  return ((await (await admin('/emulator/stats')).json()) as { total: number }).total;
}

async function batched(): Promise<number> {
  const results = await clients.createMany(batchOfClients());
  return results.filter((r) => r.created).length;
}

async function oneByOne(): Promise<number> {
  let created = 0;
  for (const client of batchOfClients()) if ((await clients.create(client)).created) created += 1;
  return created;
}

function batchCase(): BenchCase {
  return {
    name: `create ${ITEMS} clients through the repository: createMany ($batch of 20) vs one POST each`,
    rounds: 5,
    setup: async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'relaciones-bench-'));
      emulator = await startEmulator({ dataDir, port: 0 });
      agent = new Agent({ connect: { ca: emulator.certificate } });
      const connection = localEmulatorConnection(emulator.url, emulator.certificate);
      closeConnection = connection.close;
      const gateway = connection.gateway;
      const site = await resolveSite(gateway);
      await provisionLists(gateway, site.id, LIST_DEFINITIONS);
      clients = createGraphRepositories(gateway, site.id).clients;
      await clients.listAll(); // resolves the list id outside the measured rounds
      const batchRequests = await requestsMade(batched);
      const singleRequests = await requestsMade(oneByOne);
      if (batchRequests !== Math.ceil(ITEMS / 20) || singleRequests !== ITEMS) {
        throw new Error(
          `expected ${Math.ceil(ITEMS / 20)} and ${ITEMS} requests, measured ${batchRequests} and ${singleRequests}`,
        );
      }
    },
    teardown: async () => {
      await closeConnection();
      await emulator.close();
      await agent.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
    candidate: batched,
    baseline: oneByOne,
  };
}

// Only the HTTP overhead is saved here: the emulator runs a batch's inner requests in process. Against
// a real tenant each saved request is also a network round trip (its injected latency applies to
// inner requests too, so it cannot stand for that).
export const cases: readonly BenchCase[] = [batchCase()];
