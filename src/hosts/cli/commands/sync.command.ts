/**
 * `relaciones sync`: a local copy of the 14 lists, kept current with `/items/delta`. The copy
 * and each list's delta link live in JSON files under `--state` (default ./.relaciones/sync),
 * one folder per Graph origin and site, written atomically so an interrupted run loses nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { LIST_DEFINITIONS } from '../../../adapters/graph/lists';
import { readLists } from '../../../adapters/graph/provisioning/provision-lists';
import {
  syncList,
  type ListSyncResult,
  type ReplicaState,
  type ReplicaStore,
} from '../../../adapters/graph/sync/list-sync';
import { DomainError } from '../../../domain/shared/domain-error';
import { addConnectionOptions, type ConnectionOptions } from '../connection';
import { printJson, renderTable, startProgress } from '../output';
import { withGraph, type CommandContext } from './command-context';

interface SyncOptions extends ConnectionOptions {
  readonly state?: string;
  readonly json?: boolean;
}

export class FileReplicaStore implements ReplicaStore {
  constructor(private readonly dir: string) {}

  private file(list: string): string {
    return join(this.dir, `${list}.json`);
  }

  async load(list: string): Promise<ReplicaState | undefined> {
    const file = this.file(list);
    if (!existsSync(file)) return undefined;
    try {
      return JSON.parse(await readFile(file, 'utf8')) as ReplicaState;
    } catch {
      // A damaged copy is rebuilt from scratch by a full round.
      return undefined;
    }
  }

  async save(list: string, state: ReplicaState): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const file = this.file(list);
    await writeFile(`${file}.tmp`, JSON.stringify(state));
    await rename(`${file}.tmp`, file);
  }
}

export function syncCommand(ctx: CommandContext): Command {
  const { t, io } = ctx;
  return addConnectionOptions(new Command('sync'), t)
    .description(t('cli:sync.description'))
    .option('--state <dir>', t('cli:sync.stateDir'), './.relaciones/sync')
    .option('--json', t('cli:json'))
    .action(async (options: SyncOptions) => {
      const json = options.json === true;
      await withGraph(ctx, options, async ({ gateway, site, settings }) => {
        const scope = createHash('sha256').update(`${settings.graphUrl}|${site.id}`).digest('hex').slice(0, 16);
        const store = new FileReplicaStore(join(resolve(options.state ?? './.relaciones/sync'), scope));
        const lists = await readLists(gateway, site.id);
        const results: ListSyncResult[] = [];
        const progress = startProgress(io, t('cli:progress.sync'), json, LIST_DEFINITIONS.length);
        try {
          for (const definition of LIST_DEFINITIONS) {
            const list = lists.find(
              (l) => l.displayName?.toLowerCase() === definition.name.toLowerCase() || l.name === definition.name,
            );
            if (list === undefined) throw new DomainError('PROVISION.LIST_MISSING', { list: definition.name });
            results.push(await syncList(gateway, site.id, list.id, definition, store));
            progress.update(results.length, LIST_DEFINITIONS.length);
          }
        } finally {
          progress.stop();
        }
        const sum = (key: 'changed' | 'deleted' | 'total'): number => results.reduce((n, r) => n + r[key], 0);
        if (json) {
          printJson(io, { site: site.id, lists: results });
          return;
        }
        io.out(
          renderTable(
            [t('cli:sync.list'), t('cli:sync.mode'), t('cli:sync.changed'), t('cli:sync.deleted'), t('cli:sync.total')],
            results.map((r) => [
              r.list,
              t(`cli:sync.${r.mode}`),
              String(r.changed),
              String(r.deleted),
              String(r.total),
            ]),
          ),
        );
        for (const r of results)
          for (const m of r.malformed) io.err(t('cli:sync.malformed', { list: r.list, id: m.id }));
        io.out(t('cli:sync.done', { changed: sum('changed'), deleted: sum('deleted'), total: sum('total') }));
      });
    });
}
