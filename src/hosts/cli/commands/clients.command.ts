/**
 * `relaciones clients import <file>` and `relaciones clients list`. Import validates the whole
 * file first and writes nothing when any row is wrong; `--json` prints
 * `{imported, updated, errors:[{line, code, message}]}` and the exit code is 0 only without errors.
 */
import { basename } from 'node:path';
import { Command } from 'commander';
import { importClients } from '../../../application/clients/import-clients.use-case';
import { localiseImportErrors, formatImportErrors, readClientImportFile } from '../../../adapters/xlsx/client-import';
import { addConnectionOptions, type ConnectionOptions } from '../connection';
import { CliError, EXIT } from '../exit-codes';
import { printJson, renderTable, startProgress } from '../output';
import { todayInMexico, withGraph, type CommandContext } from './command-context';

interface JsonOption extends ConnectionOptions {
  readonly json?: boolean;
}

export function clientsCommand(ctx: CommandContext): Command {
  const { t, io } = ctx;
  const clients = new Command('clients')
    .description(t('cli:clients.description'))
    .helpCommand('help [command]', t('cli:helpCommand'));

  clients.addCommand(
    addConnectionOptions(new Command('import'), t)
      .description(t('cli:clients.importDescription'))
      .argument('<file>', t('cli:clients.importFile'))
      .option('--json', t('cli:json'))
      .action(async (file: string, options: JsonOption) => {
        const json = options.json === true;
        // Read and parse before connecting: a broken file needs no network to be reported.
        const table = await readClientImportFile(file);
        await withGraph(ctx, options, async ({ repositories }) => {
          const progress = startProgress(io, t('cli:progress.import'), json, table.rows.length);
          const result = await importClients({ clients: repositories.clients }, table, {
            today: todayInMexico(),
            onProgress: (done, total) => progress.update(done, total),
          }).finally(() => progress.stop());
          if (json) {
            printJson(io, {
              file: basename(file),
              imported: result.imported,
              updated: result.updated,
              unchanged: result.unchanged,
              errors: localiseImportErrors(result.errors, t),
            });
          } else if (result.errors.length === 0) {
            io.out(
              t('cli:clients.importDone', {
                imported: result.imported,
                updated: result.updated,
                unchanged: result.unchanged,
              }),
            );
          } else {
            formatImportErrors(result.errors, t).forEach((line) => io.err(line));
          }
          if (result.errors.length > 0) {
            throw new CliError(
              EXIT.validation,
              json ? '' : t('cli:clients.importFailed', { count: result.errors.length }),
            );
          }
        });
      }),
  );

  clients.addCommand(
    addConnectionOptions(new Command('list'), t)
      .description(t('cli:clients.listDescription'))
      .option('--json', t('cli:json'))
      .action(async (options: JsonOption) => {
        const json = options.json === true;
        await withGraph(ctx, options, async ({ repositories }) => {
          const progress = startProgress(io, t('cli:progress.read'), json);
          const stored = await repositories.clients
            .listAll((done, total) => progress.update(done, total))
            .finally(() => progress.stop());
          const rows = stored.map((s) => s.value).sort((a, b) => a.name.localeCompare(b.name, 'es-MX'));
          if (json) {
            printJson(io, rows);
            return;
          }
          if (rows.length === 0) {
            io.out(t('cli:clients.empty'));
            return;
          }
          const c = (key: string): string => t(`cli:clients.column.${key}`);
          io.out(
            renderTable(
              [
                c('code'),
                c('name'),
                c('emailDomains'),
                c('accountOwner'),
                c('deliveryLead'),
                c('cadence'),
                c('status'),
              ],
              rows.map((client) => [
                client.code,
                client.name,
                client.emailDomains.join(', '),
                client.accountOwner,
                client.deliveryLead,
                t(`common:cadence.${client.cadence}`),
                t(`common:clientStatus.${client.status}`),
              ]),
            ),
          );
          io.out(t('cli:clients.count', { count: rows.length }));
        });
      }),
  );
  return clients;
}
