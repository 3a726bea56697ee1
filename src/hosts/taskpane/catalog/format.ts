/**
 * Dates as people read them in the pane's language (`15 mar 2026`, `Mar 15, 2026`): calendar
 * dates as they are, instants by their day in Mexico City, through the browser's Intl.
 */
import type { Locale } from '../../../i18n';

/** The zone whose wall clock the process runs on (meetings, SLAs). */
export const DISPLAY_TIME_ZONE = 'America/Mexico_City';

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const instantDateFormats = new Map<Locale, Intl.DateTimeFormat>();

function dateFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (format === undefined) {
    // A calendar date is midnight UTC of that day; formatting it in UTC keeps the day.
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format;
}

function instantDateFormat(locale: Locale): Intl.DateTimeFormat {
  let format = instantDateFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: DISPLAY_TIME_ZONE });
    instantDateFormats.set(locale, format);
  }
  return format;
}

/** `2026-03-15` → «15 mar 2026» (es-MX) / "Mar 15, 2026" (en); the input itself when it is not a date. */
export function formatCalendarDate(date: string, locale: Locale): string {
  const at = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(at) ? date : dateFormat(locale).format(at);
}

/** The calendar date (Mexico City) of an ISO instant; the input itself when it is not an instant. */
export function formatInstantDate(instant: string, locale: Locale): string {
  const at = Date.parse(instant);
  return Number.isNaN(at) ? instant : instantDateFormat(locale).format(at);
}
