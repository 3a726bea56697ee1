/** Text helpers shared by matching code: comparisons that ignore accents (`México` ~ `Mexico`). */

/** The text without diacritics (NFD, combining marks removed): `Líder de Entrega` → `Lider de Entrega`. */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}
