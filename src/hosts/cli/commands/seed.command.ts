/** `relaciones seed --demo`: the demo organisation, written through the repositories (never raw SQL). */
import { Command, InvalidArgumentError } from 'commander';
import { seedDemoOrganisation } from '../../../application/demo/seed-demo.use-case';
import type { Repositories } from '../../../application/ports/repositories.port';
import type { Translate } from '../../../i18n';
import { addConnectionOptions, type ConnectionOptions } from '../connection';
import { CliError, EXIT } from '../exit-codes';
import { printJson, renderTable, startProgress, type OutputIo } from '../output';
import { todayInMexico, withGraph, type CommandContext } from './command-context';

interface SeedOptions extends ConnectionOptions {
  readonly demo?: boolean;
  readonly today?: string;
  readonly json?: boolean;
}

export type SeedCounts = Awaited<ReturnType<typeof seedDemoOrganisation>>;

export function totals(counts: SeedCounts): { created: number; existing: number } {
  let created = 0;
  let existing = 0;
  for (const entry of Object.values(counts)) {
    created += entry.created;
    existing += entry.existing;
  }
  return { created, existing };
}

/** Seeds with a progress bar on terminals (shared with `serve --demo`). */
export async function seedWithProgress(
  repositories: Repositories,
  today: string,
  io: OutputIo,
  t: Translate,
  json: boolean,
): Promise<SeedCounts> {
  const progress = startProgress(io, t('cli:progress.seed'), json);
  try {
    return await seedDemoOrganisation(repositories, {
      today,
      onProgress: (step, done, total) => progress.update(done, total, step),
    });
  } finally {
    progress.stop();
  }
}

function parseDate(t: Translate) {
  return (value: string): string => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
      throw new InvalidArgumentError(t('cli:seed.today'));
    }
    return value;
  };
}

export function seedCommand(ctx: CommandContext): Command {
  const { t, io } = ctx;
  return addConnectionOptions(new Command('seed'), t)
    .description(t('cli:seed.description'))
    .option('--demo', t('cli:seed.demo'))
    .option('--today <date>', t('cli:seed.today'), parseDate(t))
    .option('--json', t('cli:json'))
    .action(async (options: SeedOptions) => {
      if (options.demo !== true) throw new CliError(EXIT.usage, t('cli:seed.demoRequired'));
      const json = options.json === true;
      const today = options.today ?? todayInMexico();
      await withGraph(ctx, options, async ({ repositories }) => {
        const counts = await seedWithProgress(repositories, today, io, t, json);
        const sum = totals(counts);
        if (json) {
          printJson(io, { today, ...sum, byType: counts });
          return;
        }
        io.out(
          renderTable(
            [t('cli:seed.recordType'), t('cli:seed.createdColumn'), t('cli:seed.existingColumn')],
            Object.entries(counts).map(([type, c]) => [type, String(c.created), String(c.existing)]),
          ),
        );
        io.out(t('cli:seed.done', sum));
      });
    });
}
