/**
 * Exit codes of `relaciones`, stable for scripts: 0 success, 1 unexpected failure, 2 usage
 * (bad flags or arguments), 3 validation (bad input data), 4 conflict (someone else changed the
 * record), 5 authentication or permission, 6 network or connection (including a port in use).
 */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  validation: 3,
  conflict: 4,
  auth: 5,
  network: 6,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the CLI reports with a localised message and a specific exit code. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
