/**
 * The business-hours arithmetic checked against the obvious, slow oracle: walk minute by minute
 * and count the minutes the calendar calls business time. Spans are drawn from a seeded
 * generator, so a failure is reproducible; they cross nights, weekends and Mexican holidays.
 */
import { createBusinessCalendar } from '../../../../src/domain/calendar/business-calendar';

const MINUTE = 60_000;

/** Deterministic pseudo-random numbers (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('horas hábiles contra el conteo minuto a minuto', () => {
  const calendar = createBusinessCalendar({ holidays: ['12-12'] });
  const random = seeded(20261128);
  const origin = Date.parse('2026-01-01T00:00:00-06:00');
  const cases = Array.from({ length: 40 }, () => {
    const start = origin + Math.floor(random() * 330 * 24 * 60) * MINUTE;
    const span = Math.floor(random() * 12 * 24 * 60) * MINUTE;
    return [new Date(start).toISOString(), new Date(start + span).toISOString()] as const;
  });

  it.each(cases)('de %s a %s cuenta lo mismo que el oráculo, y sumar esos minutos regresa al fin', (a, b) => {
    const from = Date.parse(a);
    const to = Date.parse(b);
    let expected = 0;
    for (let t = from; t < to; t += MINUTE) {
      if (calendar.isBusinessTime(t)) expected += 1;
    }
    expect(calendar.businessMinutesBetween(a, b)).toBe(expected);
    if (expected > 0) {
      const end = Date.parse(calendar.addBusinessMinutes(a, expected));
      // The end lands on the last counted business minute's end: never after `b`, and no business minute in between.
      expect(end).toBeLessThanOrEqual(to);
      expect(calendar.businessMinutesBetween(new Date(end).toISOString(), b)).toBe(0);
    }
  });
});
