/**
 * A small seeded pseudo-random generator for the demo organisation.
 *
 * Why not `Math.random`: the demo must be exactly the same for the same inputs. Seeding writes
 * records through idempotent-by-key creates, so a second run must produce the very same keys and
 * values; tests compare whole outputs; the e2e screenshots must show the same data every time.
 * `Math.random` cannot be seeded, so this module implements mulberry32 (a 32-bit generator with a
 * full 2^32 period, more than enough for a few thousand draws) on top of integer arithmetic that
 * behaves identically in every JavaScript engine.
 *
 * Not for secrets: the demo's invitation tokens are derived from a public seed and are therefore
 * predictable. Real invitations get their tokens from a cryptographic source.
 */

/** Characters of base64url (RFC 4648 §5), the alphabet of invitation tokens. */
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, maxExclusive). */
  int(maxExclusive: number): number;
  /** An integer in [min, max], both inclusive. */
  between(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One value of weighted entries `[value, weight]` (weights > 0). */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct items (fewer when the list is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** `length` characters of base64url. */
  token(length: number): string;
  /** `length` lower-case hexadecimal characters. */
  hex(length: number): string;
  /**
   * An independent generator for one concern (`'meetings'`, `'surveys'` …), derived from this
   * generator's seed and the label only, so adding draws to one concern does not shift another.
   */
  fork(label: string): Random;
}

/** FNV-1a over the UTF-16 code units of `text`, as an unsigned 32-bit integer. */
function hashLabel(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A generator seeded with `seed` (any number; only its low 32 bits matter). */
export function createRandom(seed: number): Random {
  const origin = seed >>> 0;
  let state = origin;

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const int = (maxExclusive: number): number => {
    if (!Number.isInteger(maxExclusive) || maxExclusive <= 0) {
      throw new RangeError(`int(${maxExclusive}): the bound must be a positive integer`);
    }
    return Math.floor(next() * maxExclusive);
  };

  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick() from an empty list');
    return items[int(items.length)] as T;
  };

  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = int(i + 1);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };

  const fromAlphabet = (alphabet: string, length: number): string => {
    let text = '';
    for (let i = 0; i < length; i += 1) text += alphabet.charAt(int(alphabet.length));
    return text;
  };

  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (p) => next() < p,
    pick,
    weighted: <T>(entries: readonly (readonly [T, number])[]): T => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      if (entries.length === 0 || !(total > 0)) throw new RangeError('weighted() needs positive weights');
      let point = next() * total;
      for (const [value, weight] of entries) {
        point -= weight;
        if (point < 0) return value;
      }
      return (entries[entries.length - 1] as readonly [T, number])[0];
    },
    shuffle,
    sample: (items, count) => shuffle(items).slice(0, Math.max(0, count)),
    token: (length) => fromAlphabet(BASE64URL, length),
    hex: (length) => fromAlphabet('0123456789abcdef', length),
    fork: (label) => createRandom((origin ^ hashLabel(label)) >>> 0),
  };
}
