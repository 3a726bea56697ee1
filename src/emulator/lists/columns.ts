/**
 * Column definitions of a SharePoint list: the system columns every generic list has, the
 * payloads `POST /columns` and `PATCH /columns/{column}` accept, the rules SharePoint applies to
 * them, and the Graph `columnDefinition` JSON. Pure: the caller checks what needs the store
 * (a lookup's target list, duplicates in existing data).
 *
 * Rules enforced (each violation is a 400 unless noted):
 * - `name` is an internal name: letters, digits and `_`, not starting with a digit, at most 32
 *   characters; it is unique in the list ignoring case, also against the `<Name>LookupId` field
 *   keys of lookup and person columns (409 `nameAlreadyExists`), and it cannot be changed.
 * - exactly one type facet: text, number, dateTime, choice, boolean, lookup or personOrGroup
 *   (Graph's other facets — currency, calculated, hyperlinkOrPicture, … — are not emulated).
 * - only indexable columns may be indexed: not multi-line text, multi-choice (`checkBoxes`),
 *   multi-valued lookup or person columns (SharePoint's list of unsupported index types).
 * - `enforceUniqueValues` needs `indexed` (SharePoint: "This field must be indexed to enforce unique
 *   values.") and a type that supports it (single-valued text, number, dateTime, choice, lookup, person).
 * - single-line text `maxLength` is 1..255 (default 255); number `minimum` <= `maximum`; a choice
 *   column has at least one choice; the type facet (and whether it is multi-valued) cannot change.
 * - system columns: only Title may be changed (any property); Author/Editor may be (un)indexed.
 */
import { randomUUID } from 'node:crypto';
import type { ColumnDefinition } from '@microsoft/microsoft-graph-types';
import { z } from 'zod';
import { badRequest, conflict } from '../http/graph-error';

export type ColumnFacet =
  | {
      type: 'text';
      allowMultipleLines: boolean;
      appendChangesToExistingText: boolean;
      linesForEditing: number;
      /** Absent on multi-line text without an explicit limit (SharePoint's Note field has none). */
      maxLength?: number;
      textType: 'plain' | 'richText';
    }
  | { type: 'number'; decimalPlaces: string; displayAs: string; maximum: number; minimum: number }
  | { type: 'dateTime'; displayAs: string; format: 'dateOnly' | 'dateTime' }
  | { type: 'choice'; allowTextEntry: boolean; choices: string[]; displayAs: string }
  | { type: 'boolean' }
  | { type: 'lookup'; allowMultipleValues: boolean; allowUnlimitedLength: boolean; columnName: string; listId: string }
  | { type: 'personOrGroup'; allowMultipleSelection: boolean; chooseFromType: string; displayAs: string }
  /** The item id (SharePoint's Counter field). */
  | { type: 'counter' }
  /** The content type name (a computed field). */
  | { type: 'computed' };

export type FacetType = ColumnFacet['type'];

export interface ColumnRecord {
  id: string;
  name: string;
  displayName: string;
  description: string;
  columnGroup: string;
  indexed: boolean;
  enforceUniqueValues: boolean;
  required: boolean;
  hidden: boolean;
  readOnly: boolean;
  /** Created with the list; cannot be removed and (except Title) not changed. */
  system: boolean;
  facet: ColumnFacet;
}

export const DEFAULT_TEXT_MAX_LENGTH = 255;
export const MAX_COLUMN_NAME_LENGTH = 32;
const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CUSTOM_GROUP = 'Custom Columns';
const HIDDEN_GROUP = '_Hidden';

/** Graph facets the emulator does not implement: named in a clear 400 instead of "unknown property". */
const UNSUPPORTED_FACETS = [
  'calculated',
  'contentApprovalStatus',
  'currency',
  'geolocation',
  'hyperlinkOrPicture',
  'term',
  'thumbnail',
  'defaultValue',
  'validation',
] as const;
const CREATABLE_FACETS = ['text', 'number', 'dateTime', 'choice', 'boolean', 'lookup', 'personOrGroup'] as const;

// ---------------------------------------------------------------- system columns

function system(
  id: string,
  name: string,
  displayName: string,
  facet: ColumnFacet,
  options: Partial<Pick<ColumnRecord, 'indexed' | 'readOnly' | 'columnGroup'>> = {},
): ColumnRecord {
  return {
    id,
    name,
    displayName,
    description: '',
    columnGroup: options.columnGroup ?? HIDDEN_GROUP,
    indexed: options.indexed ?? false,
    enforceUniqueValues: false,
    required: false,
    hidden: false,
    readOnly: options.readOnly ?? true,
    system: true,
    facet,
  };
}

const singleLineText = (maxLength = DEFAULT_TEXT_MAX_LENGTH): ColumnFacet => ({
  type: 'text',
  allowMultipleLines: false,
  appendChangesToExistingText: false,
  linesForEditing: 0,
  maxLength,
  textType: 'plain',
});
const person = (): ColumnFacet => ({
  type: 'personOrGroup',
  allowMultipleSelection: false,
  chooseFromType: 'peopleOnly',
  displayAs: 'account',
});
const stamp = (): ColumnFacet => ({ type: 'dateTime', displayAs: 'default', format: 'dateTime' });

/**
 * The columns of SharePoint's generic list template, with SharePoint's well-known field ids.
 * ID, Created and Modified are indexed; Title is not (SharePoint indexes it only when asked).
 */
export function systemColumns(): ColumnRecord[] {
  return [
    system('fa564e0f-0c70-4ab9-b863-0177e6ddd247', 'Title', 'Title', singleLineText(), {
      readOnly: false,
      columnGroup: CUSTOM_GROUP,
    }),
    system('1d22ea11-1e32-424e-89ab-9fedbadb6ce1', 'ID', 'ID', { type: 'counter' }, { indexed: true }),
    system('c042a256-787d-4a6f-8a8a-cf6ab767f12d', 'ContentType', 'Content Type', { type: 'computed' }),
    system('28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', 'Modified', 'Modified', stamp(), { indexed: true }),
    system('8c06beca-0777-48f7-91c7-6da68bc07b69', 'Created', 'Created', stamp(), { indexed: true }),
    system('1df5e554-ec7e-46a6-901d-d85a3881cb18', 'Author', 'Created By', person()),
    system('d31655d1-1d5b-4511-95a1-7a09e9b75bf2', 'Editor', 'Modified By', person()),
    system('dce8262a-3ae9-45aa-aab4-83bd75fb738a', '_UIVersionString', 'Version', singleLineText()),
    system('67df98f4-9dec-48ff-a553-29bece9c5bf4', 'Attachments', 'Attachments', { type: 'boolean' }),
  ];
}

// ---------------------------------------------------------------- facts about a column

/** The key under which the column appears in `fields` (`id`, `Title`, `ClientLookupId` …). */
export function fieldKey(column: ColumnRecord): string {
  if (column.system && column.facet.type === 'counter') return 'id';
  return isLookupLike(column) ? `${column.name}LookupId` : column.name;
}

export function isLookupLike(column: ColumnRecord): boolean {
  return column.facet.type === 'lookup' || column.facet.type === 'personOrGroup';
}

/** Multi-valued: multi-choice, multi-lookup, multi-person. Values are arrays. */
export function isMultiValued(column: ColumnRecord): boolean {
  const { facet } = column;
  switch (facet.type) {
    case 'choice':
      return facet.displayAs === 'checkBoxes';
    case 'lookup':
      return facet.allowMultipleValues;
    case 'personOrGroup':
      return facet.allowMultipleSelection;
    default:
      return false;
  }
}

export function canBeIndexed(column: ColumnRecord): boolean {
  if (column.facet.type === 'computed') return false;
  if (column.facet.type === 'text' && column.facet.allowMultipleLines) return false;
  return !isMultiValued(column);
}

export function canEnforceUniqueValues(column: ColumnRecord): boolean {
  return canBeIndexed(column) && !['boolean', 'computed', 'counter'].includes(column.facet.type);
}

// ---------------------------------------------------------------- JSON

function facetJson(facet: ColumnFacet): Record<string, unknown> {
  switch (facet.type) {
    case 'counter':
    case 'computed':
      return {};
    case 'boolean':
      return { boolean: {} };
    default: {
      const { type, ...rest } = facet;
      return { [type]: rest };
    }
  }
}

/** Graph's columnDefinition for a column. */
export function columnJson(column: ColumnRecord): ColumnDefinition & Record<string, unknown> {
  return {
    columnGroup: column.columnGroup,
    description: column.description,
    displayName: column.displayName,
    enforceUniqueValues: column.enforceUniqueValues,
    hidden: column.hidden,
    id: column.id,
    indexed: column.indexed,
    name: column.name,
    readOnly: column.readOnly,
    required: column.required,
    ...facetJson(column.facet),
  };
}

// ---------------------------------------------------------------- payloads

const bool = z.boolean().optional();
const textFacetSchema = z
  .object({
    allowMultipleLines: bool,
    appendChangesToExistingText: bool,
    linesForEditing: z.number().int().min(0).max(1000).optional(),
    maxLength: z.number().int().min(1).max(1_073_741_823).optional(),
    textType: z.enum(['plain', 'richText']).optional(),
  })
  .strict();
const numberFacetSchema = z
  .object({
    decimalPlaces: z.enum(['automatic', 'none', 'one', 'two', 'three', 'four', 'five']).optional(),
    displayAs: z.enum(['number', 'percentage']).optional(),
    maximum: z.number().optional(),
    minimum: z.number().optional(),
  })
  .strict();
const dateTimeFacetSchema = z
  .object({
    displayAs: z.enum(['default', 'friendly', 'standard']).optional(),
    format: z.enum(['dateOnly', 'dateTime']).optional(),
  })
  .strict();
const choiceFacetSchema = z
  .object({
    allowTextEntry: bool,
    choices: z.array(z.string().min(1).max(255)).max(500).optional(),
    displayAs: z.enum(['checkBoxes', 'dropDownMenu', 'radioButtons']).optional(),
  })
  .strict();
const booleanFacetSchema = z.object({}).strict();
const lookupFacetSchema = z
  .object({
    allowMultipleValues: bool,
    allowUnlimitedLength: bool,
    columnName: z.string().min(1).max(255).optional(),
    listId: z.string().min(1).max(255).optional(),
  })
  .strict();
const personFacetSchema = z
  .object({
    allowMultipleSelection: bool,
    chooseFromType: z.enum(['peopleAndGroups', 'peopleOnly']).optional(),
    displayAs: z.string().min(1).max(64).optional(),
  })
  .strict();

const baseShape = {
  displayName: z.string().min(1).max(255).optional(),
  description: z.string().max(1000).optional(),
  columnGroup: z.string().min(1).max(255).optional(),
  indexed: bool,
  enforceUniqueValues: bool,
  required: bool,
  hidden: bool,
  text: textFacetSchema.optional(),
  number: numberFacetSchema.optional(),
  dateTime: dateTimeFacetSchema.optional(),
  choice: choiceFacetSchema.optional(),
  boolean: booleanFacetSchema.optional(),
  lookup: lookupFacetSchema.optional(),
  personOrGroup: personFacetSchema.optional(),
};

export const columnCreateSchema = z
  .object({ name: z.string().max(255).optional(), readOnly: bool, ...baseShape })
  .strict();
export const columnPatchSchema = z.object({ name: z.string().max(255).optional(), ...baseShape }).strict();
export type ColumnCreateInput = z.output<typeof columnCreateSchema>;
export type ColumnPatchInput = z.output<typeof columnPatchSchema>;

/** A 400 naming an unsupported Graph facet, checked before the strict schema rejects it generically. */
export function rejectUnsupportedFacets(body: unknown): void {
  if (typeof body !== 'object' || body === null) return;
  for (const key of UNSUPPORTED_FACETS) {
    if (key in body) {
      throw badRequest(`The column property '${key}' is not supported by the emulator.`, 'notSupported');
    }
  }
}

export function validateColumnName(name: string | undefined): string {
  if (name === undefined || name === '') throw badRequest("The column property 'name' is required.");
  if (name.length > MAX_COLUMN_NAME_LENGTH || !NAME_PATTERN.test(name)) {
    throw badRequest(
      `The column name '${name.slice(0, 64)}' is not valid: use letters, digits and underscores, not starting with a digit, at most ${MAX_COLUMN_NAME_LENGTH} characters.`,
    );
  }
  return name;
}

type FacetInput = Pick<ColumnCreateInput, (typeof CREATABLE_FACETS)[number]>;

function singleFacet(input: FacetInput): (typeof CREATABLE_FACETS)[number] {
  const present = CREATABLE_FACETS.filter((key) => input[key] !== undefined);
  if (present.length !== 1 || present[0] === undefined) {
    throw badRequest(
      `A column must have exactly one type facet (one of ${CREATABLE_FACETS.join(', ')}); this one has ${present.length}.`,
    );
  }
  return present[0];
}

function facetFromInput(input: FacetInput): ColumnFacet {
  switch (singleFacet(input)) {
    case 'text': {
      const t = input.text ?? {};
      const multi = t.allowMultipleLines ?? false;
      if (!multi && t.maxLength !== undefined && t.maxLength > DEFAULT_TEXT_MAX_LENGTH) {
        throw badRequest(`A single line of text holds at most ${DEFAULT_TEXT_MAX_LENGTH} characters (maxLength).`);
      }
      return {
        type: 'text',
        allowMultipleLines: multi,
        appendChangesToExistingText: t.appendChangesToExistingText ?? false,
        linesForEditing: t.linesForEditing ?? (multi ? 6 : 0),
        ...(multi && t.maxLength === undefined ? {} : { maxLength: t.maxLength ?? DEFAULT_TEXT_MAX_LENGTH }),
        textType: t.textType ?? 'plain',
      };
    }
    case 'number': {
      const n = input.number ?? {};
      const facet: ColumnFacet = {
        type: 'number',
        decimalPlaces: n.decimalPlaces ?? 'automatic',
        displayAs: n.displayAs ?? 'number',
        maximum: n.maximum ?? Number.MAX_VALUE,
        minimum: n.minimum ?? -Number.MAX_VALUE,
      };
      checkRange(facet);
      return facet;
    }
    case 'dateTime':
      return {
        type: 'dateTime',
        displayAs: input.dateTime?.displayAs ?? 'default',
        format: input.dateTime?.format ?? 'dateTime',
      };
    case 'choice': {
      const c = input.choice ?? {};
      const facet: ColumnFacet = {
        type: 'choice',
        allowTextEntry: c.allowTextEntry ?? false,
        choices: c.choices ?? [],
        displayAs: c.displayAs ?? 'dropDownMenu',
      };
      checkChoices(facet.choices);
      return facet;
    }
    case 'boolean':
      return { type: 'boolean' };
    case 'lookup': {
      const l = input.lookup ?? {};
      if (l.listId === undefined)
        throw badRequest("A lookup column needs 'lookup.listId', the id of the list it looks up.");
      return {
        type: 'lookup',
        allowMultipleValues: l.allowMultipleValues ?? false,
        allowUnlimitedLength: l.allowUnlimitedLength ?? false,
        columnName: l.columnName ?? 'Title',
        listId: l.listId,
      };
    }
    case 'personOrGroup': {
      const p = input.personOrGroup ?? {};
      return {
        type: 'personOrGroup',
        allowMultipleSelection: p.allowMultipleSelection ?? false,
        chooseFromType: p.chooseFromType ?? 'peopleOnly',
        displayAs: p.displayAs ?? 'account',
      };
    }
  }
}

function checkRange(facet: { minimum: number; maximum: number }): void {
  if (facet.minimum > facet.maximum) throw badRequest('The number column minimum is greater than its maximum.');
}

function checkChoices(choices: readonly string[]): void {
  if (choices.length === 0) throw badRequest('A choice column needs at least one choice.');
  if (new Set(choices).size !== choices.length) throw badRequest('The choices of a choice column must be distinct.');
}

/** Index and uniqueness rules, applied after create and after every patch. */
function checkIndexRules(column: ColumnRecord): void {
  if (column.indexed && !canBeIndexed(column)) {
    throw badRequest(`The column '${column.name}' cannot be indexed: its type does not support indexes.`);
  }
  if (column.enforceUniqueValues && !canEnforceUniqueValues(column)) {
    throw badRequest(`The column '${column.name}' cannot enforce unique values: its type does not support it.`);
  }
  if (column.enforceUniqueValues && !column.indexed) {
    throw badRequest('This field must be indexed to enforce unique values.');
  }
}

/** Names (lower-cased) a new column may not take: other names and lookup field keys. */
function takenNames(existing: readonly ColumnRecord[]): Set<string> {
  const taken = new Set<string>(['id']);
  for (const column of existing) {
    taken.add(column.name.toLowerCase());
    taken.add(fieldKey(column).toLowerCase());
  }
  return taken;
}

/** A new custom column from a validated `POST /columns` body. */
export function columnFromInput(input: ColumnCreateInput, existing: readonly ColumnRecord[]): ColumnRecord {
  const name = validateColumnName(input.name);
  const facet = facetFromInput(input);
  const column: ColumnRecord = {
    id: randomUUID(),
    name,
    displayName: input.displayName ?? name,
    description: input.description ?? '',
    columnGroup: input.columnGroup ?? CUSTOM_GROUP,
    indexed: input.indexed ?? false,
    enforceUniqueValues: input.enforceUniqueValues ?? false,
    required: input.required ?? false,
    hidden: input.hidden ?? false,
    readOnly: input.readOnly ?? false,
    system: false,
    facet,
  };
  const taken = takenNames(existing);
  if (taken.has(name.toLowerCase()) || taken.has(fieldKey(column).toLowerCase())) {
    throw conflict(`A duplicate field name "${name}" was found.`);
  }
  checkIndexRules(column);
  return column;
}

const typeChange = (): never => {
  throw badRequest('The type of a column cannot be changed.');
};

function patchFacet(current: ColumnFacet, input: FacetInput): ColumnFacet {
  const present = CREATABLE_FACETS.filter((key) => input[key] !== undefined);
  if (present.length === 0) return current;
  if (present.length > 1 || present[0] !== current.type) return typeChange();
  switch (current.type) {
    case 'text': {
      const t = input.text ?? {};
      if (t.allowMultipleLines !== undefined && t.allowMultipleLines !== current.allowMultipleLines) typeChange();
      const maxLength = t.maxLength ?? current.maxLength;
      if (!current.allowMultipleLines && maxLength !== undefined && maxLength > DEFAULT_TEXT_MAX_LENGTH) {
        throw badRequest(`A single line of text holds at most ${DEFAULT_TEXT_MAX_LENGTH} characters (maxLength).`);
      }
      return {
        ...current,
        appendChangesToExistingText: t.appendChangesToExistingText ?? current.appendChangesToExistingText,
        linesForEditing: t.linesForEditing ?? current.linesForEditing,
        ...(maxLength === undefined ? {} : { maxLength }),
        textType: t.textType ?? current.textType,
      };
    }
    case 'number': {
      const n = input.number ?? {};
      const next = {
        ...current,
        decimalPlaces: n.decimalPlaces ?? current.decimalPlaces,
        displayAs: n.displayAs ?? current.displayAs,
        maximum: n.maximum ?? current.maximum,
        minimum: n.minimum ?? current.minimum,
      };
      checkRange(next);
      return next;
    }
    case 'dateTime':
      return {
        ...current,
        displayAs: input.dateTime?.displayAs ?? current.displayAs,
        format: input.dateTime?.format ?? current.format,
      };
    case 'choice': {
      const c = input.choice ?? {};
      const displayAs = c.displayAs ?? current.displayAs;
      if ((displayAs === 'checkBoxes') !== (current.displayAs === 'checkBoxes')) typeChange();
      const next = {
        ...current,
        allowTextEntry: c.allowTextEntry ?? current.allowTextEntry,
        choices: c.choices ?? current.choices,
        displayAs,
      };
      checkChoices(next.choices);
      return next;
    }
    case 'boolean':
      return current;
    case 'lookup': {
      const l = input.lookup ?? {};
      if (l.listId !== undefined && l.listId.toLowerCase() !== current.listId) typeChange();
      if (l.allowMultipleValues !== undefined && l.allowMultipleValues !== current.allowMultipleValues) typeChange();
      return {
        ...current,
        allowUnlimitedLength: l.allowUnlimitedLength ?? current.allowUnlimitedLength,
        columnName: l.columnName ?? current.columnName,
      };
    }
    case 'personOrGroup': {
      const p = input.personOrGroup ?? {};
      if (p.allowMultipleSelection !== undefined && p.allowMultipleSelection !== current.allowMultipleSelection) {
        typeChange();
      }
      return {
        ...current,
        chooseFromType: p.chooseFromType ?? current.chooseFromType,
        displayAs: p.displayAs ?? current.displayAs,
      };
    }
    default:
      return typeChange();
  }
}

/** The column after a validated `PATCH /columns/{column}` body. */
export function applyColumnPatch(column: ColumnRecord, input: ColumnPatchInput): ColumnRecord {
  if (input.name !== undefined && input.name !== column.name) {
    throw badRequest('The name of a column cannot be changed; change its displayName instead.');
  }
  if (column.system && column.name !== 'Title') {
    const onlyIndexed = Object.entries(input).every(([key, value]) => key === 'indexed' || value === undefined);
    const indexable = column.name === 'Author' || column.name === 'Editor';
    if (!(indexable && onlyIndexed)) {
      throw badRequest(`The column '${column.name}' is a system column and cannot be changed.`);
    }
  }
  const next: ColumnRecord = {
    ...column,
    displayName: input.displayName ?? column.displayName,
    description: input.description ?? column.description,
    columnGroup: input.columnGroup ?? column.columnGroup,
    indexed: input.indexed ?? column.indexed,
    enforceUniqueValues: input.enforceUniqueValues ?? column.enforceUniqueValues,
    required: input.required ?? column.required,
    hidden: input.hidden ?? column.hidden,
    facet: patchFacet(column.facet, input),
  };
  checkIndexRules(next);
  return next;
}
