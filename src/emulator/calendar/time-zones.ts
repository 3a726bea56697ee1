/**
 * Time zones and wall-clock times for the calendar emulator.
 *
 * Graph's `dateTimeTimeZone.timeZone` accepts Windows time-zone names ("Pacific Standard Time",
 * "Central Standard Time (Mexico)", "UTC") and the IANA names that map to one of them. Names are
 * matched case-insensitively and echoed back as given. Computation is done with the IANA zone
 * (the CLDR "001" golden zone for a Windows name) through @date-fns/tz, so the tz database of the
 * running Node decides offsets (Mexico has had no DST since 2022).
 *
 * Wall-clock ("floating") times are plain numbers: the milliseconds `Date.UTC` gives for the wall
 * components, so that date arithmetic and rrule expansion can run in UTC without any offsets.
 */
import { parseIsoDateTime, type ParsedDateTime } from '../shared/iso-date-time';
import { TZDate } from '@date-fns/tz';
import { IANA_ALIAS_MAP, WINDOWS_TO_IANA_MAP, findWindows } from 'windows-iana';

export interface ResolvedTimeZone {
  /** The name as the client gave it (echoed back in `timeZone`). */
  readonly name: string;
  /** The IANA zone used for conversions. */
  readonly iana: string;
}

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;
/** Years Exchange can store (its calendar starts in 1601). */
export const MIN_YEAR = 1601;
export const MAX_YEAR = 4500;

const WINDOWS_ZONES = new Map<string, string>();
const IANA_ZONES = new Map<string, string>();
const UNSUPPORTED = new Set<string>();

function intlKnows(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

for (const entry of WINDOWS_TO_IANA_MAP) {
  const golden = entry.iana[0];
  if (entry.territory === '001' && golden !== undefined && intlKnows(golden)) {
    WINDOWS_ZONES.set(entry.windowsName.toLowerCase(), golden);
  }
}
for (const entry of WINDOWS_TO_IANA_MAP) {
  for (const zone of entry.iana) if (intlKnows(zone)) IANA_ZONES.set(zone.toLowerCase(), zone);
}
for (const group of IANA_ALIAS_MAP) {
  if (!group.alias.some((zone) => findWindows(zone).length > 0)) continue;
  for (const zone of group.alias) if (intlKnows(zone)) IANA_ZONES.set(zone.toLowerCase(), zone);
}
// Graph writes this one itself in originalStartTimeZone; accept it back.
WINDOWS_ZONES.set('tzone://microsoft/utc', 'Etc/UTC');

function canonicalIana(name: string): string | undefined {
  const direct = IANA_ZONES.get(name.toLowerCase());
  if (direct !== undefined) return direct;
  if (!/^[A-Za-z][\w+-]*(?:\/[\w+-]+){1,2}$/.test(name) || !intlKnows(name)) return undefined;
  // ICU knows names the CLDR Windows mapping does not list yet (Europe/Kyiv → Europe/Kiev).
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  return IANA_ZONES.has(resolved.toLowerCase()) ? resolved : undefined;
}

/** The zone a Graph `timeZone` string names, or undefined when Graph would not support it. */
export function resolveTimeZone(name: string): ResolvedTimeZone | undefined {
  if (name.length === 0 || name.length > 128 || UNSUPPORTED.has(name)) return undefined;
  const iana = WINDOWS_ZONES.get(name.toLowerCase()) ?? canonicalIana(name);
  if (iana === undefined) {
    if (UNSUPPORTED.size < 1000) UNSUPPORTED.add(name);
    return undefined;
  }
  return { name, iana };
}

export const UTC_ZONE: ResolvedTimeZone = { name: 'UTC', iana: 'Etc/UTC' };

export interface WallClock {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

/** Wall components → floating milliseconds (years below 100 are not special-cased away). */
export function floatingOf(wall: WallClock): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  return date.getTime();
}

export function wallOf(floating: number): WallClock {
  const date = new Date(floating);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
  };
}

/** The instant at which the wall clock of `zone` shows `floating` (a skipped DST hour moves forward). */
export function floatingToInstant(floating: number, zone: ResolvedTimeZone | string): number {
  const iana = typeof zone === 'string' ? zone : zone.iana;
  if (iana === 'Etc/UTC') return floating;
  const w = wallOf(floating);
  return new TZDate(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond, iana).getTime();
}

/** What the wall clock of `zone` shows at `instant`, as floating milliseconds. */
export function instantToFloating(instant: number, zone: ResolvedTimeZone | string): number {
  const iana = typeof zone === 'string' ? zone : zone.iana;
  if (iana === 'Etc/UTC') return instant;
  const t = new TZDate(instant, iana);
  return floatingOf({
    year: t.getFullYear(),
    month: t.getMonth() + 1,
    day: t.getDate(),
    hour: t.getHours(),
    minute: t.getMinutes(),
    second: t.getSeconds(),
    millisecond: t.getMilliseconds(),
  });
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** Graph's `dateTimeTimeZone.dateTime` format: `2026-03-10T10:00:00.0000000`. */
export function formatFloating(floating: number): string {
  const w = wallOf(floating);
  return `${pad(w.year, 4)}-${pad(w.month, 2)}-${pad(w.day, 2)}T${pad(w.hour, 2)}:${pad(w.minute, 2)}:${pad(w.second, 2)}.${pad(w.millisecond, 3)}0000`;
}

/** `YYYY-MM-DD` of a floating time. */
export function formatDate(floating: number): string {
  return formatFloating(floating).slice(0, 10);
}

/** An instant as Graph writes DateTimeOffset values: `2026-03-10T16:00:00Z` (fraction only when non-zero). */
export function formatInstant(instant: number): string {
  const iso = new Date(instant).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
}

export function formatTimestamp(instant: number): string {
  return `${new Date(instant).toISOString().slice(0, 23)}0000Z`;
}

/** Parses an ISO 8601 date-time (date only = midnight) within the supported years; undefined otherwise. */
export function parseDateTime(text: string): ParsedDateTime | undefined {
  const parsed = parseIsoDateTime(text);
  if (parsed === undefined) return undefined;
  const year = new Date(parsed.floating).getUTCFullYear();
  return year < MIN_YEAR || year > MAX_YEAR ? undefined : parsed;
}

export type { ParsedDateTime };

/** The instant an ISO 8601 text names; without an offset the text is read as UTC. */
export function parseInstantText(text: string): number | undefined {
  const parsed = parseDateTime(text);
  if (parsed === undefined) return undefined;
  return parsed.floating - (parsed.offsetMinutes ?? 0) * MS_PER_MINUTE;
}

/** Parses `YYYY-MM-DD` into floating midnight. */
export function parseDate(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  return parseDateTime(text)?.floating;
}

/** Midnight of the floating day that contains `floating`. */
export function startOfFloatingDay(floating: number): number {
  return Math.floor(floating / MS_PER_DAY) * MS_PER_DAY;
}
