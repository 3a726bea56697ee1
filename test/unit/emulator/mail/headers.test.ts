import { GraphError } from '../../../../src/emulator/http/graph-error';
import {
  effectiveProperties,
  formatPropertyId,
  headerPropertyId,
  headersFromProperties,
  mergeExtendedProperties,
  parsePropertyId,
  propertyKey,
  PS_INTERNET_HEADERS,
  validateCustomHeaders,
  validateExtendedProperties,
} from '../../../../src/emulator/mail/headers';

function graphError(fn: () => unknown): GraphError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphError);
    return error as GraphError;
  }
  throw new Error('no error thrown');
}

describe('validateCustomHeaders', () => {
  it('accepts up to five x- headers, either case of the prefix', () => {
    const headers = [
      { name: 'x-relaciones-key', value: 'abc' },
      { name: 'X-Other', value: '' },
    ];
    expect(validateCustomHeaders(headers)).toEqual(headers);
  });

  it('rejects names without the x- prefix with Graph’s message', () => {
    const error = graphError(() => validateCustomHeaders([{ name: 'In-Reply-To', value: '<a@b>' }]));
    expect(error.status).toBe(400);
    expect(error.code).toBe('InvalidInternetMessageHeader');
    expect(error.message).toBe("The internet message header name 'In-Reply-To' should start with 'x-' or 'X-'.");
  });

  it('rejects more than five, an empty list, duplicates and oversized totals as a collection error', () => {
    const six = [1, 2, 3, 4, 5, 6].map((i) => ({ name: `x-${i}`, value: 'v' }));
    expect(graphError(() => validateCustomHeaders(six)).message).toBe(
      'Maximum number of headers in one message should be less than or equal to 5.',
    );
    for (const list of [
      [],
      [
        { name: 'x-a', value: '1' },
        { name: 'X-A', value: '2' },
      ],
      [{ name: 'x-big', value: 'v'.repeat(4096) }],
    ]) {
      expect(graphError(() => validateCustomHeaders(list)).code).toBe('InvalidInternetMessageHeaderCollection');
    }
  });

  it('rejects header injection and invalid field names', () => {
    for (const header of [
      { name: 'x-a', value: 'ok\r\nBcc: victim@example.com' },
      { name: 'x-a', value: 'a\nb' },
      { name: 'x-a:b', value: 'v' },
      { name: 'x-a b', value: 'v' },
      { name: 'x-ñ', value: 'v' },
      { name: 'x-', value: 'v' },
    ]) {
      expect(graphError(() => validateCustomHeaders([header])).code).toBe('InvalidInternetMessageHeader');
    }
  });
});

describe('extended property ids', () => {
  it('parses the three forms, case-insensitively for the keywords and GUID', () => {
    expect(parsePropertyId('String 0x007D')).toEqual({ type: 'String', kind: 'tag', tag: 0x7d });
    expect(parsePropertyId(`string {${PS_INTERNET_HEADERS.toLowerCase()}} name X-Key`)).toEqual({
      type: 'String',
      kind: 'name',
      guid: PS_INTERNET_HEADERS,
      name: 'X-Key',
    });
    expect(parsePropertyId('Integer {11000E07-B51B-40D6-AF21-CAA85EDAB1D0} Id 0x0027')).toMatchObject({
      kind: 'id',
      id: 0x27,
    });
  });

  it('rejects anything else', () => {
    for (const text of [
      'x-key',
      'String',
      'String 0x12345',
      `String ${PS_INTERNET_HEADERS} Name x`,
      `StringArray {${PS_INTERNET_HEADERS}} Name x`,
      `String {${PS_INTERNET_HEADERS}} Name`,
      `String {${PS_INTERNET_HEADERS}} Other x`,
    ]) {
      expect(parsePropertyId(text)).toBeUndefined();
    }
  });

  it('keys: Internet header names match case-insensitively, other names case-sensitively', () => {
    const key = (text: string) => {
      const parsed = parsePropertyId(text);
      if (parsed === undefined) throw new Error(text);
      return propertyKey(parsed);
    };
    expect(key(`String {${PS_INTERNET_HEADERS}} Name x-relaciones-key`)).toBe(
      key(`STRING {${PS_INTERNET_HEADERS.toLowerCase()}} NAME X-Relaciones-Key`),
    );
    const other = '11000E07-B51B-40D6-AF21-CAA85EDAB1D0';
    expect(key(`String {${other}} Name Key`)).not.toBe(key(`String {${other}} Name key`));
    expect(key(`String {${other}} Name Key`)).toMatch(/^[a-z0-9 -]+$/);
  });

  it('formats ids canonically', () => {
    const parsed = parsePropertyId(`string {${PS_INTERNET_HEADERS.toLowerCase()}} name x-a`);
    expect(parsed && formatPropertyId(parsed)).toBe(`String {${PS_INTERNET_HEADERS}} Name x-a`);
    expect(headerPropertyId('x-a')).toBe(`String {${PS_INTERNET_HEADERS}} Name x-a`);
  });
});

describe('extended property values', () => {
  it('validates ids, values by type, and duplicates', () => {
    expect(validateExtendedProperties([{ id: 'integer 0x1234', value: '42' }])).toEqual([
      { id: 'Integer 0x1234', value: '42' },
    ]);
    expect(graphError(() => validateExtendedProperties([{ id: 'nope', value: 'x' }])).code).toBe(
      'ErrorInvalidExtendedProperty',
    );
    expect(graphError(() => validateExtendedProperties([{ id: 'Integer 0x1234', value: 'x' }])).code).toBe(
      'ErrorInvalidExtendedPropertyValue',
    );
    expect(graphError(() => validateExtendedProperties([{ id: 'Boolean 0x1', value: 'yes' }])).code).toBe(
      'ErrorInvalidExtendedPropertyValue',
    );
    const dup = [
      { id: `String {${PS_INTERNET_HEADERS}} Name x-a`, value: '1' },
      { id: `String {${PS_INTERNET_HEADERS}} Name X-A`, value: '2' },
    ];
    expect(graphError(() => validateExtendedProperties(dup)).code).toBe('ErrorInvalidExtendedProperty');
  });

  it('merges by identity, and exposes headers as PS_INTERNET_HEADERS properties', () => {
    const merged = mergeExtendedProperties(
      [{ id: 'String 0x1000', value: 'a' }],
      [
        { id: 'String 0x1000', value: 'b' },
        { id: 'String 0x1001', value: 'c' },
      ],
    );
    expect(merged).toEqual([
      { id: 'String 0x1000', value: 'b' },
      { id: 'String 0x1001', value: 'c' },
    ]);
    const effective = effectiveProperties([{ id: 'String 0x1000', value: 'b' }], [{ name: 'x-key', value: 'abc' }]);
    expect(effective.map(({ id, value }) => ({ id, value }))).toEqual([
      { id: `String {${PS_INTERNET_HEADERS}} Name x-key`, value: 'abc' },
      { id: 'String 0x1000', value: 'b' },
    ]);
    expect(
      headersFromProperties([
        { id: `String {${PS_INTERNET_HEADERS}} Name x-via-prop`, value: 'v' },
        { id: 'String 0x1000', value: 'b' },
      ]),
    ).toEqual([{ name: 'x-via-prop', value: 'v' }]);
  });
});
