/**
 * ISO 8601 dates and date-times as Graph writes them (`2026-01-31`, `2026-01-31T10:00:00`,
 * `…T10:00:00.0000000`, `…Z`, `…-06:00`): one parser for the OData evaluator, list fields, mail
 * and the calendar. Impossible calendar dates (31 April) are rejected, not rolled over.
 */
export interface ParsedDateTime {
  /** The wall-clock time as written, as milliseconds of the same reading in UTC. */
  readonly floating: number;
  /** Offset in minutes east of UTC when the text carried one (`Z` = 0). */
  readonly offsetMinutes?: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

export function parseIsoDateTime(text: string): ParsedDateTime | undefined {
  const m = ISO.exec(text.trim());
  if (m === null) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const millisecond = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return undefined;
  date.setUTCHours(hour, minute, second, millisecond);
  const floating = date.getTime();
  const zone = m[8]?.toUpperCase();
  if (zone === undefined) return { floating };
  if (zone === 'Z') return { floating, offsetMinutes: 0 };
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return { floating, offsetMinutes: digits.startsWith('-') ? -minutes : minutes };
}

/**
 * Milliseconds since the epoch of an ISO 8601 date or date-time, or undefined if it is not one.
 * No offset means UTC — Graph's `dateTimeTimeZone.dateTime` strings carry none.
 */
export function parseInstant(text: string): number | undefined {
  const parsed = parseIsoDateTime(text);
  return parsed === undefined ? undefined : parsed.floating - (parsed.offsetMinutes ?? 0) * 60_000;
}
