/**
 * The one error the OData query-option parsers throw. `code` mirrors Graph's `invalidRequest`
 * (HTTP 400); the message is English and Graph-like, and never echoes more than ~200 characters of input.
 */
export class ODataQueryError extends Error {
  constructor(
    public readonly code: 'invalidRequest',
    message: string,
  ) {
    super(message);
    this.name = 'ODataQueryError';
  }
}

/** Longest input excerpt an error message may quote. */
const MAX_ECHO = 200;

/** `text` cut to a length safe to quote in an error message. */
export function clip(text: string, max = MAX_ECHO): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Shorthand for `new ODataQueryError('invalidRequest', message)`. */
export function invalidRequest(message: string): ODataQueryError {
  return new ODataQueryError('invalidRequest', message);
}
