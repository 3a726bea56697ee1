/**
 * A configurable business calendar (time zone, working days and hours, holidays) that answers
 * "is this business time?", "when are N business hours up?" and "how many business minutes
 * between two instants?" — the clock the complaint SLAs run on.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { z } from 'zod';
import { isValidTimeZone, localDateIn, requireIsoDate } from '../shared/calendar-dates';
import { DomainError } from '../shared/domain-error';
import { isoDateTimeSchema, type IsoDate, type IsoDateTime } from '../shared/primitives';
import { parseWith } from '../shared/validation';
import { companyHolidaySchema, companyHolidaysIn, isoDateOf, mexicoHolidays } from './mexico-holidays';

/** Every error code this module and mexico-holidays.ts throw (each has a message in src/i18n). */
export const CALENDAR_ERROR_CODES = [
  'CALENDAR.INVALID_TIME_ZONE',
  'CALENDAR.INVALID_WORKING_HOURS',
  'CALENDAR.OVERLAPPING_WORKING_HOURS',
  'CALENDAR.NO_WORKING_TIME',
  'CALENDAR.INVALID_INSTANT',
  'CALENDAR.INVALID_DATE',
  'CALENDAR.INVALID_DURATION',
  'CALENDAR.NO_BUSINESS_TIME',
  'CALENDAR.INVALID_YEAR',
  'CALENDAR.INVALID_HOLIDAY',
] as const;
export type CalendarErrorCode = (typeof CALENDAR_ERROR_CODES)[number];

export const DEFAULT_TIME_ZONE = 'America/Mexico_City';

/** `HH:mm` on a 24-hour clock; `24:00` is accepted as the end of a day. */
const clockTimeSchema = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'time must be HH:mm');

/** One working window of a day, `start` inclusive, `end` exclusive. */
export const workingHoursSchema = z.object({ start: clockTimeSchema, end: clockTimeSchema }).strict();
export type WorkingHours = z.infer<typeof workingHoursSchema>;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const isoWeekdaySchema = z.number().int().min(1).max(7);

export const businessCalendarConfigSchema = z
  .object({
    /** IANA zone the working hours are expressed in. */
    timeZone: z.string().min(1).default(DEFAULT_TIME_ZONE),
    workingDays: z.array(isoWeekdaySchema).default([1, 2, 3, 4, 5]),
    /** Working windows of each working day (several allow a lunch break). */
    workingHours: z.array(workingHoursSchema).default([{ start: '09:00', end: '18:00' }]),
    /** Which official rest days apply: Mexico's (LFT art. 74) or none. */
    officialHolidays: z.enum(['MX', 'none']).default('MX'),
    /** Company-specific rest days: `MM-DD` every year or `YYYY-MM-DD` once. */
    holidays: z.array(companyHolidaySchema).default([]),
  })
  .strict();
/** A calendar's configuration as stored (every field has a default). */
export type BusinessCalendarConfigInput = z.input<typeof businessCalendarConfigSchema>;
export type BusinessCalendarConfig = z.output<typeof businessCalendarConfigSchema>;

/** An instant: an ISO 8601 string with offset, a Date or epoch milliseconds. */
export type InstantInput = IsoDateTime | Date | number;

/** The calendar's answers; instants come back as ISO strings with the calendar zone's offset. */
export interface BusinessCalendar {
  readonly config: Readonly<BusinessCalendarConfig>;
  /** True when `date` (`YYYY-MM-DD`) is a working weekday and not a holiday. */
  isBusinessDay(date: IsoDate): boolean;
  isHoliday(date: IsoDate): boolean;
  /** Holidays (official and company) of `year`, sorted. */
  holidaysIn(year: number): readonly IsoDate[];
  /** True inside a working window (start inclusive, end exclusive) of a business day. */
  isBusinessTime(instant: InstantInput): boolean;
  /** `instant` itself when it is business time, otherwise the start of the next working window. */
  nextBusinessTime(instant: InstantInput): IsoDateTime;
  /**
   * The instant at which `hours` business hours have elapsed since `start`. A sum that uses up a
   * window exactly ends at that window's end (18:00), not at the next opening. `0` returns `start`.
   */
  addBusinessHours(start: InstantInput, hours: number): IsoDateTime;
  addBusinessMinutes(start: InstantInput, minutes: number): IsoDateTime;
  /** Whole business minutes in [a, b) (0 when b is not after a). */
  businessMinutesBetween(a: InstantInput, b: InstantInput): number;
  /** Business hours in [a, b) with minute precision (`businessMinutesBetween / 60`). */
  businessHoursBetween(a: InstantInput, b: InstantInput): number;
  /** Business milliseconds in [aMs, bMs); the primitive other domain modules build on. */
  businessMsBetween(aMs: number, bMs: number): number;
  /** Epoch ms at which `ms` business milliseconds have elapsed since `startMs`. */
  addBusinessMs(startMs: number, ms: number): number;
  /** Epoch ms of an instant; throws CALENDAR.INVALID_INSTANT when it is not one. */
  toEpochMs(instant: InstantInput): number;
  /** ISO 8601 with the calendar zone's offset, e.g. `2026-02-03T09:00:00-06:00`. */
  formatInstant(epochMs: number): IsoDateTime;
  /** The calendar day (`YYYY-MM-DD`) of an instant in the calendar's zone. */
  localDateOf(instant: InstantInput): IsoDate;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
/** A calendar with no business time for this many consecutive days is considered broken. */
const MAX_DAYS_WITHOUT_BUSINESS_TIME = 3_660;
const WINDOW_CACHE_LIMIT = 20_000;

interface Window {
  readonly start: number;
  readonly end: number;
}

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

function checkWorkingHours(hours: readonly WorkingHours[]): readonly WorkingHours[] {
  for (const w of hours) {
    if (minutesOf(w.end) <= minutesOf(w.start)) {
      throw new DomainError('CALENDAR.INVALID_WORKING_HOURS', { start: w.start, end: w.end });
    }
  }
  const sorted = [...hours].sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
  for (let i = 1; i < sorted.length; i += 1) {
    const prev = sorted[i - 1] as WorkingHours;
    const next = sorted[i] as WorkingHours;
    if (minutesOf(next.start) < minutesOf(prev.end)) {
      throw new DomainError('CALENDAR.OVERLAPPING_WORKING_HOURS', {
        first: `${prev.start}–${prev.end}`,
        second: `${next.start}–${next.end}`,
      });
    }
  }
  return sorted;
}

/** Civil day number (days since 1970-01-01) of a calendar date. */
function dayNumberOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/**
 * Builds a calendar from its configuration (defaults: America/Mexico_City, Monday–Friday
 * 09:00–18:00, Mexico's official holidays). Invalid settings throw VALIDATION.INVALID_INPUT or
 * a CALENDAR.* DomainError.
 */
export function createBusinessCalendar(input: BusinessCalendarConfigInput = {}): BusinessCalendar {
  const parsed = parseWith(businessCalendarConfigSchema, input, 'BusinessCalendar');
  if (!isValidTimeZone(parsed.timeZone)) {
    throw new DomainError('CALENDAR.INVALID_TIME_ZONE', { timeZone: parsed.timeZone });
  }
  if (parsed.workingDays.length === 0 || parsed.workingHours.length === 0) {
    throw new DomainError('CALENDAR.NO_WORKING_TIME');
  }
  const workingHours = checkWorkingHours(parsed.workingHours);
  const config: BusinessCalendarConfig = Object.freeze({
    ...parsed,
    workingDays: Object.freeze([...new Set(parsed.workingDays)].sort((a, b) => a - b)) as number[],
    workingHours: Object.freeze(workingHours.map((w) => Object.freeze({ ...w }))) as WorkingHours[],
    holidays: Object.freeze([...parsed.holidays]) as string[],
  });
  const { timeZone } = config;
  const workingDays = new Set(config.workingDays);
  const windowMinutes = workingHours.map((w) => ({ start: minutesOf(w.start), end: minutesOf(w.end) }));

  const holidayCache = new Map<number, ReadonlySet<IsoDate>>();
  const holidaySet = (year: number): ReadonlySet<IsoDate> => {
    let set = holidayCache.get(year);
    if (set === undefined) {
      const dates =
        config.officialHolidays === 'MX'
          ? mexicoHolidays(year, config.holidays)
          : companyHolidaysIn(year, config.holidays);
      set = new Set(dates);
      holidayCache.set(year, set);
    }
    return set;
  };

  const civilOf = (dayNumber: number): { year: number; month: number; day: number; weekday: number } => {
    const d = new Date(dayNumber * MS_PER_DAY);
    const weekday = d.getUTCDay();
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: weekday || 7 };
  };

  const isBusinessDayNumber = (dayNumber: number): boolean => {
    const { year, month, day, weekday } = civilOf(dayNumber);
    return workingDays.has(weekday) && !holidaySet(year).has(isoDateOf(year, month, day));
  };

  const windowCache = new Map<number, readonly Window[]>();
  /** The working windows of a civil day as epoch-ms intervals (empty on non-business days). */
  const windowsOf = (dayNumber: number): readonly Window[] => {
    const cached = windowCache.get(dayNumber);
    if (cached !== undefined) return cached;
    let windows: Window[] = [];
    if (isBusinessDayNumber(dayNumber)) {
      const { year, month, day } = civilOf(dayNumber);
      const at = (minutes: number): number =>
        new TZDate(year, month - 1, day, Math.floor(minutes / 60), minutes % 60, timeZone).getTime();
      windows = windowMinutes.map((w) => ({ start: at(w.start), end: at(w.end) })).filter((w) => w.end > w.start);
    }
    if (windowCache.size >= WINDOW_CACHE_LIMIT) windowCache.clear();
    windowCache.set(dayNumber, windows);
    return windows;
  };

  const localDayNumber = (epochMs: number): number => {
    const local = new TZDate(epochMs, timeZone);
    return dayNumberOf(local.getFullYear(), local.getMonth() + 1, local.getDate());
  };

  const toEpochMs = (instant: InstantInput): number => {
    let ms = Number.NaN;
    if (typeof instant === 'number') ms = instant;
    else if (instant instanceof Date) ms = instant.getTime();
    else if (typeof instant === 'string' && isoDateTimeSchema.safeParse(instant).success) ms = Date.parse(instant);
    if (!Number.isFinite(ms)) {
      throw new DomainError('CALENDAR.INVALID_INSTANT', { value: String(instant) });
    }
    return ms;
  };

  const formatInstant = (epochMs: number): IsoDateTime => {
    const local = new TZDate(toEpochMs(epochMs), timeZone);
    return format(local, epochMs % 1000 === 0 ? "yyyy-MM-dd'T'HH:mm:ssXXX" : "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
  };

  const parseDate = (date: IsoDate): number => {
    requireIsoDate(date, 'CALENDAR.INVALID_DATE', { value: String(date) });
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return dayNumberOf(y, m, d);
  };

  const businessMsBetween = (aMs: number, bMs: number): number => {
    const a = toEpochMs(aMs);
    const b = toEpochMs(bMs);
    if (b <= a) return 0;
    let total = 0;
    for (let day = localDayNumber(a), last = localDayNumber(b); day <= last; day += 1) {
      for (const w of windowsOf(day)) {
        const overlap = Math.min(w.end, b) - Math.max(w.start, a);
        if (overlap > 0) total += overlap;
      }
    }
    return total;
  };

  const addBusinessMs = (startMs: number, ms: number): number => {
    const start = toEpochMs(startMs);
    if (!Number.isFinite(ms) || ms < 0) {
      throw new DomainError('CALENDAR.INVALID_DURATION', { value: String(ms) });
    }
    if (ms === 0) return start;
    let remaining = ms;
    let idleDays = 0;
    for (let day = localDayNumber(start); ; day += 1) {
      const windows = windowsOf(day);
      let consumed = false;
      for (const w of windows) {
        const from = Math.max(w.start, start);
        if (w.end <= from) continue;
        consumed = true;
        const available = w.end - from;
        if (remaining <= available) return from + remaining;
        remaining -= available;
      }
      idleDays = consumed ? 0 : idleDays + 1;
      if (idleDays > MAX_DAYS_WITHOUT_BUSINESS_TIME) {
        throw new DomainError('CALENDAR.NO_BUSINESS_TIME', { from: formatInstant(start) });
      }
    }
  };

  const nextBusinessMs = (epochMs: number): number => {
    for (let day = localDayNumber(epochMs), idle = 0; idle <= MAX_DAYS_WITHOUT_BUSINESS_TIME; day += 1, idle += 1) {
      for (const w of windowsOf(day)) {
        if (epochMs < w.end) return Math.max(w.start, epochMs);
      }
    }
    throw new DomainError('CALENDAR.NO_BUSINESS_TIME', { from: formatInstant(epochMs) });
  };

  const checkedDuration = (value: number, msPerUnit: number): number => {
    if (!Number.isFinite(value) || value < 0) {
      throw new DomainError('CALENDAR.INVALID_DURATION', { value: String(value) });
    }
    return Math.round(value * msPerUnit);
  };

  const calendar: BusinessCalendar = {
    config,
    isBusinessDay: (date) => isBusinessDayNumber(parseDate(date)),
    isHoliday: (date) => {
      parseDate(date);
      return holidaySet(Number(date.slice(0, 4))).has(date);
    },
    holidaysIn: (year) => [...holidaySet(year)].sort(),
    isBusinessTime: (instant) => {
      const ms = toEpochMs(instant);
      return windowsOf(localDayNumber(ms)).some((w) => w.start <= ms && ms < w.end);
    },
    nextBusinessTime: (instant) => formatInstant(nextBusinessMs(toEpochMs(instant))),
    addBusinessHours: (start, hours) =>
      formatInstant(addBusinessMs(toEpochMs(start), checkedDuration(hours, MS_PER_HOUR))),
    addBusinessMinutes: (start, minutes) =>
      formatInstant(addBusinessMs(toEpochMs(start), checkedDuration(minutes, MS_PER_MINUTE))),
    businessMinutesBetween: (a, b) => Math.floor(businessMsBetween(toEpochMs(a), toEpochMs(b)) / MS_PER_MINUTE),
    businessHoursBetween: (a, b) => Math.floor(businessMsBetween(toEpochMs(a), toEpochMs(b)) / MS_PER_MINUTE) / 60,
    businessMsBetween,
    addBusinessMs,
    toEpochMs,
    formatInstant,
    localDateOf: (instant) => localDateIn(toEpochMs(instant), timeZone),
  };
  return Object.freeze(calendar);
}
