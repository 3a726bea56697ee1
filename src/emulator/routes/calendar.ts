/**
 * Calendar events of the user's default calendar, under `/me/…` and `/users/{id | upn}/…` (own
 * mailbox only, see `mailboxOwner`):
 *   POST   /events, /calendar/events                 create (idempotent on transactionId)
 *   GET    /events, /calendar/events                 single instances and series masters, paged
 *   GET    /events/{id}                              an event, occurrence or exception
 *   PATCH  /events/{id}                              update; on an occurrence, make it an exception
 *   DELETE /events/{id}                              delete; on an occurrence, cancel it
 *   GET    /events/{id}/instances?startDateTime&endDateTime
 *   GET    /calendarView, /calendar/calendarView?startDateTime&endDateTime
 * `Prefer: outlook.timezone` converts start/end (reads without it answer in UTC; POST and PATCH
 * answer in the event's own time zones, as Graph does).
 */
import type { EmulatorContext, EmulatorModule } from '../context';
import { SCOPES } from '../auth/scopes';
import { parseBody } from '../http/body';
import { json, noContent, type EmuResponse } from '../http/exchange';
import { GraphError } from '../http/graph-error';
import type { RouteRequest, Router } from '../http/router';
import { calendarService, type ResolvedEvent } from '../calendar/calendar-service';
import { CALENDAR_SCHEMA } from '../calendar/event-store';
import {
  eventFromInput,
  eventWithUpdate,
  exceptionWithUpdate,
  renderEvent,
  type EventView,
  type OutputZone,
} from '../calendar/event-model';
import { eventCreateSchema, eventUpdateSchema } from '../calendar/event-schema';
import {
  collectionBody,
  filterAndSort,
  listOptionsOf,
  preferenceHeaders,
  preferencesOf,
  project,
  type Preferences,
} from '../calendar/event-query';
import { UTC_ZONE, parseInstantText } from '../calendar/time-zones';
import { mailboxOwner } from './identity';

const READ = { kind: 'scopes', anyOf: SCOPES.calendarsRead } as const;
const WRITE = { kind: 'scopes', anyOf: SCOPES.calendarsWrite } as const;

const metadata = (req: RouteRequest, ownerId: string, rest: string): string =>
  `${req.origin}/v1.0/$metadata#users('${ownerId}')/${rest}`;

/** Reads answer in the preferred zone or UTC. */
const readZone = (prefs: Preferences): OutputZone => ({ kind: 'zone', zone: prefs.timeZone ?? UTC_ZONE });
/** Writes answer in the preferred zone or the event's own zones. */
const writeZone = (prefs: Preferences): OutputZone =>
  prefs.timeZone === undefined ? { kind: 'stored' } : { kind: 'zone', zone: prefs.timeZone };

const WINDOW_REQUIRED =
  'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.';

function queryValue(req: RouteRequest, name: string): string | undefined {
  for (const [key, value] of req.query) if (key.toLowerCase() === name.toLowerCase()) return value;
  return undefined;
}

/** The `startDateTime`/`endDateTime` window (ISO 8601; without an offset, UTC). */
function windowOf(req: RouteRequest): { from: number; to: number } {
  const startText = queryValue(req, 'startDateTime');
  const endText = queryValue(req, 'endDateTime');
  if (startText === undefined || endText === undefined || startText === '' || endText === '') {
    throw new GraphError(400, 'ErrorInvalidParameter', WINDOW_REQUIRED);
  }
  const parse = (text: string, name: string): number => {
    const instant = parseInstantText(text);
    if (instant === undefined) {
      throw new GraphError(
        400,
        'ErrorInvalidParameter',
        `The value '${text.slice(0, 64)}' of parameter '${name}' is invalid.`,
      );
    }
    return instant;
  };
  const from = parse(startText, 'StartDateTime');
  const to = parse(endText, 'EndDateTime');
  if (to < from) {
    throw new GraphError(
      400,
      'ErrorInvalidParameter',
      'The value of EndDateTime must not be earlier than StartDateTime.',
    );
  }
  return { from, to };
}

/** `If-Match` with an etag or change key that is not the current one is a 412, as in Exchange. */
function checkIfMatch(req: RouteRequest, view: EventView): void {
  const header = req.headers['if-match'];
  if (header === undefined || header.trim() === '*') return;
  const wanted = header.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  if (wanted !== view.changeKey) {
    throw new GraphError(
      412,
      'ErrorIrresolvableConflict',
      'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.',
    );
  }
}

function createEvent(req: RouteRequest, ctx: EmulatorContext): EmuResponse {
  const owner = mailboxOwner(req, ctx);
  const prefs = preferencesOf(req, false);
  const data = eventFromInput(parseBody(eventCreateSchema, req, 'event'), owner);
  const service = calendarService(ctx);
  const { event } = service.create(owner, data);
  return json(
    201,
    {
      '@odata.context': metadata(req, owner.id, 'events/$entity'),
      ...renderEvent(service.itemView(event), writeZone(prefs)),
    },
    preferenceHeaders(prefs),
  );
}

function listEvents(req: RouteRequest, ctx: EmulatorContext): EmuResponse {
  const owner = mailboxOwner(req, ctx);
  const prefs = preferencesOf(req, true);
  const options = listOptionsOf(req, prefs);
  const views = filterAndSort(calendarService(ctx).list(owner), options);
  return json(
    200,
    collectionBody(req, metadata(req, owner.id, 'events'), views, options, prefs),
    preferenceHeaders(prefs),
  );
}

function getEvent(req: RouteRequest, ctx: EmulatorContext): EmuResponse {
  const owner = mailboxOwner(req, ctx);
  const prefs = preferencesOf(req, false);
  const options = listOptionsOf(req, prefs);
  const service = calendarService(ctx);
  const view = service.viewOf(service.resolve(owner, req.params.id ?? ''));
  const body = project(renderEvent(view, readZone(prefs), options.expandExtended), options.select);
  return json(200, { '@odata.context': metadata(req, owner.id, 'events/$entity'), ...body }, preferenceHeaders(prefs));
}

function updateEvent(req: RouteRequest, ctx: EmulatorContext): EmuResponse {
  const owner = mailboxOwner(req, ctx);
  const prefs = preferencesOf(req, false);
  const input = parseBody(eventUpdateSchema, req, 'event');
  const service = calendarService(ctx);
  const resolved = service.resolve(owner, req.params.id ?? '');
  checkIfMatch(req, service.viewOf(resolved));
  let view: EventView;
  if (resolved.kind === 'item') {
    const data = eventWithUpdate(resolved.event.data, input, owner.id);
    view = service.itemView(service.updateItem(resolved.event, data));
  } else {
    const base = service.viewOf({ ...resolved, instance: undefined } satisfies ResolvedEvent);
    const overrides = exceptionWithUpdate(base.data, resolved.instance?.data ?? {}, input, owner.id);
    view = service.updateOccurrence(resolved.master, resolved.originalStart, overrides);
  }
  return json(
    200,
    { '@odata.context': metadata(req, owner.id, 'events/$entity'), ...renderEvent(view, writeZone(prefs)) },
    preferenceHeaders(prefs),
  );
}

function deleteEvent(req: RouteRequest, ctx: EmulatorContext): EmuResponse {
  const owner = mailboxOwner(req, ctx);
  const service = calendarService(ctx);
  const resolved = service.resolve(owner, req.params.id ?? '');
  checkIfMatch(req, service.viewOf(resolved));
  if (resolved.kind === 'item') service.deleteItem(resolved.event);
  else service.cancelOccurrence(resolved.master, resolved.originalStart);
  return noContent();
}

function calendarView(req: RouteRequest, ctx: EmulatorContext): EmuResponse {
  const owner = mailboxOwner(req, ctx);
  const prefs = preferencesOf(req, true);
  const { from, to } = windowOf(req);
  const options = listOptionsOf(req, prefs);
  const views = filterAndSort(calendarService(ctx).calendarView(owner, from, to), options);
  const path = /\/calendar\/calendarView$/i.test(req.path) ? 'calendar/calendarView' : 'calendarView';
  return json(200, collectionBody(req, metadata(req, owner.id, path), views, options, prefs), preferenceHeaders(prefs));
}

function listInstances(req: RouteRequest, ctx: EmulatorContext): EmuResponse {
  const owner = mailboxOwner(req, ctx);
  const prefs = preferencesOf(req, true);
  const { from, to } = windowOf(req);
  const options = listOptionsOf(req, prefs);
  const service = calendarService(ctx);
  const resolved = service.resolve(owner, req.params.id ?? '');
  if (resolved.kind !== 'item') {
    throw new GraphError(
      400,
      'ErrorInvalidRequest',
      'Instances can be listed only for a series master or a single event.',
    );
  }
  const event = resolved.event;
  let views: EventView[];
  if (event.data.recurrence !== null) {
    views = service
      .seriesViews(event, from, to)
      .sort((a, b) => a.startInstant - b.startInstant || (a.id < b.id ? -1 : 1));
  } else {
    const inWindow = event.startUtc < to && event.endUtc > from;
    views = inWindow ? [service.itemView(event)] : [];
  }
  const context = metadata(req, owner.id, `events('${event.id}')/instances`);
  return json(
    200,
    collectionBody(req, context, filterAndSort(views, options), options, prefs),
    preferenceHeaders(prefs),
  );
}

function register(router: Router): void {
  for (const mailbox of ['/v1.0/me', '/v1.0/users/{user}']) {
    for (const events of [`${mailbox}/events`, `${mailbox}/calendar/events`]) {
      router.add('POST', events, WRITE, createEvent);
      router.add('GET', events, READ, listEvents);
      router.add('GET', `${events}/{id}`, READ, getEvent);
      router.add('PATCH', `${events}/{id}`, WRITE, updateEvent);
      router.add('DELETE', `${events}/{id}`, WRITE, deleteEvent);
      router.add('GET', `${events}/{id}/instances`, READ, listInstances);
    }
    router.add('GET', `${mailbox}/calendarView`, READ, calendarView);
    router.add('GET', `${mailbox}/calendar/calendarView`, READ, calendarView);
  }
}

export const calendarModule: EmulatorModule = { name: 'calendar', schema: CALENDAR_SCHEMA, register };
