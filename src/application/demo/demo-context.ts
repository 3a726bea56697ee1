/**
 * What every part of the demo generator shares: the clock derived from `today` (business days,
 * Mexico City instants), the deterministic key factory, the seeded random source and the client
 * bundles. Nothing here reads the real time: everything derives from `today`.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { createBusinessCalendar, type BusinessCalendar } from '../../domain/calendar/business-calendar';
import type { Client } from '../../domain/client/client.entity';
import type { Contact } from '../../domain/client/contact.entity';
import type { Service } from '../../domain/service/service.entity';
import { calendarDaysBetween, shiftDate } from '../../domain/shared/calendar-dates';
import type { IsoDate, IsoDateTime } from '../../domain/shared/primitives';
import type { ClientRow } from './demo-catalog';
import type { Random } from './seeded-random';
import { withoutAccents } from '../../domain/shared/text';

/** Calendar arithmetic anchored on the demo's `today`, in the business calendar's zone. */
export interface DemoClock {
  readonly today: IsoDate;
  readonly yesterday: IsoDate;
  readonly tomorrow: IsoDate;
  /** Midnight starting `today`: everything that already happened is strictly before it. */
  readonly cutoff: IsoDateTime;
  readonly calendar: BusinessCalendar;
  addDays(date: IsoDate, days: number): IsoDate;
  addMonths(date: IsoDate, months: number): IsoDate;
  /** Calendar days from `from` to `to`. */
  daysBetween(from: IsoDate, to: IsoDate): number;
  isBusinessDay(date: IsoDate): boolean;
  businessDayOnOrBefore(date: IsoDate): IsoDate;
  businessDayOnOrAfter(date: IsoDate): IsoDate;
  /** The business day `count` business days before `date` (count ≥ 1). */
  businessDaysBefore(date: IsoDate, count: number): IsoDate;
  /** The business day `count` business days after `date` (count ≥ 1). */
  businessDaysAfter(date: IsoDate, count: number): IsoDate;
  /** The instant of local wall time `HH:mm` on `date`, with the zone's offset. */
  at(date: IsoDate, time: string): IsoDateTime;
  plusMinutes(instant: IsoDateTime, minutes: number): IsoDateTime;
  plusBusinessMinutes(instant: IsoDateTime, minutes: number): IsoDateTime;
  /** Local calendar date of an instant. */
  dateOf(instant: IsoDateTime): IsoDate;
  /** True when the instant is before `cutoff`. */
  isPast(instant: IsoDateTime): boolean;
}

export function createDemoClock(today: IsoDate): DemoClock {
  const calendar = createBusinessCalendar();
  const zone = calendar.config.timeZone;
  const addDays = (date: IsoDate, days: number): IsoDate => shiftDate(date, { days });
  const isBusinessDay = (date: IsoDate): boolean => calendar.isBusinessDay(date);
  const stepUntilBusiness = (date: IsoDate, step: 1 | -1): IsoDate => {
    let day = date;
    while (!isBusinessDay(day)) day = addDays(day, step);
    return day;
  };
  const stepBusinessDays = (date: IsoDate, count: number, step: 1 | -1): IsoDate => {
    let day = date;
    for (let done = 0; done < count;) {
      day = addDays(day, step);
      if (isBusinessDay(day)) done += 1;
    }
    return day;
  };
  const at = (date: IsoDate, time: string): IsoDateTime => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const [hh, mm] = time.split(':').map(Number) as [number, number];
    return format(new TZDate(y, m - 1, d, hh, mm, 0, zone), "yyyy-MM-dd'T'HH:mm:ssXXX");
  };
  const cutoff = at(today, '00:00');
  const cutoffMs = Date.parse(cutoff);
  return {
    today,
    yesterday: addDays(today, -1),
    tomorrow: addDays(today, 1),
    cutoff,
    calendar,
    addDays,
    addMonths: (date, months) => shiftDate(date, { months }),
    daysBetween: (from, to) => calendarDaysBetween(from, to),
    isBusinessDay,
    businessDayOnOrBefore: (date) => stepUntilBusiness(date, -1),
    businessDayOnOrAfter: (date) => stepUntilBusiness(date, 1),
    businessDaysBefore: (date, count) => stepBusinessDays(date, count, -1),
    businessDaysAfter: (date, count) => stepBusinessDays(date, count, 1),
    at,
    plusMinutes: (instant, minutes) => calendar.formatInstant(Date.parse(instant) + minutes * 60_000),
    plusBusinessMinutes: (instant, minutes) => calendar.addBusinessMinutes(instant, minutes),
    dateOf: (instant) => calendar.localDateOf(instant),
    isPast: (instant) => Date.parse(instant) < cutoffMs,
  };
}

/** Record-key prefixes of the demo: `demo-<kind>-0001`. */
export type KeyKind =
  | 'client'
  | 'contact'
  | 'service'
  | 'meeting'
  | 'series'
  | 'agreement'
  | 'complaint'
  | 'campaign'
  | 'invitation'
  | 'response'
  | 'change'
  | 'servicerequest'
  | 'review'
  | 'decision'
  | 'audit';

/** Hands out `demo-<kind>-NNNN` keys in order; unique across the organisation by their prefix. */
export interface KeyFactory {
  next(kind: KeyKind): string;
}

export function createKeyFactory(): KeyFactory {
  const counters = new Map<KeyKind, number>();
  return {
    next(kind) {
      const n = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      return `demo-${kind}-${String(n).padStart(4, '0')}`;
    },
  };
}

/** One client of the catalog with its row, contacts and services. */
export interface DemoClient {
  readonly index: number;
  readonly row: ClientRow;
  readonly client: Client;
  readonly contacts: readonly Contact[];
  readonly services: readonly Service[];
}

export interface DemoContext {
  readonly clock: DemoClock;
  readonly keys: KeyFactory;
  readonly rng: Random;
}

/** True when the client relationship is valid on `date`. */
export function isClientActiveOn(client: Pick<Client, 'validFrom' | 'validTo'>, date: IsoDate): boolean {
  return client.validFrom <= date && (client.validTo === undefined || date <= client.validTo);
}

/** Contacts still with the client on `date` (no end, or an end on or after it). */
export function contactsOn(demo: DemoClient, date: IsoDate): Contact[] {
  return demo.contacts.filter((c) => c.validTo === undefined || c.validTo >= date);
}

/** Services valid on `date`. */
export function servicesOn(demo: DemoClient, date: IsoDate): Service[] {
  return demo.services.filter((s) => s.validFrom <= date && (s.validTo === undefined || date <= s.validTo));
}

/** `value` within [min, max] (ISO dates compare as strings). */
export function clampDate(value: IsoDate, min: IsoDate, max: IsoDate): IsoDate {
  if (value < min) return min;
  return value > max ? max : value;
}

/** Lower-case ASCII of a Spanish word for e-mail addresses (`Núñez` → `nunez`). */
export function asciiFold(text: string): string {
  return withoutAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** `dd/MM/yyyy`, the date format people read in Mexico. */
export function formatDateMx(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d ?? ''}/${m ?? ''}/${y ?? ''}`;
}
