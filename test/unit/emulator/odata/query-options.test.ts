import {
  parseExpand,
  parseOrderBy,
  parseSelect,
  parseTop,
  type ExpandClause,
  type OrderByClause,
} from '../../../../src/emulator/odata/query-options';
import { expectODataError } from './support';

describe('parseOrderBy', () => {
  it.each<[string, OrderByClause[]]>([
    ['subject', [{ path: ['subject'], direction: 'asc' }]],
    ['subject desc', [{ path: ['subject'], direction: 'desc' }]],
    ['subject DESC', [{ path: ['subject'], direction: 'desc' }]],
    ['subject Asc', [{ path: ['subject'], direction: 'asc' }]],
    [
      'fields/Code desc, fields/Name',
      [
        { path: ['fields', 'Code'], direction: 'desc' },
        { path: ['fields', 'Name'], direction: 'asc' },
      ],
    ],
    [
      '  start/dateTime   asc ,end/dateTime desc  ',
      [
        { path: ['start', 'dateTime'], direction: 'asc' },
        { path: ['end', 'dateTime'], direction: 'desc' },
      ],
    ],
    ['fields/Client_x0020_Code', [{ path: ['fields', 'Client_x0020_Code'], direction: 'asc' }]],
  ])('%s', (text, expected) => {
    expect(parseOrderBy(text)).toEqual(expected);
  });

  it('accepts 10 clauses and rejects 11', () => {
    const clauses = (n: number): string => Array.from({ length: n }, (_, i) => `p${i} desc`).join(',');
    expect(parseOrderBy(clauses(10))).toHaveLength(10);
    expectODataError(() => parseOrderBy(clauses(11)), /^Invalid \$orderby clause: at most 10 sort clauses/);
  });

  it.each<[string, RegExp]>([
    ['', /the value is empty/],
    ['  ', /the value is empty/],
    ['a,', /item 2 is empty/],
    [',a', /item 1 is empty/],
    ['a,,b', /item 2 is empty/],
    ['a descending', /'a descending' is not a property path optionally followed by asc or desc/],
    ['a desc asc', /'a desc asc' is not a property path/],
    ['a/ desc', /is not a property path/],
    ['a / b', /is not a property path/],
    ['fields.Code', /is not a property path/],
    ['1abc', /is not a property path/],
    ['a desc; drop table', /is not a property path/],
  ])('rejects %p', (text, message) => {
    expectODataError(() => parseOrderBy(text), message);
  });

  it('reads a lone keyword as a property name', () => {
    expect(parseOrderBy('desc')).toEqual([{ path: ['desc'], direction: 'asc' }]);
    expect(parseOrderBy('desc desc')).toEqual([{ path: ['desc'], direction: 'desc' }]);
  });

  it('rejects values longer than 4096 characters without echoing them', () => {
    const error = expectODataError(() => parseOrderBy('a'.repeat(5000)), /longer than 4096 characters/);
    expect(error.message.length).toBeLessThan(300);
    expect(
      expectODataError(() => parseOrderBy(`${'b'.repeat(1000)} sideways`), /is not a property path/).message.length,
    ).toBeLessThan(300);
  });
});

describe('parseSelect', () => {
  it.each<[string, string[]]>([
    ['id', ['id']],
    ['id,subject, start', ['id', 'subject', 'start']],
    [' id , subject ', ['id', 'subject']],
    ['*', ['*']],
    ['id,*', ['id', '*']],
    ['id,subject,id', ['id', 'subject']],
    ['Client_x0020_Code,_hidden', ['Client_x0020_Code', '_hidden']],
  ])('%p', (text, expected) => {
    expect(parseSelect(text)).toEqual(expected);
  });

  it.each<[string, RegExp]>([
    ['', /^Invalid \$select clause: the value is empty\.$/],
    ['id,', /item 2 is empty/],
    ['id,,subject', /item 2 is empty/],
    ['fields/Title', /'fields\/Title' is not a property name/],
    ['id subject', /'id subject' is not a property name/],
    ['sub-ject', /is not a property name/],
    ['**', /is not a property name/],
    ["id'", /is not a property name/],
    ['fields(select=Title)', /is not a property name/],
    ['2id', /is not a property name/],
  ])('rejects %p', (text, message) => {
    expectODataError(() => parseSelect(text), message);
  });
});

describe('parseExpand', () => {
  it.each<[string, ExpandClause[]]>([
    ['fields', [{ property: 'fields' }]],
    ['columns', [{ property: 'columns' }]],
    ['fields(select=Title,Code)', [{ property: 'fields', select: ['Title', 'Code'] }]],
    ['fields($select=Title)', [{ property: 'fields', select: ['Title'] }]],
    ['fields($SELECT=Title)', [{ property: 'fields', select: ['Title'] }]],
    ['fields( $select = Title , Code )', [{ property: 'fields', select: ['Title', 'Code'] }]],
    ['fields ($select=*)', [{ property: 'fields', select: ['*'] }]],
    ['fields(select=Title),columns', [{ property: 'fields', select: ['Title'] }, { property: 'columns' }]],
    [' columns , fields($select=A,B) ', [{ property: 'columns' }, { property: 'fields', select: ['A', 'B'] }]],
  ])('%p', (text, expected) => {
    expect(parseExpand(text)).toEqual(expected);
  });

  it('leaves select absent when there are no nested options', () => {
    expect(parseExpand('fields')[0]).not.toHaveProperty('select');
  });

  it.each<[string, RegExp]>([
    ['', /the value is empty/],
    ['fields,', /item 2 is empty/],
    ['fields(filter=Title eq 1)', /nested query option '\$filter' is not supported in the expansion of 'fields'/],
    ['fields($filter=x)', /nested query option '\$filter' is not supported/],
    ['fields($top=5)', /nested query option '\$top' is not supported/],
    ['fields($expand=x)', /nested query option '\$expand' is not supported/],
    ['fields($orderby=Title)', /nested query option '\$orderby' is not supported/],
    ['fields($select=Title;$top=5)', /nested query option '\$top' is not supported/],
    ['fields($select=A;$select=B)', /'\$select' repeated for 'fields'/],
    ['fields()', /empty options for 'fields'/],
    ['fields(Title)', /'Title' is not a query option/],
    ['fields($select=Title;)', /'' is not a query option/],
    ['fields($select=)', /Invalid \$select clause: the value is empty/],
    ['fields($select=fields/Title)', /Invalid \$select clause: 'fields\/Title' is not a property name/],
    ['fields(select=Title', /missing '\)'/],
    ['fields select=Title)', /unbalanced '\)' at position 19/],
    ['fields(select=(Title))', /nested parentheses at position 14/],
    ['fields(select=Title)x', /'fields\(select=Title\)x' is not a navigation property/],
    ['fields/x', /is not a navigation property/],
    ['*', /is not a navigation property/],
    ['fields,fields', /'fields' is expanded more than once/],
  ])('rejects %p', (text, message) => {
    expectODataError(() => parseExpand(text), message);
  });
});

describe('parseTop', () => {
  it.each<[string, number, number]>([
    ['1', 999, 1],
    ['10', 999, 10],
    ['999', 999, 999],
    [' 25 ', 100, 25],
    ['007', 999, 7],
  ])('%p with max %d → %d', (text, max, expected) => {
    expect(parseTop(text, max)).toBe(expected);
  });

  it.each([
    ['0'],
    ['1000'],
    ['-1'],
    ['+5'],
    ['1.5'],
    ['1e2'],
    ['abc'],
    [''],
    ['  '],
    ['5 5'],
    ['0x10'],
    ['9'.repeat(400)],
  ])('rejects %p', (text) => {
    const error = expectODataError(
      () => parseTop(text, 999),
      /^Invalid value for \$top: '.*'\. It must be an integer from 1 to 999\.$/s,
    );
    expect(error.message.length).toBeLessThan(120);
  });
});
