import {
  columnCreateSchema,
  columnFromInput,
  systemColumns,
  type ColumnRecord,
} from '../../../../src/emulator/lists/columns';
import {
  mergeFields,
  outputEntries,
  parseFieldWrites,
  queryValue,
  uniquenessKey,
  type ValueChecks,
} from '../../../../src/emulator/lists/field-values';
import { GraphError } from '../../../../src/emulator/http/graph-error';

const columns: ColumnRecord[] = systemColumns();
for (const input of [
  { name: 'Code', text: { maxLength: 5 } },
  { name: 'Amount', number: { minimum: 0, maximum: 10 } },
  { name: 'Day', dateTime: { format: 'dateOnly' as const } },
  { name: 'At', dateTime: {} },
  { name: 'Stage', choice: { choices: ['A', 'B'] } },
  { name: 'Free', choice: { choices: ['A'], allowTextEntry: true } },
  { name: 'Tags', choice: { choices: ['x', 'y'], displayAs: 'checkBoxes' as const } },
  { name: 'Flag', boolean: {} },
  { name: 'Ref', lookup: { listId: 'target' } },
  { name: 'Refs', lookup: { listId: 'target', allowMultipleValues: true } },
  { name: 'Who', personOrGroup: {} },
  { name: 'Must', text: {}, required: true },
  { name: 'Locked', text: {}, readOnly: true },
]) {
  columns.push(columnFromInput(columnCreateSchema.parse(input), columns));
}

const checks: ValueChecks = {
  lookupExists: (listId, id) => listId === 'target' && id <= 3,
  userExists: (id) => id === 10 || id === 11,
};

function parse(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(parseFieldWrites(columns, body, checks));
}

function message(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof GraphError) {
      expect(error.status).toBe(400);
      return error.message;
    }
    throw error;
  }
  throw new Error('expected a 400');
}

describe('parseFieldWrites', () => {
  it('stores each type in canonical form', () => {
    expect(
      parse({
        Title: '  <b>x</b> 😀 ',
        Code: 'abcde',
        Amount: 2.5,
        Day: '2026-03-01T23:59:59-06:00',
        At: '2026-03-01T10:00:00.999+01:00',
        Stage: 'A',
        Free: 'anything',
        'Tags@odata.type': 'Collection(Edm.String)',
        Tags: ['y', 'x'],
        Flag: false,
        RefLookupId: '3',
        'RefsLookupId@odata.type': 'Collection(Edm.Int32)',
        RefsLookupId: [1, '2'],
        WhoLookupId: 10,
      }),
    ).toEqual({
      Title: '  <b>x</b> 😀 ',
      Code: 'abcde',
      Amount: 2.5,
      Day: '2026-03-02T00:00:00Z',
      At: '2026-03-01T09:00:00Z',
      Stage: 'A',
      Free: 'anything',
      Tags: ['y', 'x'],
      Flag: false,
      Ref: 3,
      Refs: [1, 2],
      Who: 10,
    });
  });

  it('treats null, empty text and empty collections as clearing', () => {
    expect(parse({ Code: null, Title: '', 'Tags@odata.type': 'Collection(Edm.String)', Tags: [] })).toEqual({
      Code: null,
      Title: null,
      Tags: null,
    });
  });

  it.each([
    [{ Nope: 1 }, "Field 'Nope' is not recognized"],
    [{ code: 'x' }, "Field 'code' is not recognized"],
    [{ Ref: 1 }, "Field 'Ref' is not recognized"],
    [{ id: '1' }, "Field 'id' is read-only"],
    [{ Modified: '2026-01-01' }, "Field 'Modified' is read-only"],
    [{ Locked: 'x' }, "Field 'Locked' is read-only"],
    [{ Code: 'abcdef' }, /longer than 5/],
    [{ Amount: Infinity }, /expected a number/],
    [{ Amount: 11 }, /between 0 and 10/],
    [{ Day: '2026-13-01' }, /ISO 8601/],
    [{ At: '9000-01-01T00:00:00Z' }, /between 1900 and 8900/],
    [{ Stage: 'C' }, /choices/],
    [{ Flag: 0 }, /true or false/],
    [{ RefLookupId: '4' }, /does not exist/],
    [{ RefLookupId: '1.5' }, /expected an item or user id/],
    [{ WhoLookupId: 12 }, /user 12/],
    [{ Tags: ['x'] }, /Collection\(Edm\.String\)/],
    [{ 'Tags@odata.type': 'Collection(Edm.Int32)', Tags: ['x'] }, /must be one of/],
    [{ 'Tags@odata.type': 'Collection(Edm.String)' }, /has no value/],
    [{ 'Tags@odata.type': 'Collection(Edm.String)', Tags: ['x', null] }, /expected a string/],
    [{ 'Tags@odata.type': 'Collection(Edm.String)', Tags: ['x', ''] }, /empty values/],
    [{ 'Code@odata.type': 'Collection(Edm.String)', Code: ['x'] }, /not recognized/],
  ])('rejects %j', (body, expected) => {
    expect(message(() => parse(body))).toMatch(expected);
  });
});

describe('mergeFields', () => {
  it('requires required columns on create, and refuses clearing them on update', () => {
    expect(message(() => mergeFields(columns, {}, new Map(), 'create'))).toBe("Field 'Must' is required.");
    expect(mergeFields(columns, {}, new Map([['Must', 'x']]), 'create')).toEqual({ Must: 'x' });
    expect(message(() => mergeFields(columns, { Must: 'x' }, new Map([['Must', null]]), 'update'))).toMatch(/required/);
    // An item created before the column became required can still be updated otherwise.
    expect(mergeFields(columns, {}, new Map([['Code', 'a']]), 'update')).toEqual({ Code: 'a' });
  });
});

describe('reading values back', () => {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const col = (name: string): ColumnRecord => {
    const column = byName.get(name);
    if (column === undefined) throw new Error(name);
    return column;
  };

  it('writes lookups as <Name>LookupId strings and annotates collections', () => {
    expect(outputEntries(col('Ref'), 3)).toEqual([['RefLookupId', '3']]);
    expect(outputEntries(col('Refs'), [1, 2])).toEqual([
      ['RefsLookupId@odata.type', 'Collection(Edm.String)'],
      ['RefsLookupId', ['1', '2']],
    ]);
    expect(outputEntries(col('Tags'), ['x'])).toEqual([
      ['Tags@odata.type', 'Collection(Edm.String)'],
      ['Tags', ['x']],
    ]);
    expect(outputEntries(col('Code'), undefined)).toEqual([]);
  });

  it('gives queries dates as Date and empty collections as null', () => {
    expect(queryValue(col('At'), '2026-01-01T00:00:00Z')).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(queryValue(col('Tags'), [])).toBeNull();
    expect(queryValue(col('Ref'), 2)).toBe(2);
  });

  it('compares text ignoring case for uniqueness', () => {
    expect(uniquenessKey('Abc')).toBe(uniquenessKey('aBC'));
    expect(uniquenessKey('Ñandú')).toBe(uniquenessKey('ñANDÚ'));
    expect(uniquenessKey(1)).not.toBe(uniquenessKey('1'));
  });
});
