import {
  columnCreateSchema,
  columnFromInput,
  systemColumns,
  type ColumnRecord,
} from '../../../../src/emulator/lists/columns';
import {
  LIST_VIEW_THRESHOLD,
  THRESHOLD_MESSAGE,
  checkThreshold,
  columnForPath,
  firstClauseOf,
  honoursNonIndexed,
  nonIndexedMessage,
  planQuery,
} from '../../../../src/emulator/lists/query-plan';
import { GraphError } from '../../../../src/emulator/http/graph-error';
import { ODataQueryError } from '../../../../src/emulator/odata/odata-error';
import { parseFilter } from '../../../../src/emulator/odata/filter';

const columns: ColumnRecord[] = systemColumns();
for (const input of [
  { name: 'Code', text: {}, indexed: true },
  { name: 'Stage', choice: { choices: ['a', 'b'] }, indexed: true },
  { name: 'Color', text: {} },
  { name: 'Tags', choice: { choices: ['a', 'b'], displayAs: 'checkBoxes' as const } },
  { name: 'Owner', personOrGroup: {}, indexed: true },
]) {
  columns.push(columnFromInput(columnCreateSchema.parse(input), columns));
}

function error(work: () => unknown): { status: number; code: string; message: string } {
  try {
    work();
  } catch (e) {
    if (e instanceof GraphError) return { status: e.status, code: e.code, message: e.message };
    if (e instanceof ODataQueryError) return { status: 400, code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected an error');
}

describe('Prefer', () => {
  it.each([
    ['HonorNonIndexedQueriesWarningMayFailRandomly', true],
    ['honornonindexedquerieswarningmayfailrandomly', true],
    ['odata.maxpagesize=5, HonorNonIndexedQueriesWarningMayFailRandomly', true],
    ['HonorNonIndexedQueriesWarningMayFailRandomly;x=1', true],
    ['odata.maxpagesize=5', false],
    ['HonorNonIndexed', false],
  ])('%j → %s', (header, expected) => {
    expect(honoursNonIndexed(header)).toBe(expected);
  });
  it('absent → false', () => expect(honoursNonIndexed(undefined)).toBe(false));
});

describe('paths', () => {
  it('maps top-level and fields paths to columns', () => {
    expect(columnForPath(columns, ['id']).name).toBe('ID');
    expect(columnForPath(columns, ['createdDateTime']).name).toBe('Created');
    expect(columnForPath(columns, ['lastModifiedDateTime']).name).toBe('Modified');
    expect(columnForPath(columns, ['fields', 'ID']).name).toBe('ID');
    expect(columnForPath(columns, ['fields', 'id']).name).toBe('ID');
    expect(columnForPath(columns, ['fields', 'OwnerLookupId']).name).toBe('Owner');
    expect(columnForPath(columns, ['fields', 'AuthorLookupId']).name).toBe('Author');
  });
  it.each([
    [['fields', 'Owner'], "Field 'Owner' is not recognized"],
    [['fields', 'code'], "Field 'code' is not recognized"],
    [['fields'], /fields\/<column>/],
    [['fields', 'Code', 'x'], /not valid/],
    [['webUrl'], /cannot be used/],
    [['nope'], /Could not find a property named 'nope'/],
  ])('rejects %j', (path, message) => {
    expect(error(() => columnForPath(columns, path)).message).toMatch(message);
  });
});

describe('rule 1: indexes', () => {
  it('allows indexed columns and refuses others without Prefer', () => {
    expect(() =>
      planQuery(columns, { filter: "fields/Code eq 'x' and id gt 3", honourNonIndexed: false }),
    ).not.toThrow();
    expect(error(() => planQuery(columns, { filter: "fields/Color eq 'x'", honourNonIndexed: false }))).toEqual({
      status: 400,
      code: 'invalidRequest',
      message: nonIndexedMessage('Color'),
    });
    expect(error(() => planQuery(columns, { orderby: 'fields/Color', honourNonIndexed: false })).message).toBe(
      nonIndexedMessage('Color'),
    );
    expect(() =>
      planQuery(columns, { filter: "fields/Color eq 'x'", orderby: 'fields/Color', honourNonIndexed: true }),
    ).not.toThrow();
  });

  it('refuses sorting by multi-valued columns, literal-only and field-only comparisons, and lambdas', () => {
    expect(error(() => planQuery(columns, { orderby: 'fields/Tags', honourNonIndexed: true })).message).toMatch(
      /orderby/,
    );
    for (const filter of [
      "'1' eq '1'",
      'fields/Code eq fields/Code',
      "startswith('x', fields/Code)",
      'true',
      "fields/Tags/any(t: t eq 'a')",
    ]) {
      expect(error(() => planQuery(columns, { filter, honourNonIndexed: true })).status).toBe(400);
    }
  });

  it('passes OData syntax errors through as ODataQueryError', () => {
    expect(() => planQuery(columns, { filter: "fields/Code eq 'x", honourNonIndexed: false })).toThrow(ODataQueryError);
    expect(() => planQuery(columns, { orderby: 'fields/Code sideways', honourNonIndexed: false })).toThrow(
      ODataQueryError,
    );
  });

  it('rewrites comparisons on multi-valued columns to any()', () => {
    const plan = planQuery(columns, { filter: "fields/Tags eq 'a' and fields/Code eq 'x'", honourNonIndexed: true });
    expect(plan.filter).toMatchObject({
      kind: 'and',
      left: { kind: 'lambda', quantifier: 'any', collection: ['fields', 'Tags'] },
    });
    const nullCheck = planQuery(columns, { filter: 'fields/Tags eq null', honourNonIndexed: true });
    expect(nullCheck.filter?.kind).toBe('compare');
  });
});

describe('rule 2: list view threshold', () => {
  const plan = (filter?: string, orderby?: string) =>
    planQuery(columns, {
      ...(filter === undefined ? {} : { filter }),
      ...(orderby === undefined ? {} : { orderby }),
      honourNonIndexed: true,
    });
  const over = LIST_VIEW_THRESHOLD + 1;
  const threshold = (work: () => void) =>
    expect(error(work)).toEqual({ status: 400, code: 'notSupported', message: THRESHOLD_MESSAGE });

  it('does nothing at or below the threshold', () => {
    const count = jest.fn(() => 10_000);
    checkThreshold(plan("fields/Color eq 'x' or id eq 1", 'fields/Color'), columns, LIST_VIEW_THRESHOLD, count);
    expect(count).not.toHaveBeenCalled();
  });

  it('allows no filter, and a narrow first clause on an indexed column', () => {
    checkThreshold(plan(), columns, over, () => 0);
    checkThreshold(plan(undefined, 'fields/Code desc'), columns, over, () => 0);
    const count = jest.fn(() => LIST_VIEW_THRESHOLD);
    checkThreshold(plan("fields/Code eq 'x' and fields/Color eq 'y' and fields/Tags eq 'a'"), columns, over, count);
    expect(count).toHaveBeenCalledTimes(1);
    expect(count.mock.calls[0]).toEqual([parseFilter("fields/Code eq 'x'")]);
    checkThreshold(plan("startswith(fields/Code, 'x')"), columns, over, () => 1);
  });

  it('refuses everything else', () => {
    threshold(() => checkThreshold(plan("fields/Code eq 'x'"), columns, over, () => LIST_VIEW_THRESHOLD + 1));
    threshold(() => checkThreshold(plan("fields/Code eq 'x' or fields/Code eq 'y'"), columns, over, () => 0));
    threshold(() => checkThreshold(plan("fields/Color eq 'x' and fields/Code eq 'y'"), columns, over, () => 0));
    threshold(() => checkThreshold(plan("not (fields/Code eq 'x')"), columns, over, () => 0));
    threshold(() => checkThreshold(plan("(fields/Code eq 'x' or id eq 1) and id eq 2"), columns, over, () => 0));
    threshold(() => checkThreshold(plan(undefined, 'fields/Color'), columns, over, () => 0));
    threshold(() => checkThreshold(plan("fields/Code eq 'x'", 'fields/Color'), columns, over, () => 0));
  });

  it('the first clause is the leftmost of the and chain', () => {
    expect(firstClauseOf(parseFilter('id eq 1 and id eq 2 and id eq 3'))).toEqual(parseFilter('id eq 1'));
    expect(firstClauseOf(parseFilter('id eq 1 or id eq 2')).kind).toBe('or');
  });
});
