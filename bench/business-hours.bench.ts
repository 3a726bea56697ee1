/**
 * SLA clocks are computed for every open complaint on every refresh of the complaint log, so the
 * business-hours count must not walk the calendar minute by minute. This compares the calendar's
 * interval arithmetic with that minute-walking reference over the same spans.
 */
import { createBusinessCalendar } from '../src/domain/calendar/business-calendar';
import type { BenchCase } from './harness';

const MINUTE = 60_000;
const calendar = createBusinessCalendar();
const origin = Date.parse('2026-01-05T08:30:00-06:00');
/** 40 spans of 0–30 days, spread over the year (deterministic). */
const spans = Array.from({ length: 40 }, (_, i) => {
  const start = origin + ((i * 7919) % (300 * 24 * 60)) * MINUTE;
  return [start, start + ((i * 104729) % (30 * 24 * 60)) * MINUTE] as const;
});

function minuteWalk(from: number, to: number): number {
  let minutes = 0;
  for (let t = from; t < to; t += MINUTE) if (calendar.isBusinessTime(t)) minutes += 1;
  return minutes;
}

export const cases: readonly BenchCase[] = [
  {
    name: '40 SLA spans (0–30 days): businessMinutesBetween vs minute walk',
    candidate: () => spans.reduce((sum, [a, b]) => sum + calendar.businessMinutesBetween(a, b), 0),
    baseline: () => spans.reduce((sum, [a, b]) => sum + minuteWalk(a, b), 0),
    rounds: 3,
  },
];
