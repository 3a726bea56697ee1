/**
 * `$select` on a single resource's JSON, as Graph applies it to users and sites: only the named
 * properties come back (plus `id` and `@odata.*` annotations); a name the type does not have is
 * 400, so a client cannot rely on a property it never asked for.
 */
import { parseSelect } from '../odata/query-options';
import type { EmuRequest } from './exchange';
import { GraphError } from './graph-error';

export function selectProperties<T extends Record<string, unknown>>(
  entity: T,
  req: EmuRequest,
  typeName: string,
): Record<string, unknown> {
  const text = req.query.get('$select') ?? req.query.get('select');
  if (text === null) return entity;
  const names = parseSelect(text);
  if (names.includes('*')) return entity;
  const known = new Map(Object.keys(entity).map((key) => [key.toLowerCase(), key]));
  const picked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) {
    if (key.startsWith('@odata.') || key === 'id') picked[key] = value;
  }
  for (const name of names) {
    const key = known.get(name.toLowerCase());
    if (key === undefined) {
      throw new GraphError(
        400,
        'BadRequest',
        `Could not find a property named '${name}' on type 'microsoft.graph.${typeName}'.`,
      );
    }
    picked[key] = entity[key];
  }
  return picked;
}
