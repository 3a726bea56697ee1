/**
 * Keeps a replica of the process's lists with `/items/delta` (ARCHITECTURE.md §4): the first
 * round reads everything, later rounds only what changed, and a refused (410) delta link becomes
 * a full resync that replaces the replica. Each item is checked with its list's mapper so that
 * malformed records are reported, never silently dropped: they stay in the replica as stored.
 */
import type { GraphGateway } from '../graph-gateway';
import type { ListDefinition } from '../lists/list-definition';

export interface ReplicaState {
  readonly deltaLink?: string;
  /** Item `fields` by item id. */
  readonly items: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** Where the replica lives (a folder of JSON files in the CLI). */
export interface ReplicaStore {
  load(list: string): Promise<ReplicaState | undefined>;
  save(list: string, state: ReplicaState): Promise<void>;
}

export interface ListSyncResult {
  readonly list: string;
  readonly mode: 'full' | 'incremental' | 'resynced';
  readonly changed: number;
  readonly deleted: number;
  readonly total: number;
  /** Items whose fields the mapper refused: id and the error code. */
  readonly malformed: readonly { id: string; code: string }[];
}

interface DeltaItem {
  readonly id: string;
  readonly deleted?: unknown;
  readonly fields?: Record<string, unknown>;
}

export async function syncList(
  gateway: GraphGateway,
  siteId: string,
  listId: string,
  definition: ListDefinition<{ readonly key: string }>,
  store: ReplicaStore,
  onPage?: (read: number) => void,
): Promise<ListSyncResult> {
  const previous = await store.load(definition.name);
  const path = `/sites/${siteId}/lists/${listId}/items/delta?$expand=fields`;
  const round = await gateway.delta<DeltaItem>(path, previous?.deltaLink, { onPage });
  const full = previous?.deltaLink === undefined || round.resynced;
  const items: Record<string, Readonly<Record<string, unknown>>> = full ? {} : { ...previous?.items };
  let changed = 0;
  let deleted = 0;
  for (const item of round.items) {
    if (item.deleted !== undefined) {
      if (items[item.id] !== undefined || !full) deleted += 1;
      delete items[item.id];
      continue;
    }
    items[item.id] = item.fields ?? {};
    changed += 1;
  }
  const malformed: { id: string; code: string }[] = [];
  for (const id of full ? Object.keys(items) : round.items.filter((i) => i.deleted === undefined).map((i) => i.id)) {
    try {
      definition.fromFields(items[id] ?? {});
    } catch (error) {
      malformed.push({ id, code: (error as { code?: string }).code ?? 'RECORD.MALFORMED' });
    }
  }
  await store.save(definition.name, { deltaLink: round.deltaLink, items });
  return {
    list: definition.name,
    mode: previous?.deltaLink === undefined ? 'full' : round.resynced ? 'resynced' : 'incremental',
    changed,
    deleted,
    total: Object.keys(items).length,
    malformed,
  };
}
