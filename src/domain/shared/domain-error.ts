/**
 * Typed errors of the domain. Every error carries a stable code (`COMPLAINT.ILLEGAL_TRANSITION`)
 * and the parameters its message needs; src/i18n turns the code into Spanish or English text.
 */

/** Parameters a message may interpolate. Values are plain data so they survive serialisation. */
export type ErrorParams = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** A problem with one field of an input, as reported by validation. */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

export class DomainError extends Error {
  readonly code: string;
  readonly params: ErrorParams;
  readonly issues: readonly FieldIssue[];

  constructor(
    code: string,
    params: ErrorParams = {},
    options: { cause?: unknown; issues?: readonly FieldIssue[] } = {},
  ) {
    super(`${code}${Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : ''}`, { cause: options.cause });
    this.name = 'DomainError';
    this.code = code;
    this.params = params;
    this.issues = options.issues ?? [];
  }
}

/** True when `error` is a DomainError, optionally with the given code. */
export function isDomainError(error: unknown, code?: string): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}
