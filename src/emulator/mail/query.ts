/**
 * Query options of the message routes: `$filter`, `$orderby`, `$select`, `$top` (default 10,
 * 1–1000), `$skip`, `$count` and `$expand=singleValueExtendedProperties($filter=id eq '…')`.
 *
 * Filters are checked against the message's properties before they run: unknown properties are
 * Graph's 400 `RequestBroker--ParseUri`; collections (recipients, categories, extended properties)
 * are usable only through `any`/`all`; a lambda over `singleValueExtendedProperties` must compare
 * `ep/id` with `eq`, and its id literal must be a valid extended property id — it is rewritten to a
 * match key so that equivalent spellings (GUID case, the case of an Internet header name) match.
 * With both `$filter` and `$orderby`, the sorted properties must come first in the filter, in the
 * same order (Graph's `InefficientFilter` rule for messages).
 */
import { GraphError } from '../http/graph-error';
import {
  compareValues,
  evaluateFilter,
  filterProperties,
  parseFilter,
  type FilterNode,
  type Operand,
} from '../odata/filter';
import { ODataQueryError } from '../odata/odata-error';
import {
  parseExpand as parseExpandClauses,
  parseOrderBy,
  parseSelect,
  parseTop,
  type OrderByClause,
} from '../odata/query-options';
import { propertyKey, requirePropertyId } from './headers';
import type { MessageRecord } from './model';
import { canonicalSelect, filterView, unknownProperty } from './render';

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 1000;
const MAX_SKIP = 1_000_000;

/** Runs an OData parser, turning its error into Graph's 400. */
export function odata<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ODataQueryError) throw new GraphError(400, 'BadRequest', error.message);
    throw error;
  }
}

const badFilter = (message: string): GraphError =>
  new GraphError(400, 'BadRequest', `Invalid filter clause: ${message}`);

// ---------------------------------------------------------------- property catalogue

const SCALARS = [
  'id',
  'subject',
  'bodyPreview',
  'importance',
  'isRead',
  'isDraft',
  'hasAttachments',
  'createdDateTime',
  'lastModifiedDateTime',
  'receivedDateTime',
  'sentDateTime',
  'conversationId',
  'internetMessageId',
  'parentFolderId',
  'inferenceClassification',
  'isDeliveryReceiptRequested',
  'isReadReceiptRequested',
  'changeKey',
];
/** Complex properties and the sub-paths a filter or sort may read. */
const COMPLEX: Readonly<Record<string, readonly (readonly string[])[]>> = {
  from: [
    ['emailAddress', 'address'],
    ['emailAddress', 'name'],
  ],
  sender: [
    ['emailAddress', 'address'],
    ['emailAddress', 'name'],
  ],
  flag: [['flagStatus']],
};
type CollectionKind = 'recipients' | 'strings' | 'extendedProperties';
const COLLECTIONS: Readonly<Record<string, CollectionKind>> = {
  toRecipients: 'recipients',
  ccRecipients: 'recipients',
  bccRecipients: 'recipients',
  replyTo: 'recipients',
  categories: 'strings',
  singleValueExtendedProperties: 'extendedProperties',
};

const canonical = new Map<string, string>(
  [...SCALARS, ...Object.keys(COMPLEX), ...Object.keys(COLLECTIONS)].map((name) => [name.toLowerCase(), name]),
);

function canonicalName(name: string): string {
  const found = canonical.get(name.toLowerCase());
  if (found === undefined) throw unknownProperty(name);
  return found;
}

/** A property path of a filter or sort outside any lambda, in canonical case; collections refused. */
function canonicalPath(path: readonly string[]): string[] {
  const [head = '', ...rest] = path;
  const name = canonicalName(head);
  if (COLLECTIONS[name] !== undefined) {
    throw badFilter(`'${name}' is a collection; use ${name}/any(x: …).`);
  }
  const allowed = COMPLEX[name];
  if (allowed === undefined) {
    if (rest.length > 0) throw unknownProperty(rest[0] ?? '');
    return [name];
  }
  const sub = allowed.find(
    (candidate) =>
      candidate.length === rest.length && candidate.every((part, i) => part.toLowerCase() === rest[i]?.toLowerCase()),
  );
  if (sub === undefined) throw unknownProperty(rest.join('/') || name);
  return [name, ...sub];
}

// ---------------------------------------------------------------- filter preparation

interface Bound {
  readonly variable: string;
  readonly kind: CollectionKind;
}

function prepareOperand(operand: Operand, scope: readonly Bound[]): Operand {
  if (operand.kind === 'literal') return operand;
  const [head = '', ...rest] = operand.path;
  const bound = scope.find((b) => b.variable === head);
  if (bound === undefined) return { kind: 'property', path: canonicalPath(operand.path) };
  const tail = rest.map((part) => part.toLowerCase()).join('/');
  const ok =
    (bound.kind === 'strings' && tail === '') ||
    (bound.kind === 'recipients' && (tail === 'emailaddress/address' || tail === 'emailaddress/name')) ||
    (bound.kind === 'extendedProperties' && (tail === 'id' || tail === 'value'));
  if (!ok) throw badFilter(`'${operand.path.join('/')}' is not a property of the lambda variable '${head}'.`);
  const canonicalTail =
    bound.kind === 'recipients' ? ['emailAddress', tail.split('/')[1] ?? ''] : tail === '' ? [] : [tail];
  return { kind: 'property', path: [head, ...canonicalTail] };
}

/** True when `operand` is `<variable>/id` of an extended-property lambda. */
function isPropertyIdPath(operand: Operand, scope: readonly Bound[]): boolean {
  if (operand.kind !== 'property' || operand.path.length !== 2 || operand.path[1] !== 'id') return false;
  return scope.some((b) => b.variable === operand.path[0] && b.kind === 'extendedProperties');
}

function rewritePropertyIdLiteral(operand: Operand): Operand {
  if (operand.kind !== 'literal' || typeof operand.value !== 'string') {
    throw badFilter('an extended property id must be compared with a string literal.');
  }
  return { kind: 'literal', type: 'string', value: propertyKey(requirePropertyId(operand.value)) };
}

/** Whether the predicate of an extended-property lambda pins the id with `eq` (on every `and` branch). */
function pinsPropertyId(node: FilterNode, variable: string): boolean {
  switch (node.kind) {
    case 'compare':
      return (
        node.op === 'eq' &&
        [node.left, node.right].some((o) => o.kind === 'property' && o.path[0] === variable && o.path[1] === 'id')
      );
    case 'and':
      return pinsPropertyId(node.left, variable) || pinsPropertyId(node.right, variable);
    case 'or':
      return pinsPropertyId(node.left, variable) && pinsPropertyId(node.right, variable);
    default:
      return false;
  }
}

function prepare(node: FilterNode, scope: readonly Bound[]): FilterNode {
  switch (node.kind) {
    case 'and':
    case 'or':
      return { kind: node.kind, left: prepare(node.left, scope), right: prepare(node.right, scope) };
    case 'not':
      return { kind: 'not', operand: prepare(node.operand, scope) };
    case 'bool':
      return { kind: 'bool', operand: prepareOperand(node.operand, scope) };
    case 'function':
      return {
        kind: 'function',
        name: node.name,
        args: [prepareOperand(node.args[0], scope), prepareOperand(node.args[1], scope)],
      };
    case 'compare': {
      let left = prepareOperand(node.left, scope);
      let right = prepareOperand(node.right, scope);
      if (isPropertyIdPath(left, scope)) right = rewritePropertyIdLiteral(right);
      else if (isPropertyIdPath(right, scope)) left = rewritePropertyIdLiteral(left);
      return { kind: 'compare', op: node.op, left, right };
    }
    case 'lambda': {
      const [head = '', ...rest] = node.collection;
      if (rest.length > 0 || scope.some((b) => b.variable === head)) {
        throw badFilter(`'${node.collection.join('/')}' is not a collection of the message.`);
      }
      const name = canonicalName(head);
      const kind = COLLECTIONS[name];
      if (kind === undefined) throw badFilter(`'${name}' is not a collection; any() and all() need one.`);
      const predicate =
        node.variable === '' ? node.predicate : prepare(node.predicate, [...scope, { variable: node.variable, kind }]);
      if (kind === 'extendedProperties' && (node.quantifier !== 'any' || !pinsPropertyId(predicate, node.variable))) {
        throw badFilter(
          "a filter on singleValueExtendedProperties must be any(ep: ep/id eq '{id}' and …) naming the property id.",
        );
      }
      return { ...node, collection: [name], predicate };
    }
  }
}

/** Parses and checks a `$filter` for messages. */
export function parseMessageFilter(text: string): FilterNode {
  return prepare(
    odata(() => parseFilter(text)),
    [],
  );
}

// ---------------------------------------------------------------- $orderby

const ORDERABLE = new Set([
  'createdDateTime',
  'lastModifiedDateTime',
  'receivedDateTime',
  'sentDateTime',
  'subject',
  'importance',
  'isRead',
  'isDraft',
  'hasAttachments',
  'conversationId',
  'inferenceClassification',
  'from/emailAddress/address',
  'from/emailAddress/name',
  'sender/emailAddress/address',
  'sender/emailAddress/name',
  'flag/flagStatus',
]);

export function parseMessageOrderBy(text: string): OrderByClause[] {
  return odata(() => parseOrderBy(text)).map((clause) => {
    const path = canonicalPath(clause.path);
    if (!ORDERABLE.has(path.join('/'))) {
      throw new GraphError(400, 'BadRequest', `The property '${path.join('/')}' cannot be used in $orderby.`);
    }
    return { path, direction: clause.direction };
  });
}

/** Graph's rule for messages: sorted properties appear first in the filter, in the same order. */
export function checkFilterAndOrder(filter: FilterNode, orderBy: readonly OrderByClause[]): void {
  const filtered = filterProperties(filter).map((path) => path.join('/'));
  const sorted = orderBy.map((clause) => clause.path.join('/'));
  if (sorted.some((path, index) => filtered[index] !== path)) {
    throw new GraphError(400, 'InefficientFilter', 'The restriction or sort order is too complex for this operation.');
  }
}

// ---------------------------------------------------------------- $expand

/** Navigation properties of a message that Graph expands and the emulator does not (501, not 400). */
const UNEMULATED_NAVIGATION: ReadonlySet<string> = new Set([
  'attachments',
  'extensions',
  'mentions',
  'multivalueextendedproperties',
]);

const EXPAND = /^\s*singleValueExtendedProperties\s*\(\s*\$filter\s*=([\s\S]*)\)\s*$/i;

/** `$expand=singleValueExtendedProperties($filter=id eq '…' [or id eq '…']…)` → the match keys. */
export function parseExpand(text: string): Set<string> {
  const m = EXPAND.exec(text);
  if (m === null) {
    // A message navigation property the emulator lacks is "not implemented"; anything else is bad input.
    const navigation = /^\s*([A-Za-z_]\w*)\s*(?:\([\s\S]*\))?\s*$/.exec(text)?.[1]?.toLowerCase();
    if (navigation !== undefined && UNEMULATED_NAVIGATION.has(navigation)) {
      throw new GraphError(
        501,
        'NotImplemented',
        "The emulator supports only $expand=singleValueExtendedProperties($filter=id eq '…').",
      );
    }
    throw new GraphError(
      400,
      'BadRequest',
      `Parsing OData Select and Expand failed: '${text.slice(0, 100)}' cannot be expanded on type 'microsoft.graph.message'; the emulator supports only singleValueExtendedProperties($filter=id eq '…').`,
    );
  }
  const keys = new Set<string>();
  const collect = (node: FilterNode): void => {
    if (node.kind === 'or') {
      collect(node.left);
      collect(node.right);
      return;
    }
    if (
      node.kind === 'compare' &&
      node.op === 'eq' &&
      node.left.kind === 'property' &&
      node.left.path.length === 1 &&
      node.left.path[0]?.toLowerCase() === 'id' &&
      node.right.kind === 'literal' &&
      typeof node.right.value === 'string'
    ) {
      keys.add(propertyKey(requirePropertyId(node.right.value)));
      return;
    }
    throw new GraphError(400, 'BadRequest', "Invalid $expand filter: use id eq '{property id}', joined with or.");
  };
  collect(odata(() => parseFilter(m[1] ?? '')));
  return keys;
}

// ---------------------------------------------------------------- the query

export interface ItemQuery {
  readonly select?: string[];
  readonly expandKeys?: Set<string>;
}

export interface ListQuery extends ItemQuery {
  readonly filter?: FilterNode;
  readonly orderBy: OrderByClause[];
  readonly top: number;
  readonly skip: number;
  readonly count: boolean;
}

const LIST_OPTIONS = new Set(['$filter', '$orderby', '$select', '$top', '$skip', '$count', '$expand']);
const ITEM_OPTIONS = new Set(['$select', '$expand']);

/** The single value of each `$` option; repeated or unsupported options are 400s (`$search` 501). */
function options(query: URLSearchParams, allowed: ReadonlySet<string>): Map<string, string> {
  const found = new Map<string, string>();
  for (const [rawName, value] of query.entries()) {
    if (!rawName.startsWith('$')) continue; // Graph ignores other parameters
    const name = rawName.toLowerCase();
    if (name === '$search') throw new GraphError(501, 'NotImplemented', 'The emulator does not support $search.');
    if (!allowed.has(name)) {
      throw new GraphError(400, 'BadRequest', `The query parameter '${rawName.slice(0, 40)}' is not supported.`);
    }
    if (found.has(name)) {
      throw new GraphError(400, 'BadRequest', `Query option '${rawName.slice(0, 40)}' was specified more than once.`);
    }
    found.set(name, value);
  }
  return found;
}

function itemOptions(found: ReadonlyMap<string, string>): ItemQuery {
  const select = found.get('$select');
  const expand = found.get('$expand');
  return {
    select: select === undefined ? undefined : canonicalSelect(odata(() => parseSelect(select))),
    expandKeys: expand === undefined ? undefined : parseExpand(expand),
  };
}

export function parseItemQuery(query: URLSearchParams): ItemQuery {
  return itemOptions(options(query, ITEM_OPTIONS));
}

export function parseListQuery(query: URLSearchParams): ListQuery {
  const found = options(query, LIST_OPTIONS);
  const filterText = found.get('$filter');
  const orderText = found.get('$orderby');
  const topText = found.get('$top');
  const skipText = found.get('$skip');
  const countText = found.get('$count');
  const filter = filterText === undefined ? undefined : parseMessageFilter(filterText);
  const orderBy = orderText === undefined ? [] : parseMessageOrderBy(orderText);
  if (filter !== undefined && orderBy.length > 0) checkFilterAndOrder(filter, orderBy);
  const skip = skipText === undefined ? 0 : /^\d{1,7}$/.test(skipText.trim()) ? Number(skipText.trim()) : NaN;
  if (!(skip >= 0 && skip <= MAX_SKIP)) {
    throw new GraphError(400, 'BadRequest', `Invalid value for $skip: '${(skipText ?? '').slice(0, 40)}'.`);
  }
  if (countText !== undefined && !/^(true|false)$/i.test(countText)) {
    throw new GraphError(400, 'BadRequest', `Invalid value for $count: '${countText.slice(0, 40)}'.`);
  }
  return {
    ...itemOptions(found),
    filter,
    orderBy,
    top: topText === undefined ? DEFAULT_PAGE_SIZE : odata(() => parseTop(topText, MAX_PAGE_SIZE)),
    skip,
    count: countText?.toLowerCase() === 'true',
  };
}

const readPath = (view: Record<string, unknown>, path: readonly string[]): unknown =>
  path.reduce<unknown>(
    (current, segment) =>
      typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[segment] : undefined,
    view,
  );

export interface Page {
  readonly items: MessageRecord[];
  readonly total: number;
  /** `$skip` of the next page, when there is one. */
  readonly nextSkip?: number;
}

/** Filters, sorts (default: receivedDateTime desc, newest first) and pages the messages. */
export function runListQuery(records: readonly MessageRecord[], query: ListQuery): Page {
  const { filter } = query;
  const views = records.map((record) => ({ record, view: filterView(record) }));
  const matching =
    filter === undefined ? views : views.filter(({ view }) => evaluateFilter(filter, (path) => readPath(view, path)));
  const clauses: OrderByClause[] =
    query.orderBy.length > 0 ? query.orderBy : [{ path: ['receivedDateTime'], direction: 'desc' }];
  const tieDirection = clauses[0]?.direction === 'asc' ? 1 : -1;
  const sorted = [...matching].sort((a, b) => {
    for (const clause of clauses) {
      const order = compareValues(readPath(a.view, clause.path), readPath(b.view, clause.path));
      if (order !== 0) return clause.direction === 'asc' ? order : -order;
    }
    return (a.record.seq - b.record.seq) * tieDirection;
  });
  const items = sorted.slice(query.skip, query.skip + query.top).map(({ record }) => record);
  const next = query.skip + query.top;
  return { items, total: sorted.length, nextSkip: next < sorted.length ? next : undefined };
}

/** The absolute `@odata.nextLink` for `$skip=nextSkip`, keeping every other query parameter. */
export function nextLink(origin: string, path: string, query: URLSearchParams, nextSkip: number): string {
  const parts: string[] = [];
  for (const [name, value] of query.entries()) {
    if (name.toLowerCase() === '$skip') continue;
    parts.push(`${name.startsWith('$') ? name : encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  }
  parts.push(`$skip=${nextSkip}`);
  const encodedPath = path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%24/g, '$'))
    .join('/');
  return `${origin}${encodedPath}?${parts.join('&')}`;
}

// ---------------------------------------------------------------- mail folders

/** Properties and navigation properties of a mailFolder (lower case), for checking query options. */
const FOLDER_PROPERTIES: ReadonlySet<string> = new Set([
  'id',
  'displayname',
  'parentfolderid',
  'childfoldercount',
  'unreaditemcount',
  'totalitemcount',
  'sizeinbytes',
  'ishidden',
]);
const FOLDER_NAVIGATION: ReadonlySet<string> = new Set([
  'childfolders',
  'messages',
  'messagerules',
  'singlevalueextendedproperties',
  'multivalueextendedproperties',
]);

const unknownFolderProperty = (name: string): GraphError =>
  new GraphError(
    400,
    'RequestBroker--ParseUri',
    `Could not find a property named '${name.slice(0, 100)}' on type 'microsoft.graph.mailFolder'.`,
  );

/**
 * The emulator implements no query option on mail folders, but bad input there is still Graph's
 * 400 (unknown, repeated or malformed options, unknown properties): only a well-formed option is
 * left for the caller to answer 501. Returns the first `$` option as given, if any.
 */
export function checkFolderQuery(query: URLSearchParams): string | undefined {
  const first = [...query.keys()].find((name) => name.startsWith('$'));
  if (first === undefined) return undefined;
  const found = options(query, LIST_OPTIONS);
  const property = (name: string): void => {
    if (!FOLDER_PROPERTIES.has(name.toLowerCase())) throw unknownFolderProperty(name);
  };
  const filter = found.get('$filter');
  if (filter !== undefined)
    odata(() => filterProperties(parseFilter(filter))).forEach((path) => property(path[0] ?? ''));
  const orderBy = found.get('$orderby');
  if (orderBy !== undefined) odata(() => parseOrderBy(orderBy)).forEach((clause) => property(clause.path[0] ?? ''));
  const select = found.get('$select');
  if (select !== undefined) odata(() => parseSelect(select)).forEach((name) => name === '*' || property(name));
  const expand = found.get('$expand');
  for (const clause of expand === undefined ? [] : odata(() => parseExpandClauses(expand))) {
    if (!FOLDER_NAVIGATION.has(clause.property.toLowerCase())) throw unknownFolderProperty(clause.property);
  }
  const top = found.get('$top');
  if (top !== undefined) odata(() => parseTop(top, MAX_PAGE_SIZE));
  const skip = found.get('$skip');
  if (skip !== undefined && !/^\d{1,7}$/.test(skip.trim())) {
    throw new GraphError(400, 'BadRequest', `Invalid value for $skip: '${skip.slice(0, 40)}'.`);
  }
  const count = found.get('$count');
  if (count !== undefined && !/^(true|false)$/i.test(count)) {
    throw new GraphError(400, 'BadRequest', `Invalid value for $count: '${count.slice(0, 40)}'.`);
  }
  return first;
}
