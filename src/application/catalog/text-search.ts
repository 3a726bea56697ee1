/**
 * Matching what a person types against names and codes: case-insensitive and accent-insensitive
 * (`aceros de mexico` finds «Aceros de México»), on the text exactly as stored otherwise.
 */
import { withoutAccents } from '../../domain/shared/text';

/** Lower case without diacritics (NFD, combining marks removed) and with blanks collapsed. */
export function foldForSearch(text: string): string {
  return withoutAccents(text).toLocaleLowerCase('es-MX').replace(/\s+/g, ' ').trim();
}

/** True when `search` is blank, or occurs (folded) in any of `fields`. */
export function matchesSearch(search: string | undefined, ...fields: readonly string[]): boolean {
  const wanted = foldForSearch(search ?? '');
  if (wanted === '') return true;
  return fields.some((field) => foldForSearch(field).includes(wanted));
}

/** Spanish collation for lists people read (`Á` sorts with `A`, `ñ` after `n`). */
const collator = new Intl.Collator('es-MX', { sensitivity: 'base', numeric: true });

export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}
