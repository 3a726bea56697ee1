/**
 * Graph's patternedRecurrence: validation against the rules of recurrencePattern/recurrenceRange,
 * normalisation to the shape Graph returns (every pattern field present, unused ones zero or default),
 * and expansion into occurrence days with rrule.
 *
 * Everything here works on floating days (see time-zones.ts): midnight of a wall-clock date as UTC
 * milliseconds. The series time of day and time zone are applied by the caller, so a weekly 10:00
 * meeting stays at 10:00 local time whatever the DST rules of other zones do.
 *
 * Pattern → RRULE (the mapping of [MS-OXCICAL] 2.1.3.2.2):
 *   daily            FREQ=DAILY;INTERVAL=n
 *   weekly           FREQ=WEEKLY;INTERVAL=n;BYDAY=…;WKST=firstDayOfWeek
 *   absoluteMonthly  FREQ=MONTHLY;INTERVAL=n;BYMONTHDAY=d
 *   relativeMonthly  FREQ=MONTHLY;INTERVAL=n;BYDAY=…;BYSETPOS=index
 *   absoluteYearly   FREQ=YEARLY;INTERVAL=n;BYMONTH=m;BYMONTHDAY=d
 *   relativeYearly   FREQ=YEARLY;INTERVAL=n;BYMONTH=m;BYDAY=…;BYSETPOS=index
 * A day of month that a month lacks (31 in April, 29–31 in February) falls on that month's last day,
 * as Exchange stores "the last day of every month" as day 31 ([MS-OXCICAL]: BYMONTHDAY=-1 ↔ Day=31)
 * and Outlook warns "the occurrence will fall on the last day of the month". It is written as
 * BYMONTHDAY=28..d;BYSETPOS=-1. With several days of week, a relative pattern takes the index-th day
 * that is any of them ("the event falls on the first day that satisfies the pattern").
 */
import { RRule, type Options, type Weekday } from 'rrule';
import { MS_PER_DAY, formatDate, parseDate } from './time-zones';

export const DAYS_OF_WEEK = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];
export const WEEK_INDEXES = ['first', 'second', 'third', 'fourth', 'last'] as const;
export type WeekIndex = (typeof WEEK_INDEXES)[number];
export const PATTERN_TYPES = [
  'daily',
  'weekly',
  'absoluteMonthly',
  'relativeMonthly',
  'absoluteYearly',
  'relativeYearly',
] as const;
export type PatternType = (typeof PATTERN_TYPES)[number];
export const RANGE_TYPES = ['endDate', 'noEnd', 'numbered'] as const;
export type RangeType = (typeof RANGE_TYPES)[number];

export interface RecurrencePattern {
  type: PatternType;
  interval: number;
  month: number;
  dayOfMonth: number;
  daysOfWeek: DayOfWeek[];
  firstDayOfWeek: DayOfWeek;
  index: WeekIndex;
}

export interface RecurrenceRange {
  type: RangeType;
  startDate: string;
  /** `0001-01-01` unless the type is `endDate`, as Graph returns it. */
  endDate: string;
  recurrenceTimeZone: string;
  /** 0 unless the type is `numbered`. */
  numberOfOccurrences: number;
}

export interface Recurrence {
  pattern: RecurrencePattern;
  range: RecurrenceRange;
}

/** What a request may carry (after type checks, before the rules of each pattern type). */
export interface RecurrenceInput {
  pattern: {
    type: PatternType;
    interval?: number | null;
    month?: number | null;
    dayOfMonth?: number | null;
    daysOfWeek?: DayOfWeek[] | null;
    firstDayOfWeek?: DayOfWeek | null;
    index?: WeekIndex | null;
  };
  range: {
    type: RangeType;
    startDate?: string | null;
    endDate?: string | null;
    numberOfOccurrences?: number | null;
    recurrenceTimeZone?: string | null;
  };
}

export const MAX_INTERVAL = 999;
export const MAX_OCCURRENCES = 999;
/** Safety valve for expanding a window of a series without end. */
export const MAX_EXPANSION = 20_000;
export const NO_DATE = '0001-01-01';

export class RecurrenceError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RecurrenceError';
  }
}

const invalid = (message: string): RecurrenceError => new RecurrenceError('ErrorPropertyValidationFailure', message);

const NEEDS: Record<PatternType, { days: boolean; dayOfMonth: boolean; month: boolean; index: boolean }> = {
  daily: { days: false, dayOfMonth: false, month: false, index: false },
  weekly: { days: true, dayOfMonth: false, month: false, index: false },
  absoluteMonthly: { days: false, dayOfMonth: true, month: false, index: false },
  relativeMonthly: { days: true, dayOfMonth: false, month: false, index: true },
  absoluteYearly: { days: false, dayOfMonth: true, month: true, index: false },
  relativeYearly: { days: true, dayOfMonth: false, month: true, index: true },
};

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Checks a recurrence against Graph's rules and returns it in Graph's full shape.
 * `startDate` is the event's start date (`YYYY-MM-DD`) in its start time zone; `timeZone` the name
 * used for `recurrenceTimeZone` when the request gives none.
 */
export function normaliseRecurrence(input: RecurrenceInput, startDate: string, timeZone: string): Recurrence {
  const p = input.pattern;
  const needs = NEEDS[p.type];
  const interval = p.interval ?? undefined;
  if (interval === undefined) throw invalid("The recurrence pattern property 'interval' is required.");
  if (!Number.isInteger(interval) || interval < 1 || interval > MAX_INTERVAL) {
    throw invalid(`The recurrence pattern property 'interval' must be an integer from 1 to ${MAX_INTERVAL}.`);
  }
  const daysOfWeek = [...new Set(p.daysOfWeek ?? [])].sort((a, b) => DAYS_OF_WEEK.indexOf(a) - DAYS_OF_WEEK.indexOf(b));
  if (needs.days && daysOfWeek.length === 0) {
    throw invalid(`The recurrence pattern property 'daysOfWeek' is required for pattern type '${p.type}'.`);
  }
  if (!needs.days && daysOfWeek.length > 0) {
    throw invalid(`The recurrence pattern property 'daysOfWeek' is not supported for pattern type '${p.type}'.`);
  }
  const dayOfMonth = p.dayOfMonth ?? 0;
  if (needs.dayOfMonth && (dayOfMonth < 1 || dayOfMonth > 31)) {
    throw invalid(
      `The recurrence pattern property 'dayOfMonth' is required for pattern type '${p.type}' and must be from 1 to 31.`,
    );
  }
  if (!needs.dayOfMonth && dayOfMonth !== 0) {
    throw invalid(`The recurrence pattern property 'dayOfMonth' is not supported for pattern type '${p.type}'.`);
  }
  const month = p.month ?? 0;
  if (needs.month && (month < 1 || month > 12)) {
    throw invalid(
      `The recurrence pattern property 'month' is required for pattern type '${p.type}' and must be from 1 to 12.`,
    );
  }
  if (!needs.month && month !== 0) {
    throw invalid(`The recurrence pattern property 'month' is not supported for pattern type '${p.type}'.`);
  }
  if (p.type === 'absoluteYearly' && dayOfMonth > (DAYS_IN_MONTH[month - 1] ?? 31)) {
    throw invalid(`The recurrence pattern day of month ${dayOfMonth} does not exist in month ${month}.`);
  }
  const index = p.index ?? 'first';
  if (!needs.index && index !== 'first') {
    throw invalid(`The recurrence pattern property 'index' is not supported for pattern type '${p.type}'.`);
  }
  const pattern: RecurrencePattern = {
    type: p.type,
    interval,
    month,
    dayOfMonth,
    daysOfWeek,
    firstDayOfWeek: p.firstDayOfWeek ?? 'sunday',
    index,
  };

  const r = input.range;
  const rangeStart = r.startDate ?? undefined;
  if (rangeStart === undefined) throw invalid("The recurrence range property 'startDate' is required.");
  if (parseDate(rangeStart) === undefined) {
    throw invalid(`The recurrence range startDate '${rangeStart.slice(0, 40)}' is not a valid date (YYYY-MM-DD).`);
  }
  if (rangeStart !== startDate) {
    throw invalid(
      `The recurrence range startDate '${rangeStart}' must be the same date as the start of the event ('${startDate}').`,
    );
  }
  let endDate = NO_DATE;
  let numberOfOccurrences = 0;
  if (r.type === 'endDate') {
    const given = r.endDate ?? undefined;
    if (given === undefined)
      throw invalid("The recurrence range property 'endDate' is required for range type 'endDate'.");
    const end = parseDate(given);
    if (end === undefined) {
      throw invalid(`The recurrence range endDate '${given.slice(0, 40)}' is not a valid date (YYYY-MM-DD).`);
    }
    if (given < rangeStart) throw invalid('The recurrence range endDate must not be earlier than its startDate.');
    endDate = given;
  } else if (r.endDate !== undefined && r.endDate !== null && r.endDate !== NO_DATE) {
    throw invalid(`The recurrence range property 'endDate' is not supported for range type '${r.type}'.`);
  }
  if (r.type === 'numbered') {
    const count = r.numberOfOccurrences ?? 0;
    if (!Number.isInteger(count) || count < 1 || count > MAX_OCCURRENCES) {
      throw invalid(
        `The recurrence range property 'numberOfOccurrences' is required for range type 'numbered' and must be from 1 to ${MAX_OCCURRENCES}.`,
      );
    }
    numberOfOccurrences = count;
  } else if ((r.numberOfOccurrences ?? 0) !== 0) {
    throw invalid(`The recurrence range property 'numberOfOccurrences' is not supported for range type '${r.type}'.`);
  }
  const recurrence: Recurrence = {
    pattern,
    range: {
      type: r.type,
      startDate: rangeStart,
      endDate,
      recurrenceTimeZone: r.recurrenceTimeZone ?? timeZone,
      numberOfOccurrences,
    },
  };
  if (firstOccurrenceDay(recurrence) === undefined) {
    throw new RecurrenceError(
      'ErrorRecurrenceHasNoOccurrence',
      'The recurrence pattern has no occurrences in its range.',
    );
  }
  return recurrence;
}

// ---------------------------------------------------------------- expansion

const WEEKDAYS: readonly Weekday[] = [RRule.SU, RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA];
const SETPOS: Record<WeekIndex, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1 };

const weekday = (day: DayOfWeek): Weekday => WEEKDAYS[DAYS_OF_WEEK.indexOf(day)] as Weekday;

/** Day d of the month, or the month's last day when it has fewer days. */
function monthDay(day: number): Partial<Options> {
  if (day <= 28) return { bymonthday: day };
  const candidates: number[] = [];
  for (let d = 28; d <= day; d++) candidates.push(d);
  return { bymonthday: candidates, bysetpos: -1 };
}

/** The RRULE options of a recurrence (without DTSTART/UNTIL/COUNT). */
export function ruleOptions(pattern: RecurrencePattern): Partial<Options> {
  const common: Partial<Options> = { interval: pattern.interval, wkst: weekday(pattern.firstDayOfWeek) };
  const days = pattern.daysOfWeek.map(weekday);
  switch (pattern.type) {
    case 'daily':
      return { ...common, freq: RRule.DAILY };
    case 'weekly':
      return { ...common, freq: RRule.WEEKLY, byweekday: days };
    case 'absoluteMonthly':
      return { ...common, freq: RRule.MONTHLY, ...monthDay(pattern.dayOfMonth) };
    case 'relativeMonthly':
      return { ...common, freq: RRule.MONTHLY, byweekday: days, bysetpos: SETPOS[pattern.index] };
    case 'absoluteYearly':
      return { ...common, freq: RRule.YEARLY, bymonth: pattern.month, ...monthDay(pattern.dayOfMonth) };
    case 'relativeYearly':
      return {
        ...common,
        freq: RRule.YEARLY,
        bymonth: pattern.month,
        byweekday: days,
        bysetpos: SETPOS[pattern.index],
      };
  }
}

const RULES = new Map<string, RRule>();

function ruleOf(recurrence: Recurrence): RRule {
  const key = JSON.stringify(recurrence);
  const cached = RULES.get(key);
  if (cached !== undefined) return cached;
  const { range } = recurrence;
  const options: Partial<Options> = {
    ...ruleOptions(recurrence.pattern),
    dtstart: new Date(parseDate(range.startDate) ?? 0),
  };
  if (range.type === 'numbered') options.count = range.numberOfOccurrences;
  if (range.type === 'endDate') options.until = new Date(parseDate(range.endDate) ?? 0);
  const rule = new RRule(options);
  if (RULES.size > 500) RULES.clear();
  RULES.set(key, rule);
  return rule;
}

/** Occurrence days (floating midnights) from `fromDay` to `toDay`, both inclusive, in order. */
export function occurrenceDays(recurrence: Recurrence, fromDay: number, toDay: number): number[] {
  if (toDay < fromDay) return [];
  const days: number[] = [];
  ruleOf(recurrence).between(new Date(fromDay), new Date(toDay), true, (date) => {
    days.push(date.getTime());
    return days.length < MAX_EXPANSION;
  });
  return days;
}

export function isOccurrenceDay(recurrence: Recurrence, day: number): boolean {
  return day % MS_PER_DAY === 0 && occurrenceDays(recurrence, day, day).length === 1;
}

export function firstOccurrenceDay(recurrence: Recurrence): number | undefined {
  const start = parseDate(recurrence.range.startDate) ?? 0;
  return ruleOf(recurrence).after(new Date(start), true)?.getTime();
}

/** The last occurrence day, or undefined for a series without end. */
export function lastOccurrenceDay(recurrence: Recurrence): number | undefined {
  const { range } = recurrence;
  const rule = ruleOf(recurrence);
  if (range.type === 'noEnd') return undefined;
  if (range.type === 'endDate') return rule.before(new Date((parseDate(range.endDate) ?? 0) + 1), true)?.getTime();
  const all = rule.all();
  return all[all.length - 1]?.getTime();
}

export function previousOccurrenceDay(recurrence: Recurrence, day: number): number | undefined {
  return ruleOf(recurrence).before(new Date(day), false)?.getTime();
}

export function nextOccurrenceDay(recurrence: Recurrence, day: number): number | undefined {
  return ruleOf(recurrence).after(new Date(day), false)?.getTime();
}

/** `YYYY-MM-DD` of each occurrence day in a window, for tests and diagnostics. */
export function occurrenceDates(recurrence: Recurrence, from: string, to: string): string[] {
  return occurrenceDays(recurrence, parseDate(from) ?? 0, parseDate(to) ?? 0).map(formatDate);
}
