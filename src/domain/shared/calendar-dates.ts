/**
 * Calendar dates (`YYYY-MM-DD`) shared by the domain: validation, the local date of an instant in
 * an IANA zone, month-end-clamped arithmetic done at UTC midnight (so DST never interferes), and
 * comparisons. Arithmetic expects valid dates; invalid ones surface as date-fns' RangeError.
 */
import { tz } from '@date-fns/tz';
import { addDays, addMonths, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { DomainError, type ErrorParams } from './domain-error';
import { isoDateSchema, type IsoDate } from './primitives';

/** An inclusive range of calendar dates. */
export interface DateRange {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** True when `zone` is an IANA time zone the runtime knows (`America/Mexico_City`, `UTC`). */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function isIsoDate(value: unknown): value is IsoDate {
  return isoDateSchema.safeParse(value).success;
}

/** Returns `value` when it is a real calendar date `YYYY-MM-DD`; throws DomainError `code` otherwise. */
export function requireIsoDate(value: string, code: string, params: ErrorParams = { value }): IsoDate {
  if (!isIsoDate(value)) throw new DomainError(code, params);
  return value;
}

/**
 * The calendar date an instant falls on in `timeZone`. With `invalidCode`, an instant that is not
 * a time throws that DomainError (`{ value }`) instead of date-fns' RangeError.
 */
export function localDateIn(instant: string | number | Date, timeZone: string, invalidCode?: string): IsoDate {
  const at = new Date(instant);
  if (invalidCode !== undefined && Number.isNaN(at.getTime())) {
    throw new DomainError(invalidCode, { value: String(instant) });
  }
  return format(at, 'yyyy-MM-dd', { in: tz(timeZone) });
}

const UTC = tz('UTC');

/** A calendar date as its midnight in UTC (a TZDate), for date-fns arithmetic and formatting. */
export function utcDayOf(date: IsoDate): Date {
  return parseISO(date, { in: UTC });
}

/**
 * `date` plus whole years and months, then days. Months and years clamp to the month's end:
 * 31 Jan + 1 month = 28/29 Feb, 29 Feb + 1 year = 28 Feb.
 */
export function shiftDate(
  date: IsoDate,
  { years = 0, months = 0, days = 0 }: { readonly years?: number; readonly months?: number; readonly days?: number },
): IsoDate {
  return format(addDays(addMonths(utcDayOf(date), years * 12 + months), days), 'yyyy-MM-dd');
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(utcDayOf(to), utcDayOf(from));
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

export function isDateInRange(date: IsoDate, { from, to }: DateRange): boolean {
  return date >= from && date <= to;
}

/** A validity window (`validTo` absent = open-ended) overlaps `range`. */
export function validityOverlaps(validFrom: IsoDate, validTo: IsoDate | undefined, { from, to }: DateRange): boolean {
  return validFrom <= to && (validTo === undefined || validTo >= from);
}
