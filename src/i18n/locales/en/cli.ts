/** Texts of the `relaciones` command line (English). */
import type { Catalog } from '../../catalog';
import type { cli as esCli } from '../es-MX/cli';

export const cli: Catalog<typeof esCli> = {
  description: 'Relaciones con el Negocio: local Microsoft 365, provisioning and data from the terminal.',
  option: {
    lang: 'language of the messages: es-MX (default) or en',
    version: 'show the version',
    help: 'show help for a command',
  },
  help: {
    usage: 'Usage:',
    options: 'Options:',
    commands: 'Commands:',
    arguments: 'Arguments:',
    default: 'default',
    seeHelp: 'See `relaciones {{command}}--help`.',
  },
  helpCommand: 'show help for a command',
  serve: {
    description: 'Starts the local Microsoft 365 (emulated Graph v1.0, data in SQLite) and serves the built add-in.',
    port: 'HTTPS port on the loopback interface',
    dataOption: 'data folder (SQLite database, keys, certificate)',
    host: 'loopback address to listen on (127.0.0.1, ::1 or localhost)',
    static: 'folder of the built add-in',
    ready: 'Local Microsoft 365 ready.',
    graph: 'Graph v1.0',
    token: 'Tokens (POST)',
    taskpane: 'Task pane',
    manifest: 'Manifests',
    certificate: 'Certificate',
    trustNode: 'To make Node trust it: NODE_EXTRA_CA_CERTS={{file}}',
    data: 'Data',
    users: 'Demo users',
    notBuilt: 'The add-in is not built ({{dir}} is missing): run `npm run build` to serve the task pane.',
    stop: 'Press Ctrl-C to stop.',
    stopping: 'Stopping the local Microsoft 365…',
    stopped: 'Stopped. The data stays in {{dir}}.',
  },
  error: {
    portInUse: 'Port {{port}} is already in use. Pass another number with --port or stop the other process.',
    badPort: 'Invalid port: “{{value}}”. Use a number between 0 and 65535.',
    badHost:
      'Address not allowed: “{{value}}”. The local Microsoft 365 listens on the loopback interface only (127.0.0.1, ::1 or localhost).',
    unknownOption: 'Unknown option: {{value}}.',
    unknownCommand: 'Unknown command: {{value}}.',
    missingArgument: 'Missing argument {{value}}.',
    optionMissingArgument: 'Option {{value}} needs a value.',
    excessArguments: 'Too many arguments.',
    invalidArgument: '{{message}}',
    usage: 'Wrong usage: {{message}}',
    unexpected: 'Unexpected error: {{message}}',
  },
};
