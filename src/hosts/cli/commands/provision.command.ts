/** `relaciones provision`: creates or completes the 14 lists idempotently and verifies them. */
import { Command } from 'commander';
import { provisionLists } from '../../../adapters/graph/provisioning/provision-lists';
import { LIST_DEFINITIONS } from '../../../adapters/graph/lists';
import { addConnectionOptions, type ConnectionOptions } from '../connection';
import { printJson, renderTable, startProgress } from '../output';
import { withGraph, type CommandContext } from './command-context';

interface ProvisionOptions extends ConnectionOptions {
  readonly json?: boolean;
}

export function provisionCommand(ctx: CommandContext): Command {
  const { t, io } = ctx;
  return addConnectionOptions(new Command('provision'), t)
    .description(t('cli:provision.description'))
    .option('--json', t('cli:json'))
    .action(async (options: ProvisionOptions) => {
      const json = options.json === true;
      await withGraph(
        ctx,
        options,
        async ({ gateway, site }) => {
          const progress = startProgress(io, t('cli:progress.provision'), json, LIST_DEFINITIONS.length);
          const report = await provisionLists(gateway, site.id, LIST_DEFINITIONS, (done, total) =>
            progress.update(done, total),
          ).finally(() => progress.stop());
          if (json) {
            printJson(io, { site: { id: site.id, webUrl: site.webUrl }, ...report });
            return;
          }
          const state = (name: string): string =>
            report.created.includes(name)
              ? t('cli:provision.created')
              : report.updated.includes(name)
                ? t('cli:provision.completed')
                : t('cli:provision.unchanged');
          io.out(
            renderTable(
              [t('cli:provision.list'), t('cli:provision.state')],
              report.lists.map((list) => [list.name, state(list.name)]),
            ),
          );
          io.out(
            t('cli:provision.done', {
              site: site.webUrl,
              created: report.created.length,
              columns: report.columnsAdded,
              unchanged: report.unchanged.length,
            }),
          );
        },
        { manage: true },
      );
    });
}
