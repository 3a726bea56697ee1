import {
  columnCreateSchema,
  columnFromInput,
  systemColumns,
  type ColumnRecord,
} from '../../../../src/emulator/lists/columns';
import type { ItemRecord } from '../../../../src/emulator/lists/items';
import { planQuery } from '../../../../src/emulator/lists/query-plan';
import {
  countMatching,
  decodeSkipToken,
  encodeSkipToken,
  runQuery,
  type Cursor,
} from '../../../../src/emulator/lists/query';
import { GraphError } from '../../../../src/emulator/http/graph-error';

const columns: ColumnRecord[] = systemColumns();
for (const input of [
  { name: 'Score', number: {}, indexed: true },
  { name: 'Name', text: {}, indexed: true },
  { name: 'When', dateTime: {}, indexed: true },
]) {
  columns.push(columnFromInput(columnCreateSchema.parse(input), columns));
}

const item = (itemId: number, values: ItemRecord['values']): ItemRecord => ({
  listId: 'l',
  itemId,
  uniqueId: `u${itemId}`,
  version: 1,
  created: '2026-01-01T00:00:00Z',
  modified: '2026-01-01T00:00:00Z',
  author: 10,
  editor: 10,
  values,
});

const items: ItemRecord[] = Array.from({ length: 25 }, (_, i) =>
  item(i + 1, {
    Score: (i * 7) % 10,
    Name: i % 2 === 0 ? `n${i}` : `N${i}`,
    ...(i % 5 === 0 ? {} : { When: `2026-01-${String(i + 1).padStart(2, '0')}T00:00:00Z` }),
  }),
);

const plan = (filter?: string, orderby?: string) =>
  planQuery(columns, {
    ...(filter === undefined ? {} : { filter }),
    ...(orderby === undefined ? {} : { orderby }),
    honourNonIndexed: true,
  });

function pageThrough(source: readonly ItemRecord[], filter?: string, orderby?: string, size = 4): number[][] {
  const p = plan(filter, orderby);
  const pages: number[][] = [];
  let cursor: Cursor | undefined;
  for (;;) {
    const page = runQuery(
      source,
      p,
      size,
      cursor === undefined ? undefined : decodeSkipToken(encodeSkipToken(cursor), p.order.length),
    );
    pages.push(page.items.map((i) => i.itemId));
    if (page.next === undefined) return pages;
    cursor = page.next;
  }
}

describe('skiptoken', () => {
  it('round-trips keys of every type, dates included', () => {
    const cursor: Cursor = { id: 42, keys: [null, true, 3.5, "O'Brien ñ", new Date('2026-02-03T04:05:06Z')] };
    const token = encodeSkipToken(cursor);
    expect(token).toMatch(/^[\w-]+$/);
    expect(Buffer.from(token, 'base64url').toString()).toMatch(/^Paged=TRUE&p_ID=42&/);
    expect(decodeSkipToken(token, 5)).toEqual(cursor);
  });

  it.each(['', 'garbage', Buffer.from('Paged=TRUE&p_Keys=%7B%7D').toString('base64url')])('rejects %j', (token) => {
    expect(() => decodeSkipToken(token, 0)).toThrow(GraphError);
  });

  it('rejects a token made for a different $orderby', () => {
    expect(() => decodeSkipToken(encodeSkipToken({ id: 1, keys: [1] }), 0)).toThrow(GraphError);
  });
});

describe('runQuery', () => {
  it('pages in id order by default and stops at the last page', () => {
    const pages = pageThrough(items);
    expect(pages.flat()).toEqual(items.map((i) => i.itemId));
    expect(pages).toHaveLength(7);
    expect(pages[6]).toEqual([25]);
  });

  it('filters and sorts with ties broken by id; nulls first ascending', () => {
    const byScore = pageThrough(items, undefined, 'fields/Score desc').flat();
    const expected = [...items]
      .sort((a, b) => Number(b.values.Score) - Number(a.values.Score) || a.itemId - b.itemId)
      .map((i) => i.itemId);
    expect(byScore).toEqual(expected);
    const byWhen = pageThrough(items, undefined, 'fields/When').flat();
    expect(byWhen.slice(0, 5)).toEqual([1, 6, 11, 16, 21]);
    expect(pageThrough(items, "fields/Name eq 'N1' or fields/Name eq 'n2'").flat()).toEqual([2, 3]);
  });

  it('is stable when items are added and removed between pages', () => {
    const p = plan(undefined, 'fields/Score');
    const first = runQuery(items, p, 5);
    const seen = first.items.map((i) => i.itemId);
    const removedUnseen = items.find((i) => !seen.includes(i.itemId) && i.itemId % 3 === 0);
    const changed = [...items.filter((i) => i !== removedUnseen), item(100, { Score: 0 }), item(101, { Score: 9 })];
    let cursor = first.next;
    while (cursor !== undefined) {
      const page = runQuery(changed, p, 5, cursor);
      seen.push(...page.items.map((i) => i.itemId));
      cursor = page.next;
    }
    expect(new Set(seen).size).toBe(seen.length);
    const throughout = items.filter((i) => i !== removedUnseen).map((i) => i.itemId);
    expect(throughout.every((id) => seen.includes(id))).toBe(true);
    expect(seen).toContain(101);
  });

  it('counts matches of one clause', () => {
    const p = plan('fields/Score lt 5');
    expect(countMatching(items, p.filter!, p.columns)).toBe(items.filter((i) => Number(i.values.Score) < 5).length);
  });
});
