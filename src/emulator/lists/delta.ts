/**
 * `GET …/items/delta`: SharePoint list change tracking over the per-list change log.
 *
 * Every item write appends `(seq, item id, deleted)` under the list's `change_seq`. A token is
 * opaque (base64url JSON + HMAC with a per-data-folder secret) and names the list, the token epoch
 * and a position:
 *   - a page token (in `@odata.nextLink`): full enumeration (items by id after `a`) or changes in
 *     (`f`, `u`] (changed item ids after `a`), with `u` fixed when the round began;
 *   - a delta token (in `@odata.deltaLink`): "changes after `f`".
 * A full enumeration ends with a deltaLink at the change position where it began, so anything
 * written while it was paging is reported again next round (Graph: an item may appear more than
 * once; use the last occurrence). Changed items come once, in their current state; deleted ones as
 * `{id, deleted: {state: "deleted"}}`. `token=latest` returns no items and a deltaLink at the
 * current position. A token that does not verify, names another list, points past the list's
 * position, or predates `POST /emulator/delta/expire` (which bumps the epoch and empties the change
 * log) is 410 `resyncRequired` with a `Location` to restart from scratch.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EmulatorContext } from '../context';
import { GraphError } from '../http/graph-error';
import { findItem, toItem, type ItemRecord, type ItemRow } from './items';
import type { ListRecord } from './list-store';
import { stmt } from './sql';

const EPOCH_KEY = 'lists.deltaEpoch';
const SECRET_KEY = 'lists.deltaSecret';
export const RESYNC_MESSAGE = 'The delta token is expired or invalid; start a full synchronisation.';

export type DeltaPosition =
  | { readonly kind: 'full'; readonly upto: number; readonly after: number }
  | { readonly kind: 'changes'; readonly from: number; readonly upto: number; readonly after: number }
  | { readonly kind: 'link'; readonly from: number };

export type DeltaEntry = { readonly item: ItemRecord } | { readonly deletedId: number };

export interface DeltaPage {
  readonly entries: DeltaEntry[];
  /** The next page, or (absent) the last page … */
  readonly next?: DeltaPosition;
  /** … whose deltaLink continues from here. */
  readonly link?: DeltaPosition;
}

/** Creates the token secret and epoch on first start. */
export function initialiseDelta(ctx: EmulatorContext): void {
  if (ctx.store.getMeta(SECRET_KEY) === undefined) ctx.store.setMeta(SECRET_KEY, randomBytes(32).toString('base64'));
  if (ctx.store.getMeta(EPOCH_KEY) === undefined) ctx.store.setMeta(EPOCH_KEY, '1');
}

function epoch(ctx: EmulatorContext): number {
  return Number(ctx.store.getMeta(EPOCH_KEY) ?? '1');
}

function sign(ctx: EmulatorContext, payload: string): Buffer {
  const secret = ctx.store.getMeta(SECRET_KEY) ?? '';
  return createHmac('sha256', secret).update(payload).digest().subarray(0, 16);
}

/** Invalidates every token issued so far and compacts the change log. */
export function expireDeltaTokens(ctx: EmulatorContext): number {
  return ctx.store.tx(() => {
    const next = epoch(ctx) + 1;
    ctx.store.setMeta(EPOCH_KEY, String(next));
    ctx.store.db.prepare('DELETE FROM sp_item_changes').run();
    return next;
  });
}

export function resyncRequired(location: string): GraphError {
  return new GraphError(410, 'resyncRequired', RESYNC_MESSAGE, { Location: location });
}

export function encodeDeltaToken(ctx: EmulatorContext, list: ListRecord, position: DeltaPosition): string {
  const body: Record<string, unknown> = { l: list.id, e: epoch(ctx), m: position.kind, f: 0, u: 0, a: 0 };
  if (position.kind !== 'full') body.f = position.from;
  if (position.kind !== 'link') {
    body.u = position.upto;
    body.a = position.after;
  }
  const payload = Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
  return `${payload}.${sign(ctx, payload).toString('base64url')}`;
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** The position a token names, or undefined when it is garbled, foreign or expired. */
export function decodeDeltaToken(ctx: EmulatorContext, list: ListRecord, token: string): DeltaPosition | undefined {
  const [payload = '', signature = '', ...extra] = token.split('.');
  if (extra.length > 0 || payload === '' || !/^[\w-]+$/.test(payload) || !/^[\w-]+$/.test(signature)) return undefined;
  const expected = sign(ctx, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const { l, e, m, f, u, a } = body;
  if (l !== list.id || e !== epoch(ctx) || !isCount(f) || !isCount(u) || !isCount(a)) return undefined;
  if (f > list.changeSeq || u > list.changeSeq) return undefined;
  switch (m) {
    case 'full':
      return { kind: 'full', upto: u, after: a };
    case 'changes':
      return f <= u ? { kind: 'changes', from: f, upto: u, after: a } : undefined;
    case 'link':
      return { kind: 'link', from: f };
    default:
      return undefined;
  }
}

/** One page of a delta round starting at `position` (a `link` starts a new round of changes). */
export function deltaPage(
  ctx: EmulatorContext,
  list: ListRecord,
  start: DeltaPosition | undefined,
  pageSize: number,
): DeltaPage {
  const db = ctx.store.db;
  const position: Exclude<DeltaPosition, { kind: 'link' }> =
    start === undefined
      ? { kind: 'full', upto: list.changeSeq, after: 0 }
      : start.kind === 'link'
        ? { kind: 'changes', from: start.from, upto: list.changeSeq, after: 0 }
        : start;
  let entries: DeltaEntry[];
  if (position.kind === 'full') {
    const rows = stmt(db, 'SELECT * FROM sp_items WHERE list_id = ? AND item_id > ? ORDER BY item_id LIMIT ?').all(
      list.id,
      position.after,
      pageSize + 1,
    ) as ItemRow[];
    entries = rows.map((row) => ({ item: toItem(row) }));
  } else {
    const ids = stmt(
      db,
      `SELECT item_id AS id FROM sp_item_changes WHERE list_id = ? AND seq > ? AND seq <= ? AND item_id > ?
       GROUP BY item_id ORDER BY item_id LIMIT ?`,
    ).all(list.id, position.from, position.upto, position.after, pageSize + 1) as { id: number }[];
    entries = ids.map(({ id }) => {
      const item = findItem(ctx, list.id, id);
      return item === undefined ? { deletedId: id } : { item };
    });
  }
  if (entries.length > pageSize) {
    entries = entries.slice(0, pageSize);
    const last = entries[entries.length - 1];
    const after = last === undefined ? position.after : 'item' in last ? last.item.itemId : last.deletedId;
    return { entries, next: { ...position, after } };
  }
  return { entries, link: { kind: 'link', from: position.upto } };
}
