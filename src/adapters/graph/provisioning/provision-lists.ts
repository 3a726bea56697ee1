/**
 * Provisioning of the process's SharePoint lists (ARCHITECTURE.md §4), idempotent:
 *
 * 1. read every list of the site with its columns (one GET, paged if Graph pages it);
 * 2. plan: lists to create, columns to add, indexes (and uniqueness) to switch on, Title's display
 *    name and index, choices to extend. Anything else that differs from the definition — a column
 *    of another type, a required flag, a choice that should not be there, an index or uniqueness
 *    that should not be there — is not ours to change: it fails with `PROVISION.MISMATCH` before
 *    anything is written;
 * 3. apply the plan (POST lists with their columns, POST columns, PATCH columns);
 * 4. read the lists back and compare them with the definitions: any difference is a loud
 *    `PROVISION.MISMATCH {list, column, property, expected, actual}`.
 *
 * A second run finds nothing to do: it sends GETs only.
 */
import { DomainError, type FieldIssue } from '../../../domain/shared/domain-error';
import type { GraphCall, GraphGateway } from '../graph-gateway';
import { isGraphRequestError } from '../graph-request-error';
import { LIST_DEFINITIONS } from '../lists';
import type { ColumnKind, ColumnSpec, ListDefinition } from '../lists/list-definition';

/** SharePoint's Title field has the same well-known id in every list. */
export const TITLE_COLUMN = 'Title';

type AnyDefinition = ListDefinition<{ readonly key: string }>;

/** The part of Graph's columnDefinition provisioning reads. */
export interface GraphColumn {
  readonly id?: string;
  readonly name?: string;
  readonly displayName?: string;
  readonly indexed?: boolean;
  readonly enforceUniqueValues?: boolean;
  readonly required?: boolean;
  readonly text?: { readonly allowMultipleLines?: boolean; readonly maxLength?: number };
  readonly number?: { readonly decimalPlaces?: string };
  readonly dateTime?: { readonly format?: string };
  readonly choice?: { readonly choices?: readonly string[] };
  readonly boolean?: Readonly<Record<string, unknown>>;
  readonly lookup?: unknown;
  readonly personOrGroup?: unknown;
}

export interface GraphList {
  readonly id: string;
  readonly name?: string;
  readonly displayName?: string;
  readonly columns?: readonly GraphColumn[];
}

export interface ProvisionReport {
  /** Lists created by this run. */
  readonly created: string[];
  /** Columns added to lists that already existed (columns of created lists are not counted). */
  readonly columnsAdded: number;
  /** Existing lists that changed (columns added, indexes switched on, choices extended, Title). */
  readonly updated: string[];
  /** Lists that already matched their definition. */
  readonly unchanged: string[];
  readonly lists: { readonly name: string; readonly id: string }[];
}

/** Called after each list is handled: `done` of `total` lists, and which one. */
export type ProvisionProgress = (done: number, total: number, list: string) => void;

export interface SiteInfo {
  readonly id: string;
  readonly webUrl: string;
  readonly displayName: string;
}

// ------------------------------------------------------------------------------ sites

/**
 * The site to provision: undefined → the tenant's root site; a URL `https://host/sites/x` → that
 * site by path; anything else is taken as a Graph site id (`host,collection-id,web-id`).
 */
export async function resolveSite(gateway: GraphGateway, siteRef?: string): Promise<SiteInfo> {
  const ref = siteRef?.trim() ?? '';
  let path: string;
  if (ref === '') path = '/sites/root';
  else if (/^https?:\/\//i.test(ref)) {
    const url = new URL(ref);
    const sitePath = url.pathname.replace(/\/+$/, '');
    const segments = sitePath
      .split('/')
      .map((segment) => encodeURIComponent(decodeURIComponent(segment)))
      .join('/');
    path = sitePath === '' ? `/sites/${url.hostname}` : `/sites/${url.hostname}:${segments}`;
  } else path = `/sites/${encodeURIComponent(ref).replace(/%2C/gi, ',')}`;
  const response = await gateway.send<SiteInfo>({
    method: 'GET',
    path,
    query: { $select: 'id,webUrl,displayName' },
  });
  const { id, webUrl, displayName } = response.body;
  return { id, webUrl, displayName };
}

// ------------------------------------------------------------------------------ columns

/** Graph's columnDefinition to create a column from its spec. */
export function columnPayload(spec: ColumnSpec): Record<string, unknown> {
  const base: Record<string, unknown> = {
    name: spec.name,
    displayName: spec.displayName,
    ...(spec.description === undefined ? {} : { description: spec.description }),
    required: spec.required === true,
    indexed: spec.indexed === true,
    enforceUniqueValues: spec.unique === true,
  };
  switch (spec.kind) {
    case 'text':
      return { ...base, text: { allowMultipleLines: false, maxLength: spec.maxLength ?? 255 } };
    case 'note':
      return { ...base, text: { allowMultipleLines: true, textType: 'plain' } };
    case 'integer':
      return { ...base, number: { decimalPlaces: 'none' } };
    case 'number':
      return { ...base, number: { decimalPlaces: 'automatic' } };
    case 'boolean':
      return { ...base, boolean: {} };
    case 'dateOnly':
      return { ...base, dateTime: { format: 'dateOnly' } };
    case 'dateTime':
      return { ...base, dateTime: { format: 'dateTime' } };
    case 'choice':
      return {
        ...base,
        choice: { choices: [...(spec.choices ?? [])], displayAs: 'dropDownMenu', allowTextEntry: false },
      };
  }
}

/** The kind of an existing column as our definitions name kinds, or Graph's facet name for others. */
export type ExistingColumnKind = ColumnKind | 'lookup' | 'personOrGroup' | 'unknown';

export function columnKindOf(column: GraphColumn): ExistingColumnKind {
  if (column.text !== undefined) return column.text.allowMultipleLines === true ? 'note' : 'text';
  if (column.number !== undefined) return column.number.decimalPlaces === 'none' ? 'integer' : 'number';
  if (column.dateTime !== undefined) return column.dateTime.format === 'dateOnly' ? 'dateOnly' : 'dateTime';
  if (column.choice !== undefined) return 'choice';
  if (column.boolean !== undefined) return 'boolean';
  if (column.lookup !== undefined) return 'lookup';
  if (column.personOrGroup !== undefined) return 'personOrGroup';
  return 'unknown';
}

interface Difference {
  readonly list: string;
  readonly column: string;
  readonly property: string;
  readonly expected: string;
  readonly actual: string;
}

/** The facts of a column that must match; Title is compared on display name and index only. */
function compareColumn(list: string, spec: ColumnSpec, actual: GraphColumn | undefined): Difference[] {
  const diff = (property: string, expected: unknown, found: unknown): Difference => ({
    list,
    column: spec.name,
    property,
    expected: String(expected),
    actual: String(found),
  });
  if (actual === undefined) return [diff('exists', true, false)];
  const out: Difference[] = [];
  const kind = columnKindOf(actual);
  if (kind !== spec.kind) out.push(diff('type', spec.kind, kind));
  if ((actual.indexed === true) !== (spec.indexed === true))
    out.push(diff('indexed', spec.indexed === true, actual.indexed === true));
  if ((actual.enforceUniqueValues === true) !== (spec.unique === true)) {
    out.push(diff('unique', spec.unique === true, actual.enforceUniqueValues === true));
  }
  if ((actual.required === true) !== (spec.required === true))
    out.push(diff('required', spec.required === true, actual.required === true));
  if (spec.kind === 'choice') {
    const expected = [...(spec.choices ?? [])].sort();
    const found = [...(actual.choice?.choices ?? [])].sort();
    if (expected.join('|') !== found.join('|')) out.push(diff('choices', expected.join(', '), found.join(', ')));
  }
  if (
    spec.kind === 'text' &&
    actual.text?.maxLength !== undefined &&
    actual.text.maxLength !== (spec.maxLength ?? 255)
  ) {
    out.push(diff('maxLength', spec.maxLength ?? 255, actual.text.maxLength));
  }
  return out;
}

function titleSpec(definition: AnyDefinition): ColumnSpec {
  return {
    name: TITLE_COLUMN,
    displayName: definition.title?.displayName ?? TITLE_COLUMN,
    kind: 'text',
    indexed: definition.title?.indexed === true,
  };
}

/** Every difference between a list as read and its definition. */
export function listDifferences(definition: AnyDefinition, list: GraphList | undefined): Difference[] {
  if (list === undefined) {
    return [{ list: definition.name, column: '', property: 'exists', expected: 'true', actual: 'false' }];
  }
  const byName = new Map((list.columns ?? []).map((column) => [column.name ?? '', column]));
  const out = definition.columns.flatMap((spec) => compareColumn(definition.name, spec, byName.get(spec.name)));
  const title = byName.get(TITLE_COLUMN);
  const wanted = titleSpec(definition);
  if ((title?.indexed === true) !== (wanted.indexed === true)) {
    out.push({
      list: definition.name,
      column: TITLE_COLUMN,
      property: 'indexed',
      expected: String(wanted.indexed === true),
      actual: String(title?.indexed === true),
    });
  }
  if (title !== undefined && title.displayName !== wanted.displayName) {
    out.push({
      list: definition.name,
      column: TITLE_COLUMN,
      property: 'displayName',
      expected: wanted.displayName,
      actual: title.displayName ?? '',
    });
  }
  return out;
}

function mismatch(differences: readonly Difference[]): DomainError {
  const [first] = differences;
  const issues: FieldIssue[] = differences.map((d) => ({
    path: d.column === '' ? d.list : `${d.list}/${d.column}`,
    message: `${d.property}: expected ${d.expected}, found ${d.actual}`,
  }));
  return new DomainError(
    'PROVISION.MISMATCH',
    {
      list: first?.list ?? '',
      column: first?.column ?? '',
      property: first?.property ?? '',
      expected: first?.expected ?? '',
      actual: first?.actual ?? '',
      count: differences.length,
    },
    { issues },
  );
}

// ------------------------------------------------------------------------------ planning

interface ColumnPatch {
  readonly column: string;
  /** The column's id when known (Graph addresses columns by id), else its name. */
  readonly ref: string;
  readonly body: Record<string, unknown>;
}

interface ListPlan {
  readonly definition: AnyDefinition;
  readonly add: ColumnSpec[];
  readonly patch: ColumnPatch[];
}

/**
 * What to change on an existing list, or the differences no one should change automatically.
 * Fixable: a missing column, an index or uniqueness the definition wants, choices the definition
 * added, Title's display name and index.
 */
function planList(definition: AnyDefinition, list: GraphList): { plan: ListPlan; refused: Difference[] } {
  const byName = new Map((list.columns ?? []).map((column) => [column.name ?? '', column]));
  const add: ColumnSpec[] = [];
  const patch: ColumnPatch[] = [];
  const refused: Difference[] = [];
  for (const spec of definition.columns) {
    const actual = byName.get(spec.name);
    if (actual === undefined) {
      add.push(spec);
      continue;
    }
    const body: Record<string, unknown> = {};
    for (const d of compareColumn(definition.name, spec, actual)) {
      if (d.property === 'indexed' && spec.indexed === true) body.indexed = true;
      else if (d.property === 'unique' && spec.unique === true) {
        body.indexed = true;
        body.enforceUniqueValues = true;
      } else if (d.property === 'choices' && (actual.choice?.choices ?? []).every((c) => spec.choices?.includes(c))) {
        // Only additions: the domain gained a value. A choice we do not know is refused below.
        body.choice = { choices: [...(spec.choices ?? [])] };
      } else refused.push(d);
    }
    if (Object.keys(body).length > 0) patch.push({ column: spec.name, ref: actual.id ?? spec.name, body });
  }
  const title = byName.get(TITLE_COLUMN);
  const wanted = titleSpec(definition);
  const titleBody: Record<string, unknown> = {};
  if (title?.displayName !== wanted.displayName) titleBody.displayName = wanted.displayName;
  if (wanted.indexed === true && title?.indexed !== true) titleBody.indexed = true;
  if (wanted.indexed !== true && title?.indexed === true) {
    refused.push({
      list: definition.name,
      column: TITLE_COLUMN,
      property: 'indexed',
      expected: 'false',
      actual: 'true',
    });
  }
  if (Object.keys(titleBody).length > 0)
    patch.push({ column: TITLE_COLUMN, ref: title?.id ?? TITLE_COLUMN, body: titleBody });
  return { plan: { definition, add, patch }, refused };
}

// ------------------------------------------------------------------------------ reading

const listsPath = (siteId: string): string => `/sites/${siteId}/lists`;

/** Every list of the site with its columns. */
export async function readLists(gateway: GraphGateway, siteId: string): Promise<GraphList[]> {
  return gateway.getAll<GraphList>({
    path: listsPath(siteId),
    query: { $select: 'id,name,displayName', $expand: 'columns' },
  });
}

function findList(lists: readonly GraphList[], name: string): GraphList | undefined {
  const lower = name.toLowerCase();
  return (
    lists.find((list) => list.displayName?.toLowerCase() === lower) ??
    lists.find((list) => list.name?.toLowerCase() === lower)
  );
}

/** Compares the site's lists with the definitions; throws `PROVISION.MISMATCH` on any difference. */
export function verifyLists(lists: readonly GraphList[], definitions: readonly AnyDefinition[]): void {
  const differences = definitions.flatMap((definition) =>
    listDifferences(definition, findList(lists, definition.name)),
  );
  if (differences.length > 0) throw mismatch(differences);
}

/** Reads the site's lists and verifies them (what `provisionLists` does last). */
export async function checkLists(
  gateway: GraphGateway,
  siteId: string,
  definitions: readonly AnyDefinition[] = LIST_DEFINITIONS,
): Promise<void> {
  verifyLists(await readLists(gateway, siteId), definitions);
}

// ------------------------------------------------------------------------------ provisioning

/**
 * Creating a list or a column is safe to repeat: titles and column names are unique, so a repeat
 * after a lost answer meets a 409 and changes nothing (the read-back checks the result). Column
 * patches set absolute values, so they are safe to repeat too.
 */
async function sendIdempotent(gateway: GraphGateway, call: Omit<GraphCall, 'idempotent'>): Promise<void> {
  try {
    await gateway.send({ ...call, idempotent: true });
  } catch (error) {
    if (call.method === 'POST' && isGraphRequestError(error, 409)) return;
    throw error;
  }
}

async function applyPatches(gateway: GraphGateway, siteId: string, listId: string, patches: readonly ColumnPatch[]) {
  for (const change of patches) {
    await sendIdempotent(gateway, {
      method: 'PATCH',
      path: `${listsPath(siteId)}/${listId}/columns/${encodeURIComponent(change.ref)}`,
      body: change.body,
    });
  }
}

export async function provisionLists(
  gateway: GraphGateway,
  siteId: string,
  definitions: readonly AnyDefinition[] = LIST_DEFINITIONS,
  onProgress?: ProvisionProgress,
): Promise<ProvisionReport> {
  let lists = await readLists(gateway, siteId);

  // Plan every existing list first: a difference we must not fix stops the run before any write.
  const plans = new Map<string, ListPlan>();
  const refused: Difference[] = [];
  for (const definition of definitions) {
    const list = findList(lists, definition.name);
    if (list === undefined) continue;
    const planned = planList(definition, list);
    plans.set(definition.name, planned.plan);
    refused.push(...planned.refused);
  }
  if (refused.length > 0) throw mismatch(refused);

  const created: string[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  let columnsAdded = 0;
  let done = 0;

  for (const definition of definitions) {
    const plan = plans.get(definition.name);
    if (plan === undefined) {
      await sendIdempotent(gateway, {
        method: 'POST',
        path: listsPath(siteId),
        body: {
          displayName: definition.name,
          description: definition.description,
          list: { template: 'genericList' },
          columns: definition.columns.map(columnPayload),
        },
      });
      created.push(definition.name);
    } else if (plan.add.length === 0 && plan.patch.length === 0) {
      unchanged.push(definition.name);
    } else {
      const list = findList(lists, definition.name);
      if (list === undefined) throw new Error(`planned list ${definition.name} vanished`);
      for (const spec of plan.add) {
        await sendIdempotent(gateway, {
          method: 'POST',
          path: `${listsPath(siteId)}/${list.id}/columns`,
          body: columnPayload(spec),
        });
        columnsAdded += 1;
      }
      await applyPatches(gateway, siteId, list.id, plan.patch);
      updated.push(definition.name);
    }
    onProgress?.((done += 1), definitions.length, definition.name);
  }

  if (created.length > 0) {
    // A new list has SharePoint's Title: name and index it as the definition says.
    lists = await readLists(gateway, siteId);
    for (const name of created) {
      const definition = definitions.find((d) => d.name === name);
      const list = findList(lists, name);
      if (definition === undefined || list === undefined) continue;
      // Usually only Title; columns too if the list was there already (a repeat of a lost answer).
      const { plan } = planList(definition, list);
      for (const spec of plan.add) {
        await sendIdempotent(gateway, {
          method: 'POST',
          path: `${listsPath(siteId)}/${list.id}/columns`,
          body: columnPayload(spec),
        });
      }
      await applyPatches(gateway, siteId, list.id, plan.patch);
    }
  }

  if (created.length > 0 || updated.length > 0) lists = await readLists(gateway, siteId);
  verifyLists(lists, definitions);

  return {
    created,
    columnsAdded,
    updated,
    unchanged,
    lists: definitions.map((definition) => ({
      name: definition.name,
      id: findList(lists, definition.name)?.id ?? '',
    })),
  };
}
