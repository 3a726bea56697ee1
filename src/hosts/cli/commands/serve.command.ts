/**
 * `relaciones serve`: the local Microsoft 365 (src/emulator) plus the built add-in on one HTTPS
 * origin. Prints where everything is, and stops cleanly on Ctrl-C (SIGINT) or SIGTERM.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { LIST_DEFINITIONS } from '../../../adapters/graph/lists';
import { provisionLists, resolveSite } from '../../../adapters/graph/provisioning/provision-lists';
import { createGraphRepositories } from '../../../adapters/graph/repositories';
import type { Translate } from '../../../i18n';
import { startEmulator, DEFAULT_PORT, type RunningEmulator } from '../../../emulator/server';
import { localEmulatorConnection } from '../connection';
import { CliError, EXIT } from '../exit-codes';
import type { OutputIo } from '../output';
import { todayInMexico } from './command-context';
import { seedWithProgress, totals } from './seed.command';

export interface ServeOptions {
  readonly port: number;
  readonly data: string;
  readonly host: string;
  readonly static: string;
  readonly demo?: boolean;
}

export interface ServeIo extends Partial<Pick<OutputIo, 'progressStream'>> {
  readonly out: (line: string) => void;
  /** Resolves when the process is asked to stop (Ctrl-C). */
  readonly untilStopped: () => Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** The repository's `dist/` (webpack's output), found relative to this file. */
export const DEFAULT_STATIC_DIR = resolve(__dirname, '../../../../dist');

export function parsePort(t: Translate) {
  return (value: string): number => {
    const port = Number(value);
    if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError(t('cli:error.badPort', { value }));
    return port;
  };
}

export function parseHost(t: Translate) {
  return (value: string): string => {
    if (!LOOPBACK.has(value.toLowerCase())) throw new InvalidArgumentError(t('cli:error.badHost', { value }));
    return value.toLowerCase() === 'localhost' ? '127.0.0.1' : value;
  };
}

export function describeServer(emulator: RunningEmulator, options: ServeOptions, t: Translate): string[] {
  const lines = [
    t('cli:serve.ready'),
    `  ${t('cli:serve.graph')}: ${emulator.url}/v1.0/`,
    `  ${t('cli:serve.token')}: ${emulator.url}/emulator/token`,
  ];
  if (existsSync(options.static)) {
    lines.push(`  ${t('cli:serve.taskpane')}: ${emulator.url}/taskpane.html`);
    lines.push(`  ${t('cli:serve.manifest')}: ${emulator.url}/manifest.xml, ${emulator.url}/manifest.outlook.xml`);
  } else {
    lines.push(`  ${t('cli:serve.notBuilt', { dir: options.static })}`);
  }
  lines.push(
    `  ${t('cli:serve.certificate')}: ${emulator.certFile}`,
    `    ${t('cli:serve.trustNode', { file: emulator.certFile })}`,
    `  ${t('cli:serve.data')}: ${resolve(options.data)}`,
    `  ${t('cli:serve.users')}: ${emulator.context.users
      .all()
      .map((u) => u.upn)
      .join(', ')}`,
  );
  if (existsSync(options.static)) lines.push(t('cli:serve.openTaskpane', { url: `${emulator.url}/taskpane.html` }));
  lines.push(t('cli:serve.stop'));
  return lines;
}

/** `<data>/demo.json`: the day the demo was generated for, and whether loading it finished. */
interface DemoMarker {
  readonly today: string;
  readonly complete: boolean;
  readonly records?: number;
}

function readMarker(file: string): DemoMarker | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DemoMarker;
  } catch {
    return undefined;
  }
}

/**
 * Provisions the lists and loads the demo organisation into a new data folder, through the same
 * Graph pipeline and repositories as `relaciones provision` and `seed --demo` (over HTTPS to the
 * emulator just started). A load that was interrupted resumes with the same reference day, so
 * its keys match and nothing is written twice; a folder that already held other data is left alone.
 */
export async function prepareDemo(
  emulator: RunningEmulator,
  dataDir: string,
  freshFolder: boolean,
  io: ServeIo,
  t: Translate,
): Promise<void> {
  const markerFile = join(dataDir, 'demo.json');
  const marker = readMarker(markerFile);
  if (marker?.complete === true) {
    io.out(t('cli:serve.demoPresent'));
    return;
  }
  if (marker === undefined && !freshFolder) {
    io.out(t('cli:serve.demoSkipped'));
    return;
  }
  const today = marker?.today ?? todayInMexico();
  writeFileSync(markerFile, JSON.stringify({ today, complete: false } satisfies DemoMarker));
  io.out(t('cli:serve.seeding'));
  const { gateway, close } = localEmulatorConnection(emulator.url, emulator.certificate);
  try {
    const site = await resolveSite(gateway);
    await provisionLists(gateway, site.id, LIST_DEFINITIONS);
    const counts = await seedWithProgress(
      createGraphRepositories(gateway, site.id),
      today,
      { err: io.out, ...io },
      t,
      false,
    );
    const records = totals(counts).created + totals(counts).existing;
    writeFileSync(markerFile, JSON.stringify({ today, complete: true, records } satisfies DemoMarker));
    io.out(t('cli:serve.seeded', { records }));
  } finally {
    await close();
  }
}

export async function runServe(options: ServeOptions, io: ServeIo, t: Translate): Promise<void> {
  // Listen for Ctrl-C before anything is printed: whoever reads "Ctrl-C" may send it at once.
  const stopped = io.untilStopped();
  const dataDir = resolve(options.data);
  const freshFolder = !existsSync(join(dataDir, 'emulator.sqlite'));
  let emulator: RunningEmulator;
  try {
    emulator = await startEmulator({
      dataDir: resolve(options.data),
      port: options.port,
      host: options.host,
      staticDir: options.static,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new CliError(EXIT.network, t('cli:error.portInUse', { port: options.port }));
    }
    throw error;
  }
  if (options.demo === true) {
    try {
      await prepareDemo(emulator, dataDir, freshFolder, io, t);
    } catch (error) {
      await emulator.close();
      throw error;
    }
  }
  describeServer(emulator, options, t).forEach((line) => io.out(line));
  await stopped;
  io.out(t('cli:serve.stopping'));
  await emulator.close();
  io.out(t('cli:serve.stopped', { dir: resolve(options.data) }));
}

export function serveCommand(t: Translate, io: ServeIo): Command {
  return new Command('serve')
    .description(t('cli:serve.description'))
    .option('--port <port>', t('cli:serve.port'), parsePort(t), DEFAULT_PORT)
    .option('--data <dir>', t('cli:serve.dataOption'), './data')
    .option('--host <address>', t('cli:serve.host'), parseHost(t), '127.0.0.1')
    .option('--static <dir>', t('cli:serve.static'), DEFAULT_STATIC_DIR)
    .option('--demo', t('cli:serve.demo'))
    .action(async (options: ServeOptions) => {
      await runServe(options, io, t);
    });
}
