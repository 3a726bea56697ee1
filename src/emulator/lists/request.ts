/**
 * Query-option plumbing shared by the list routes: `$`-optional option names (Graph accepts
 * `expand=fields` as well as `$expand=fields`), refusal of options an endpoint does not support,
 * OData parse errors as Graph 400s, `$select` against a resource's properties, absolute
 * `@odata.nextLink`s, and a generic JSON property resolver for `$filter` on lists and columns.
 */
import type { EmuRequest } from '../http/exchange';
import { GraphError, badRequest } from '../http/graph-error';
import { ODataQueryError } from '../odata/odata-error';
import { evaluateFilter, parseFilter } from '../odata/filter';
import { parseExpand, parseSelect, parseTop, type ExpandClause } from '../odata/query-options';

const ODATA_OPTIONS = [
  'filter',
  'select',
  'expand',
  'orderby',
  'top',
  'skip',
  'skiptoken',
  'search',
  'count',
  'format',
];

/** The value of `$name` or, failing that, `name`; given more than once is a 400 (as OData). */
export function option(req: EmuRequest, name: string): string | undefined {
  const values = [...req.query.getAll(`$${name}`), ...req.query.getAll(name)];
  if (values.length > 1)
    throw badRequest(`Query option '$${name}' was specified more than once, but it must be specified at most once.`);
  return values[0];
}

/** 400 for any OData system query option the endpoint does not implement. */
export function allowOptions(req: EmuRequest, allowed: readonly string[]): void {
  for (const key of req.query.keys()) {
    const name = key.replace(/^\$/, '').toLowerCase();
    if (!key.startsWith('$') && !ODATA_OPTIONS.includes(name)) continue;
    if (!allowed.includes(name)) {
      throw badRequest(`The query option '$${name.slice(0, 40)}' is not supported on this resource.`, 'notSupported');
    }
  }
}

/** Runs `work`, turning the OData module's parse errors into Graph's 400 invalidRequest. */
export function odata<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ODataQueryError) throw new GraphError(400, error.code, error.message);
    throw error;
  }
}

/** `$select` names checked against the resource's properties; undefined when absent or `*`. */
export function selectOption(req: EmuRequest, properties: ReadonlySet<string>, type: string): Set<string> | undefined {
  const text = option(req, 'select');
  if (text === undefined) return undefined;
  const names = odata(() => parseSelect(text));
  if (names.includes('*')) return undefined;
  for (const name of names) {
    if (!properties.has(name)) {
      throw badRequest(`Could not find a property named '${name.slice(0, 100)}' on type 'microsoft.graph.${type}'.`);
    }
  }
  return new Set(names);
}

/** `$expand` clauses; any navigation property other than `allowed` is a 400. */
export function expandOption(req: EmuRequest, allowed: readonly string[], type: string): ExpandClause[] {
  const text = option(req, 'expand');
  if (text === undefined) return [];
  const clauses = odata(() => parseExpand(text));
  for (const clause of clauses) {
    if (!allowed.includes(clause.property)) {
      throw badRequest(
        `Parsing OData Select and Expand failed: Could not find a navigation property named '${clause.property}' on type 'microsoft.graph.${type}' that the emulator can expand.`,
      );
    }
  }
  return clauses;
}

export function topOption(req: EmuRequest, max: number): number | undefined {
  const text = option(req, 'top');
  return text === undefined ? undefined : odata(() => parseTop(text, max));
}

function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%2C/gi, ',').replace(/%3A/gi, ':'))
    .join('/');
}

/** An absolute link to the same path with some query options replaced (undefined removes). */
export function linkWith(req: EmuRequest, replace: Readonly<Record<string, string | undefined>>): string {
  const pairs: [string, string][] = [];
  const replaced = new Set(Object.keys(replace).map((key) => key.replace(/^\$/, '').toLowerCase()));
  for (const [key, value] of req.query) {
    if (replaced.has(key.replace(/^\$/, '').toLowerCase())) continue;
    pairs.push([key, value]);
  }
  for (const [key, value] of Object.entries(replace)) if (value !== undefined) pairs.push([key, value]);
  const query = pairs
    .map(([key, value]) => `${encodeURIComponent(key).replace(/^%24/, '$')}=${encodeURIComponent(value)}`)
    .join('&');
  return `${req.origin}${encodePath(req.path)}${query === '' ? '' : `?${query}`}`;
}

/** Keeps `@odata.etag` and the selected properties of a resource. */
export function pick(
  resource: Readonly<Record<string, unknown>>,
  select: ReadonlySet<string> | undefined,
): Record<string, unknown> {
  if (select === undefined) return { ...resource };
  const out: Record<string, unknown> = {};
  if ('@odata.etag' in resource) out['@odata.etag'] = resource['@odata.etag'];
  for (const name of select) if (name in resource) out[name] = resource[name];
  return out;
}

/** `$filter` over plain JSON resources (lists, columns): paths read nested properties. */
export function filterJson<T extends Readonly<Record<string, unknown>>>(req: EmuRequest, resources: T[]): T[] {
  const text = option(req, 'filter');
  if (text === undefined) return resources;
  const node = odata(() => parseFilter(text));
  return resources.filter((resource) =>
    evaluateFilter(node, (path) =>
      path.reduce<unknown>(
        (value, segment) =>
          typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[segment] : undefined,
        resource,
      ),
    ),
  );
}
