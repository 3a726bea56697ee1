/**
 * Turns anything a command throws into the localised message and the exit code scripts rely on
 * (exit-codes.ts): usage 2, validation 3, conflict 4, auth 5, network 6, anything else 1.
 */
import { DomainError } from '../../domain/shared/domain-error';
import { describeError, type Locale } from '../../i18n';
import { CliError, EXIT, type ExitCode } from './exit-codes';

export function exitCodeFor(code: string): ExitCode {
  if (code.startsWith('CONFIG.')) return EXIT.usage;
  if (code.startsWith('VALIDATION.') || code.startsWith('CLIENT_IMPORT.') || code === 'RECORD.UNINDEXED_FILTER') {
    return EXIT.validation;
  }
  if (code === 'RECORD.CONFLICT' || code === 'GRAPH.PRECONDITION_FAILED' || code === 'GRAPH.CONFLICT')
    return EXIT.conflict;
  if (code.startsWith('AUTH.') || code === 'GRAPH.UNAUTHORIZED' || code === 'GRAPH.FORBIDDEN') return EXIT.auth;
  if (['GRAPH.NETWORK', 'GRAPH.THROTTLED', 'GRAPH.UNAVAILABLE'].includes(code)) return EXIT.network;
  return EXIT.failure;
}

/** A DomainError as a CliError with its localised message and exit code; other errors unchanged. */
export function toCliError(error: unknown, locale: Locale): unknown {
  if (error instanceof DomainError) return new CliError(exitCodeFor(error.code), describeError(error, locale));
  return error;
}
