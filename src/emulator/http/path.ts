/** Request paths: percent-decoding with the checks that keep ids from escaping their segment. */
import { GraphError } from './graph-error';

/** Splits, percent-decodes and checks the path; `..`, `.` and encoded slashes are refused. */
export function decodePath(rawPath: string): string {
  const segments = rawPath.split('/').map((segment) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      throw new GraphError(400, 'BadRequest', 'The request URI is not valid: bad percent-encoding.');
    }
    if (
      decoded === '..' ||
      decoded === '.' ||
      decoded.includes('/') ||
      decoded.includes('\\') ||
      decoded.includes('\0')
    ) {
      throw new GraphError(
        400,
        'BadRequest',
        'The request URI is not valid: path segments may not be relative or contain separators.',
      );
    }
    return decoded;
  });
  return segments.join('/');
}

/**
 * True when a raw request path has a `.` or `..` segment, literal or percent-encoded. WHATWG URL
 * parsing silently resolves those, so they are refused on the raw text before any parsing.
 */
export function hasDotSegment(rawPath: string): boolean {
  return /(^|\/)(\.|%2e){1,2}(\/|$)/i.test(rawPath);
}
