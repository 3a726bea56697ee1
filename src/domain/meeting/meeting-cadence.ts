/**
 * Seed step 1 "Realizar reuniones periódicas con el Cliente": when each client's next review is
 * due, whether it is overdue, and the recurring Outlook series (RRULE and Graph patternedRecurrence).
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { RRule, RRuleSet, rrulestr, Weekday, type Options as RRuleOptions } from 'rrule';
import { z } from 'zod';
import { cadenceIntervalMonths, meetingCadenceSchema, type Client, type MeetingCadence } from '../client/client.entity';
import {
  calendarDaysBetween,
  isValidTimeZone,
  localDateIn,
  requireIsoDate,
  shiftDate,
  utcDayOf,
} from '../shared/calendar-dates';
import { DomainError } from '../shared/domain-error';
import { isoDateSchema, type IsoDate, type IsoDateTime } from '../shared/primitives';
import type { Translate } from '../shared/translate';
import { parseWith } from '../shared/validation';
import type { Meeting } from './meeting.entity';

/** The zone whose wall clock decides "which day" a meeting falls on and when a series occurs. */
export const MEETING_TIME_ZONE = 'America/Mexico_City';

/** Days before the due date during which a client shows as "due soon" unless told otherwise. */
export const DEFAULT_DUE_SOON_DAYS = 7;

export { CADENCE_MONTHS, cadenceIntervalMonths } from '../client/client.entity';

// ---------------------------------------------------------------------------------------------
// Calendar dates (YYYY-MM-DD) with this module's error code (`MEETING.INVALID_DATE`)

/** Returns `value` when it is a calendar date YYYY-MM-DD; throws `MEETING.INVALID_DATE` otherwise. */
export function assertIsoDate(value: string): IsoDate {
  return requireIsoDate(value, 'MEETING.INVALID_DATE');
}

/** Adds whole months; the day is clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsToDate(date: IsoDate, months: number): IsoDate {
  return shiftDate(assertIsoDate(date), { months });
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const end = assertIsoDate(to);
  return calendarDaysBetween(assertIsoDate(from), end);
}

/** The calendar date an instant falls on in `timeZone` (default America/Mexico_City). */
export function localDateOf(instant: IsoDateTime | Date, timeZone: string = MEETING_TIME_ZONE): IsoDate {
  return localDateIn(instant, timeZone, 'MEETING.INVALID_DATE');
}

// ---------------------------------------------------------------------------------------------
// Cadence status per client

export type CadenceStatus = 'ok' | 'dueSoon' | 'overdue' | 'neverMet';
export const CADENCE_STATUSES: readonly CadenceStatus[] = ['ok', 'dueSoon', 'overdue', 'neverMet'];

export interface CadenceOptions {
  /** Window before the due date that counts as "due soon" (default 7; 0 = only the due date). */
  readonly dueSoonDays?: number;
  /** Zone that decides the calendar date of a meeting (default America/Mexico_City). */
  readonly timeZone?: string;
  /** Whether a held extraordinary meeting also resets the clock (default false: only periodic). */
  readonly countExtraordinary?: boolean;
}

/** Where a client stands against its cadence on a given date. */
export interface CadenceAssessment {
  readonly clientCode: string;
  readonly cadence: MeetingCadence;
  readonly intervalMonths: number;
  /** Local date of the last held meeting that counts; undefined when none was held. */
  readonly lastHeldOn?: IsoDate;
  /** Date by which the next review must be held: last held + interval, or validFrom + interval. */
  readonly dueOn: IsoDate;
  readonly basis: 'lastHeld' | 'validFrom';
  /** Local date of the earliest meeting still scheduled on or after `today`, if any. */
  readonly nextScheduledOn?: IsoDate;
  readonly status: CadenceStatus;
  /** True when `today` is after `dueOn` (the due date itself is not overdue). */
  readonly overdue: boolean;
  /** Days past `dueOn`; 0 when not overdue. */
  readonly daysOverdue: number;
  /** Days from `today` to `dueOn`; negative when overdue. */
  readonly daysUntilDue: number;
}

type CadenceClient = Pick<Client, 'code' | 'cadence' | 'validFrom'>;
type CadenceMeeting = Pick<Meeting, 'clientCode' | 'status' | 'start' | 'kind'>;

/**
 * Assesses one client on `today`.
 *
 * Next due date = local date of the last held periodic meeting + the cadence interval (month-end
 * clamped). A client that never met is due one interval after its `validFrom` (the first periodic
 * review falls one period after the relationship started); its status is `neverMet` whatever the
 * date, while `overdue`/`daysOverdue` still tell whether that first review is late.
 * Otherwise: `overdue` when today > dueOn, `dueSoon` when dueOn is within `dueSoonDays`, else `ok`.
 */
export function assessCadence(
  client: CadenceClient,
  meetings: readonly CadenceMeeting[],
  today: IsoDate,
  options: CadenceOptions = {},
): CadenceAssessment {
  assertIsoDate(today);
  const dueSoonDays = options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  if (!Number.isInteger(dueSoonDays) || dueSoonDays < 0 || dueSoonDays > 366) {
    throw new DomainError('MEETING.INVALID_DUE_SOON_WINDOW', { days: dueSoonDays });
  }
  const timeZone = options.timeZone ?? MEETING_TIME_ZONE;
  const intervalMonths = cadenceIntervalMonths(client.cadence);
  const own = meetings.filter((m) => m.clientCode === client.code);

  let lastHeldOn: IsoDate | undefined;
  for (const m of own) {
    if (m.status !== 'held' || (m.kind !== 'periodic' && options.countExtraordinary !== true)) continue;
    const day = localDateOf(m.start, timeZone);
    if (lastHeldOn === undefined || day > lastHeldOn) lastHeldOn = day;
  }
  let nextScheduledOn: IsoDate | undefined;
  for (const m of own) {
    if (m.status !== 'scheduled') continue;
    const day = localDateOf(m.start, timeZone);
    if (day >= today && (nextScheduledOn === undefined || day < nextScheduledOn)) nextScheduledOn = day;
  }

  const basis = lastHeldOn === undefined ? 'validFrom' : 'lastHeld';
  const dueOn = addMonthsToDate(lastHeldOn ?? client.validFrom, intervalMonths);
  const daysUntilDue = daysBetween(today, dueOn);
  const overdue = daysUntilDue < 0;
  const status: CadenceStatus =
    lastHeldOn === undefined ? 'neverMet' : overdue ? 'overdue' : daysUntilDue <= dueSoonDays ? 'dueSoon' : 'ok';

  return {
    clientCode: client.code,
    cadence: client.cadence,
    intervalMonths,
    ...(lastHeldOn !== undefined ? { lastHeldOn } : {}),
    dueOn,
    basis,
    ...(nextScheduledOn !== undefined ? { nextScheduledOn } : {}),
    status,
    overdue,
    daysOverdue: overdue ? -daysUntilDue : 0,
    daysUntilDue,
  };
}

/** Assesses every given client (filter inactive ones before, if they should not appear). */
export function assessCadences(
  clients: readonly CadenceClient[],
  meetings: readonly CadenceMeeting[],
  today: IsoDate,
  options: CadenceOptions = {},
): CadenceAssessment[] {
  return clients.map((client) => assessCadence(client, meetings, today, options));
}

/** Formats a calendar date with the pattern of the translator's locale (`meeting:format.date`). */
export function formatAgendaDate(date: IsoDate, t: Translate): string {
  const key = 'meeting:format.date';
  const pattern = t(key);
  return format(utcDayOf(assertIsoDate(date)), pattern === key ? 'yyyy-MM-dd' : pattern);
}

/** "1 día" / "5 días" (or English) without relying on plural rules that differ between locales. */
export function formatDays(days: number, t: Translate): string {
  return days === 1 ? t('meeting:unit.days.one') : t('meeting:unit.days.other', { count: days });
}

/** One sentence for people: the status and the date or delay behind it. */
export function describeCadence(assessment: CadenceAssessment, t: Translate): string {
  const date = formatAgendaDate(assessment.dueOn, t);
  const days = formatDays(Math.abs(assessment.daysUntilDue), t);
  switch (assessment.status) {
    case 'neverMet':
      return assessment.overdue
        ? t('meeting:cadence.summary.neverMetOverdue', { date, days })
        : t('meeting:cadence.summary.neverMet', { date });
    case 'overdue':
      return t('meeting:cadence.summary.overdue', { date, days });
    case 'dueSoon':
      return assessment.daysUntilDue === 0
        ? t('meeting:cadence.summary.dueToday', { date })
        : t('meeting:cadence.summary.dueSoon', { date, days });
    case 'ok':
      return t('meeting:cadence.summary.ok', { date });
  }
}

// ---------------------------------------------------------------------------------------------
// Recurring series: spec → RRULE → Graph patternedRecurrence, and expansion

/** Day names as Microsoft Graph spells them; index = rrule's weekday number (0 = Monday). */
export const DAYS_OF_WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];
/** Which occurrence of a weekday in its month, as Graph spells it. */
export const WEEK_INDEXES = ['first', 'second', 'third', 'fourth', 'last'] as const;
export type WeekIndex = (typeof WEEK_INDEXES)[number];

const WEEK_INDEX_TO_N: Readonly<Record<WeekIndex, number>> = { first: 1, second: 2, third: 3, fourth: 4, last: -1 };

export const meetingSeriesSpecSchema = z
  .object({
    cadence: meetingCadenceSchema,
    /** First day the series may start (local date); the first occurrence is the first match on or after it. */
    startOn: isoDateSchema,
    /** Local wall time `HH:mm`. */
    startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:mm'),
    durationMinutes: z.number().int().min(5).max(1440),
    /**
     * Day in the month: a day number (29–31 fall on the month's last day in shorter months, as
     * Outlook does) or an occurrence of a weekday ("second Tuesday", "last Friday").
     */
    on: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('dayOfMonth'), day: z.number().int().min(1).max(31) }).strict(),
      z
        .object({ kind: z.literal('weekdayOfMonth'), weekday: z.enum(DAYS_OF_WEEK), index: z.enum(WEEK_INDEXES) })
        .strict(),
    ]),
    end: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('count'), count: z.number().int().min(1).max(999) }).strict(),
      z.object({ kind: z.literal('until'), until: isoDateSchema }).strict(),
      z.object({ kind: z.literal('noEnd') }).strict(),
    ]),
    timeZone: z.string().min(1).max(64).refine(isValidTimeZone, 'unknown time zone').optional(),
  })
  .strict();
export type MeetingSeriesSpec = z.infer<typeof meetingSeriesSpecSchema>;

/** Graph `recurrencePattern` (monthly and yearly kinds only), as plain JSON. */
export interface GraphRecurrencePattern {
  readonly type: 'absoluteMonthly' | 'relativeMonthly' | 'absoluteYearly' | 'relativeYearly';
  readonly interval: number;
  readonly daysOfWeek?: readonly DayOfWeek[];
  readonly index?: WeekIndex;
  readonly dayOfMonth?: number;
  /** 1–12, yearly kinds only. */
  readonly month?: number;
}

/** Graph `recurrenceRange`, as plain JSON. */
export interface GraphRecurrenceRange {
  readonly type: 'endDate' | 'numbered' | 'noEnd';
  readonly startDate: IsoDate;
  readonly endDate?: IsoDate;
  readonly numberOfOccurrences?: number;
  readonly recurrenceTimeZone: string;
}

/** Graph `patternedRecurrence`, as plain JSON. */
export interface GraphPatternedRecurrence {
  readonly pattern: GraphRecurrencePattern;
  readonly range: GraphRecurrenceRange;
}

/** Graph `dateTimeTimeZone`: wall time without offset plus the zone name. */
export interface WallDateTime {
  readonly dateTime: string;
  readonly timeZone: string;
}

/** One expanded occurrence. */
export interface MeetingOccurrence {
  /** Local calendar date. */
  readonly date: IsoDate;
  /** Instants with the zone's offset, e.g. `2026-02-10T10:00:00-06:00`. */
  readonly start: IsoDateTime;
  readonly end: IsoDateTime;
}

/** A recurring review series ready for Outlook: the RRULE, its Graph mapping and the first event. */
export interface MeetingSeries {
  readonly spec: MeetingSeriesSpec;
  readonly timeZone: string;
  /** RRULE value, e.g. `FREQ=MONTHLY;INTERVAL=1;BYDAY=+2TU;COUNT=12`. */
  readonly rrule: string;
  /** `DTSTART;TZID=…:…` and `RRULE:…` lines (DTSTART = first occurrence). */
  readonly iCalendar: string;
  readonly recurrence: GraphPatternedRecurrence;
  /** Start and end of the first occurrence, for the series' master event. */
  readonly start: WallDateTime;
  readonly end: WallDateTime;
  readonly first: MeetingOccurrence;
}

/** A Date whose UTC fields carry a wall time (rrule's "floating" convention). */
function floating(date: IsoDate, hours = 0, minutes = 0, seconds = 0): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, hours, minutes, seconds));
}

function floatingDate(value: Date): IsoDate {
  return value.toISOString().slice(0, 10);
}

function wallDateTime(value: Date, timeZone: string): WallDateTime {
  return { dateTime: value.toISOString().slice(0, 19), timeZone };
}

/** The real instant of a floating wall time in `timeZone`, formatted with its offset. */
function instantOf(value: Date, timeZone: string): IsoDateTime {
  const at = new TZDate(
    value.getUTCFullYear(),
    value.getUTCMonth(),
    value.getUTCDate(),
    value.getUTCHours(),
    value.getUTCMinutes(),
    value.getUTCSeconds(),
    timeZone,
  );
  return format(at, "yyyy-MM-dd'T'HH:mm:ssXXX");
}

function dayOptions(on: MeetingSeriesSpec['on']): Partial<RRuleOptions> {
  if (on.kind === 'weekdayOfMonth') {
    return { byweekday: [new Weekday(DAYS_OF_WEEK.indexOf(on.weekday), WEEK_INDEX_TO_N[on.index])] };
  }
  if (on.day <= 28) return { bymonthday: [on.day] };
  // Outlook puts day 29–31 on the last day of shorter months: "the last of 28..day" says the same.
  const days: number[] = [];
  for (let d = 28; d <= on.day; d++) days.push(d);
  return { bymonthday: days, bysetpos: [-1] };
}

/**
 * Builds the series for a spec (validated; `VALIDATION.INVALID_INPUT` when malformed).
 * Monthly…semiannual → `FREQ=MONTHLY;INTERVAL=1|2|3|6`; annual → `FREQ=YEARLY;INTERVAL=1;BYMONTH=<month of
 * startOn>`. DTSTART is the first occurrence on or after `startOn` (Graph wants the event to start on
 * it). UNTIL is the end (23:59:59) of the last day in the series' zone, written as rrule writes it
 * with a TZID (local time). Throws `MEETING.RECURRENCE_ENDS_BEFORE_START` when no occurrence fits.
 */
export function buildMeetingSeries(input: unknown): MeetingSeries {
  const spec = parseWith(meetingSeriesSpecSchema, input, 'MeetingSeries');
  const timeZone = spec.timeZone ?? MEETING_TIME_ZONE;
  const [hh, mm] = spec.startTime.split(':').map(Number) as [number, number];
  const annual = spec.cadence === 'annual';
  const base: Partial<RRuleOptions> = {
    freq: annual ? RRule.YEARLY : RRule.MONTHLY,
    interval: annual ? 1 : cadenceIntervalMonths(spec.cadence),
    ...(annual ? { bymonth: [Number(spec.startOn.slice(5, 7))] } : {}),
    ...dayOptions(spec.on),
  };
  const first = new RRule({ ...base, dtstart: floating(spec.startOn, hh, mm), count: 1 }).all()[0];
  if (first === undefined) {
    throw new DomainError('MEETING.RECURRENCE_ENDS_BEFORE_START', { startOn: spec.startOn, until: spec.startOn });
  }
  const firstDate = floatingDate(first);
  if (spec.end.kind === 'until' && spec.end.until < firstDate) {
    throw new DomainError('MEETING.RECURRENCE_ENDS_BEFORE_START', { startOn: firstDate, until: spec.end.until });
  }
  const end: Partial<RRuleOptions> =
    spec.end.kind === 'count'
      ? { count: spec.end.count }
      : spec.end.kind === 'until'
        ? { until: floating(spec.end.until, 23, 59, 59) }
        : {};
  const iCalendar = new RRule({ ...base, ...end, dtstart: first, tzid: timeZone }).toString();
  const rruleLine = iCalendar.split('\n').find((line) => line.startsWith('RRULE:')) ?? '';
  const endAt = new Date(first.getTime() + spec.durationMinutes * 60_000);
  return {
    spec,
    timeZone,
    rrule: rruleLine.slice('RRULE:'.length),
    iCalendar,
    recurrence: toPatternedRecurrence(iCalendar),
    start: wallDateTime(first, timeZone),
    end: wallDateTime(endAt, timeZone),
    first: { date: firstDate, start: instantOf(first, timeZone), end: instantOf(endAt, timeZone) },
  };
}

interface ParsedRule {
  readonly options: Partial<RRuleOptions>;
  readonly dtstart: Date;
  readonly timeZone: string;
}

function clip(rule: string): string {
  return rule.length > 200 ? `${rule.slice(0, 200)}…` : rule;
}

/** Parses `DTSTART…\nRRULE:…`; the zone is its TZID, or UTC when DTSTART is in UTC. */
function parseRule(rule: string): ParsedRule {
  let parsed: ReturnType<typeof rrulestr>;
  try {
    parsed = rrulestr(rule);
  } catch (cause) {
    throw new DomainError('MEETING.INVALID_RECURRENCE', { rule: clip(rule) }, { cause });
  }
  // An RRuleSet (EXDATE, RDATE, several RRULEs) is also an RRule subclass: test it first.
  if (parsed instanceof RRuleSet || !(parsed instanceof RRule)) {
    throw new DomainError('MEETING.UNSUPPORTED_RECURRENCE', { rule: clip(rule) });
  }
  const options = parsed.origOptions;
  if (!(options.dtstart instanceof Date)) {
    throw new DomainError('MEETING.INVALID_RECURRENCE', { rule: clip(rule) });
  }
  return { options, dtstart: options.dtstart, timeZone: options.tzid ?? 'UTC' };
}

function asList<T>(value: T | readonly T[] | null | undefined): T[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}

/** rrule options this mapping understands; any other part (BYHOUR, BYWEEKNO…) is unsupported. */
const SUPPORTED_RULE_PARTS: ReadonlySet<string> = new Set([
  'freq',
  'interval',
  'bymonth',
  'bymonthday',
  'byweekday',
  'bysetpos',
  'count',
  'until',
  'dtstart',
  'tzid',
  'wkst',
]);

const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function weekdayOf(value: unknown): { weekday: number; n?: number } | undefined {
  if (typeof value === 'number') return { weekday: value };
  if (typeof value === 'string') {
    const i = WEEKDAY_CODES.indexOf(value);
    return i < 0 ? undefined : { weekday: i };
  }
  if (value instanceof Weekday) return value.n === undefined ? { weekday: value.weekday } : { ...value };
  return undefined;
}

function indexOfN(n: number | undefined): WeekIndex | undefined {
  return (Object.keys(WEEK_INDEX_TO_N) as WeekIndex[]).find((k) => WEEK_INDEX_TO_N[k] === n);
}

/**
 * Maps an RRULE (with DTSTART, optionally TZID) to Graph's patternedRecurrence. Supported: monthly
 * (any interval) and yearly (one BYMONTH, or none and no BY-day part) rules on a day number, or on the first…fourth/last weekday
 * (`BYDAY=+2TU`, or `BYDAY=TU;BYSETPOS=2`); days 29–31 only in the "last of 28..n" form, because
 * a bare `BYMONTHDAY=31` skips short months while Outlook would not. Anything else throws
 * `MEETING.UNSUPPORTED_RECURRENCE`; an unreadable string `MEETING.INVALID_RECURRENCE`.
 */
export function toPatternedRecurrence(rule: string): GraphPatternedRecurrence {
  const { options, dtstart, timeZone } = parseRule(rule);
  const unsupported = () => new DomainError('MEETING.UNSUPPORTED_RECURRENCE', { rule: clip(rule) });
  for (const [key, value] of Object.entries(options)) {
    if (!SUPPORTED_RULE_PARTS.has(key) && value !== null && value !== undefined) throw unsupported();
  }
  const yearly = options.freq === RRule.YEARLY;
  if (options.freq !== RRule.MONTHLY && !yearly) throw unsupported();
  const interval = options.interval ?? 1;

  const months = asList(options.bymonth);
  if (months.length > 1 || (!yearly && months.length > 0)) throw unsupported();
  const month = months[0] ?? dtstart.getUTCMonth() + 1;

  const weekdays = asList(options.byweekday as unknown);
  const monthDays = asList(options.bymonthday);
  const setPos = asList(options.bysetpos);
  // Yearly BYMONTHDAY/BYDAY without BYMONTH means "every month" / "n-th weekday of the year".
  if (yearly && months.length === 0 && weekdays.length + monthDays.length + setPos.length > 0) throw unsupported();

  let dayPart: Pick<GraphRecurrencePattern, 'daysOfWeek' | 'index' | 'dayOfMonth'>;
  if (weekdays.length > 0) {
    const day = weekdayOf(weekdays[0]);
    if (weekdays.length !== 1 || monthDays.length > 0 || day === undefined) throw unsupported();
    if (day.n !== undefined && setPos.length > 0) throw unsupported();
    const index = indexOfN(day.n ?? (setPos.length === 1 ? setPos[0] : undefined));
    const dayName = DAYS_OF_WEEK[day.weekday];
    if (index === undefined || dayName === undefined) throw unsupported();
    dayPart = { daysOfWeek: [dayName], index };
  } else {
    let dayOfMonth: number;
    if (monthDays.length === 0) {
      if (setPos.length > 0) throw unsupported();
      dayOfMonth = dtstart.getUTCDate();
    } else if (monthDays.length === 1 && setPos.length === 0) {
      dayOfMonth = monthDays[0] ?? 0;
    } else {
      // Only "the last of 28, 29, …, n" (n = 29..31) means "day n, or the month's last day".
      const last = monthDays[monthDays.length - 1] ?? 0;
      const consecutive = monthDays.every((d, i) => d === 28 + i);
      if (!consecutive || last < 29 || setPos.length !== 1 || setPos[0] !== -1) throw unsupported();
      dayOfMonth = last;
    }
    if (dayOfMonth < 1 || (dayOfMonth > 28 && monthDays.length <= 1)) throw unsupported();
    dayPart = { dayOfMonth };
  }

  const pattern: GraphRecurrencePattern = {
    type: yearly
      ? dayPart.index !== undefined
        ? 'relativeYearly'
        : 'absoluteYearly'
      : dayPart.index !== undefined
        ? 'relativeMonthly'
        : 'absoluteMonthly',
    interval,
    ...dayPart,
    ...(yearly ? { month } : {}),
  };
  const startDate = floatingDate(dtstart);
  const until = options.until;
  const range: GraphRecurrenceRange =
    typeof options.count === 'number'
      ? { type: 'numbered', startDate, numberOfOccurrences: options.count, recurrenceTimeZone: timeZone }
      : until instanceof Date
        ? { type: 'endDate', startDate, endDate: floatingDate(until), recurrenceTimeZone: timeZone }
        : { type: 'noEnd', startDate, recurrenceTimeZone: timeZone };
  return { pattern, range };
}

/** Options of {@link expandRecurrence}. */
export interface ExpandOptions {
  /** Only occurrences on or after this local date (default: from the series start). */
  readonly from?: IsoDate;
  /** Length of each occurrence (default 60). */
  readonly durationMinutes?: number;
}

export const MAX_EXPANDED_OCCURRENCES = 1000;

/**
 * The next `count` occurrences of an RRULE string (with DTSTART, optionally TZID), expanded by
 * rrule in wall time and turned into instants of the rule's zone (Mexico City: UTC−6, no DST
 * since 2022; earlier dates get the offset they had).
 */
export function expandRecurrence(rule: string, count: number, options: ExpandOptions = {}): MeetingOccurrence[] {
  if (!Number.isInteger(count) || count < 1 || count > MAX_EXPANDED_OCCURRENCES) {
    throw new DomainError('MEETING.INVALID_OCCURRENCE_COUNT', { count, max: MAX_EXPANDED_OCCURRENCES });
  }
  const from = options.from === undefined ? undefined : floating(assertIsoDate(options.from));
  const minutes = options.durationMinutes ?? 60;
  const { options: ruleOptions, timeZone } = parseRule(rule);
  const wallClock = new RRule({ ...ruleOptions, tzid: null });
  const found: Date[] = [];
  wallClock.all((date) => {
    if (from === undefined || date >= from) found.push(date);
    return found.length < count;
  });
  return found.slice(0, count).map((start) => {
    const end = new Date(start.getTime() + minutes * 60_000);
    return { date: floatingDate(start), start: instantOf(start, timeZone), end: instantOf(end, timeZone) };
  });
}

/** The next `count` occurrences of a built series (on or after `from` when given). */
export function nextOccurrences(series: MeetingSeries, count: number, from?: IsoDate): MeetingOccurrence[] {
  return expandRecurrence(series.iCalendar, count, {
    durationMinutes: series.spec.durationMinutes,
    ...(from !== undefined ? { from } : {}),
  });
}
