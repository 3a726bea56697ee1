/**
 * Commander writes its help headings, defaults and parse errors in English. This puts them in
 * the reader's language: titles and "(default: …)" through `configureHelp`, and parse errors
 * through one function that turns a CommanderError into a localised line.
 */
import type { Command, CommanderError, Option } from 'commander';
import type { Translate } from '../../i18n';

const TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'cli:help.usage',
  'Options:': 'cli:help.options',
  'Commands:': 'cli:help.commands',
  'Arguments:': 'cli:help.arguments',
};

/** Applies localised help to a command and, through `copyInheritedSettings`, to those added after. */
export function localiseHelp(
  command: Command,
  t: Translate,
  write: { out: (s: string) => void; err: (s: string) => void },
): Command {
  return command
    .helpOption('-h, --help', t('cli:option.help'))
    .configureHelp({
      styleTitle: (title: string) => {
        const key = TITLES[title];
        return key === undefined ? title : t(key);
      },
      optionDescription: (option: Option) => {
        const shown =
          option.defaultValueDescription ??
          (option.defaultValue === undefined ? undefined : JSON.stringify(option.defaultValue));
        return shown === undefined || option.negate
          ? option.description
          : `${option.description} (${t('cli:help.default')}: ${shown})`;
      },
    })
    .exitOverride()
    .configureOutput({
      writeOut: (s) => write.out(s.trimEnd()),
      writeErr: (s) => write.err(s.trimEnd()),
      // Parse errors are reported by `describeCommanderError`, in the reader's language.
      outputError: () => undefined,
    });
}

const quoted = (message: string): string => /'([^']*)'/.exec(message)?.[1] ?? '';

export function describeCommanderError(error: CommanderError, t: Translate): string {
  switch (error.code) {
    case 'commander.unknownOption':
      return t('cli:error.unknownOption', { value: quoted(error.message) });
    case 'commander.unknownCommand':
      return t('cli:error.unknownCommand', { value: quoted(error.message) });
    case 'commander.missingArgument':
      return t('cli:error.missingArgument', { value: quoted(error.message) });
    case 'commander.optionMissingArgument':
    case 'commander.missingMandatoryOptionValue':
      return t('cli:error.optionMissingArgument', { value: quoted(error.message) });
    case 'commander.excessArguments':
      return t('cli:error.excessArguments');
    case 'commander.invalidArgument':
      // Our argument parsers throw InvalidArgumentError with an already localised message.
      return t('cli:error.invalidArgument', { message: error.message.replace(/^.*? is invalid\.\s*/, '') });
    default:
      return t('cli:error.usage', { message: error.message.replace(/^error:\s*/, '') });
  }
}
