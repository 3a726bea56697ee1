/**
 * Mexico's official rest days (Ley Federal del Trabajo, art. 74) computed for any year, plus the
 * company-specific days an organisation adds on top (fixed every year or one-off).
 */
import { z } from 'zod';
import { DomainError } from '../shared/domain-error';
import type { IsoDate } from '../shared/primitives';

/** Identifiers of the rest days of LFT art. 74 (fractions I–VIII). */
export type MexicoHolidayId =
  | 'newYear'
  | 'constitutionDay'
  | 'benitoJuarez'
  | 'labourDay'
  | 'independenceDay'
  | 'transferOfPower'
  | 'revolutionDay'
  | 'christmas';

export interface MexicoHoliday {
  readonly date: IsoDate;
  readonly id: MexicoHolidayId;
}

/**
 * A company-specific rest day: `MM-DD` repeats every year (e.g. `12-12`), `YYYY-MM-DD` is one
 * day only (e.g. an election day or Holy Thursday `2026-04-02`).
 */
export const companyHolidaySchema = z
  .string()
  .regex(/^(\d{4}-)?\d{2}-\d{2}$/, 'holiday must be MM-DD or YYYY-MM-DD')
  .refine(isValidCompanyHoliday, 'holiday is not a real calendar day');
export type CompanyHoliday = z.infer<typeof companyHolidaySchema>;

/** First year of the current art. 74 rules (Monday holidays since the 2006 reform). */
const MONDAY_RULE_SINCE = 2006;
/** First presidential transition on 1 October (2014 constitutional reform); every six years after. */
const OCTOBER_TRANSITION_SINCE = 2024;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a civil date (month 1–12). */
export function isoDateOf(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new DomainError('CALENDAR.INVALID_YEAR', { year: String(year) });
  }
}

/** Day of the month of the `n`-th Monday (n ≥ 1) of `month` (1–12) in `year`. */
function nthMonday(year: number, month: number, n: number): number {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay(); // 0 = Sunday
  const firstMonday = 1 + ((8 - firstWeekday) % 7);
  return firstMonday + 7 * (n - 1);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function isValidCompanyHoliday(value: string): boolean {
  const parts = value.split('-').map(Number);
  const [year, month, day] = parts.length === 3 ? parts : [2000, parts[0], parts[1]]; // 2000: leap, so 02-29 is valid
  if (year === undefined || month === undefined || day === undefined) return false;
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The official rest days of `year`, in date order. Current rules (since 2006): 1 Jan, first
 * Monday of Feb, third Monday of Mar, 1 May, 16 Sep, third Monday of Nov, 25 Dec, and 1 Oct in
 * the years of a presidential transition (2024, 2030, …). Earlier years follow the rules then in
 * force: 5 Feb, 21 Mar and 20 Nov on their dates, and the transition on 1 Dec (…, 2012, 2018).
 * Election days (art. 74 IX) are set by electoral law each time: add them as company days.
 */
export function mexicoOfficialHolidays(year: number): readonly MexicoHoliday[] {
  assertYear(year);
  const mondays = year >= MONDAY_RULE_SINCE;
  const holidays: MexicoHoliday[] = [
    { id: 'newYear', date: isoDateOf(year, 1, 1) },
    { id: 'constitutionDay', date: isoDateOf(year, 2, mondays ? nthMonday(year, 2, 1) : 5) },
    { id: 'benitoJuarez', date: isoDateOf(year, 3, mondays ? nthMonday(year, 3, 3) : 21) },
    { id: 'labourDay', date: isoDateOf(year, 5, 1) },
    { id: 'independenceDay', date: isoDateOf(year, 9, 16) },
    { id: 'revolutionDay', date: isoDateOf(year, 11, mondays ? nthMonday(year, 11, 3) : 20) },
    { id: 'christmas', date: isoDateOf(year, 12, 25) },
  ];
  if (year >= OCTOBER_TRANSITION_SINCE && (year - OCTOBER_TRANSITION_SINCE) % 6 === 0) {
    holidays.push({ id: 'transferOfPower', date: isoDateOf(year, 10, 1) });
  } else if (year < OCTOBER_TRANSITION_SINCE && (OCTOBER_TRANSITION_SINCE - year) % 6 === 0) {
    holidays.push({ id: 'transferOfPower', date: isoDateOf(year, 12, 1) });
  }
  return holidays.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The company-specific days that fall in `year`: every `MM-DD` on that year (a `02-29` only in
 * leap years) and the `YYYY-MM-DD` days of that year. Throws CALENDAR.INVALID_HOLIDAY on a bad entry.
 */
export function companyHolidaysIn(year: number, companyDays: readonly string[]): readonly IsoDate[] {
  assertYear(year);
  const dates: IsoDate[] = [];
  for (const day of companyDays) {
    if (!companyHolidaySchema.safeParse(day).success) {
      throw new DomainError('CALENDAR.INVALID_HOLIDAY', { value: day });
    }
    if (day.length === 10) {
      if (Number(day.slice(0, 4)) === year) dates.push(day);
    } else {
      const [month, dayOfMonth] = day.split('-').map(Number) as [number, number];
      if (dayOfMonth <= daysInMonth(year, month)) dates.push(isoDateOf(year, month, dayOfMonth));
    }
  }
  return dates;
}

/** Official rest days of `year` plus the company's own, sorted and without duplicates. */
export function mexicoHolidays(year: number, companyDays: readonly string[] = []): readonly IsoDate[] {
  const all = new Set<IsoDate>([
    ...mexicoOfficialHolidays(year).map((h) => h.date),
    ...companyHolidaysIn(year, companyDays),
  ]);
  return [...all].sort();
}

/** True when `date` (`YYYY-MM-DD`) is an official rest day in Mexico. */
export function isMexicoOfficialHoliday(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  return mexicoOfficialHolidays(year).some((h) => h.date === date);
}
