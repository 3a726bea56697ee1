/**
 * Query options of the drive and workbook endpoints: `$select` (top-level properties; an unknown
 * one is a 400 as in Graph), `$top`, `$skip`, the opaque `$skiptoken` of children pages, and a
 * clear 400 for options the emulator does not implement on these endpoints (`$filter`,
 * `$orderby`, `$search`, `$count`), so that code relying on them fails locally rather than
 * silently receiving unfiltered data.
 */
import { GraphError } from '../http/graph-error';
import type { ChildCursor } from './drive-store';

const invalid = (message: string): GraphError => new GraphError(400, 'invalidRequest', message);

export function rejectUnsupportedOptions(query: URLSearchParams, allowed: readonly string[]): void {
  for (const option of ['$filter', '$orderby', '$search', '$count', '$expand', '$skip', '$top', '$skiptoken']) {
    if (allowed.includes(option)) continue;
    if (query.has(option) || query.has(option.slice(1))) {
      throw invalid(`The query option '${option}' is not supported on this resource by the emulator.`);
    }
  }
}

/** `$select=a,b` → ['a', 'b'] (undefined when absent); a property not in `known` is a 400. */
export function parseSelect(
  query: URLSearchParams,
  known: ReadonlySet<string>,
  typeName: string,
): string[] | undefined {
  const raw = query.get('$select');
  if (raw === null) return undefined;
  const names = raw.split(',').map((name) => name.trim());
  for (const name of names) {
    if (name === '') throw invalid(`Invalid $select clause: an item is empty in '${raw.slice(0, 200)}'.`);
    if (!known.has(name)) {
      throw new GraphError(
        400,
        'BadRequest',
        `Could not find a property named '${name.slice(0, 100)}' on type 'microsoft.graph.${typeName}'.`,
      );
    }
  }
  return [...new Set(names)];
}

/** Keeps the selected properties and OData annotations (`@odata.*`) of a JSON object. */
export function applySelect(
  value: Record<string, unknown>,
  select: readonly string[] | undefined,
): Record<string, unknown> {
  if (select === undefined) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key.startsWith('@odata.') || select.includes(key)));
}

/** A non-negative integer option between `min` and `max`, or `fallback` when absent. */
export function integerOption(
  query: URLSearchParams,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  if (!/^\d{1,9}$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
    throw invalid(`Invalid value '${raw.slice(0, 50)}' for ${name}: expected an integer from ${min} to ${max}.`);
  }
  return Number(raw);
}

export function encodeSkipToken(cursor: ChildCursor): string {
  return Buffer.from(`Paged=TRUE&p_FileLeafRef=${encodeURIComponent(cursor.key)}&p_ID=${cursor.id}`, 'utf8').toString(
    'base64url',
  );
}

export function decodeSkipToken(token: string): ChildCursor {
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const match = /^Paged=TRUE&p_FileLeafRef=([^&]*)&p_ID=(01[A-Z2-7]{32})$/.exec(text);
  if (match === null) throw invalid('The $skiptoken is not valid.');
  try {
    return { key: decodeURIComponent(match[1] ?? ''), id: match[2] ?? '' };
  } catch {
    throw invalid('The $skiptoken is not valid.');
  }
}
