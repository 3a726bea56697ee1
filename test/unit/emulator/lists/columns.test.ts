import {
  applyColumnPatch,
  canBeIndexed,
  columnCreateSchema,
  columnFromInput,
  columnJson,
  fieldKey,
  isMultiValued,
  systemColumns,
  validateColumnName,
  type ColumnCreateInput,
  type ColumnRecord,
} from '../../../../src/emulator/lists/columns';
import { GraphError } from '../../../../src/emulator/http/graph-error';

const make = (input: ColumnCreateInput, existing: ColumnRecord[] = systemColumns()): ColumnRecord =>
  columnFromInput(columnCreateSchema.parse(input), existing);

function graphError(work: () => unknown): GraphError {
  try {
    work();
  } catch (error) {
    if (error instanceof GraphError) return error;
    throw error;
  }
  throw new Error('expected a GraphError');
}

describe('system columns', () => {
  it('are the generic list columns; ID, Created and Modified indexed, Title not', () => {
    const columns = systemColumns();
    expect(columns.map((c) => c.name)).toEqual([
      'Title',
      'ID',
      'ContentType',
      'Modified',
      'Created',
      'Author',
      'Editor',
      '_UIVersionString',
      'Attachments',
    ]);
    expect(columns.filter((c) => c.indexed).map((c) => c.name)).toEqual(['ID', 'Modified', 'Created']);
    expect(columns.map(fieldKey)).toEqual([
      'Title',
      'id',
      'ContentType',
      'Modified',
      'Created',
      'AuthorLookupId',
      'EditorLookupId',
      '_UIVersionString',
      'Attachments',
    ]);
    expect(columns.filter((c) => !c.readOnly).map((c) => c.name)).toEqual(['Title']);
  });
});

describe('column names', () => {
  it.each(['A', '_x', 'a1', 'Código'.replace('ó', 'o'), 'x'.repeat(32)])('accepts %s', (name) => {
    expect(validateColumnName(name)).toBe(name);
  });
  it.each(['', '1a', 'a b', 'a-b', 'a.b', 'ñ', 'x'.repeat(33), 'a$'])('rejects %j', (name) => {
    expect(graphError(() => validateColumnName(name)).status).toBe(400);
  });
});

describe('creating columns', () => {
  it('fills Graph defaults per facet', () => {
    expect(columnJson(make({ name: 'T', text: {} }))).toMatchObject({
      name: 'T',
      displayName: 'T',
      columnGroup: 'Custom Columns',
      indexed: false,
      required: false,
      text: {
        allowMultipleLines: false,
        appendChangesToExistingText: false,
        linesForEditing: 0,
        maxLength: 255,
        textType: 'plain',
      },
    });
    expect(columnJson(make({ name: 'M', text: { allowMultipleLines: true } })).text).toEqual({
      allowMultipleLines: true,
      appendChangesToExistingText: false,
      linesForEditing: 6,
      textType: 'plain',
    });
    expect(make({ name: 'N', number: {} }).facet).toMatchObject({ decimalPlaces: 'automatic', displayAs: 'number' });
    expect(make({ name: 'D', dateTime: {} }).facet).toEqual({
      type: 'dateTime',
      displayAs: 'default',
      format: 'dateTime',
    });
    expect(columnJson(make({ name: 'B', boolean: {} })).boolean).toEqual({});
    expect(make({ name: 'P', personOrGroup: {} }).facet).toMatchObject({
      allowMultipleSelection: false,
      chooseFromType: 'peopleOnly',
    });
    expect(make({ name: 'L', lookup: { listId: 'x' } }).facet).toMatchObject({
      columnName: 'Title',
      allowMultipleValues: false,
    });
  });

  it('needs exactly one facet', () => {
    expect(graphError(() => make({ name: 'X' })).message).toMatch(/exactly one type facet/);
    expect(graphError(() => make({ name: 'X', text: {}, boolean: {} })).message).toMatch(/has 2/);
  });

  it('applies facet rules', () => {
    expect(graphError(() => make({ name: 'X', text: { maxLength: 300 } })).status).toBe(400);
    expect(make({ name: 'X', text: { allowMultipleLines: true, maxLength: 300 } }).facet).toMatchObject({
      maxLength: 300,
    });
    expect(graphError(() => make({ name: 'X', number: { minimum: 2, maximum: 1 } })).status).toBe(400);
    expect(graphError(() => make({ name: 'X', choice: {} })).status).toBe(400);
    expect(graphError(() => make({ name: 'X', choice: { choices: ['a', 'a'] } })).status).toBe(400);
    expect(graphError(() => make({ name: 'X', lookup: {} })).message).toMatch(/listId/);
  });

  it('applies index and uniqueness rules', () => {
    expect(graphError(() => make({ name: 'X', text: {}, enforceUniqueValues: true })).message).toBe(
      'This field must be indexed to enforce unique values.',
    );
    expect(make({ name: 'X', text: {}, enforceUniqueValues: true, indexed: true }).enforceUniqueValues).toBe(true);
    for (const input of [
      { name: 'X', text: { allowMultipleLines: true }, indexed: true },
      { name: 'X', choice: { choices: ['a'], displayAs: 'checkBoxes' as const }, indexed: true },
      { name: 'X', lookup: { listId: 'l', allowMultipleValues: true }, indexed: true },
      { name: 'X', personOrGroup: { allowMultipleSelection: true }, indexed: true },
      { name: 'X', boolean: {}, indexed: true, enforceUniqueValues: true },
    ]) {
      expect(graphError(() => make(input)).status).toBe(400);
    }
    expect(make({ name: 'X', boolean: {}, indexed: true }).indexed).toBe(true);
  });

  it('refuses names taken ignoring case, including lookup field keys (409)', () => {
    const person = make({ name: 'Owner', personOrGroup: {} });
    const existing = [...systemColumns(), person];
    expect(graphError(() => make({ name: 'title', text: {} }, existing)).status).toBe(409);
    expect(graphError(() => make({ name: 'OWNERLOOKUPID', text: {} }, existing)).status).toBe(409);
    expect(graphError(() => make({ name: 'Id', text: {} }, existing)).status).toBe(409);
    const lookup = make({ name: 'Modi', lookup: { listId: 'x' } }, existing);
    expect(fieldKey(lookup)).toBe('ModiLookupId');
    expect(graphError(() => make({ name: 'Editor', lookup: { listId: 'x' } }, existing)).status).toBe(409);
  });

  it('knows multi-valued and indexable types', () => {
    expect(isMultiValued(make({ name: 'C', choice: { choices: ['a'], displayAs: 'checkBoxes' } }))).toBe(true);
    expect(isMultiValued(make({ name: 'C', choice: { choices: ['a'] } }))).toBe(false);
    expect(canBeIndexed(make({ name: 'C', choice: { choices: ['a'], displayAs: 'radioButtons' } }))).toBe(true);
  });
});

describe('patching columns', () => {
  const text = (): ColumnRecord => make({ name: 'T', text: {} });

  it('changes display properties, index, required and uniqueness', () => {
    const patched = applyColumnPatch(text(), {
      displayName: 'Tee',
      indexed: true,
      required: true,
      enforceUniqueValues: true,
    });
    expect(patched).toMatchObject({
      displayName: 'Tee',
      indexed: true,
      required: true,
      enforceUniqueValues: true,
      name: 'T',
    });
    expect(graphError(() => applyColumnPatch(patched, { indexed: false })).status).toBe(400);
  });

  it('refuses renames and type changes', () => {
    expect(graphError(() => applyColumnPatch(text(), { name: 'U' })).message).toMatch(/cannot be changed/);
    expect(applyColumnPatch(text(), { name: 'T' }).name).toBe('T');
    expect(graphError(() => applyColumnPatch(text(), { number: {} })).message).toMatch(/type/);
    expect(graphError(() => applyColumnPatch(text(), { text: { allowMultipleLines: true } })).status).toBe(400);
    const choice = make({ name: 'C', choice: { choices: ['a'] } });
    expect(graphError(() => applyColumnPatch(choice, { choice: { displayAs: 'checkBoxes' } })).status).toBe(400);
    expect(
      applyColumnPatch(choice, { choice: { choices: ['a', 'b'], displayAs: 'radioButtons' } }).facet,
    ).toMatchObject({
      choices: ['a', 'b'],
      displayAs: 'radioButtons',
    });
  });

  it('seals system columns except Title (and the index of Author/Editor)', () => {
    const byName = new Map(systemColumns().map((c) => [c.name, c]));
    const get = (name: string): ColumnRecord => {
      const column = byName.get(name);
      if (column === undefined) throw new Error(name);
      return column;
    };
    expect(applyColumnPatch(get('Title'), { required: true, indexed: true })).toMatchObject({
      required: true,
      indexed: true,
    });
    expect(applyColumnPatch(get('Author'), { indexed: true }).indexed).toBe(true);
    expect(graphError(() => applyColumnPatch(get('Author'), { displayName: 'x' })).status).toBe(400);
    expect(graphError(() => applyColumnPatch(get('ID'), { indexed: false })).status).toBe(400);
    expect(graphError(() => applyColumnPatch(get('Created'), { description: 'x' })).status).toBe(400);
  });
});
