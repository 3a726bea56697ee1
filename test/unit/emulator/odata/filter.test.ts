import {
  compareValues,
  evaluateFilter,
  filterProperties,
  parseFilter,
  parseInstant,
  type FilterNode,
  type Operand,
  type Resolver,
} from '../../../../src/emulator/odata/filter';
import { expectODataError } from './support';

// ---- AST builders
const prop = (path: string): Operand => ({ kind: 'property', path: path.split('/') });
const num = (value: number): Operand => ({ kind: 'literal', value, type: 'number' });
const str = (value: string): Operand => ({ kind: 'literal', value, type: 'string' });
const bool = (value: boolean): Operand => ({ kind: 'literal', value, type: 'boolean' });
const cmp = (left: Operand, op: 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge', right: Operand): FilterNode => ({
  kind: 'compare',
  op,
  left,
  right,
});
const eq = (path: string, value: number): FilterNode => cmp(prop(path), 'eq', num(value));
const and = (left: FilterNode, right: FilterNode): FilterNode => ({ kind: 'and', left, right });
const or = (left: FilterNode, right: FilterNode): FilterNode => ({ kind: 'or', left, right });
const not = (operand: FilterNode): FilterNode => ({ kind: 'not', operand });
const fn = (name: 'startswith' | 'endswith' | 'contains', a: Operand, b: Operand): FilterNode => ({
  kind: 'function',
  name,
  args: [a, b],
});

/** Resolves paths by plain property access on `item` (what the emulator's stores do). */
const resolverFor =
  (item: Record<string, unknown>): Resolver =>
  (path) =>
    path.reduce<unknown>(
      (current, segment) =>
        typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[segment] : undefined,
      item,
    );
const matches = (filter: string, item: Record<string, unknown>): boolean =>
  evaluateFilter(parseFilter(filter), resolverFor(item));

describe('parseFilter', () => {
  describe('comparisons and literals', () => {
    it.each<[string, FilterNode]>([
      ['a eq 1', cmp(prop('a'), 'eq', num(1))],
      ['a ne 1', cmp(prop('a'), 'ne', num(1))],
      ['a lt 1', cmp(prop('a'), 'lt', num(1))],
      ['a gt 1', cmp(prop('a'), 'gt', num(1))],
      ['a le 1', cmp(prop('a'), 'le', num(1))],
      ['a ge 1', cmp(prop('a'), 'ge', num(1))],
      ['a EQ 1', cmp(prop('a'), 'eq', num(1))],
      ['a Ge 1', cmp(prop('a'), 'ge', num(1))],
      ['a eq -42', cmp(prop('a'), 'eq', num(-42))],
      ['a eq 3.25', cmp(prop('a'), 'eq', num(3.25))],
      ['a eq -0.5', cmp(prop('a'), 'eq', num(-0.5))],
      ["a eq 'text'", cmp(prop('a'), 'eq', str('text'))],
      ["a eq ''", cmp(prop('a'), 'eq', str(''))],
      ["a eq 'two  spaces (and parens) eq 1'", cmp(prop('a'), 'eq', str('two  spaces (and parens) eq 1'))],
      ['a eq true', cmp(prop('a'), 'eq', bool(true))],
      ['a eq FALSE', cmp(prop('a'), 'eq', bool(false))],
      ['a eq null', cmp(prop('a'), 'eq', { kind: 'literal', value: null, type: 'null' })],
      ['a eq Null', cmp(prop('a'), 'eq', { kind: 'literal', value: null, type: 'null' })],
      ["'1' eq '1'", cmp(str('1'), 'eq', str('1'))],
      ['1 lt a', cmp(num(1), 'lt', prop('a'))],
      ['a eq b', cmp(prop('a'), 'eq', prop('b'))],
      [
        'start/dateTime ge 2026-01-31T00:00:00Z',
        cmp(prop('start/dateTime'), 'ge', { kind: 'literal', value: '2026-01-31T00:00:00Z', type: 'dateTime' }),
      ],
      ['d lt 2026-01-31', cmp(prop('d'), 'lt', { kind: 'literal', value: '2026-01-31', type: 'dateTime' })],
      [
        'd lt 2026-01-31T10:30:00.1234567+05:30',
        cmp(prop('d'), 'lt', { kind: 'literal', value: '2026-01-31T10:30:00.1234567+05:30', type: 'dateTime' }),
      ],
      ['d lt 2026-01-31T10:30', cmp(prop('d'), 'lt', { kind: 'literal', value: '2026-01-31T10:30', type: 'dateTime' })],
      [
        'id eq 01234567-89ab-CDEF-0123-456789abcdef',
        cmp(prop('id'), 'eq', { kind: 'literal', value: '01234567-89ab-CDEF-0123-456789abcdef', type: 'guid' }),
      ],
      [
        'id eq deadbeef-0000-1111-2222-333344445555',
        cmp(prop('id'), 'eq', { kind: 'literal', value: 'deadbeef-0000-1111-2222-333344445555', type: 'guid' }),
      ],
      ["fields/Client_x0020_Code eq 'C-1'", cmp(prop('fields/Client_x0020_Code'), 'eq', str('C-1'))],
      ["_a/b_2/C eq 'x'", cmp(prop('_a/b_2/C'), 'eq', str('x'))],
      ['  \ta   eq\n1  ', cmp(prop('a'), 'eq', num(1))],
    ])('%s', (filter, expected) => {
      expect(parseFilter(filter)).toEqual(expected);
    });
  });

  describe('quotes and injection', () => {
    it.each([
      ["Name eq 'O''Brien'", "O'Brien"],
      ["Name eq ''''", "'"],
      ["Name eq 'a''''b'", "a''b"],
      ["Name eq '''quoted'''", "'quoted'"],
    ])('%s reads the doubled quote as one quote', (filter, value) => {
      expect(parseFilter(filter)).toEqual(cmp(prop('Name'), 'eq', str(value)));
    });

    it("rejects the classic injection `eq 'x' or '1' eq '1` (the last quote is never closed)", () => {
      const error = expectODataError(
        () => parseFilter("fields/Title eq 'x' or '1' eq '1"),
        /^Syntax error: character ''' is not valid at position 30 in 'fields\/Title eq 'x' or '1' eq '1'\.$/,
      );
      expect(error.message).toContain('position 30');
    });

    it('an escaped payload stays one string literal and so matches nothing but itself', () => {
      const node = parseFilter("fields/Title eq 'x'' or 1 eq 1'");
      expect(node).toEqual(cmp(prop('fields/Title'), 'eq', str("x' or 1 eq 1")));
      expect(evaluateFilter(node, resolverFor({ fields: { Title: 'x' } }))).toBe(false);
      expect(evaluateFilter(node, resolverFor({ fields: { Title: 'anything' } }))).toBe(false);
      expect(evaluateFilter(node, resolverFor({ fields: { Title: "X' OR 1 EQ 1" } }))).toBe(true);
    });

    it.each([
      ["fields/Title eq 'x'' or 1 eq 1", 16],
      ["Title eq 'a''", 9],
      ["Title eq 'a'b'", 13],
      ["Title eq 'abc", 9],
      ["'", 0],
    ])('a lone quote is a syntax error: %s', (filter, position) => {
      expectODataError(() => parseFilter(filter), new RegExp(`^Syntax error: character ''' .* position ${position} `));
    });
  });

  describe('precedence: not > comparison > and > or', () => {
    it.each<[string, FilterNode]>([
      ['a eq 1 or b eq 2 and c eq 3', or(eq('a', 1), and(eq('b', 2), eq('c', 3)))],
      ['a eq 1 and b eq 2 or c eq 3', or(and(eq('a', 1), eq('b', 2)), eq('c', 3))],
      ['a eq 1 OR b eq 2 AND c eq 3', or(eq('a', 1), and(eq('b', 2), eq('c', 3)))],
      ['(a eq 1 or b eq 2) and c eq 3', and(or(eq('a', 1), eq('b', 2)), eq('c', 3))],
      ['a eq 1 or b eq 2 or c eq 3', or(or(eq('a', 1), eq('b', 2)), eq('c', 3))],
      ['a eq 1 and b eq 2 and c eq 3', and(and(eq('a', 1), eq('b', 2)), eq('c', 3))],
      ['a eq 1 and (b eq 2 or c eq 3)', and(eq('a', 1), or(eq('b', 2), eq('c', 3)))],
      ['((a eq 1))', eq('a', 1)],
      ['not (a eq 1) and b eq 2', and(not(eq('a', 1)), eq('b', 2))],
      ['not (a eq 1 and b eq 2)', not(and(eq('a', 1), eq('b', 2)))],
      ['NOT (a eq 1) or b eq 2', or(not(eq('a', 1)), eq('b', 2))],
      ['not isDraft', not({ kind: 'bool', operand: prop('isDraft') })],
      ['not not isDraft', not(not({ kind: 'bool', operand: prop('isDraft') }))],
      ['not isDraft and b eq 2', and(not({ kind: 'bool', operand: prop('isDraft') }), eq('b', 2))],
    ])('%s', (filter, expected) => {
      expect(parseFilter(filter)).toEqual(expected);
    });

    it('rejects `not a eq 1` because not binds tighter than eq, and says how to fix it', () => {
      expectODataError(() => parseFilter('not a eq 1'), /boolean expression .* position 6; 'not' .* not \(a eq b\)/);
    });

    it('`not a eq true` is (not a) eq true', () => {
      expect(parseFilter('not a eq true')).toEqual(not({ kind: 'bool', operand: prop('a') }));
    });
  });

  describe('bare booleans', () => {
    it.each<[string, FilterNode]>([
      ['isDraft', { kind: 'bool', operand: prop('isDraft') }],
      ['fields/Active', { kind: 'bool', operand: prop('fields/Active') }],
      ['true', { kind: 'bool', operand: bool(true) }],
      [
        'isDraft and fields/Active',
        and({ kind: 'bool', operand: prop('isDraft') }, { kind: 'bool', operand: prop('fields/Active') }),
      ],
    ])('%s', (filter, expected) => {
      expect(parseFilter(filter)).toEqual(expected);
    });

    it.each(["'x'", '1', 'null', "a eq 1 and 'x'", '2026-01-01'])('rejects the non-boolean %s', (filter) => {
      expectODataError(() => parseFilter(filter), /^Invalid filter clause: expected a boolean expression/);
    });
  });

  describe('functions', () => {
    it.each<[string, FilterNode]>([
      ["startswith(fields/Code,'AB')", fn('startswith', prop('fields/Code'), str('AB'))],
      ["endswith(name, 'z')", fn('endswith', prop('name'), str('z'))],
      ["contains( subject , 'it''s' )", fn('contains', prop('subject'), str("it's"))],
      ["StartsWith(a,'x')", fn('startswith', prop('a'), str('x'))],
      ["CONTAINS(a,'x')", fn('contains', prop('a'), str('x'))],
      ["startswith(a,'x') eq true", fn('startswith', prop('a'), str('x'))],
      ["startswith(a,'x') ne false", fn('startswith', prop('a'), str('x'))],
      ["startswith(a,'x') eq false", not(fn('startswith', prop('a'), str('x')))],
      ["startswith(a,'x') ne true", not(fn('startswith', prop('a'), str('x')))],
      ["not startswith(a,'x')", not(fn('startswith', prop('a'), str('x')))],
      ['(a eq 1 or b eq 2) eq false', not(or(eq('a', 1), eq('b', 2)))],
      [
        "startswith(a,'x') and contains(b,'y') or endswith(c,'z')",
        or(
          and(fn('startswith', prop('a'), str('x')), fn('contains', prop('b'), str('y'))),
          fn('endswith', prop('c'), str('z')),
        ),
      ],
    ])('%s', (filter, expected) => {
      expect(parseFilter(filter)).toEqual(expected);
    });

    it.each<[string, RegExp]>([
      ["substringof('x',a)", /unknown function 'substringof' at position 0/],
      ["tolower(a) eq 'x'", /unknown function 'tolower'/],
      ['a eq 1 and length(a) gt 2', /unknown function 'length' at position 11/],
      ['startswith(a)', /unexpected token '\)' .*expected ',' \(function 'startswith' takes 2 arguments\)/],
      ["startswith(a,'b','c')", /unexpected token ',' .*expected '\)'/],
      ["startswith(a,'b'", /unexpected end of input .*expected '\)'/],
      ["startswith(a,'b') gt true", /can only be compared with eq\/ne true or false/],
      ["startswith(a,'b') eq 'x'", /can only be compared with eq\/ne true or false/],
      ["startswith(a,'b') eq null", /can only be compared with eq\/ne true or false/],
      ["startswith(tolower(a),'b')", /unexpected token '\('/],
      ["startswith(a eq 1,'b')", /unexpected token 'eq'/],
    ])('rejects %s', (filter, message) => {
      expectODataError(() => parseFilter(filter), message);
    });
  });

  describe('lambdas', () => {
    it('any with and inside', () => {
      expect(parseFilter("attendees/any(x: x/emailAddress/address eq 'a@b.c' and x/type eq 'required')")).toEqual({
        kind: 'lambda',
        quantifier: 'any',
        collection: ['attendees'],
        variable: 'x',
        predicate: and(
          cmp(prop('x/emailAddress/address'), 'eq', str('a@b.c')),
          cmp(prop('x/type'), 'eq', str('required')),
        ),
      });
    });

    it.each<[string, FilterNode]>([
      [
        "singleValueExtendedProperties/Any(ep: ep/id eq 'String {x} Name y' and ep/value eq 'v')",
        {
          kind: 'lambda',
          quantifier: 'any',
          collection: ['singleValueExtendedProperties'],
          variable: 'ep',
          predicate: and(cmp(prop('ep/id'), 'eq', str('String {x} Name y')), cmp(prop('ep/value'), 'eq', str('v'))),
        },
      ],
      [
        "categories/all(c: c ne 'Red')",
        {
          kind: 'lambda',
          quantifier: 'all',
          collection: ['categories'],
          variable: 'c',
          predicate: cmp(prop('c'), 'ne', str('Red')),
        },
      ],
      [
        'attendees/any()',
        {
          kind: 'lambda',
          quantifier: 'any',
          collection: ['attendees'],
          variable: '',
          predicate: { kind: 'bool', operand: bool(true) },
        },
      ],
      [
        'not fields/Tags/any()',
        not({
          kind: 'lambda',
          quantifier: 'any',
          collection: ['fields', 'Tags'],
          variable: '',
          predicate: { kind: 'bool', operand: bool(true) },
        }),
      ],
      [
        "a/any(x: x/b/all(y: startswith(y/c, 'q')))",
        {
          kind: 'lambda',
          quantifier: 'any',
          collection: ['a'],
          variable: 'x',
          predicate: {
            kind: 'lambda',
            quantifier: 'all',
            collection: ['x', 'b'],
            variable: 'y',
            predicate: fn('startswith', prop('y/c'), str('q')),
          },
        },
      ],
      [
        "tags/any(t: t eq 'a') eq false",
        not({
          kind: 'lambda',
          quantifier: 'any',
          collection: ['tags'],
          variable: 't',
          predicate: cmp(prop('t'), 'eq', str('a')),
        }),
      ],
    ])('%s', (filter, expected) => {
      expect(parseFilter(filter)).toEqual(expected);
    });

    it.each<[string, RegExp]>([
      ['tags/all()', /'all' requires a lambda expression/],
      ["tags/any(t t eq 'a')", /unexpected token 't' .*expected ':'/],
      ["tags/any(: t eq 'a')", /unexpected token ':' .*expected a lambda variable/],
      ["tags/any(and: and eq 'a')", /unexpected token 'and' .*expected a lambda variable/],
      ["tags/any(t: t eq 'a'", /unexpected end of input .*expected '\)'/],
      ['tags/any(t: )', /unexpected token '\)'/],
      ["tags/count(t: t eq 'a')", /unexpected token '\('/],
      ["any(t: t eq 'a')", /unknown function 'any'/],
    ])('rejects %s', (filter, message) => {
      expectODataError(() => parseFilter(filter), message);
    });
  });

  describe('errors', () => {
    it.each<[string, string, RegExp]>([
      ['empty', '', /^Invalid filter clause: the filter is empty\.$/],
      ['blank', '   \t ', /^Invalid filter clause: the filter is empty\.$/],
      [
        'missing right operand',
        'a eq',
        /^Invalid filter clause: unexpected end of input at position 4; expected a property/,
      ],
      ['missing left operand', 'eq 1', /^Invalid filter clause: unexpected token 'eq' at position 0/],
      ['operator as operand', 'a eq and', /unexpected token 'and' at position 5/],
      ['trailing token', 'a eq 1 xyz', /^Invalid filter clause: unexpected token 'xyz' at position 7\.$/],
      ['chained comparison', 'a eq 1 eq 2', /unexpected token 'eq' at position 7/],
      ['dangling and', 'a eq 1 and', /unexpected end of input at position 10/],
      ['dangling or', 'a eq 1 or ', /unexpected end of input at position 10/],
      ['double and', 'a eq 1 and and b eq 2', /unexpected token 'and' at position 11/],
      ['unclosed paren', '(a eq 1', /unexpected end of input at position 7; expected '\)'/],
      ['extra close paren', 'a eq 1)', /unexpected token '\)' at position 6\.$/],
      ['empty parens', '()', /unexpected token '\)' at position 1/],
      ['unsupported has', "a has 'x'", /^Invalid filter clause: operator 'has' is not supported at position 2\.$/],
      ['unsupported in', "a in ('x')", /operator 'in' is not supported/],
      ['unsupported add', 'a add 1 eq 2', /operator 'add' is not supported/],
      ['symbolic operator', 'a = 1', /^Syntax error: character '=' is not valid at position 2 in 'a = 1'\.$/],
      ['symbolic not-equal', 'a != 1', /character '!' is not valid at position 2/],
      ['double quotes', 'a eq "x"', /character '"' is not valid at position 5/],
      ['ampersand', 'a eq 1 && b eq 2', /character '&' is not valid/],
      ['dollar', '$filter=a eq 1', /character '\$' is not valid at position 0/],
      ['dot in path', 'a.b eq 1', /character '\.' is not valid at position 1/],
      ['quoted path segment', "a/'b' eq 1", /unexpected token ''b'' at position 2; expected a property name after \//],
      ['leading slash', '/a eq 1', /unexpected token '\/' at position 0/],
      ['number glued to letters', 'a eq 12abc', /invalid literal '12abc' at position 5/],
      ['exponent', 'a eq 1e5', /invalid literal '1e5'/],
      ['bare minus', 'a eq -', /invalid literal '-' at position 5/],
      ['incomplete date', 'a eq 2026-01-3', /invalid literal '2026-01-3'/],
      ['impossible month', 'a eq 2026-13-01', /invalid date-time literal '2026-13-01' at position 5/],
      ['impossible day', 'a eq 2026-02-30T00:00:00Z', /invalid date-time literal '2026-02-30T00:00:00Z'/],
      ['impossible hour', 'a eq 2026-02-03T25:00:00Z', /invalid date-time literal/],
      ['hour without minutes', 'a eq 2026-02-03T10', /invalid literal '2026-02-03T10'/],
      ['short guid', 'a eq 0123456-89ab-cdef-0123-456789abcdef', /invalid literal/],
      ['literal as property path', "'a'/b eq 1", /expected a boolean expression at position 0, found a string literal/],
      ['unknown function', 'foo(a)', /unknown function 'foo' at position 0/],
    ])('%s: %s', (_label, filter, message) => {
      expectODataError(() => parseFilter(filter), message);
    });

    it('never echoes more than ~200 characters of the input', () => {
      const filter = `a eq 1 and b eq 'x' ${'='.repeat(1000)}`;
      const error = expectODataError(() => parseFilter(filter), /^Syntax error: character '='/);
      expect(error.message.length).toBeLessThan(300);
      const longToken = `a eq 1 ${'z'.repeat(3000)}`;
      expect(expectODataError(() => parseFilter(longToken), /unexpected token/).message.length).toBeLessThan(300);
      const longFunction = `${'f'.repeat(3000)}(a)`;
      expect(expectODataError(() => parseFilter(longFunction), /unknown function/).message.length).toBeLessThan(300);
    });
  });

  describe('limits', () => {
    const clauses = (n: number): string => Array.from({ length: n }, (_, i) => `a eq ${i}`).join(' or ');

    it('accepts exactly 4096 characters and rejects 4097', () => {
      const base = "a eq ''";
      const atLimit = `a eq '${'x'.repeat(4096 - base.length)}'`;
      expect(atLimit).toHaveLength(4096);
      expect(() => parseFilter(atLimit)).not.toThrow();
      expectODataError(() => parseFilter(`${atLimit} `), /longer than 4096 characters/);
    });

    it('accepts 64 levels of nesting and rejects 65', () => {
      expect(parseFilter(`${'('.repeat(63)}a eq 1${')'.repeat(63)}`)).toEqual(eq('a', 1));
      expectODataError(() => parseFilter(`${'('.repeat(64)}a eq 1${')'.repeat(64)}`), /nested more than 64 levels/);
      expect(() => parseFilter(`${'not '.repeat(63)}a`)).not.toThrow();
      expectODataError(() => parseFilter(`${'not '.repeat(64)}a`), /nested more than 64 levels/);
    });

    it('rejects pathological nesting with ODataQueryError, not RangeError', () => {
      expectODataError(() => parseFilter('('.repeat(4096)), /nested more than 64 levels/);
      expectODataError(() => parseFilter(`${'not '.repeat(1000)}a`), /nested more than 64 levels/);
      const lambdas = `${'a/any(x:'.repeat(400)}x eq 1${')'.repeat(400)}`.slice(0, 4096);
      expectODataError(() => parseFilter(lambdas), /nested more than 64 levels/);
    });

    it('accepts 200 clauses and rejects 201', () => {
      expect(() => parseFilter(clauses(200))).not.toThrow();
      expectODataError(() => parseFilter(clauses(201)), /more than 200 clauses/);
      const functions = Array.from({ length: 201 }, () => "contains(a,'x')").join(' or ');
      expectODataError(() => parseFilter(functions), /more than 200 clauses/);
    });

    it('evaluates a 200-clause chain', () => {
      expect(evaluateFilter(parseFilter(clauses(200)), resolverFor({ a: 199 }))).toBe(true);
      expect(evaluateFilter(parseFilter(clauses(200)), resolverFor({ a: 200 }))).toBe(false);
    });
  });
});

describe('filterProperties', () => {
  it.each<[string, string[]]>([
    ['a eq 1', ['a']],
    ["fields/A eq 1 and (fields/B eq 2 or startswith(fields/A, 'x'))", ['fields/A', 'fields/B']],
    ['a eq b', ['a', 'b']],
    ["'x' eq 'y'", []],
    ['not isDraft or fields/Active', ['isDraft', 'fields/Active']],
    ["attendees/any(a: a/emailAddress/address eq 'x' and a/type eq 'required') and isDraft", ['attendees', 'isDraft']],
    ["attendees/any(a: a/type eq 'x') or attendees/all(b: b/type ne 'y')", ['attendees']],
    ['tags/any()', ['tags']],
    ["a/any(x: x/b/any(y: y/c eq 'q'))", ['a']],
    ['a/any(x: x/b eq limit)', ['a', 'limit']],
    ["categories/any(c: c eq 'Red') and c eq 1", ['categories', 'c']],
  ])('%s', (filter, expected) => {
    expect(filterProperties(parseFilter(filter))).toEqual(expected.map((path) => path.split('/')));
  });
});

describe('evaluateFilter', () => {
  describe('strings compare case-insensitively', () => {
    it.each<[string, Record<string, unknown>, boolean]>([
      ["name eq 'ACME'", { name: 'acme' }, true],
      ["name eq 'acme'", { name: 'Acme' }, true],
      ["name ne 'ACME'", { name: 'acme' }, false],
      ["name eq 'acme '", { name: 'acme' }, false],
      ["name lt 'b'", { name: 'A' }, true],
      ["name lt 'B'", { name: 'a' }, true],
      ["name gt 'b'", { name: 'A' }, false],
      ["name ge 'ACME'", { name: 'acme' }, true],
      ["name le 'ACME'", { name: 'acme' }, true],
      ["'Z' eq 'z'", {}, true],
      ['a eq b', { a: 'Mixed', b: 'mIXED' }, true],
      ['id eq 01234567-89AB-cdef-0123-456789ABCDEF', { id: '01234567-89ab-CDEF-0123-456789abcdef' }, true],
      ["startswith(name,'ac')", { name: 'ACME' }, true],
      ["startswith(name,'me')", { name: 'ACME' }, false],
      ["endswith(name,'ME')", { name: 'acme' }, true],
      ["endswith(name,'ac')", { name: 'acme' }, false],
      ["contains(name,'CM')", { name: 'acme' }, true],
      ["contains(name,'x')", { name: 'acme' }, false],
      ["contains(name,'')", { name: 'acme' }, true],
      ["contains(name,'1')", { name: 1 }, false],
      ["contains(name,'a')", {}, false],
      ["contains(tags,'a')", { tags: ['a'] }, false],
      ["startswith(name,'ac') eq false", { name: 'acme' }, false],
      ["not startswith(name,'ac')", { name: 'zeta' }, true],
    ])('%s on %j → %s', (filter, item, expected) => {
      expect(matches(filter, item)).toBe(expected);
    });
  });

  describe('numbers and numeric strings', () => {
    it.each<[string, Record<string, unknown>, boolean]>([
      ['n eq 5', { n: 5 }, true],
      ['n gt 5', { n: 10 }, true],
      ['n gt 10', { n: 9.5 }, false],
      ['n lt -1', { n: -1.5 }, true],
      ['n ge 2.5', { n: 2.5 }, true],
      ['n le 2', { n: 2.5 }, false],
      ['n gt 10', { n: '12' }, true],
      ['n gt 10', { n: '9' }, false],
      ['n eq 5', { n: '5.0' }, true],
      ['n eq 5', { n: ' 5 ' }, true],
      ['5 lt n', { n: '10' }, true],
      ['n eq 5', { n: 'five' }, false],
      ['n ne 5', { n: 'five' }, true],
      ['n lt 5', { n: 'five' }, false],
      ['n gt 5', { n: 'five' }, false],
      ["n eq '5'", { n: 5 }, true],
      ["n gt '10'", { n: 9 }, false],
      ['n eq 1', { n: true }, false],
      ['n ne 1', { n: true }, true],
    ])('%s on %j → %s', (filter, item, expected) => {
      expect(matches(filter, item)).toBe(expected);
    });
  });

  describe('date-times compare as instants', () => {
    it.each<[string, Record<string, unknown>, boolean]>([
      ['d ge 2026-01-31', { d: '2026-01-31T00:00:00.0000000' }, true],
      ['d ge 2026-01-31', { d: '2026-01-30T23:59:59.9999999' }, false],
      ['d eq 2026-01-31', { d: '2026-01-31T00:00:00Z' }, true],
      ['d eq 2026-01-31', { d: '2026-01-31' }, true],
      ['d lt 2026-01-31T00:00:00Z', { d: '2026-01-30T18:00:00-06:00' }, false],
      ['d lt 2026-01-31T00:00:00Z', { d: '2026-01-30T17:59:59-06:00' }, true],
      ['d eq 2026-01-31T01:00:00+01:00', { d: '2026-01-31T00:00:00Z' }, true],
      ['d eq 2026-01-31T10:30', { d: '2026-01-31T10:30:00.000Z' }, true],
      ['d gt 2026-01-31T10:30:00.5Z', { d: '2026-01-31T10:30:00.499Z' }, false],
      ['d gt 2026-01-31T10:30:00.5Z', { d: '2026-01-31T10:30:00.501Z' }, true],
      ['d gt 2025-12-31', { d: new Date('2026-01-01T00:00:00Z') }, true],
      ['d lt 2025-12-31', { d: new Date('2026-01-01T00:00:00Z') }, false],
      ['d eq 2026-01-31', { d: 'not a date' }, false],
      ['d ne 2026-01-31', { d: 'not a date' }, true],
      ['d gt 2026-01-31', { d: 'not a date' }, false],
      ['d gt 2026-01-31', { d: 20260201 }, false],
      ['d eq 2026-01-31', {}, false],
      ['d ne 2026-01-31', {}, true],
      ['d eq null', {}, true],
    ])('%s on %j → %s', (filter, item, expected) => {
      expect(matches(filter, item)).toBe(expected);
    });

    it('does not depend on the machine time zone (no-offset strings are UTC)', () => {
      expect(parseInstant('2026-01-31T10:00:00.0000000')).toBe(Date.UTC(2026, 0, 31, 10));
      expect(parseInstant('2026-01-31')).toBe(Date.UTC(2026, 0, 31));
      expect(parseInstant('2026-01-31T10:00:00+05:30')).toBe(Date.UTC(2026, 0, 31, 4, 30));
      expect(new Date(parseInstant('0099-12-31') as number).toISOString()).toBe('0099-12-31T00:00:00.000Z');
      expect(parseInstant('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
      expect(parseInstant('2025-02-29')).toBeUndefined();
      expect(parseInstant('yesterday')).toBeUndefined();
    });
  });

  describe('null and missing properties', () => {
    it.each<[string, Record<string, unknown>, boolean]>([
      ['x eq null', {}, true],
      ['x eq null', { x: null }, true],
      ['x eq null', { x: '' }, false],
      ['x eq null', { x: 0 }, false],
      ['x ne null', { x: 0 }, true],
      ['x ne null', {}, false],
      ['null eq x', {}, true],
      ['null eq null', {}, true],
      ['x eq y', {}, true],
      ['x gt null', { x: 1 }, false],
      ['x lt null', { x: 1 }, false],
      ['x le null', {}, false],
      ['x ge null', {}, false],
      ['x lt 5', {}, false],
      ['x ge 5', {}, false],
      ["x eq 'a'", {}, false],
      ["x ne 'a'", {}, true],
      ['a/b/c eq 1', { a: 'scalar' }, false],
      ['a/b/c eq null', { a: { b: null } }, true],
    ])('%s on %j → %s', (filter, item, expected) => {
      expect(matches(filter, item)).toBe(expected);
    });
  });

  describe('booleans', () => {
    it.each<[string, Record<string, unknown>, boolean]>([
      ['isDraft', { isDraft: true }, true],
      ['isDraft', { isDraft: false }, false],
      ['isDraft', {}, false],
      ['isDraft', { isDraft: 'true' }, false],
      ['isDraft', { isDraft: 1 }, false],
      ['not isDraft', { isDraft: false }, true],
      ['not isDraft', {}, true],
      ['isDraft eq true', { isDraft: true }, true],
      ['isDraft eq false', { isDraft: false }, true],
      ['isDraft ne true', { isDraft: false }, true],
      ['isDraft eq true', { isDraft: 'true' }, false],
      ['isDraft lt true', { isDraft: false }, true],
      ['isDraft gt false', { isDraft: true }, true],
      ['isDraft gt true', { isDraft: true }, false],
      ['true', {}, true],
      ['false or true', {}, true],
      ['fields/Active and not fields/Archived', { fields: { Active: true, Archived: false } }, true],
    ])('%s on %j → %s', (filter, item, expected) => {
      expect(matches(filter, item)).toBe(expected);
    });
  });

  describe('logic and precedence', () => {
    it.each<[string, Record<string, unknown>, boolean]>([
      // a or (b and c): true with a alone; ((a or b) and c) would be false.
      ['a eq 1 or b eq 2 and c eq 3', { a: 1, b: 0, c: 0 }, true],
      ['(a eq 1 or b eq 2) and c eq 3', { a: 1, b: 0, c: 0 }, false],
      ['a eq 1 or b eq 2 and c eq 3', { a: 0, b: 2, c: 0 }, false],
      ['a eq 1 or b eq 2 and c eq 3', { a: 0, b: 2, c: 3 }, true],
      // (a and b) or c: true with c alone; a and (b or c) would be false.
      ['a eq 1 and b eq 2 or c eq 3', { a: 0, b: 0, c: 3 }, true],
      ['a eq 1 and (b eq 2 or c eq 3)', { a: 0, b: 0, c: 3 }, false],
      ['not (a eq 1) and b eq 2', { a: 0, b: 2 }, true],
      ['not (a eq 1 and b eq 2)', { a: 1, b: 0 }, true],
      ['not (a eq 1 or b eq 2)', { a: 1, b: 0 }, false],
      ['not not (a eq 1)', { a: 1 }, true],
    ])('%s on %j → %s', (filter, item, expected) => {
      expect(matches(filter, item)).toBe(expected);
    });
  });

  describe('lambdas', () => {
    const event = {
      subject: 'Review',
      organizer: 'me@x.com',
      attendees: [
        { emailAddress: { address: 'ana@x.com' }, type: 'required' },
        { emailAddress: { address: 'luis@x.com' }, type: 'optional' },
      ],
      categories: ['Red', 'Blue'],
      singleValueExtendedProperties: [{ id: 'String {guid} Name CaseId', value: 'C-7' }],
      groups: [{ members: [{ name: 'a' }, { name: 'b' }] }, { members: [] }],
      empty: [],
    };

    it.each<[string, boolean]>([
      ["attendees/any(x: x/emailAddress/address eq 'ANA@x.com' and x/type eq 'required')", true],
      ["attendees/any(x: x/emailAddress/address eq 'ana@x.com' and x/type eq 'optional')", false],
      ["attendees/any(x: x/emailAddress/address eq 'luis@x.com' and x/type eq 'optional')", true],
      ["attendees/all(x: endswith(x/emailAddress/address, '@x.com'))", true],
      ["attendees/all(x: x/type eq 'required')", false],
      ["categories/any(c: c eq 'red')", true],
      ["categories/any(c: c eq 'green')", false],
      ["categories/all(c: c ne 'green')", true],
      ["singleValueExtendedProperties/any(ep: ep/id eq 'String {guid} Name CaseId' and ep/value eq 'C-7')", true],
      ["singleValueExtendedProperties/any(ep: ep/id eq 'String {guid} Name CaseId' and ep/value eq 'C-8')", false],
      ['attendees/any()', true],
      ['empty/any()', false],
      ["empty/any(x: x eq 'a')", false],
      ["empty/all(x: x eq 'a')", true],
      ['missing/any()', false],
      ["missing/all(x: x eq 'a')", true],
      ["subject/any(x: x eq 'Review')", false],
      ['not empty/any()', true],
      ["groups/any(g: g/members/any(m: m/name eq 'b'))", true],
      ["groups/all(g: g/members/any(m: m/name eq 'b'))", false],
      ["groups/any(g: g/members/all(m: m/name eq 'z'))", true],
      // Paths not starting with the variable still read the item.
      ["attendees/any(x: x/emailAddress/address ne organizer and subject eq 'review')", true],
      // The variable shadows a property of the same name only inside the lambda.
      ["categories/any(subject: subject eq 'Blue') and subject eq 'Review'", true],
      ["categories/any(c: c eq 'blue') eq false", false],
    ])('%s → %s', (filter, expected) => {
      expect(matches(filter, event)).toBe(expected);
    });

    it('passes the scope to the resolver and never asks it for lambda-variable paths', () => {
      const resolve = jest.fn<unknown, [string[], Readonly<Record<string, unknown>>]>((path) =>
        path[0] === 'tags' ? ['a', 'b'] : 'outer',
      );
      const node = parseFilter("tags/any(t: t eq 'b' and other eq 'OUTER')");
      expect(evaluateFilter(node, resolve, { base: 1 })).toBe(true);
      const paths = resolve.mock.calls.map(([path]) => path.join('/'));
      // 'a' fails `t eq 'b'`, so `other` is read once, for 'b', with the variable bound in the scope.
      expect(paths).toEqual(['tags', 'other']);
      expect(resolve.mock.calls[0]?.[1]).toEqual({ base: 1 });
      expect(resolve.mock.calls[1]?.[1]).toEqual({ base: 1, t: 'b' });
    });

    it('reads a bound variable supplied by the caller’s scope', () => {
      const resolve: Resolver = () => undefined;
      expect(evaluateFilter(parseFilter("x/name eq 'n'"), resolve, { x: { name: 'N' } })).toBe(true);
    });
  });
});

describe('compareValues', () => {
  it('sorts into a total order: null first, then booleans, numbers, strings', () => {
    // (Array.prototype.sort moves undefined to the end without asking the comparator, so it is left out here.)
    const values: unknown[] = ['b', 3, null, true, 'A', -1, false, 'a', 2.5, NaN, 'B'];
    expect([...values].sort(compareValues)).toEqual([null, false, true, NaN, -1, 2.5, 3, 'A', 'a', 'b', 'B']);
  });

  it.each<[unknown, unknown, number]>([
    [null, undefined, 0],
    [null, false, -1],
    [false, true, -1],
    [true, 0, -1],
    [10, 9, 1],
    [9, '10', -1],
    ['10', '9', -1],
    ['abc', 'ABC', 0],
    ['abc', 'abd', -1],
    ['Zeta', 'alpha', 1],
    [new Date(1000), new Date(2000), -1],
    [{}, 'z', 1],
  ])('compareValues(%p, %p) has sign %d', (a, b, sign) => {
    expect(Math.sign(compareValues(a, b))).toBe(sign);
    expect(Math.sign(compareValues(b, a))).toBe(-sign || 0);
  });

  it('is antisymmetric and transitive over mixed values', () => {
    const values: unknown[] = [null, undefined, false, true, -3, 0, 0.5, 7, NaN, '', 'a', 'A', 'b', '10', 'é', {}, []];
    for (const a of values) {
      for (const b of values) {
        expect(Math.sign(compareValues(a, b))).toBe(-Math.sign(compareValues(b, a)) || 0);
        for (const c of values) {
          if (compareValues(a, b) <= 0 && compareValues(b, c) <= 0) expect(compareValues(a, c)).toBeLessThanOrEqual(0);
        }
      }
    }
  });
});
