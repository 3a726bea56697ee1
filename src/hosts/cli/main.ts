/**
 * The `relaciones` command line (commander). Help and messages are Spanish by default and
 * English with `--lang en` or an English LANG; errors end with the exit codes of exit-codes.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { createTranslator } from '../../i18n';
import { cliLocale } from './cli-locale';
import { clientsCommand } from './commands/clients.command';
import type { CommandContext } from './commands/command-context';
import { complaintsCommand } from './commands/complaints.command';
import { provisionCommand } from './commands/provision.command';
import { seedCommand } from './commands/seed.command';
import { serveCommand, type ServeIo } from './commands/serve.command';
import { syncCommand } from './commands/sync.command';
import { toCliError } from './error-exit';
import { CliError, EXIT, type ExitCode } from './exit-codes';
import { describeCommanderError, localiseHelp } from './localise-commander';

export interface CliIo extends ServeIo {
  readonly err: (line: string) => void;
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  untilStopped: waitForSignal,
  progressStream: process.stderr.isTTY ? process.stderr : undefined,
};

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export function buildProgram(argv: readonly string[], env: NodeJS.ProcessEnv, io: CliIo): Command {
  const locale = cliLocale(argv, env);
  const t = createTranslator(locale);
  const ctx: CommandContext = { t, locale, io, env };
  const program = localiseHelp(new Command('relaciones'), t, io)
    .description(t('cli:description'))
    .version(packageVersion(), '-V, --version', t('cli:option.version'))
    .addOption(new Option('--lang <locale>', t('cli:option.lang')))
    .helpCommand('help [command]', t('cli:helpCommand'));
  program.addCommand(localiseHelp(serveCommand(t, io), t, io));
  for (const command of [
    provisionCommand(ctx),
    seedCommand(ctx),
    clientsCommand(ctx),
    complaintsCommand(ctx),
    syncCommand(ctx),
  ]) {
    program.addCommand(localiseHelp(command, t, io));
    command.commands.forEach((sub) => localiseHelp(sub, t, io));
  }
  return program;
}

/** Runs the CLI and resolves with its exit code (never calls process.exit itself). */
export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  io: CliIo = processIo,
): Promise<ExitCode> {
  const locale = cliLocale(argv, env);
  const t = createTranslator(locale);
  try {
    await buildProgram(argv, env, io).parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (thrown) {
    const error = toCliError(thrown, locale);
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT.ok;
      // No command given: commander has already printed the help.
      if (error.code === 'commander.help') return EXIT.usage;
      io.err(describeCommanderError(error, t));
      io.err(t('cli:help.seeHelp', { command: '' }));
      return EXIT.usage;
    }
    if (error instanceof CliError) {
      if (error.message !== '') io.err(error.message);
      return error.exitCode;
    }
    io.err(t('cli:error.unexpected', { message: error instanceof Error ? error.message : String(error) }));
    return EXIT.failure;
  }
}
