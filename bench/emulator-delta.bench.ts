/**
 * Why the Graph layer syncs lists with delta: re-reading a 10 000-item list pages through
 * ceil(10 000 / 200) = 50 requests, while a delta round on an unchanged list is one request.
 * Both sides run against a started emulator over HTTPS in the same process, and both end with
 * the same replica size; the request counts are checked with `/emulator/stats` before timing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { createItem } from '../src/emulator/lists/items';
import { loadColumns, requireList } from '../src/emulator/lists/list-store';
import { requireSite } from '../src/emulator/routes/sites';
import { startEmulator, type RunningEmulator } from '../src/emulator/server';
import type { BenchCase } from './harness';

const ITEMS = 10_000;
const USER = 'lider@relaciones.example';

let emulator: RunningEmulator;
let dispatcher: Agent;
let token = '';
let dataDir = '';
let deltaLink = '';
let replicaSize = 0;

async function get(
  url: string,
): Promise<{ value: unknown[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string }> {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` }, dispatcher } as RequestInit);
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { value: unknown[]; '@odata.nextLink'?: string };
}

async function requestsMade(work: () => Promise<unknown>): Promise<number> {
  const admin = (path: string, method = 'GET') =>
    fetch(`${emulator.url}${path}`, { method, dispatcher } as RequestInit);
  await admin('/emulator/stats/reset', 'POST');
  await work();
  return ((await (await admin('/emulator/stats')).json()) as { total: number }).total;
}

/** Reads every item page by page, as a client without delta must. */
async function fullRead(): Promise<number> {
  let url: string | undefined = `${emulator.url}/v1.0/sites/root/lists/Grande/items?expand=fields`;
  let count = 0;
  while (url !== undefined) {
    const page = await get(url);
    count += page.value.length;
    url = page['@odata.nextLink'];
  }
  return count;
}

/** One delta round from the stored link; applies the (empty) changes to the replica. */
async function deltaRound(): Promise<number> {
  const page = await get(deltaLink);
  const deleted = page.value.filter((item) => (item as { deleted?: unknown }).deleted !== undefined).length;
  return replicaSize + page.value.length - 2 * deleted;
}

export const cases: readonly BenchCase[] = [
  {
    name: `sync of an unchanged ${ITEMS}-item list: delta round (1 request) vs full re-read (50 requests)`,
    rounds: 5,
    setup: async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'relaciones-bench-'));
      emulator = await startEmulator({ dataDir, port: 0 });
      dispatcher = new Agent({ connect: { ca: emulator.certificate } });
      token = await emulator.context.tokens.issue(USER, ['Sites.Manage.All'], 3600);
      const created = await fetch(`${emulator.url}/v1.0/sites/root/lists`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ displayName: 'Grande', columns: [{ name: 'Clave', text: {}, indexed: true }] }),
        dispatcher,
      } as RequestInit);
      if (created.status !== 201) throw new Error(`list: ${created.status}`);
      const ctx = emulator.context;
      const list = requireList(ctx, requireSite(ctx, 'root').id, 'Grande');
      const columns = loadColumns(ctx, list.id);
      const author = ctx.users.byUpn(USER);
      if (author === undefined) throw new Error('no demo user');
      ctx.store.tx(() => {
        for (let i = 0; i < ITEMS; i += 1)
          createItem(ctx, list, columns, author, { Title: `Cliente ${i}`, Clave: `C-${i}` });
      });
      let url: string | undefined = `${emulator.url}/v1.0/sites/root/lists/Grande/items/delta`;
      while (url !== undefined) {
        const page = await get(url);
        replicaSize += page.value.length;
        deltaLink = page['@odata.deltaLink'] ?? deltaLink;
        url = page['@odata.nextLink'];
      }
      const fullRequests = await requestsMade(fullRead);
      const deltaRequests = await requestsMade(deltaRound);
      if (fullRequests !== Math.ceil(ITEMS / 200) || deltaRequests !== 1) {
        throw new Error(`expected 50 and 1 requests, measured ${fullRequests} and ${deltaRequests}`);
      }
    },
    teardown: async () => {
      await emulator.close();
      await dispatcher.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
    candidate: deltaRound,
    baseline: fullRead,
  },
];
