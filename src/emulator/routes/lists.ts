/**
 * SharePoint lists through Graph v1.0: `/sites/{site}/lists[/{list}]`, `…/columns[/{column}]`,
 * `…/items[/{id}[/fields]]` and `…/items/delta`, plus `POST /emulator/delta/expire`.
 *
 * Rights (scopes from the token AND the user's effective access on the site or list):
 * - reading lists, columns and items: Sites.Read.All (or higher) and `read`;
 * - creating, updating and deleting items: Sites.ReadWrite.All (or higher) and `contribute` on the list;
 * - creating, updating and deleting lists and columns: Sites.Manage.All (or FullControl) and `manage`.
 * `GET /lists` shows only the lists the caller can read. See `../lists/*` for the data rules,
 * `../lists/query-plan.ts` for indexing and the list view threshold, `../lists/delta.ts` for delta.
 */
import type { ColumnDefinition, List } from '@microsoft/microsoft-graph-types';
import { z } from 'zod';
import type { EmulatorContext, EmulatorModule } from '../context';
import { SCOPES } from '../auth/scopes';
import type { EmulatedUser } from '../auth/users';
import { jsonBody, parseBody, parseValue } from '../http/body';
import { json, noContent } from '../http/exchange';
import { GraphError, badRequest } from '../http/graph-error';
import type { RouteRequest, Router } from '../http/router';
import { columnJson, columnPatchSchema, type ColumnRecord } from '../lists/columns';
import {
  decodeDeltaToken,
  deltaPage,
  encodeDeltaToken,
  expireDeltaTokens,
  initialiseDelta,
  resyncRequired,
} from '../lists/delta';
import {
  ITEM_PROPERTIES,
  createItem,
  deleteItem,
  fieldsJson,
  hasDuplicateValues,
  itemJson,
  parseItemId,
  requireItem,
  selectedColumns,
  updateItem,
  userCache,
  type ItemScope,
  type ItemShape,
} from '../lists/items';
import {
  LIST_PROPERTIES,
  addColumn,
  createList,
  deleteList,
  findColumn,
  listJson,
  listPatchSchema,
  listsOfSite,
  loadColumns,
  patchColumn,
  requireList,
  updateList,
  type ListRecord,
} from '../lists/list-store';
import { checkThreshold, honoursNonIndexed, planQuery } from '../lists/query-plan';
import {
  DEFAULT_PAGE_SIZE,
  MAX_TOP,
  countMatching,
  decodeSkipToken,
  encodeSkipToken,
  listSnapshot,
  runQuery,
} from '../lists/query';
import {
  allowOptions,
  expandOption,
  filterJson,
  linkWith,
  odata,
  option,
  pick,
  selectOption,
  topOption,
} from '../lists/request';
import { LISTS_SCHEMA } from '../lists/schema';
import { parseSelect } from '../odata/query-options';
import { requireSite, type SiteRecord } from './sites';

const READ = { kind: 'scopes', anyOf: SCOPES.sitesRead } as const;
const WRITE = { kind: 'scopes', anyOf: SCOPES.sitesWrite } as const;
const MANAGE = { kind: 'scopes', anyOf: SCOPES.sitesManage } as const;

const LISTS = '/v1.0/sites/{site}/lists';
const LIST = `${LISTS}/{list}`;
const COLUMNS = `${LIST}/columns`;
const ITEMS = `${LIST}/items`;
const ITEM = `${ITEMS}/{item}`;

const COLUMN_PROPERTIES = new Set([
  'columnGroup',
  'description',
  'displayName',
  'enforceUniqueValues',
  'hidden',
  'id',
  'indexed',
  'name',
  'readOnly',
  'required',
  'text',
  'number',
  'dateTime',
  'choice',
  'boolean',
  'lookup',
  'personOrGroup',
]);

function caller(req: RouteRequest, ctx: EmulatorContext): EmulatedUser {
  const user = ctx.users.byId(req.principal.userId);
  if (user === undefined)
    throw new GraphError(401, 'InvalidAuthenticationToken', 'The user does not exist in the tenant.');
  return user;
}

interface ListTarget {
  readonly site: SiteRecord;
  readonly list: ListRecord;
  readonly user: EmulatedUser;
}

/** The site and list a route names, after checking the caller's right on the list. */
function target(req: RouteRequest, ctx: EmulatorContext, need: 'read' | 'contribute' | 'manage'): ListTarget {
  const site = requireSite(ctx, req.params.site ?? '');
  const user = caller(req, ctx);
  const list = requireList(ctx, site.id, req.params.list ?? '');
  ctx.permissions.require(req.principal, need, site.id, list.id);
  return { site, list, user };
}

const metadata = (req: RouteRequest, rest: string): string => `${req.origin}/v1.0/$metadata#${rest}`;
const listPath = (t: { site: SiteRecord; list: ListRecord }): string => `sites('${t.site.id}')/lists('${t.list.id}')`;

// ---------------------------------------------------------------- lists

function shapedList(
  req: RouteRequest,
  ctx: EmulatorContext,
  site: SiteRecord,
  list: ListRecord,
): List & Record<string, unknown> {
  const select = selectOption(req, LIST_PROPERTIES, 'list');
  const expand = expandOption(req, ['columns'], 'list');
  const out = pick(listJson(ctx, site, list, select?.has('sharepointIds') === true), select);
  const columnsClause = expand.find((clause) => clause.property === 'columns');
  if (columnsClause !== undefined) {
    const columnSelect =
      columnsClause.select === undefined || columnsClause.select.includes('*')
        ? undefined
        : new Set(columnsClause.select);
    for (const name of columnSelect ?? []) {
      if (!COLUMN_PROPERTIES.has(name)) {
        throw badRequest(`Could not find a property named '${name}' on type 'microsoft.graph.columnDefinition'.`);
      }
    }
    out.columns = loadColumns(ctx, list.id).map((column) => pick(columnJson(column), columnSelect));
  }
  return out;
}

function registerLists(router: Router): void {
  router.add('GET', LISTS, READ, (req, ctx) => {
    allowOptions(req, ['select', 'expand', 'filter', 'top']);
    const site = requireSite(ctx, req.params.site ?? '');
    const visible = listsOfSite(ctx, site.id).filter((list) =>
      ['read', 'contribute', 'manage'].includes(ctx.permissions.effective(req.principal, site.id, list.id)),
    );
    if (visible.length === 0) ctx.permissions.require(req.principal, 'read', site.id);
    const top = topOption(req, 5000);
    const pairs = visible.map((list) => ({ list, resource: listJson(ctx, site, list, true) }));
    const kept = new Set(
      filterJson(
        req,
        pairs.map((pair) => pair.resource),
      ),
    );
    const shaped = pairs.filter((pair) => kept.has(pair.resource)).map((pair) => shapedList(req, ctx, site, pair.list));
    return json(200, {
      '@odata.context': metadata(req, `sites('${site.id}')/lists`),
      value: top === undefined ? shaped : shaped.slice(0, top),
    });
  });

  router.add('POST', LISTS, MANAGE, (req, ctx) => {
    allowOptions(req, []);
    const site = requireSite(ctx, req.params.site ?? '');
    const user = caller(req, ctx);
    ctx.permissions.require(req.principal, 'manage', site.id);
    const body = jsonBody(req);
    if (body === undefined) throw new GraphError(400, 'BadRequest', 'Empty Payload. JSON content expected.');
    const list = createList(ctx, site, user, body);
    return json(201, {
      '@odata.context': metadata(req, `sites('${site.id}')/lists/$entity`),
      ...listJson(ctx, site, list),
    });
  });

  router.add('GET', LIST, READ, (req, ctx) => {
    allowOptions(req, ['select', 'expand']);
    const { site, list } = target(req, ctx, 'read');
    return json(200, {
      '@odata.context': metadata(req, `sites('${site.id}')/lists/$entity`),
      ...shapedList(req, ctx, site, list),
    });
  });

  router.add('PATCH', LIST, MANAGE, (req, ctx) => {
    allowOptions(req, []);
    const { site, list, user } = target(req, ctx, 'manage');
    const input = parseBody(listPatchSchema, req, 'list');
    const updated = updateList(ctx, list, user, input);
    return json(200, {
      '@odata.context': metadata(req, `sites('${site.id}')/lists/$entity`),
      ...listJson(ctx, site, updated),
    });
  });

  router.add('DELETE', LIST, MANAGE, (req, ctx) => {
    allowOptions(req, []);
    const { list } = target(req, ctx, 'manage');
    deleteList(ctx, list);
    return noContent();
  });
}

// ---------------------------------------------------------------- columns

function requireColumn(columns: readonly ColumnRecord[], key: string): ColumnRecord {
  const column = findColumn(columns, key);
  if (column === undefined) throw new GraphError(404, 'itemNotFound', 'Column not found');
  return column;
}

function registerColumns(router: Router): void {
  router.add('GET', COLUMNS, READ, (req, ctx) => {
    allowOptions(req, ['select', 'filter', 'top']);
    const t = target(req, ctx, 'read');
    const select = selectOption(req, COLUMN_PROPERTIES, 'columnDefinition');
    const top = topOption(req, 5000);
    const value = filterJson(req, loadColumns(ctx, t.list.id).map(columnJson)).map((column) => pick(column, select));
    return json(200, {
      '@odata.context': metadata(req, `${listPath(t)}/columns`),
      value: top === undefined ? value : value.slice(0, top),
    });
  });

  router.add('POST', COLUMNS, MANAGE, (req, ctx) => {
    allowOptions(req, []);
    const t = target(req, ctx, 'manage');
    const body = jsonBody(req);
    if (body === undefined) throw new GraphError(400, 'BadRequest', 'Empty Payload. JSON content expected.');
    const column = ctx.store.tx(() => addColumn(ctx, t.list, body));
    return json(201, { '@odata.context': metadata(req, `${listPath(t)}/columns/$entity`), ...columnJson(column) });
  });

  router.add('GET', `${COLUMNS}/{column}`, READ, (req, ctx) => {
    allowOptions(req, ['select']);
    const t = target(req, ctx, 'read');
    const select = selectOption(req, COLUMN_PROPERTIES, 'columnDefinition');
    const column = requireColumn(loadColumns(ctx, t.list.id), req.params.column ?? '');
    return json(200, {
      '@odata.context': metadata(req, `${listPath(t)}/columns/$entity`),
      ...(pick(columnJson(column), select) as ColumnDefinition),
    });
  });

  router.add('PATCH', `${COLUMNS}/{column}`, MANAGE, (req, ctx) => {
    allowOptions(req, []);
    const t = target(req, ctx, 'manage');
    const input = parseBody(columnPatchSchema, req, 'columnDefinition');
    const updated = ctx.store.tx(() => {
      const column = requireColumn(loadColumns(ctx, t.list.id), req.params.column ?? '');
      return patchColumn(ctx, t.list, column, input, (c) => hasDuplicateValues(ctx, t.list.id, c));
    });
    return json(200, { '@odata.context': metadata(req, `${listPath(t)}/columns/$entity`), ...columnJson(updated) });
  });
}

// ---------------------------------------------------------------- items

function itemShape(req: RouteRequest, columns: readonly ColumnRecord[]): ItemShape {
  const select = selectOption(req, ITEM_PROPERTIES, 'listItem');
  const fields = expandOption(req, ['fields'], 'listItem').find((clause) => clause.property === 'fields');
  return {
    ...(select === undefined ? {} : { select }),
    ...(fields === undefined
      ? {}
      : { fields: fields.select === undefined ? {} : { columns: selectedColumns(columns, fields.select) } }),
  };
}

function itemScope(ctx: EmulatorContext, t: ListTarget, columns: readonly ColumnRecord[]): ItemScope {
  return { site: t.site, list: t.list, columns, user: userCache(ctx) };
}

const itemCreateSchema = z.object({ fields: z.record(z.string(), z.unknown()).optional() }).strict();

function registerItems(router: Router): void {
  router.add('GET', `${ITEMS}/delta`, READ, (req, ctx) => {
    allowOptions(req, ['select', 'expand', 'top']);
    const t = target(req, ctx, 'read');
    const columns = loadColumns(ctx, t.list.id);
    const shape = itemShape(req, columns);
    const pageSize = Math.min(topOption(req, MAX_TOP) ?? DEFAULT_PAGE_SIZE, DEFAULT_PAGE_SIZE);
    const token = req.query.get('token') ?? undefined;
    const restart = linkWith(req, { token: undefined });
    const base = { '@odata.context': metadata(req, 'Collection(listItem)') };
    if (token === 'latest') {
      const link = encodeDeltaToken(ctx, t.list, { kind: 'link', from: t.list.changeSeq });
      return json(200, { ...base, value: [], '@odata.deltaLink': linkWith(req, { token: link }) });
    }
    const start = token === undefined ? undefined : decodeDeltaToken(ctx, t.list, token);
    if (token !== undefined && start === undefined) throw resyncRequired(restart);
    const page = deltaPage(ctx, t.list, start, pageSize);
    const scope = itemScope(ctx, t, columns);
    const value = page.entries.map((entry) =>
      'item' in entry
        ? itemJson(scope, entry.item, shape)
        : { id: String(entry.deletedId), parentReference: { siteId: t.site.id }, deleted: { state: 'deleted' } },
    );
    const next = page.next ?? page.link;
    const link = next === undefined ? undefined : linkWith(req, { token: encodeDeltaToken(ctx, t.list, next) });
    return json(200, { ...base, value, [page.next === undefined ? '@odata.deltaLink' : '@odata.nextLink']: link });
  });

  router.add('GET', ITEMS, READ, (req, ctx) => {
    allowOptions(req, ['select', 'expand', 'filter', 'orderby', 'top', 'skiptoken']);
    const t = target(req, ctx, 'read');
    const columns = loadColumns(ctx, t.list.id);
    const shape = itemShape(req, columns);
    const filter = option(req, 'filter');
    const orderby = option(req, 'orderby');
    const plan = odata(() =>
      planQuery(columns, {
        ...(filter === undefined ? {} : { filter }),
        ...(orderby === undefined ? {} : { orderby }),
        honourNonIndexed: honoursNonIndexed(req.headers.prefer),
      }),
    );
    const items = listSnapshot(ctx.store.db, t.list.id, t.list.changeSeq);
    checkThreshold(plan, columns, items.length, (clause) => countMatching(items, clause, plan.columns));
    const pageSize = Math.min(topOption(req, MAX_TOP) ?? DEFAULT_PAGE_SIZE, DEFAULT_PAGE_SIZE);
    const skiptoken = option(req, 'skiptoken');
    const cursor = skiptoken === undefined ? undefined : decodeSkipToken(skiptoken, plan.order.length);
    const page = runQuery(items, plan, pageSize, cursor);
    const scope = itemScope(ctx, t, columns);
    return json(200, {
      '@odata.context': metadata(req, `${listPath(t)}/items`),
      value: page.items.map((item) => itemJson(scope, item, shape)),
      ...(page.next === undefined
        ? {}
        : { '@odata.nextLink': linkWith(req, { $skiptoken: encodeSkipToken(page.next) }) }),
    });
  });

  router.add('POST', ITEMS, WRITE, (req, ctx) => {
    allowOptions(req, []);
    const t = target(req, ctx, 'contribute');
    const body = jsonBody(req);
    if (body === undefined) throw new GraphError(400, 'BadRequest', 'Empty Payload. JSON content expected.');
    const input = parseValue(itemCreateSchema, body, 'listItem');
    const columns = loadColumns(ctx, t.list.id);
    const item = createItem(ctx, t.list, columns, t.user, input.fields ?? {});
    return json(201, {
      '@odata.context': metadata(req, `${listPath(t)}/items/$entity`),
      ...itemJson(itemScope(ctx, t, columns), item, {
        fields: {},
        fieldsContext: metadata(req, `${listPath(t)}/items('${item.itemId}')/fields/$entity`),
      }),
    });
  });

  router.add('GET', ITEM, READ, (req, ctx) => {
    allowOptions(req, ['select', 'expand']);
    const t = target(req, ctx, 'read');
    const columns = loadColumns(ctx, t.list.id);
    const shape = itemShape(req, columns);
    const item = requireItem(ctx, t.list.id, req.params.item ?? '');
    return json(200, {
      '@odata.context': metadata(req, `${listPath(t)}/items/$entity`),
      ...itemJson(itemScope(ctx, t, columns), item, {
        ...shape,
        fieldsContext: metadata(req, `${listPath(t)}/items('${item.itemId}')/fields/$entity`),
      }),
    });
  });

  router.add('DELETE', ITEM, WRITE, (req, ctx) => {
    allowOptions(req, []);
    const t = target(req, ctx, 'contribute');
    deleteItem(ctx, t.list, parseItemId(req.params.item ?? ''), req.headers['if-match']);
    return noContent();
  });

  router.add('GET', `${ITEM}/fields`, READ, (req, ctx) => {
    allowOptions(req, ['select']);
    const t = target(req, ctx, 'read');
    const columns = loadColumns(ctx, t.list.id);
    const text = option(req, 'select');
    const select =
      text === undefined
        ? undefined
        : selectedColumns(
            columns,
            odata(() => parseSelect(text)),
          );
    const item = requireItem(ctx, t.list.id, req.params.item ?? '');
    return json(200, {
      '@odata.context': metadata(req, `${listPath(t)}/items('${item.itemId}')/fields/$entity`),
      ...fieldsJson(columns, item, select),
    });
  });

  router.add('PATCH', `${ITEM}/fields`, WRITE, (req, ctx) => {
    allowOptions(req, []);
    const t = target(req, ctx, 'contribute');
    const itemId = parseItemId(req.params.item ?? '');
    const body = jsonBody(req);
    if (body === undefined) throw new GraphError(400, 'BadRequest', 'Empty Payload. JSON content expected.');
    const columns = loadColumns(ctx, t.list.id);
    const item = updateItem(ctx, t.list, columns, itemId, t.user, body, req.headers['if-match']);
    return json(200, {
      '@odata.context': metadata(req, `${listPath(t)}/items('${item.itemId}')/fields/$entity`),
      ...fieldsJson(columns, item),
    });
  });
}

export const listsModule: EmulatorModule = {
  name: 'lists',
  schema: LISTS_SCHEMA,
  register(router) {
    registerLists(router);
    registerColumns(router);
    registerItems(router);
    router.add('POST', '/emulator/delta/expire', { kind: 'anonymous' }, (_req, ctx) =>
      json(200, { epoch: expireDeltaTokens(ctx) }),
    );
  },
  initialise(ctx) {
    initialiseDelta(ctx);
  },
};
