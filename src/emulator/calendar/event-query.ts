/**
 * Query options and preferences of the event collections (`/events`, `/calendarView`, `/instances`):
 * `$select`, `$filter`, `$orderby`, `$top`, `$skip`, `$count`, `$expand=singleValueExtendedProperties`,
 * `Prefer: outlook.timezone` and `Prefer: odata.maxpagesize`, and paging with an absolute
 * `@odata.nextLink` that repeats the request's query with the next `$skip`.
 */
import type { EmuRequest } from '../http/exchange';
import { GraphError } from '../http/graph-error';
import { compareValues, evaluateFilter, filterProperties, parseFilter, type FilterNode } from '../odata/filter';
import { ODataQueryError } from '../odata/odata-error';
import { parseOrderBy, parseSelect, parseTop, type OrderByClause } from '../odata/query-options';
import { renderEvent, requireTimeZone, type EventView, type ExtendedProperty } from './event-model';
import { UTC_ZONE, type ResolvedTimeZone } from './time-zones';

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 1000;

/** The properties of microsoft.graph.event that `$select` and `$filter` may name. */
export const EVENT_PROPERTIES = [
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'categories',
  'transactionId',
  'originalStartTimeZone',
  'originalEndTimeZone',
  'originalStart',
  'iCalUId',
  'reminderMinutesBeforeStart',
  'isReminderOn',
  'hasAttachments',
  'subject',
  'bodyPreview',
  'importance',
  'sensitivity',
  'isAllDay',
  'isCancelled',
  'isOrganizer',
  'responseRequested',
  'seriesMasterId',
  'showAs',
  'type',
  'webLink',
  'onlineMeetingUrl',
  'isOnlineMeeting',
  'onlineMeetingProvider',
  'allowNewTimeProposals',
  'isDraft',
  'hideAttendees',
  'responseStatus',
  'body',
  'start',
  'end',
  'location',
  'locations',
  'recurrence',
  'attendees',
  'organizer',
  'onlineMeeting',
  'singleValueExtendedProperties',
] as const;

const PROPERTY_BY_LOWER = new Map<string, string>(EVENT_PROPERTIES.map((name) => [name.toLowerCase(), name]));
const SUPPORTED_OPTIONS = new Set(['$select', '$filter', '$orderby', '$top', '$skip', '$count', '$expand']);

const unknownProperty = (name: string): GraphError =>
  new GraphError(
    400,
    'RequestBroker--ParseUri',
    `Could not find a property named '${name.slice(0, 100)}' on type 'microsoft.graph.event'.`,
  );

function badQuery(error: unknown): never {
  if (error instanceof ODataQueryError) throw new GraphError(400, 'BadRequest', error.message);
  throw error;
}

export interface Preferences {
  /** `outlook.timezone`, resolved; undefined when the request has none. */
  readonly timeZone?: ResolvedTimeZone;
  readonly maxPageSize?: number;
  /** The `Preference-Applied` header value, when any preference was honoured. */
  readonly applied?: string;
}

/** Splits a Prefer header into lower-cased names and unquoted values. */
export function parsePrefer(header: string | undefined): Map<string, string> {
  const prefs = new Map<string, string>();
  if (header === undefined) return prefs;
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    if ((ch === ',' || ch === ';') && !quoted) {
      parts.push(current);
      current = ch === ';' ? '\u0000' : '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  for (const part of parts) {
    if (part.startsWith('\u0000')) continue; // a parameter of the preference before it
    const m = /^\s*([^=\s]+)\s*(?:=\s*(.*?))?\s*$/.exec(part);
    const name = m?.[1]?.toLowerCase();
    if (name === undefined || prefs.has(name)) continue;
    const raw = m?.[2] ?? '';
    prefs.set(name, raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2 ? raw.slice(1, -1) : raw);
  }
  return prefs;
}

/** The preferences of a request; an unsupported `outlook.timezone` is a 400, as for an event's own time zone. */
export function preferencesOf(req: EmuRequest, pageable: boolean): Preferences {
  const prefs = parsePrefer(req.headers.prefer);
  const applied: string[] = [];
  const zoneName = prefs.get('outlook.timezone');
  let timeZone: ResolvedTimeZone | undefined;
  if (zoneName !== undefined) {
    timeZone = requireTimeZone(zoneName);
    applied.push(`outlook.timezone="${zoneName}"`);
  }
  let maxPageSize: number | undefined;
  const pageSize = prefs.get('odata.maxpagesize');
  if (pageable && pageSize !== undefined && /^\d+$/.test(pageSize) && Number(pageSize) >= 1) {
    maxPageSize = Math.min(Number(pageSize), MAX_PAGE_SIZE);
    applied.push(`odata.maxpagesize=${maxPageSize}`);
  }
  return { timeZone, maxPageSize, applied: applied.length > 0 ? applied.join(', ') : undefined };
}

export function preferenceHeaders(prefs: Preferences): Record<string, string> {
  return prefs.applied === undefined ? {} : { 'Preference-Applied': prefs.applied };
}

export interface ListOptions {
  readonly select?: string[];
  readonly filter?: FilterNode;
  readonly orderBy?: OrderByClause[];
  readonly top: number;
  readonly skip: number;
  readonly count: boolean;
  readonly expandExtended?: (property: ExtendedProperty) => boolean;
}

function queryOption(req: EmuRequest, name: string): string | undefined {
  for (const [key, value] of req.query) if (key.toLowerCase() === name) return value;
  return undefined;
}

function checkPath(path: readonly string[]): void {
  const head = path[0] ?? '';
  if (!PROPERTY_BY_LOWER.has(head.toLowerCase())) throw unknownProperty(head);
}

const EXPAND_EXTENDED = /^singleValueExtendedProperties(?:\(\s*\$filter\s*=\s*id\s+eq\s+'((?:[^']|'')*)'\s*\))?$/i;

/** The list options of a request, validated (400 for anything Graph would refuse). */
export function listOptionsOf(req: EmuRequest, prefs: Preferences): ListOptions {
  for (const key of req.query.keys()) {
    if (key.startsWith('$') && !SUPPORTED_OPTIONS.has(key.toLowerCase())) {
      throw new GraphError(400, 'BadRequest', `The query parameter '${key.slice(0, 40)}' is not supported.`);
    }
  }
  try {
    const selectText = queryOption(req, '$select');
    const select = selectText === undefined ? undefined : parseSelect(selectText);
    select?.forEach((name) => name === '*' || checkPath([name]));
    const filterText = queryOption(req, '$filter');
    const filter = filterText === undefined ? undefined : parseFilter(filterText);
    if (filter !== undefined) filterProperties(filter).forEach(checkPath);
    const orderText = queryOption(req, '$orderby');
    const orderBy = orderText === undefined ? undefined : parseOrderBy(orderText);
    orderBy?.forEach((clause) => checkPath(clause.path));
    const topText = queryOption(req, '$top');
    const top = topText === undefined ? (prefs.maxPageSize ?? DEFAULT_PAGE_SIZE) : parseTop(topText, MAX_PAGE_SIZE);
    const skipText = queryOption(req, '$skip') ?? '0';
    if (!/^\d{1,9}$/.test(skipText.trim())) {
      throw new GraphError(400, 'BadRequest', `Invalid value for $skip: '${skipText.slice(0, 40)}'.`);
    }
    const countText = (queryOption(req, '$count') ?? 'false').toLowerCase();
    if (countText !== 'true' && countText !== 'false') {
      throw new GraphError(400, 'BadRequest', `Invalid value for $count: '${countText.slice(0, 40)}'.`);
    }
    const expandText = queryOption(req, '$expand');
    let expandExtended: ((property: ExtendedProperty) => boolean) | undefined;
    if (expandText !== undefined) {
      const m = EXPAND_EXTENDED.exec(expandText.trim());
      if (m === null) {
        throw new GraphError(
          400,
          'BadRequest',
          `The $expand value '${expandText.slice(0, 100)}' is not supported for events; use singleValueExtendedProperties($filter=id eq '…').`,
        );
      }
      const id = m[1]?.replace(/''/g, "'").toLowerCase();
      expandExtended = id === undefined ? () => true : (property) => property.id.toLowerCase() === id;
    }
    return { select, filter, orderBy, top, skip: Number(skipText.trim()), count: countText === 'true', expandExtended };
  } catch (error) {
    return badQuery(error);
  }
}

function readPath(json: Record<string, unknown>, path: readonly string[]): unknown {
  let current: unknown = json;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    const record = current as Record<string, unknown>;
    const key = Object.keys(record).find((k) => k.toLowerCase() === segment.toLowerCase());
    current = key === undefined ? undefined : record[key];
  }
  return current;
}

/** Applies `$filter` and `$orderby` (evaluated on the UTC rendering, as Graph compares times in UTC). */
export function filterAndSort(views: EventView[], options: ListOptions): EventView[] {
  if (options.filter === undefined && options.orderBy === undefined) return views;
  const rows = views.map((view) => ({ view, json: renderEvent(view, { kind: 'zone', zone: UTC_ZONE }, () => true) }));
  const { filter, orderBy } = options;
  const kept =
    filter === undefined ? rows : rows.filter((row) => evaluateFilter(filter, (path) => readPath(row.json, path)));
  if (orderBy !== undefined) {
    kept.sort((a, b) => {
      for (const clause of orderBy) {
        const order = compareValues(readPath(a.json, clause.path) ?? null, readPath(b.json, clause.path) ?? null);
        if (order !== 0) return clause.direction === 'asc' ? order : -order;
      }
      return 0;
    });
  }
  return kept.map((row) => row.view);
}

/** Keeps `id`, `@odata.etag` and the selected properties. */
export function project(json: Record<string, unknown>, select: string[] | undefined): Record<string, unknown> {
  if (select === undefined || select.includes('*')) return json;
  const wanted = new Set(['@odata.etag', 'id', ...select.map((s) => PROPERTY_BY_LOWER.get(s.toLowerCase()) ?? s)]);
  if (json.singleValueExtendedProperties !== undefined) wanted.add('singleValueExtendedProperties');
  return Object.fromEntries(Object.entries(json).filter(([key]) => wanted.has(key)));
}

function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%40/g, '@'))
    .join('/');
}

/** The next page's absolute link: the same path and query with `$skip` advanced. */
export function nextLink(req: EmuRequest, nextSkip: number): string {
  const parts: string[] = [];
  let hasSkip = false;
  for (const [key, value] of req.query) {
    const isSkip = key.toLowerCase() === '$skip';
    hasSkip ||= isSkip;
    const encodedKey = encodeURIComponent(key).replace(/^%24/, '$');
    parts.push(`${encodedKey}=${isSkip ? nextSkip : encodeURIComponent(value)}`);
  }
  if (!hasSkip) parts.push(`$skip=${nextSkip}`);
  return `${req.origin}${encodePath(req.path)}?${parts.join('&')}`;
}

/** One page of a collection response. */
export function collectionBody(
  req: EmuRequest,
  context: string,
  views: EventView[],
  options: ListOptions,
  prefs: Preferences,
): Record<string, unknown> {
  const page = views.slice(options.skip, options.skip + options.top);
  const zone = prefs.timeZone ?? UTC_ZONE;
  const body: Record<string, unknown> = { '@odata.context': context };
  if (options.count) body['@odata.count'] = views.length;
  body.value = page.map((view) =>
    project(renderEvent(view, { kind: 'zone', zone }, options.expandExtended), options.select),
  );
  if (options.skip + options.top < views.length) body['@odata.nextLink'] = nextLink(req, options.skip + options.top);
  return body;
}
