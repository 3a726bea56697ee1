/**
 * Request bodies: JSON parsing with Graph's own error text, and strict validation of payloads
 * with zod so that an unknown property or a wrong type is a Graph-shaped 400 and changes nothing.
 */
import type { z } from 'zod';
import type { EmuRequest } from './exchange';
import { GraphError } from './graph-error';

const UNREADABLE_JSON =
  'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.';

/**
 * The parsed JSON body, or `undefined` when the request has none. A body must say
 * `Content-Type: application/json`, as Graph requires; this also means a web page elsewhere cannot
 * post to the emulator with a plain form (that needs a CORS preflight the emulator never grants).
 */
export function jsonBody(req: EmuRequest): unknown {
  if (req.rawBody.length === 0) return undefined;
  const type = req.headers['content-type'];
  if (type === undefined) throw new GraphError(400, 'BadRequest', UNREADABLE_JSON);
  if (!/^application\/json\b/i.test(type)) {
    throw new GraphError(
      415,
      'BadRequest',
      `Content type '${type.slice(0, 80)}' is not supported; use application/json.`,
    );
  }
  try {
    return JSON.parse(req.rawBody.toString('utf8')) as unknown;
  } catch {
    throw new GraphError(400, 'BadRequest', UNREADABLE_JSON);
  }
}

function describeIssue(issue: z.core.$ZodIssue, typeName: string): string {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const owner = path === '' ? typeName : `${typeName}.${path}`;
    return `Property '${key.slice(0, 100)}' does not exist on type 'microsoft.graph.${owner}'. Make sure to only use property names that are defined by the type.`;
  }
  if (path === '') return `Invalid request body for 'microsoft.graph.${typeName}': ${issue.message}.`;
  return `Invalid value for property '${path}' of type 'microsoft.graph.${typeName}': ${issue.message}.`;
}

/** Parses the body with a strict schema; any issue is a 400 naming the first offending property. */
export function parseBody<S extends z.ZodType>(schema: S, req: EmuRequest, typeName: string): z.output<S> {
  const body = jsonBody(req);
  if (body === undefined) throw new GraphError(400, 'BadRequest', 'Empty Payload. JSON content expected.');
  return parseValue(schema, body, typeName);
}

export function parseValue<S extends z.ZodType>(schema: S, value: unknown, typeName: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new GraphError(
    400,
    'BadRequest',
    issue === undefined ? 'Invalid request body.' : describeIssue(issue, typeName),
  );
}
