/**
 * `$orderby`, `$select`, `$expand` and `$top` for the Graph emulator — the subset Graph list/item/event
 * endpoints use:
 *   $orderby  path [asc|desc] (',' path [asc|desc])*      path := identifier ('/' identifier)*, at most 10 clauses
 *   $select   identifier (',' identifier)* | '*'          duplicates are dropped, order kept
 *   $expand   identifier ['(' ['$']select '=' $select-list ')'] (',' …)*   any other nested option is rejected
 *   $top      an integer from 1 to the endpoint's maximum
 * Keywords (`asc`, `desc`, `select`) are case-insensitive; whitespace around separators is ignored.
 * Every violation throws ODataQueryError('invalidRequest').
 */
import { clip, invalidRequest } from './odata-error';

export interface OrderByClause {
  path: string[];
  direction: 'asc' | 'desc';
}
export interface ExpandClause {
  property: string;
  select?: string[];
}

export const MAX_ORDERBY_CLAUSES = 10;
const MAX_OPTION_LENGTH = 4096;

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ORDER_CLAUSE = /^([A-Za-z_][A-Za-z0-9_]*(?:\/[A-Za-z_][A-Za-z0-9_]*)*)(?:\s+(asc|desc))?$/i;
const EXPAND_ITEM = /^([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(([^()]*)\))?$/;
const NESTED_OPTION = /^(\$?)([A-Za-z]+)\s*=([\s\S]*)$/;

function checkLength(option: string, text: string): void {
  if (text.length > MAX_OPTION_LENGTH) {
    throw invalidRequest(`Invalid ${option} clause: longer than ${MAX_OPTION_LENGTH} characters.`);
  }
  if (text.trim() === '') throw invalidRequest(`Invalid ${option} clause: the value is empty.`);
}

/** Comma-separated items, trimmed; an empty item is an error. */
function items(option: string, text: string): string[] {
  return text.split(',').map((item, index) => {
    const trimmed = item.trim();
    if (trimmed === '')
      throw invalidRequest(`Invalid ${option} clause: item ${index + 1} is empty in '${clip(text)}'.`);
    return trimmed;
  });
}

/** `$orderby`: "fields/Code desc, fields/Name" → [{ path: ['fields','Code'], direction: 'desc' }, …]. */
export function parseOrderBy(text: string): OrderByClause[] {
  checkLength('$orderby', text);
  const clauses = items('$orderby', text).map((item) => {
    const m = ORDER_CLAUSE.exec(item);
    if (m === null) {
      throw invalidRequest(
        `Invalid $orderby clause: '${clip(item, 100)}' is not a property path optionally followed by asc or desc.`,
      );
    }
    const direction = (m[2] ?? 'asc').toLowerCase() as 'asc' | 'desc';
    return { path: (m[1] as string).split('/'), direction };
  });
  if (clauses.length > MAX_ORDERBY_CLAUSES) {
    throw invalidRequest(`Invalid $orderby clause: at most ${MAX_ORDERBY_CLAUSES} sort clauses are allowed.`);
  }
  return clauses;
}

/** `$select`: "id,subject, start" → ['id','subject','start']; `*` is allowed. */
export function parseSelect(text: string): string[] {
  checkLength('$select', text);
  const names = items('$select', text).map((item) => {
    if (item !== '*' && !IDENT.test(item)) {
      throw invalidRequest(`Invalid $select clause: '${clip(item, 100)}' is not a property name.`);
    }
    return item;
  });
  return [...new Set(names)];
}

/** Splits on commas outside parentheses; rejects unbalanced or nested parentheses. */
function splitExpand(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '(' && ++depth > 1) {
      throw invalidRequest(`Invalid $expand clause: nested parentheses at position ${i} are not supported.`);
    }
    if (ch === ')' && --depth < 0) {
      throw invalidRequest(`Invalid $expand clause: unbalanced ')' at position ${i} in '${clip(text)}'.`);
    }
    if (ch === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) throw invalidRequest(`Invalid $expand clause: missing ')' in '${clip(text)}'.`);
  parts.push(text.slice(start));
  return parts;
}

/** `$expand`: "fields(select=Title,Code)", "fields($select=Title)", "fields", "columns". */
export function parseExpand(text: string): ExpandClause[] {
  checkLength('$expand', text);
  const seen = new Set<string>();
  return splitExpand(text).map((part, index) => {
    const trimmed = part.trim();
    if (trimmed === '') throw invalidRequest(`Invalid $expand clause: item ${index + 1} is empty in '${clip(text)}'.`);
    const m = EXPAND_ITEM.exec(trimmed);
    if (m === null)
      throw invalidRequest(`Invalid $expand clause: '${clip(trimmed, 100)}' is not a navigation property.`);
    const property = m[1] as string;
    if (seen.has(property)) throw invalidRequest(`Invalid $expand clause: '${property}' is expanded more than once.`);
    seen.add(property);
    const options = m[2];
    if (options === undefined) return { property };
    if (options.trim() === '') throw invalidRequest(`Invalid $expand clause: empty options for '${property}'.`);
    let select: string[] | undefined;
    for (const option of options.split(';')) {
      const o = NESTED_OPTION.exec(option.trim());
      if (o === null) {
        throw invalidRequest(`Invalid $expand clause: '${clip(option.trim(), 100)}' is not a query option.`);
      }
      const name = (o[2] as string).toLowerCase();
      if (name !== 'select') {
        throw invalidRequest(
          `Invalid $expand clause: nested query option '$${name}' is not supported in the expansion of '${property}'.`,
        );
      }
      if (select !== undefined) throw invalidRequest(`Invalid $expand clause: '$select' repeated for '${property}'.`);
      select = parseSelect(o[3] as string);
    }
    return { property, select };
  });
}

/** `$top`: a positive integer no greater than `max`. */
export function parseTop(text: string, max: number): number {
  const trimmed = text.trim();
  const value = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!(value >= 1 && value <= max)) {
    throw invalidRequest(`Invalid value for $top: '${clip(text, 40)}'. It must be an integer from 1 to ${max}.`);
  }
  return value;
}
