/**
 * `$filter` for the Graph emulator: a hand-written recursive-descent parser and an evaluator for the
 * OData subset Microsoft Graph (and SharePoint list items) accept.
 *
 * Grammar (keywords, operators and function names are case-insensitive):
 *   or-expr   := and-expr ('or' and-expr)*
 *   and-expr  := compare ('and' compare)*
 *   compare   := unary (('eq'|'ne'|'lt'|'gt'|'le'|'ge') operand)?
 *   unary     := 'not' unary | '(' or-expr ')' | function | lambda | operand
 *   function  := ('startswith'|'endswith'|'contains') '(' operand ',' operand ')'
 *   lambda    := path '/' ('any'|'all') '(' (identifier ':' or-expr)? ')'     -- `any()` = non-empty; `all()` is invalid
 *   operand   := path | 'string' (with '' as the escaped quote) | integer | decimal | true | false | null
 *              | date-time (2026-01-31, 2026-01-31T00:00:00Z, offsets allowed) | GUID (8-4-4-4-12 hex)
 *   path      := identifier ('/' identifier)*      identifier := [A-Za-z_][A-Za-z0-9_]*
 * Precedence is OData's: not > comparison > and > or, so `not a eq 1` is `(not a) eq 1` and is rejected
 * (write `not (a eq 1)`). A boolean expression (function, lambda, `not …`, parenthesised) may be compared
 * only with `eq`/`ne` `true`/`false`; that comparison is folded away at parse time. A bare property or
 * boolean literal is a `bool` node. Limits: 4096 characters, nesting depth 64, 200 comparison/function clauses.
 *
 * Evaluation: `resolve(path, scope)` returns a property's value (undefined = missing = null). Inside a
 * lambda each element is bound to the variable in `scope`; paths starting with a bound variable are read
 * from `scope` by plain property access and never reach `resolve`. Comparisons:
 *   - null: `eq null` is true for null/undefined, `ne null` the converse; lt/gt/le/ge with a null side are false.
 *   - a date-time literal (or a Date value) compares as an instant with ISO strings / Dates; a date-only
 *     literal means midnight UTC, and an ISO string without an offset is read as UTC.
 *   - a number against a numeric string compares numerically.
 *   - strings compare case-insensitively (ordinal on `toLowerCase()`, as SharePoint text columns do);
 *     booleans false < true; numbers numerically.
 *   - any other mix of types is incomparable: `eq` and ordering are false, `ne` is true.
 * startswith/endswith/contains are case-insensitive and false unless both arguments are strings.
 * A lambda over a missing or non-array collection sees an empty collection (`any` false, `all` true).
 */
import { parseInstant } from '../shared/iso-date-time';
import { clip, invalidRequest, ODataQueryError } from './odata-error';

export type LiteralValue = string | number | boolean | null;
export type Operand =
  | { kind: 'property'; path: string[] }
  | { kind: 'literal'; value: LiteralValue; type: 'string' | 'number' | 'boolean' | 'null' | 'dateTime' | 'guid' };
export type FilterNode =
  | { kind: 'compare'; op: CompareOp; left: Operand; right: Operand }
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'function'; name: FunctionName; args: [Operand, Operand] }
  | { kind: 'lambda'; quantifier: 'any' | 'all'; collection: string[]; variable: string; predicate: FilterNode }
  | { kind: 'bool'; operand: Operand };
export type Resolver = (path: string[], scope: Readonly<Record<string, unknown>>) => unknown;

type CompareOp = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge';
type FunctionName = 'startswith' | 'endswith' | 'contains';

export const MAX_FILTER_LENGTH = 4096;
export const MAX_FILTER_DEPTH = 64;
export const MAX_FILTER_CLAUSES = 200;

const COMPARE_OPS: ReadonlySet<string> = new Set(['eq', 'ne', 'lt', 'gt', 'le', 'ge']);
const FUNCTIONS: ReadonlySet<string> = new Set(['startswith', 'endswith', 'contains']);
const RESERVED: ReadonlySet<string> = new Set(['and', 'or', 'not', ...COMPARE_OPS]);
const UNSUPPORTED_OPS: ReadonlySet<string> = new Set(['has', 'in', 'add', 'sub', 'mul', 'div', 'divby', 'mod', 'like']);
/** The predicate of `coll/any()`: always true, so the lambda means "the collection is not empty". */
const TRUE_PREDICATE: FilterNode = { kind: 'bool', operand: { kind: 'literal', value: true, type: 'boolean' } };

// ---------------------------------------------------------------- tokenizer

type TokenKind = 'ident' | 'string' | 'number' | 'dateTime' | 'guid' | '(' | ')' | ',' | ':' | '/' | 'eof';
interface Token {
  kind: TokenKind;
  pos: number;
  end: number;
  value: string | number;
}

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/iy;
const DATE_TIME = /\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})?)?(?![\w:.+-])/iy;
const NUMBER = /-?\d+(?:\.\d+)?(?![\w.-])/y;
const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const BAD_LITERAL = /[\w.:+-]+/y;

function stickyMatch(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  return re.exec(text)?.[0];
}

function syntaxError(text: string, pos: number): ODataQueryError {
  return invalidRequest(
    `Syntax error: character '${text.charAt(pos)}' is not valid at position ${pos} in '${clip(text)}'.`,
  );
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if ('(),:/'.includes(ch)) {
      tokens.push({ kind: ch as TokenKind, pos: i, end: i + 1, value: ch });
      i++;
      continue;
    }
    if (ch === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        const quote = text.indexOf("'", j);
        if (quote < 0) throw syntaxError(text, i); // unterminated: a lone quote somewhere in the literal
        value += text.slice(j, quote);
        if (text.charAt(quote + 1) !== "'") {
          j = quote + 1;
          break;
        }
        value += "'";
        j = quote + 2;
      }
      tokens.push({ kind: 'string', pos: i, end: j, value });
      i = j;
      continue;
    }
    const guid = stickyMatch(GUID, text, i);
    if (guid !== undefined) {
      tokens.push({ kind: 'guid', pos: i, end: i + guid.length, value: guid });
      i += guid.length;
      continue;
    }
    if (/[-\d]/.test(ch)) {
      const date = stickyMatch(DATE_TIME, text, i);
      const number = date === undefined ? stickyMatch(NUMBER, text, i) : undefined;
      if (date !== undefined) {
        if (parseInstant(date) === undefined) {
          throw invalidRequest(`Invalid filter clause: invalid date-time literal '${date}' at position ${i}.`);
        }
        tokens.push({ kind: 'dateTime', pos: i, end: i + date.length, value: date });
        i += date.length;
      } else if (number !== undefined) {
        tokens.push({ kind: 'number', pos: i, end: i + number.length, value: Number(number) });
        i += number.length;
      } else {
        const bad = stickyMatch(BAD_LITERAL, text, i) ?? ch;
        throw invalidRequest(`Invalid filter clause: invalid literal '${clip(bad, 40)}' at position ${i}.`);
      }
      continue;
    }
    const ident = stickyMatch(IDENT, text, i);
    if (ident === undefined) throw syntaxError(text, i);
    tokens.push({ kind: 'ident', pos: i, end: i + ident.length, value: ident });
    i += ident.length;
  }
  tokens.push({ kind: 'eof', pos: text.length, end: text.length, value: '' });
  return tokens;
}

// ---------------------------------------------------------------- parser

/** What `unary` produced: a boolean expression, or an operand that may still be compared. */
type Term = { node: FilterNode; fromNot: boolean } | { operand: Operand; pos: number };

class Parser {
  private index = 0;
  private depth = 0;
  private clauses = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
  ) {}

  parse(): FilterNode {
    const node = this.orExpr();
    const tok = this.peek();
    if (tok.kind !== 'eof') {
      const word = keyword(tok);
      if (word !== undefined && UNSUPPORTED_OPS.has(word)) {
        throw invalidRequest(`Invalid filter clause: operator '${word}' is not supported at position ${tok.pos}.`);
      }
      throw this.unexpected(tok);
    }
    return node;
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)] as Token;
  }

  private next(): Token {
    const tok = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return tok;
  }

  private expect(kind: TokenKind, what: string): Token {
    const tok = this.peek();
    if (tok.kind !== kind) throw this.unexpected(tok, what);
    return this.next();
  }

  private unexpected(tok: Token, expected?: string): ODataQueryError {
    const tail = expected === undefined ? '' : `; expected ${expected}`;
    if (tok.kind === 'eof')
      return invalidRequest(`Invalid filter clause: unexpected end of input at position ${tok.pos}${tail}.`);
    const shown = clip(this.text.slice(tok.pos, tok.end), 40);
    return invalidRequest(`Invalid filter clause: unexpected token '${shown}' at position ${tok.pos}${tail}.`);
  }

  private countClause(): void {
    if (++this.clauses > MAX_FILTER_CLAUSES) {
      throw invalidRequest(`Invalid filter clause: the filter has more than ${MAX_FILTER_CLAUSES} clauses.`);
    }
  }

  private orExpr(): FilterNode {
    let left = this.andExpr();
    while (keyword(this.peek()) === 'or') {
      this.next();
      left = { kind: 'or', left, right: this.andExpr() };
    }
    return left;
  }

  private andExpr(): FilterNode {
    let left = this.compare();
    while (keyword(this.peek()) === 'and') {
      this.next();
      left = { kind: 'and', left, right: this.compare() };
    }
    return left;
  }

  private compare(): FilterNode {
    const left = this.unary();
    const opTok = this.peek();
    const op = keyword(opTok);
    if (op === undefined || !COMPARE_OPS.has(op)) return this.asBoolean(left);
    this.next();
    const right = this.operand();
    if ('operand' in left) {
      this.countClause();
      return { kind: 'compare', op: op as CompareOp, left: left.operand, right };
    }
    // A boolean expression compared with true/false: fold `x eq true` to x and `x eq false` to not x.
    if ((op === 'eq' || op === 'ne') && right.kind === 'literal' && right.type === 'boolean') {
      return (op === 'eq') === right.value ? left.node : { kind: 'not', operand: left.node };
    }
    const hint = left.fromNot ? "; 'not' applies only to the term after it, so write not (a eq b)" : '';
    throw invalidRequest(
      `Invalid filter clause: a boolean expression can only be compared with eq/ne true or false at position ${opTok.pos}${hint}.`,
    );
  }

  private asBoolean(term: Term): FilterNode {
    if ('node' in term) return term.node;
    const { operand } = term;
    if (operand.kind === 'property' || operand.type === 'boolean') return { kind: 'bool', operand };
    throw invalidRequest(
      `Invalid filter clause: expected a boolean expression at position ${term.pos}, found a ${operand.type} literal.`,
    );
  }

  private unary(): Term {
    if (++this.depth > MAX_FILTER_DEPTH) {
      throw invalidRequest(`Invalid filter clause: the filter is nested more than ${MAX_FILTER_DEPTH} levels deep.`);
    }
    try {
      const tok = this.peek();
      if (keyword(tok) === 'not') {
        this.next();
        return { node: { kind: 'not', operand: this.asBoolean(this.unary()) }, fromNot: true };
      }
      if (tok.kind === '(') {
        this.next();
        const node = this.orExpr();
        this.expect(')', "')'");
        return { node, fromNot: false };
      }
      if (tok.kind === 'ident' && this.peek(1).kind === '(') return { node: this.functionCall(), fromNot: false };
      const pos = tok.pos;
      const operand = this.operand();
      if (operand.kind === 'property' && operand.path.length > 1 && this.peek().kind === '(') {
        const last = (operand.path[operand.path.length - 1] as string).toLowerCase();
        if (last === 'any' || last === 'all') {
          return { node: this.lambda(last, operand.path.slice(0, -1)), fromNot: false };
        }
        throw this.unexpected(this.peek());
      }
      return { operand, pos };
    } finally {
      this.depth--;
    }
  }

  private functionCall(): FilterNode {
    const nameTok = this.next();
    const name = String(nameTok.value).toLowerCase();
    if (!FUNCTIONS.has(name)) {
      throw invalidRequest(
        `Invalid filter clause: unknown function '${clip(String(nameTok.value), 40)}' at position ${nameTok.pos}.`,
      );
    }
    this.next(); // '('
    const first = this.operand();
    this.expect(',', `',' (function '${name}' takes 2 arguments)`);
    const second = this.operand();
    this.expect(')', `')' (function '${name}' takes 2 arguments)`);
    this.countClause();
    return { kind: 'function', name: name as FunctionName, args: [first, second] };
  }

  private lambda(quantifier: 'any' | 'all', collection: string[]): FilterNode {
    this.next(); // '('
    if (this.peek().kind === ')') {
      if (quantifier === 'all') throw invalidRequest("Invalid filter clause: 'all' requires a lambda expression.");
      this.next();
      return { kind: 'lambda', quantifier, collection, variable: '', predicate: TRUE_PREDICATE };
    }
    const varTok = this.expect('ident', 'a lambda variable');
    const variable = String(varTok.value);
    if (RESERVED.has(variable.toLowerCase()) || ['true', 'false', 'null'].includes(variable.toLowerCase())) {
      throw this.unexpected(varTok, 'a lambda variable');
    }
    this.expect(':', "':'");
    const predicate = this.orExpr();
    this.expect(')', "')'");
    return { kind: 'lambda', quantifier, collection, variable, predicate };
  }

  private operand(): Operand {
    const tok = this.next();
    switch (tok.kind) {
      case 'string':
        return { kind: 'literal', value: tok.value, type: 'string' };
      case 'number':
        return { kind: 'literal', value: tok.value, type: 'number' };
      case 'dateTime':
        return { kind: 'literal', value: tok.value, type: 'dateTime' };
      case 'guid':
        return { kind: 'literal', value: tok.value, type: 'guid' };
      case 'ident': {
        const word = String(tok.value).toLowerCase();
        if (word === 'true' || word === 'false') return { kind: 'literal', value: word === 'true', type: 'boolean' };
        if (word === 'null') return { kind: 'literal', value: null, type: 'null' };
        if (RESERVED.has(word)) throw this.unexpected(tok, 'a property or a literal');
        const path = [String(tok.value)];
        while (this.peek().kind === '/') {
          this.next();
          path.push(String(this.expect('ident', 'a property name after /').value));
        }
        return { kind: 'property', path };
      }
      default:
        throw this.unexpected(tok, 'a property or a literal');
    }
  }
}

function keyword(tok: Token): string | undefined {
  return tok.kind === 'ident' ? String(tok.value).toLowerCase() : undefined;
}

/** Parses a `$filter` value into a tree; throws ODataQueryError on anything outside the subset. */
export function parseFilter(text: string): FilterNode {
  if (text.length > MAX_FILTER_LENGTH) {
    throw invalidRequest(`Invalid filter clause: the filter is longer than ${MAX_FILTER_LENGTH} characters.`);
  }
  if (text.trim() === '') throw invalidRequest('Invalid filter clause: the filter is empty.');
  return new Parser(text, tokenize(text)).parse();
}

/** Every property path the filter reads, deduplicated; a lambda contributes its collection path, not its variable's. */
export function filterProperties(node: FilterNode): string[][] {
  const seen = new Map<string, string[]>();
  const addOperand = (operand: Operand, bound: ReadonlySet<string>): void => {
    if (operand.kind === 'property' && !bound.has(operand.path[0] as string)) add(operand.path);
  };
  const add = (path: string[]): void => {
    const key = path.join('/');
    if (!seen.has(key)) seen.set(key, [...path]);
  };
  const walk = (n: FilterNode, bound: ReadonlySet<string>): void => {
    switch (n.kind) {
      case 'compare':
        addOperand(n.left, bound);
        addOperand(n.right, bound);
        return;
      case 'and':
      case 'or':
        walk(n.left, bound);
        walk(n.right, bound);
        return;
      case 'not':
        walk(n.operand, bound);
        return;
      case 'function':
        n.args.forEach((arg) => addOperand(arg, bound));
        return;
      case 'bool':
        addOperand(n.operand, bound);
        return;
      case 'lambda':
        if (!bound.has(n.collection[0] as string)) add(n.collection);
        walk(n.predicate, new Set([...bound, n.variable]));
        return;
    }
  };
  walk(node, new Set());
  return [...seen.values()];
}

// ---------------------------------------------------------------- evaluation

/** An operand's runtime value; `instant` marks a date-time literal, which forces instant comparison. */
interface Value {
  value: unknown;
  instant: boolean;
}

/** Evaluates a parsed filter against one item, whose properties `resolve` reads. */
export function evaluateFilter(
  node: FilterNode,
  resolve: Resolver,
  scope: Readonly<Record<string, unknown>> = {},
): boolean {
  const read = (path: string[]): unknown => {
    const [head, ...rest] = path;
    if (head !== undefined && Object.prototype.hasOwnProperty.call(scope, head)) {
      return rest.reduce<unknown>(
        (current, segment) => (isRecord(current) ? current[segment] : undefined),
        scope[head],
      );
    }
    return resolve(path, scope);
  };
  const valueOf = (operand: Operand): Value =>
    operand.kind === 'literal'
      ? { value: operand.value, instant: operand.type === 'dateTime' }
      : { value: read(operand.path) ?? null, instant: false };

  switch (node.kind) {
    case 'and':
      return evaluateFilter(node.left, resolve, scope) && evaluateFilter(node.right, resolve, scope);
    case 'or':
      return evaluateFilter(node.left, resolve, scope) || evaluateFilter(node.right, resolve, scope);
    case 'not':
      return !evaluateFilter(node.operand, resolve, scope);
    case 'bool':
      return valueOf(node.operand).value === true;
    case 'compare':
      return compareWith(node.op, valueOf(node.left), valueOf(node.right));
    case 'function': {
      const [subject, search] = node.args.map((arg) => valueOf(arg).value);
      if (typeof subject !== 'string' || typeof search !== 'string') return false;
      const [s, t] = [subject.toLowerCase(), search.toLowerCase()];
      return node.name === 'startswith' ? s.startsWith(t) : node.name === 'endswith' ? s.endsWith(t) : s.includes(t);
    }
    case 'lambda': {
      const collection = read(node.collection);
      const items: readonly unknown[] = Array.isArray(collection) ? collection : [];
      const test = (item: unknown): boolean =>
        evaluateFilter(node.predicate, resolve, { ...scope, [node.variable]: item });
      return node.quantifier === 'any' ? items.some(test) : items.every(test);
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function compareWith(op: CompareOp, left: Value, right: Value): boolean {
  const a = left.value;
  const b = right.value;
  if (a === null || b === null) {
    const bothNull = a === b;
    return op === 'eq' ? bothNull : op === 'ne' ? !bothNull : false;
  }
  const order = orderOf(a, b, left.instant || right.instant);
  if (order === undefined) return op === 'ne';
  switch (op) {
    case 'eq':
      return order === 0;
    case 'ne':
      return order !== 0;
    case 'lt':
      return order < 0;
    case 'gt':
      return order > 0;
    case 'le':
      return order <= 0;
    case 'ge':
      return order >= 0;
  }
}

const NUMERIC = /^\s*[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?\s*$/i;

/** The sign of a − b after the filter's coercions, or undefined when the two are incomparable. */
function orderOf(a: unknown, b: unknown, instant: boolean): number | undefined {
  if (instant || a instanceof Date || b instanceof Date) {
    const [ta, tb] = [toInstant(a), toInstant(b)];
    return ta === undefined || tb === undefined ? undefined : Math.sign(ta - tb);
  }
  if (typeof a === 'number' && typeof b === 'string') return NUMERIC.test(b) ? Math.sign(a - Number(b)) : undefined;
  if (typeof a === 'string' && typeof b === 'number') return NUMERIC.test(a) ? Math.sign(Number(a) - b) : undefined;
  if (typeof a !== typeof b || !['string', 'number', 'boolean'].includes(typeof a)) return undefined;
  if (typeof a === 'number' && (Number.isNaN(a) || Number.isNaN(b))) return undefined;
  return compareValues(a, b);
}

function toInstant(value: unknown): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  return typeof value === 'string' ? parseInstant(value) : undefined;
}

export { parseInstant };

const RANK = { null: 0, boolean: 1, number: 2, string: 3, other: 4 } as const;

function rank(value: unknown): number {
  if (value === null || value === undefined) return RANK.null;
  if (typeof value === 'boolean') return RANK.boolean;
  if (typeof value === 'number' || value instanceof Date) return RANK.number;
  if (typeof value === 'string') return RANK.string;
  return RANK.other;
}

/**
 * A total, deterministic order for sorting and comparing: null/undefined first, then booleans (false < true),
 * numbers (NaN first; Dates by their time), strings (case-insensitive ordinal), then anything else (all equal).
 */
export function compareValues(a: unknown, b: unknown): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  if (ra === RANK.boolean) return Number(a) - Number(b);
  if (ra === RANK.number) {
    const na = a instanceof Date ? a.getTime() : (a as number);
    const nb = b instanceof Date ? b.getTime() : (b as number);
    if (Number.isNaN(na) || Number.isNaN(nb)) return Number(Number.isNaN(nb)) - Number(Number.isNaN(na));
    return na === nb ? 0 : na < nb ? -1 : 1;
  }
  if (ra === RANK.string) {
    const la = (a as string).toLowerCase();
    const lb = (b as string).toLowerCase();
    return la === lb ? 0 : la < lb ? -1 : 1;
  }
  return 0;
}
