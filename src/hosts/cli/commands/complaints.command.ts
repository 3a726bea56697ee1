/**
 * `relaciones complaints list [--status] [--client]`: the complaint log, newest first. `--json`
 * prints an array of `{id, folio, client, title, status, severity, receivedOn, receivedAt}`.
 * Statuses are accepted in Spanish (registrada, canalizada, en-atencion, resuelta, cerrada,
 * reabierta) or English (registered, routed, in-progress, resolved, closed, reopened).
 */
import { Command, InvalidArgumentError } from 'commander';
import type { Versioned } from '../../../application/ports/record-store.port';
import type { Complaint, ComplaintStatus } from '../../../domain/complaint/complaint.entity';
import { localDateOf } from '../../../domain/meeting/meeting-cadence';
import type { Translate } from '../../../i18n';
import { addConnectionOptions, type ConnectionOptions } from '../connection';
import { printJson, renderTable } from '../output';
import { withGraph, type CommandContext } from './command-context';
import { withoutAccents } from '../../../domain/shared/text';

interface ComplaintsListOptions extends ConnectionOptions {
  readonly status?: ComplaintStatus;
  readonly client?: string;
  readonly json?: boolean;
}

const STATUS_WORDS: Readonly<Record<string, ComplaintStatus>> = {
  registrada: 'registered',
  canalizada: 'routed',
  enatencion: 'inProgress',
  resuelta: 'resolved',
  cerrada: 'closed',
  reabierta: 'reopened',
  registered: 'registered',
  routed: 'routed',
  inprogress: 'inProgress',
  resolved: 'resolved',
  closed: 'closed',
  reopened: 'reopened',
};

/** `En atención`, `en-atencion`, `in_progress`, `inProgress` … → the domain's status. */
export function parseComplaintStatus(value: string): ComplaintStatus | undefined {
  const word = withoutAccents(value)
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
  return STATUS_WORDS[word];
}

function statusOption(t: Translate) {
  return (value: string): ComplaintStatus => {
    const status = parseComplaintStatus(value);
    if (status === undefined) throw new InvalidArgumentError(t('cli:complaints.badStatus', { value }));
    return status;
  };
}

export function complaintRow(stored: Versioned<Complaint>) {
  const c = stored.value;
  return {
    id: c.key,
    folio: c.folio ?? null,
    client: c.clientCode,
    title: c.title,
    status: c.status,
    severity: c.severity,
    receivedOn: localDateOf(c.receivedAt),
    receivedAt: c.receivedAt,
  };
}

export function complaintsCommand(ctx: CommandContext): Command {
  const { t, io } = ctx;
  const complaints = new Command('complaints')
    .description(t('cli:complaints.description'))
    .helpCommand('help [command]', t('cli:helpCommand'));
  complaints.addCommand(
    addConnectionOptions(new Command('list'), t)
      .description(t('cli:complaints.listDescription'))
      .option('--status <estado>', t('cli:complaints.status'), statusOption(t))
      .option('--client <code>', t('cli:complaints.client'))
      .option('--json', t('cli:json'))
      .action(async (options: ComplaintsListOptions) => {
        await withGraph(ctx, options, async ({ repositories }) => {
          const { status, client } = options;
          // Ask SharePoint for the narrowest indexed query the filters allow.
          const stored =
            client !== undefined
              ? await repositories.complaints.listByClient(client)
              : status !== undefined
                ? await repositories.complaints.listByStatus(status)
                : await repositories.complaints.listAll();
          const rows = stored
            .filter((s) => status === undefined || s.value.status === status)
            .map(complaintRow)
            .sort((a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt));
          if (options.json === true) {
            printJson(io, rows);
            return;
          }
          if (rows.length === 0) {
            io.out(t('cli:complaints.empty'));
            return;
          }
          const h = (key: string): string => t(`cli:complaints.column.${key}`);
          io.out(
            renderTable(
              [h('folio'), h('client'), h('title'), h('status'), h('severity'), h('receivedOn')],
              rows.map((row) => [
                row.folio ?? '—',
                row.client,
                row.title,
                t(`complaint:status.${row.status}`),
                t(`common:severity.${row.severity}`),
                row.receivedOn,
              ]),
            ),
          );
          io.out(t('cli:complaints.count', { count: rows.length }));
        });
      }),
  );
  return complaints;
}
