/**
 * The event as the emulator stores it (`EventData`, the organizer's definition plus the few
 * per-mailbox fields), the rules that span properties (times and time zones, all-day, recurrence,
 * attendees, online meeting, extended properties), and rendering to Graph's JSON.
 */
import { randomBytes } from 'node:crypto';
import type {
  Attendee,
  DateTimeTimeZone,
  Event,
  Location,
  PatternedRecurrence,
} from '@microsoft/microsoft-graph-types';
import { TENANT_ID } from '../auth/tokens';
import type { EmulatedUser } from '../auth/users';
import { GraphError } from '../http/graph-error';
import { occurrenceICalUId } from './event-ids';
import type {
  ATTENDEE_TYPES,
  BODY_TYPES,
  EventCreateInput,
  EventUpdateInput,
  IMPORTANCE,
  ONLINE_MEETING_PROVIDERS,
  SENSITIVITY,
  SHOW_AS,
} from './event-schema';
import { RecurrenceError, normaliseRecurrence, type Recurrence } from './recurrence';
import {
  MS_PER_DAY,
  MS_PER_MINUTE,
  formatDate,
  formatFloating,
  formatInstant,
  formatTimestamp,
  floatingToInstant,
  instantToFloating,
  parseDateTime,
  resolveTimeZone,
  startOfFloatingDay,
  wallOf,
  type ResolvedTimeZone,
} from './time-zones';

export interface ZonedTime {
  dateTime: string;
  timeZone: string;
}

export interface LocationData {
  displayName: string;
  locationType: string;
  uniqueId?: string;
  uniqueIdType: string;
  locationEmailAddress?: string;
  locationUri?: string;
  address?: Record<string, string | null | undefined>;
  coordinates?: Record<string, number | null | undefined>;
}

export interface AttendeeData {
  type: (typeof ATTENDEE_TYPES)[number];
  emailAddress: { name: string; address: string };
}

export interface ExtendedProperty {
  id: string;
  value: string | null;
}

export interface ResponseStatusData {
  response: 'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';
  time: string;
}

export interface EventData {
  subject: string;
  body: { contentType: (typeof BODY_TYPES)[number]; content: string };
  start: ZonedTime;
  end: ZonedTime;
  isAllDay: boolean;
  location: LocationData;
  locations: LocationData[];
  attendees: AttendeeData[];
  isOnlineMeeting: boolean;
  onlineMeetingProvider: (typeof ONLINE_MEETING_PROVIDERS)[number];
  joinUrl: string | null;
  recurrence: Recurrence | null;
  categories: string[];
  importance: (typeof IMPORTANCE)[number];
  sensitivity: (typeof SENSITIVITY)[number];
  showAs: (typeof SHOW_AS)[number];
  reminderMinutesBeforeStart: number;
  isReminderOn: boolean;
  responseRequested: boolean;
  allowNewTimeProposals: boolean;
  hideAttendees: boolean;
  singleValueExtendedProperties: ExtendedProperty[];
  organizer: { name: string; address: string };
  transactionId: string | null;
  isOrganizer: boolean;
  isCancelled: boolean;
  responseStatus: ResponseStatusData;
}

/** What an occurrence may change when it becomes an exception. */
export const EXCEPTION_FIELDS = [
  'subject',
  'body',
  'start',
  'end',
  'isAllDay',
  'location',
  'locations',
  'attendees',
  'isOnlineMeeting',
  'onlineMeetingProvider',
  'joinUrl',
  'categories',
  'importance',
  'sensitivity',
  'showAs',
  'reminderMinutesBeforeStart',
  'isReminderOn',
  'responseRequested',
  'allowNewTimeProposals',
  'hideAttendees',
  'singleValueExtendedProperties',
] as const satisfies readonly (keyof EventData)[];
export type ExceptionData = Partial<Pick<EventData, (typeof EXCEPTION_FIELDS)[number]>>;

/** Fields an attendee keeps for themselves when the organizer's update reaches their copy. */
export const PERSONAL_FIELDS = ['categories', 'reminderMinutesBeforeStart', 'isReminderOn', 'showAs'] as const;

export const NEVER = '0001-01-01T00:00:00Z';

// ---------------------------------------------------------------- errors

export const validationFailure = (detail: string): GraphError =>
  new GraphError(400, 'ErrorPropertyValidationFailure', `At least one property failed validation. ${detail}`);

export const timeZoneNotSupported = (name: string): GraphError =>
  new GraphError(
    400,
    'TimeZoneNotSupportedException',
    `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${name.slice(0, 128)}'.`,
  );

export function requireTimeZone(name: string): ResolvedTimeZone {
  const zone = resolveTimeZone(name);
  if (zone === undefined) throw timeZoneNotSupported(name);
  return zone;
}

// ---------------------------------------------------------------- times

export interface EventTimes {
  startZone: ResolvedTimeZone;
  endZone: ResolvedTimeZone;
  /** Wall-clock start in the start zone (floating ms). */
  startFloating: number;
  endFloating: number;
  startInstant: number;
  endInstant: number;
}

/** Parses a dateTimeTimeZone from a request: the normalised stored form, its zone, wall time and instant. */
function zonedFromInput(
  value: { dateTime: string; timeZone: string },
  property: 'start' | 'end',
): { stored: ZonedTime; zone: ResolvedTimeZone; floating: number; instant: number } {
  const zone = requireTimeZone(value.timeZone);
  const parsed = parseDateTime(value.dateTime);
  if (parsed === undefined) {
    throw new GraphError(
      400,
      'BadRequest',
      `The value '${value.dateTime.slice(0, 64)}' of property '${property}.dateTime' is not a valid date and time (YYYY-MM-DDTHH:mm:ss).`,
    );
  }
  let floating = parsed.floating;
  let instant: number;
  if (parsed.offsetMinutes !== undefined) {
    // An explicit offset names the instant; the wall time is then what the event's zone shows.
    instant = parsed.floating - parsed.offsetMinutes * MS_PER_MINUTE;
    floating = instantToFloating(instant, zone);
  } else {
    instant = floatingToInstant(floating, zone);
  }
  return { stored: { dateTime: formatFloating(floating), timeZone: value.timeZone }, zone, floating, instant };
}

/** The times of stored data (already validated). */
export function eventTimes(data: Pick<EventData, 'start' | 'end'>): EventTimes {
  const startZone = resolveTimeZone(data.start.timeZone) ?? { name: data.start.timeZone, iana: 'Etc/UTC' };
  const endZone = resolveTimeZone(data.end.timeZone) ?? { name: data.end.timeZone, iana: 'Etc/UTC' };
  const startFloating = parseDateTime(data.start.dateTime)?.floating ?? 0;
  const endFloating = parseDateTime(data.end.dateTime)?.floating ?? 0;
  return {
    startZone,
    endZone,
    startFloating,
    endFloating,
    startInstant: floatingToInstant(startFloating, startZone),
    endInstant: floatingToInstant(endFloating, endZone),
  };
}

function checkTimes(data: Pick<EventData, 'start' | 'end' | 'isAllDay'>): EventTimes {
  const times = eventTimes(data);
  if (times.endInstant < times.startInstant) {
    throw validationFailure('The end of the event must not be earlier than its start.');
  }
  if (data.isAllDay) {
    const midnight = (floating: number): boolean => floating % MS_PER_DAY === 0;
    if (!midnight(times.startFloating) || !midnight(times.endFloating)) {
      throw validationFailure(
        'When isAllDay is true, start and end must be at midnight (00:00:00) of their time zone.',
      );
    }
    if (times.startZone.iana !== times.endZone.iana) {
      throw validationFailure('When isAllDay is true, start and end must use the same time zone.');
    }
    if (times.endFloating <= times.startFloating) {
      throw validationFailure('When isAllDay is true, the event must last at least one day.');
    }
  }
  return times;
}

// ---------------------------------------------------------------- properties

const EMAIL =
  /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function isValidEmail(address: string): boolean {
  return address.length <= 320 && EMAIL.test(address);
}

function attendeesFrom(input: NonNullable<EventCreateInput['attendees']>): AttendeeData[] {
  return input.map((attendee, index) => {
    const address = (attendee.emailAddress.address ?? '').trim();
    if (!isValidEmail(address)) {
      throw new GraphError(
        400,
        'ErrorInvalidRecipients',
        `At least one recipient isn't valid: attendees[${index}].emailAddress.address '${address.slice(0, 100)}' is not a valid SMTP address.`,
      );
    }
    const name = attendee.emailAddress.name?.trim();
    return {
      type: attendee.type ?? 'required',
      emailAddress: { name: name === undefined || name === '' ? address : name, address },
    };
  });
}

type LocationInput = NonNullable<EventCreateInput['location']>;

function withoutODataType<T extends Record<string, unknown>>(
  value: T,
): { [K in Exclude<keyof T, '@odata.type'>]: T[K] } {
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== '@odata.type')) as {
    [K in Exclude<keyof T, '@odata.type'>]: T[K];
  };
}

function locationFrom(input: LocationInput, primary: boolean): LocationData {
  const displayName = input.displayName ?? '';
  const location: LocationData = {
    displayName,
    locationType: input.locationType ?? 'default',
    uniqueIdType: input.uniqueIdType ?? (primary && displayName !== '' ? 'private' : 'unknown'),
  };
  const uniqueId = input.uniqueId ?? (primary && displayName !== '' ? displayName : undefined);
  if (uniqueId !== undefined) location.uniqueId = uniqueId;
  if (input.locationEmailAddress) {
    if (!isValidEmail(input.locationEmailAddress)) {
      throw new GraphError(
        400,
        'ErrorInvalidRecipients',
        `The location email address '${input.locationEmailAddress.slice(0, 100)}' is not a valid SMTP address.`,
      );
    }
    location.locationEmailAddress = input.locationEmailAddress;
  }
  if (input.locationUri) location.locationUri = input.locationUri;
  if (input.address) {
    location.address = withoutODataType(input.address);
  }
  if (input.coordinates) {
    location.coordinates = withoutODataType(input.coordinates);
  }
  return location;
}

export const EMPTY_LOCATION: LocationData = { displayName: '', locationType: 'default', uniqueIdType: 'unknown' };

/** `location` and `locations` always agree, as in Graph: setting one replaces the other. */
function locationsFrom(
  location: LocationInput | null | undefined,
  locations: LocationInput[] | null | undefined,
): { location: LocationData; locations: LocationData[] } {
  if (location !== undefined && location !== null) {
    const primary = locationFrom(location, true);
    const list =
      locations !== undefined && locations !== null && locations.length > 0
        ? locations.map((l) => locationFrom(l, false))
        : primary.displayName === ''
          ? []
          : [locationFrom(location, false)];
    return { location: primary, locations: list };
  }
  if (locations !== undefined && locations !== null && locations.length > 0) {
    const list = locations.map((l) => locationFrom(l, false));
    const displayName = list.map((l) => l.displayName).join('; ');
    return { location: locationFrom({ displayName }, true), locations: list };
  }
  return { location: { ...EMPTY_LOCATION }, locations: [] };
}

const EXTENDED_ID =
  /^(?:Binary|Boolean|Currency|CLSID|Double|Float|Integer|Long|Short|String|SystemTime|Object|ApplicationTime)\s+(?:\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}\s+(?:Name\s+\S.*|Id\s+0x[0-9a-f]{1,4})|0x[0-9a-f]{1,4})$/i;

function extendedPropertiesFrom(
  input: NonNullable<EventCreateInput['singleValueExtendedProperties']>,
): ExtendedProperty[] {
  const byId = new Map<string, ExtendedProperty>();
  for (const property of input) {
    if (!EXTENDED_ID.test(property.id)) {
      throw new GraphError(
        400,
        'ErrorInvalidExtendedPropertyValue',
        `The extended property id '${property.id.slice(0, 100)}' is not valid. Use '{type} {guid} Name {name}' or '{type} 0x{tag}'.`,
      );
    }
    byId.set(property.id.toLowerCase(), { id: property.id, value: property.value });
  }
  return [...byId.values()];
}

function teamsJoinUrl(organizerId: string): string {
  const meeting = randomBytes(36)
    .toString('base64')
    .replace(/[+/=]/g, (c) => (c === '+' ? 'Z' : c === '/' ? 'Y' : ''));
  const context = encodeURIComponent(JSON.stringify({ Tid: TENANT_ID, Oid: organizerId })).replace(
    /%[0-9A-F]{2}/g,
    (e) => e.toLowerCase(),
  );
  return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${meeting}%40thread.v2/0?context=${context}`;
}

function recurrenceFrom(input: NonNullable<EventCreateInput['recurrence']>, times: EventTimes): Recurrence {
  const zoneName = input.range.recurrenceTimeZone;
  if (zoneName !== undefined && zoneName !== null) requireTimeZone(zoneName);
  try {
    return normaliseRecurrence(input, formatDate(times.startFloating), times.startZone.name);
  } catch (error) {
    if (error instanceof RecurrenceError) {
      const prefix = error.code === 'ErrorPropertyValidationFailure' ? 'At least one property failed validation. ' : '';
      throw new GraphError(400, error.code, `${prefix}${error.message}`);
    }
    throw error;
  }
}

function onlineMeetingOf(
  isOnlineMeeting: boolean,
  provider: EventData['onlineMeetingProvider'] | undefined,
  current: Pick<EventData, 'joinUrl' | 'onlineMeetingProvider'> | undefined,
  organizerId: string,
): Pick<EventData, 'isOnlineMeeting' | 'onlineMeetingProvider' | 'joinUrl'> {
  if (!isOnlineMeeting) return { isOnlineMeeting: false, onlineMeetingProvider: 'unknown', joinUrl: null };
  const chosen = provider === undefined || provider === 'unknown' ? 'teamsForBusiness' : provider;
  if (chosen !== 'teamsForBusiness') {
    throw new GraphError(
      400,
      'ErrorInvalidArgument',
      `The online meeting provider '${chosen}' is not allowed for this calendar; allowedOnlineMeetingProviders is ['teamsForBusiness'].`,
    );
  }
  const joinUrl = current?.joinUrl ?? teamsJoinUrl(organizerId);
  return { isOnlineMeeting: true, onlineMeetingProvider: chosen, joinUrl };
}

/** The organizer's event from a POST body; throws a Graph 400 for any rule it breaks. */
export function eventFromInput(input: EventCreateInput, owner: EmulatedUser): EventData {
  if (input.start === undefined || input.end === undefined) {
    throw validationFailure(
      `The event must have both a start and an end (missing: ${input.start === undefined ? 'start' : 'end'}).`,
    );
  }
  const start = zonedFromInput(input.start, 'start');
  const end = zonedFromInput(input.end, 'end');
  const data: EventData = {
    subject: input.subject ?? '',
    body: { contentType: input.body?.contentType ?? 'text', content: input.body?.content ?? '' },
    start: start.stored,
    end: end.stored,
    isAllDay: input.isAllDay ?? false,
    ...locationsFrom(input.location, input.locations),
    attendees: attendeesFrom(input.attendees ?? []),
    ...onlineMeetingOf(input.isOnlineMeeting ?? false, input.onlineMeetingProvider, undefined, owner.id),
    recurrence: null,
    categories: input.categories ?? [],
    importance: input.importance ?? 'normal',
    sensitivity: input.sensitivity ?? 'normal',
    showAs: input.showAs ?? 'busy',
    reminderMinutesBeforeStart: input.reminderMinutesBeforeStart ?? 15,
    isReminderOn: input.isReminderOn ?? true,
    responseRequested: input.responseRequested ?? true,
    allowNewTimeProposals: input.allowNewTimeProposals ?? true,
    hideAttendees: input.hideAttendees ?? false,
    singleValueExtendedProperties: extendedPropertiesFrom(input.singleValueExtendedProperties ?? []),
    organizer: { name: owner.displayName, address: owner.upn },
    transactionId: input.transactionId ?? null,
    isOrganizer: true,
    isCancelled: false,
    responseStatus: { response: 'organizer', time: NEVER },
  };
  const times = checkTimes(data);
  if (input.recurrence) data.recurrence = recurrenceFrom(input.recurrence, times);
  return data;
}

/**
 * Applies a PATCH to an event (series master or single instance). Recurrence given as-is replaces the
 * old one (null removes it); a new start keeps the recurrence's start date in step when the request
 * does not say otherwise.
 */
export function eventWithUpdate(current: EventData, input: EventUpdateInput, organizerId: string): EventData {
  if (input.transactionId !== undefined && input.transactionId !== current.transactionId) {
    throw new GraphError(400, 'ErrorInvalidRequest', 'The transactionId of an event cannot be changed once it is set.');
  }
  const next: EventData = { ...current };
  if (input.subject !== undefined) next.subject = input.subject ?? '';
  if (input.body !== undefined) {
    next.body = {
      contentType: input.body?.contentType ?? current.body.contentType,
      content: input.body?.content ?? '',
    };
  }
  if (input.start !== undefined) next.start = zonedFromInput(input.start, 'start').stored;
  if (input.end !== undefined) next.end = zonedFromInput(input.end, 'end').stored;
  if (input.isAllDay !== undefined) next.isAllDay = input.isAllDay;
  if (input.location !== undefined || input.locations !== undefined) {
    Object.assign(next, locationsFrom(input.location, input.locations));
  }
  if (input.attendees !== undefined) next.attendees = attendeesFrom(input.attendees ?? []);
  if (input.isOnlineMeeting !== undefined || input.onlineMeetingProvider !== undefined) {
    Object.assign(
      next,
      onlineMeetingOf(
        input.isOnlineMeeting ?? current.isOnlineMeeting,
        input.onlineMeetingProvider,
        current,
        organizerId,
      ),
    );
  }
  if (input.categories !== undefined) next.categories = input.categories ?? [];
  if (input.importance !== undefined) next.importance = input.importance;
  if (input.sensitivity !== undefined) next.sensitivity = input.sensitivity;
  if (input.showAs !== undefined) next.showAs = input.showAs;
  if (input.reminderMinutesBeforeStart !== undefined)
    next.reminderMinutesBeforeStart = input.reminderMinutesBeforeStart;
  if (input.isReminderOn !== undefined) next.isReminderOn = input.isReminderOn;
  if (input.responseRequested !== undefined) next.responseRequested = input.responseRequested;
  if (input.allowNewTimeProposals !== undefined) next.allowNewTimeProposals = input.allowNewTimeProposals;
  if (input.hideAttendees !== undefined) next.hideAttendees = input.hideAttendees;
  if (input.singleValueExtendedProperties !== undefined) {
    // Graph adds or replaces the properties named; it does not remove the others.
    const merged = new Map(current.singleValueExtendedProperties.map((p) => [p.id.toLowerCase(), p]));
    for (const p of extendedPropertiesFrom(input.singleValueExtendedProperties ?? []))
      merged.set(p.id.toLowerCase(), p);
    next.singleValueExtendedProperties = [...merged.values()];
  }
  const times = checkTimes(next);
  if (input.recurrence !== undefined) {
    next.recurrence = input.recurrence === null ? null : recurrenceFrom(input.recurrence, times);
  } else if (current.recurrence !== null && (input.start !== undefined || input.end !== undefined)) {
    // Moving a series keeps its pattern; the range follows the new start date.
    const startDate = formatDate(times.startFloating);
    const range = current.recurrence.range;
    const sameDay = range.startDate === startDate;
    next.recurrence = sameDay
      ? current.recurrence
      : recurrenceFrom(
          {
            pattern: current.recurrence.pattern,
            range: {
              ...range,
              startDate,
              endDate: range.type === 'endDate' ? maxDate(range.endDate, startDate) : null,
            },
          },
          times,
        );
  }
  return next;
}

const maxDate = (a: string, b: string): string => (a < b ? b : a);

/** Applies a PATCH to one occurrence: the exception's overrides, validated against the series. */
export function exceptionWithUpdate(
  base: EventData,
  overrides: ExceptionData,
  input: EventUpdateInput,
  organizerId: string,
): ExceptionData {
  if (input.recurrence !== undefined) {
    throw new GraphError(
      400,
      'ErrorInvalidRequest',
      'The recurrence of an occurrence cannot be changed; update the series master instead.',
    );
  }
  if (input.transactionId !== undefined) {
    throw new GraphError(400, 'ErrorInvalidRequest', 'The transactionId of an occurrence cannot be set.');
  }
  const current: EventData = { ...base, ...overrides };
  const next = eventWithUpdate({ ...current, recurrence: null }, input, organizerId);
  const result: ExceptionData = { ...overrides };
  for (const field of EXCEPTION_FIELDS) {
    if (JSON.stringify(next[field]) !== JSON.stringify(base[field])) {
      (result as Record<string, unknown>)[field] = next[field];
    } else {
      delete (result as Record<string, unknown>)[field];
    }
  }
  return result;
}

// ---------------------------------------------------------------- rendering

/** One event as a calendar shows it: a single instance, a series master, an occurrence or an exception. */
export interface EventView {
  id: string;
  type: 'singleInstance' | 'seriesMaster' | 'occurrence' | 'exception';
  seriesMasterId: string | null;
  /** Effective data: for an occurrence, the master's with the occurrence's start/end and the exception's overrides. */
  data: EventData;
  created: string;
  modified: string;
  changeKey: string;
  iCalUId: string;
  /** For occurrences and exceptions: the original start (UTC ms). */
  originalStart?: number;
  startInstant: number;
  endInstant: number;
}

/** How start/end are expressed: in the event's own zones (POST/PATCH answers), or converted to one zone. */
export type OutputZone = { kind: 'stored' } | { kind: 'zone'; zone: ResolvedTimeZone };

const HTML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Graph's bodyPreview: the first 255 characters of the body as text. */
export function bodyPreview(body: EventData['body']): string {
  let text = body.content;
  if (body.contentType === 'html') {
    text = text
      .replace(/<(script|style|head|title)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<br\s*\/?>|<\/(p|div|li|tr|h[1-6])\s*>/gi, '\r\n')
      .replace(/<[^>]*>/g, '')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
        if (entity.startsWith('#x') || entity.startsWith('#X'))
          return String.fromCodePoint(parseInt(entity.slice(2), 16));
        if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
        return HTML_ENTITIES[entity.toLowerCase()] ?? whole;
      });
  }
  return text
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/ ?(\r?\n) ?/g, '$1')
    .replace(/(\r?\n){3,}/g, '\r\n\r\n')
    .trim()
    .slice(0, 255);
}

function timeOut(view: EventView, which: 'start' | 'end', output: OutputZone): DateTimeTimeZone {
  const stored = view.data[which];
  if (output.kind === 'stored') return { dateTime: stored.dateTime, timeZone: stored.timeZone };
  if (view.data.isAllDay) return { dateTime: stored.dateTime, timeZone: output.zone.name };
  const instant = which === 'start' ? view.startInstant : view.endInstant;
  return { dateTime: formatFloating(instantToFloating(instant, output.zone)), timeZone: output.zone.name };
}

function locationOut(location: LocationData): Location {
  return { ...location } as Location;
}

function recurrenceOut(recurrence: Recurrence | null): PatternedRecurrence | null {
  if (recurrence === null) return null;
  return { pattern: { ...recurrence.pattern }, range: { ...recurrence.range } };
}

export const WEB_LINK_BASE = 'https://outlook.office365.com/owa/';

/** Renders an event as Graph returns it. `expandExtended` lists the extended properties to include ($expand). */
export function renderEvent(
  view: EventView,
  output: OutputZone,
  expandExtended?: (property: ExtendedProperty) => boolean,
): Event & Record<string, unknown> {
  const d = view.data;
  const isInstance = view.type === 'occurrence' || view.type === 'exception';
  let iCalUId = view.iCalUId;
  if (isInstance && view.originalStart !== undefined) {
    const times = eventTimes(d);
    const wall = wallOf(startOfFloatingDay(instantToFloating(view.originalStart, times.startZone)));
    iCalUId = occurrenceICalUId(view.iCalUId, wall.year, wall.month, wall.day);
  }
  const json: Event & Record<string, unknown> = {
    '@odata.etag': `W/"${view.changeKey}"`,
    id: view.id,
    createdDateTime: view.created,
    lastModifiedDateTime: view.modified,
    changeKey: view.changeKey,
    categories: [...d.categories],
    transactionId: isInstance ? null : d.transactionId,
    originalStartTimeZone: d.start.timeZone,
    originalEndTimeZone: d.end.timeZone,
    iCalUId,
    reminderMinutesBeforeStart: d.reminderMinutesBeforeStart,
    isReminderOn: d.isReminderOn,
    hasAttachments: false,
    subject: d.subject,
    bodyPreview: bodyPreview(d.body),
    importance: d.importance,
    sensitivity: d.sensitivity,
    isAllDay: d.isAllDay,
    isCancelled: d.isCancelled,
    isOrganizer: d.isOrganizer,
    responseRequested: d.responseRequested,
    seriesMasterId: view.seriesMasterId,
    showAs: d.showAs,
    type: view.type,
    webLink: `${WEB_LINK_BASE}?itemid=${encodeURIComponent(view.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: d.isOnlineMeeting,
    onlineMeetingProvider: d.onlineMeetingProvider,
    allowNewTimeProposals: d.allowNewTimeProposals,
    isDraft: false,
    hideAttendees: d.hideAttendees,
    ...(isInstance && view.originalStart !== undefined ? { originalStart: formatInstant(view.originalStart) } : {}),
    responseStatus: { ...d.responseStatus },
    body: { contentType: d.body.contentType, content: d.body.content },
    start: timeOut(view, 'start', output),
    end: timeOut(view, 'end', output),
    location: locationOut(d.location),
    locations: d.locations.map(locationOut),
    recurrence: view.type === 'seriesMaster' ? recurrenceOut(d.recurrence) : null,
    attendees: d.attendees.map((a): Attendee => ({
      type: a.type,
      status: { response: 'none', time: NEVER },
      emailAddress: { name: a.emailAddress.name, address: a.emailAddress.address },
    })),
    organizer: { emailAddress: { name: d.organizer.name, address: d.organizer.address } },
    onlineMeeting: d.isOnlineMeeting && d.joinUrl !== null ? { joinUrl: d.joinUrl } : null,
  };
  if (expandExtended !== undefined) {
    json.singleValueExtendedProperties = d.singleValueExtendedProperties
      .filter(expandExtended)
      .map((p) => ({ id: p.id, value: p.value }));
  }
  return json;
}

/** Exchange's timestamps: seven fractional digits, UTC. */
export const timestamp = (date: Date): string => formatTimestamp(date.getTime());
