/**
 * Custom Internet message headers and single-value extended properties.
 *
 * Graph accepts on a new message only custom headers whose names start with `x-`/`X-`
 * (400 InvalidInternetMessageHeader otherwise) and at most five of them (400
 * InvalidInternetMessageHeaderCollection). Exchange stores each one as a named MAPI property in
 * the PS_INTERNET_HEADERS property set, so a header `x-relaciones-key: abc` is also the extended
 * property `String {00020386-0000-0000-C000-000000000046} Name x-relaciones-key` with value `abc`,
 * and `singleValueExtendedProperties/any(ep: ep/id eq '…' and ep/value eq 'abc')` finds it — the
 * supported way to look a message up by a custom header (Graph does not return
 * internetMessageHeaders for items in Sent Items).
 *
 * Extended property ids have three forms: `{type} {proptag}` (`String 0x007D`),
 * `{type} {guid} Name {name}` and `{type} {guid} Id {id}`. The name of a PS_INTERNET_HEADERS
 * property is case-insensitive (header names are); other names are case-sensitive, as Graph documents.
 */
import { GraphError } from '../http/graph-error';
import type { ExtendedPropertyValue, HeaderValue } from './model';

export const PS_INTERNET_HEADERS = '00020386-0000-0000-C000-000000000046';
export const MAX_CUSTOM_HEADERS = 5;
/** Emulator limit on the names and values of a message's custom headers together (Graph documents none). */
export const MAX_CUSTOM_HEADER_CHARS = 4096;
export const MAX_EXTENDED_PROPERTIES = 50;

/** RFC 5322 field name: printable US-ASCII except the colon. */
const FIELD_NAME = /^[\x21-\x39\x3B-\x7E]+$/;

const headerError = (message: string): GraphError => new GraphError(400, 'InvalidInternetMessageHeader', message);
const collectionError = (message: string): GraphError =>
  new GraphError(400, 'InvalidInternetMessageHeaderCollection', message);

const clip = (text: string, max = 100): string => (text.length > max ? `${text.slice(0, max)}…` : text);

/** Validates the custom headers of a new message; throws Graph's 400 errors. */
export function validateCustomHeaders(headers: readonly HeaderValue[]): HeaderValue[] {
  if (headers.length === 0) throw collectionError('The internet message header collection should not be empty.');
  if (headers.length > MAX_CUSTOM_HEADERS) {
    throw collectionError(
      `Maximum number of headers in one message should be less than or equal to ${MAX_CUSTOM_HEADERS}.`,
    );
  }
  const seen = new Set<string>();
  let total = 0;
  for (const { name, value } of headers) {
    if (!/^x-/i.test(name))
      throw headerError(`The internet message header name '${clip(name)}' should start with 'x-' or 'X-'.`);
    if (name.length < 3 || !FIELD_NAME.test(name)) {
      throw headerError(`The internet message header name '${clip(name)}' is not a valid header name.`);
    }
    if (/[\r\n\0]/.test(value)) {
      throw headerError(`The value of the internet message header '${clip(name)}' must not contain line breaks.`);
    }
    const key = name.toLowerCase();
    if (seen.has(key)) throw collectionError(`The internet message header '${clip(name)}' appears more than once.`);
    seen.add(key);
    total += name.length + value.length;
  }
  if (total > MAX_CUSTOM_HEADER_CHARS) {
    throw collectionError(
      `The internet message headers of one message should be at most ${MAX_CUSTOM_HEADER_CHARS} characters in total.`,
    );
  }
  return headers.map(({ name, value }) => ({ name, value }));
}

// ---------------------------------------------------------------- extended properties

const SINGLE_VALUE_TYPES = [
  'Binary',
  'Boolean',
  'CLSID',
  'Currency',
  'Double',
  'Float',
  'Integer',
  'Long',
  'Short',
  'String',
  'SystemTime',
] as const;
type PropertyType = (typeof SINGLE_VALUE_TYPES)[number];

export type ParsedPropertyId =
  | { readonly type: PropertyType; readonly kind: 'tag'; readonly tag: number }
  | { readonly type: PropertyType; readonly kind: 'name'; readonly guid: string; readonly name: string }
  | { readonly type: PropertyType; readonly kind: 'id'; readonly guid: string; readonly id: number };

const PROPERTY_ID =
  /^([A-Za-z]+) +(?:(0x[0-9A-Fa-f]{1,4})|\{([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})\} +(?:([Nn][Aa][Mm][Ee]) +(\S(?:.*\S)?)|([Ii][Dd]) +(0x[0-9A-Fa-f]{1,8}|\d{1,10})))$/;

/** Parses an extended property id; undefined when it is not one of Graph's three forms. */
export function parsePropertyId(text: string): ParsedPropertyId | undefined {
  const m = PROPERTY_ID.exec(text.trim());
  if (m === null) return undefined;
  const type = SINGLE_VALUE_TYPES.find((t) => t.toLowerCase() === (m[1] ?? '').toLowerCase());
  if (type === undefined) return undefined;
  if (m[2] !== undefined) return { type, kind: 'tag', tag: Number.parseInt(m[2], 16) };
  const guid = (m[3] ?? '').toUpperCase();
  if (m[4] !== undefined) {
    const name = m[5] ?? '';
    return name.length > 255 ? undefined : { type, kind: 'name', guid, name };
  }
  const raw = m[7] ?? '';
  const id = raw.toLowerCase().startsWith('0x') ? Number.parseInt(raw, 16) : Number(raw);
  return id > 0xffffffff ? undefined : { type, kind: 'id', guid, id };
}

export const invalidExtendedProperty = (): GraphError =>
  new GraphError(400, 'ErrorInvalidExtendedProperty', 'The extended property attribute combination is invalid.');

/** Parses or throws Graph's 400 ErrorInvalidExtendedProperty. */
export function requirePropertyId(text: string): ParsedPropertyId {
  const parsed = parsePropertyId(text);
  if (parsed === undefined) throw invalidExtendedProperty();
  return parsed;
}

const hex = (text: string): string => Buffer.from(text, 'utf8').toString('hex');

/**
 * A matching key for a property id: equal keys name the same property. It contains only
 * lower-case letters, digits and spaces, so comparing two keys case-insensitively (as the OData
 * evaluator compares strings) is the same as comparing them exactly.
 */
export function propertyKey(id: ParsedPropertyId): string {
  const type = id.type.toLowerCase();
  switch (id.kind) {
    case 'tag':
      return `${type} tag ${id.tag.toString(16)}`;
    case 'id':
      return `${type} ${id.guid.toLowerCase()} id ${id.id.toString(16)}`;
    case 'name': {
      const name = id.guid === PS_INTERNET_HEADERS ? id.name.toLowerCase() : id.name;
      return `${type} ${id.guid.toLowerCase()} name ${hex(name)}`;
    }
  }
}

/** The canonical spelling Graph uses for a property id. */
export function formatPropertyId(id: ParsedPropertyId): string {
  switch (id.kind) {
    case 'tag':
      return `${id.type} 0x${id.tag.toString(16).padStart(4, '0')}`;
    case 'id':
      return `${id.type} {${id.guid}} Id 0x${id.id.toString(16)}`;
    case 'name':
      return `${id.type} {${id.guid}} Name ${id.name}`;
  }
}

export function headerPropertyId(headerName: string): string {
  return `String {${PS_INTERNET_HEADERS}} Name ${headerName}`;
}

/** Checks a value against its property type (Graph sends every value as a string). */
function validValue(type: PropertyType, value: string): boolean {
  switch (type) {
    case 'Boolean':
      return /^(true|false)$/i.test(value);
    case 'Short':
    case 'Integer':
    case 'Long':
      return /^-?\d{1,19}$/.test(value);
    case 'Double':
    case 'Float':
    case 'Currency':
      return /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value);
    case 'SystemTime':
      return !Number.isNaN(Date.parse(value));
    case 'CLSID':
      return /^\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?$/.test(value);
    case 'Binary':
      return /^[A-Za-z0-9+/]*={0,2}$/.test(value);
    case 'String':
      return true;
  }
}

/** Validates single-value extended properties written by a client; ids must be distinct. */
export function validateExtendedProperties(properties: readonly ExtendedPropertyValue[]): ExtendedPropertyValue[] {
  if (properties.length > MAX_EXTENDED_PROPERTIES) {
    throw new GraphError(
      400,
      'BadRequest',
      `A message can have at most ${MAX_EXTENDED_PROPERTIES} extended properties.`,
    );
  }
  const keys = new Set<string>();
  return properties.map(({ id, value }) => {
    const parsed = requirePropertyId(id);
    const key = propertyKey(parsed);
    if (keys.has(key)) throw invalidExtendedProperty();
    keys.add(key);
    if (value !== null && !validValue(parsed.type, value)) {
      throw new GraphError(
        400,
        'ErrorInvalidExtendedPropertyValue',
        `The value '${clip(value, 40)}' is not valid for an extended property of type ${parsed.type}.`,
      );
    }
    return { id: formatPropertyId(parsed), value };
  });
}

/** Upserts `changes` into `current` by property identity (PATCH semantics). */
export function mergeExtendedProperties(
  current: readonly ExtendedPropertyValue[],
  changes: readonly ExtendedPropertyValue[],
): ExtendedPropertyValue[] {
  const merged = new Map<string, ExtendedPropertyValue>();
  for (const property of [...current, ...changes]) merged.set(propertyKey(requirePropertyId(property.id)), property);
  return [...merged.values()];
}

/** A message's extended properties for filtering and `$expand`: explicit ones and one per custom header. */
export function effectiveProperties(
  explicit: readonly ExtendedPropertyValue[],
  headers: readonly HeaderValue[],
): { key: string; id: string; value: string | null }[] {
  const byKey = new Map<string, { key: string; id: string; value: string | null }>();
  for (const header of headers) {
    const id = headerPropertyId(header.name);
    const key = propertyKey(requirePropertyId(id));
    byKey.set(key, { key, id, value: header.value });
  }
  for (const property of explicit) {
    const key = propertyKey(requirePropertyId(property.id));
    byKey.set(key, { key, id: property.id, value: property.value });
  }
  return [...byKey.values()];
}

/** Explicit PS_INTERNET_HEADERS string properties, which Exchange writes out as MIME headers. */
export function headersFromProperties(properties: readonly ExtendedPropertyValue[]): HeaderValue[] {
  const headers: HeaderValue[] = [];
  for (const property of properties) {
    const parsed = parsePropertyId(property.id);
    if (parsed?.kind === 'name' && parsed.type === 'String' && parsed.guid === PS_INTERNET_HEADERS) {
      headers.push({ name: parsed.name, value: property.value ?? '' });
    }
  }
  return headers;
}
