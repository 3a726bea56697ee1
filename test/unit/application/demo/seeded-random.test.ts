/** Generador pseudoaleatorio con semilla de la demostración: mismas semillas, mismos valores. */
import { createRandom } from '../../../../src/application/demo/seeded-random';

const draws = (seed: number, count = 20): number[] => {
  const rng = createRandom(seed);
  return Array.from({ length: count }, () => rng.next());
};

describe('Generador pseudoaleatorio con semilla', () => {
  it('la misma semilla da la misma secuencia; otra semilla, otra', () => {
    expect(draws(42)).toEqual(draws(42));
    expect(draws(42)).not.toEqual(draws(43));
    for (const value of draws(7, 1000)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('los enteros respetan sus límites y los cubren', () => {
    const rng = createRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i += 1) {
      const value = rng.between(3, 6);
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(6);
      seen.add(value);
    }
    expect(seen).toEqual(new Set([3, 4, 5, 6]));
    expect(() => rng.int(0)).toThrow(RangeError);
    expect(() => rng.pick([])).toThrow(RangeError);
  });

  it('una rama depende solo de la semilla y su etiqueta, no de lo ya sorteado', () => {
    const a = createRandom(9);
    const b = createRandom(9);
    b.next();
    b.next();
    expect(a.fork('encuestas').token(30)).toBe(b.fork('encuestas').token(30));
    expect(a.fork('encuestas').token(30)).not.toBe(a.fork('quejas').token(30));
  });

  it('barajar y muestrear conservan los elementos', () => {
    const rng = createRandom(5);
    const items = ['a', 'b', 'c', 'd', 'e'];
    expect([...rng.shuffle(items)].sort()).toEqual(items);
    const sample = rng.sample(items, 3);
    expect(new Set(sample).size).toBe(3);
    expect(rng.sample(items, 10)).toHaveLength(5);
  });

  it('los tokens usan el alfabeto base64url', () => {
    const token = createRandom(3).token(64);
    expect(token).toMatch(/^[A-Za-z0-9_-]{64}$/);
  });
});
