/**
 * The calendar's behaviour on top of the store: creating events (idempotent on transactionId),
 * expanding series into occurrences for a time window, exceptions and cancelled occurrences, and the
 * invitation copies Exchange delivers to attendees who are users of the tenant.
 *
 * Every method that writes runs inside `ctx.store.tx` and does not await, so two requests can never
 * interleave between "is there an event with this transactionId?" and "insert it".
 */
import type { EmulatorContext } from '../context';
import type { EmulatedUser } from '../auth/users';
import { GraphError } from '../http/graph-error';
import { newChangeKey, newEventId, newICalUId, occurrenceId, parseEventId } from './event-ids';
import {
  EXCEPTION_FIELDS,
  NEVER,
  PERSONAL_FIELDS,
  eventTimes,
  timestamp,
  type EventData,
  type EventView,
  type ExceptionData,
} from './event-model';
import { EventStore, type StoredEvent, type StoredInstance } from './event-store';
import {
  isOccurrenceDay,
  nextOccurrenceDay,
  occurrenceDays,
  previousOccurrenceDay,
  type Recurrence,
} from './recurrence';
import { MS_PER_DAY, floatingToInstant, formatFloating, instantToFloating, startOfFloatingDay } from './time-zones';

export const itemNotFound = (): GraphError =>
  new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
export const idMalformed = (): GraphError => new GraphError(400, 'ErrorInvalidIdMalformed', 'Id is malformed.');

/** What an id names: an event item, or one occurrence of a series (with its exception or cancellation). */
export type ResolvedEvent =
  | { readonly kind: 'item'; readonly event: StoredEvent }
  | {
      readonly kind: 'occurrence';
      readonly master: StoredEvent;
      readonly originalStart: number;
      readonly instance?: StoredInstance;
    };

const CANCELED_PREFIX = 'Canceled: ';

function overlaps(start: number, end: number, from: number, to: number): boolean {
  if (start === end) return start >= from && start < to;
  return start < to && end > from;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The parts of a series needed to place its occurrences. */
interface SeriesShape {
  recurrence: Recurrence;
  startZoneIana: string;
  endZoneIana: string;
  timeOfDay: number;
  durationMs: number;
  /** Wall-clock length, for all-day series (whole days). */
  floatingLength: number;
  isAllDay: boolean;
}

function seriesShape(master: StoredEvent): SeriesShape {
  const recurrence = master.data.recurrence;
  if (recurrence === null) throw new Error(`event ${master.id} is not a series master`);
  const times = eventTimes(master.data);
  return {
    recurrence,
    startZoneIana: times.startZone.iana,
    endZoneIana: times.endZone.iana,
    timeOfDay: times.startFloating - startOfFloatingDay(times.startFloating),
    durationMs: times.endInstant - times.startInstant,
    floatingLength: times.endFloating - times.startFloating,
    isAllDay: master.data.isAllDay,
  };
}

export class CalendarService {
  private readonly store: EventStore;

  constructor(private readonly ctx: EmulatorContext) {
    this.store = new EventStore(ctx.store.db);
  }

  // ------------------------------------------------------------ views

  itemView(event: StoredEvent): EventView {
    return {
      id: event.id,
      type: event.data.recurrence === null ? 'singleInstance' : 'seriesMaster',
      seriesMasterId: null,
      data: event.data,
      created: event.created,
      modified: event.modified,
      changeKey: event.changeKey,
      iCalUId: event.iCalUId,
      startInstant: event.startUtc,
      endInstant: event.endUtc,
    };
  }

  /** The occurrence of `master` whose wall-clock start (in the series zone) is `floatingStart`. */
  private occurrenceBase(master: StoredEvent, shape: SeriesShape, floatingStart: number): EventView {
    const startInstant = floatingToInstant(floatingStart, shape.startZoneIana);
    const endInstant = shape.isAllDay
      ? floatingToInstant(floatingStart + shape.floatingLength, shape.startZoneIana)
      : startInstant + shape.durationMs;
    const endFloating = shape.isAllDay
      ? floatingStart + shape.floatingLength
      : instantToFloating(endInstant, shape.endZoneIana);
    return {
      id: occurrenceId(master.id, startInstant),
      type: 'occurrence',
      seriesMasterId: master.id,
      data: {
        ...master.data,
        start: { dateTime: formatFloating(floatingStart), timeZone: master.data.start.timeZone },
        end: { dateTime: formatFloating(endFloating), timeZone: master.data.end.timeZone },
      },
      created: master.created,
      modified: master.modified,
      changeKey: master.changeKey,
      iCalUId: master.iCalUId,
      originalStart: startInstant,
      startInstant,
      endInstant,
    };
  }

  private withException(base: EventView, instance: StoredInstance): EventView {
    const data: EventData = { ...base.data, ...instance.data };
    const times = eventTimes(data);
    return {
      ...base,
      type: 'exception',
      data,
      modified: instance.modified,
      changeKey: instance.changeKey,
      startInstant: times.startInstant,
      endInstant: times.endInstant,
    };
  }

  /** The floating start of the occurrence that originally starts at `originalStart`, if the series has one. */
  private occurrenceFloating(shape: SeriesShape, originalStart: number): number | undefined {
    // A start in a skipped DST hour shows a later wall time, possibly on the next day: try both days.
    const approx = startOfFloatingDay(instantToFloating(originalStart, shape.startZoneIana));
    for (const day of [approx, approx - MS_PER_DAY]) {
      const floating = day + shape.timeOfDay;
      if (
        floatingToInstant(floating, shape.startZoneIana) === originalStart &&
        isOccurrenceDay(shape.recurrence, day)
      ) {
        return floating;
      }
    }
    return undefined;
  }

  /** Occurrences and exceptions of a series that overlap [from, to), cancelled ones left out. */
  seriesViews(master: StoredEvent, from: number, to: number): EventView[] {
    const shape = seriesShape(master);
    const instances = new Map(this.store.instances(master.id).map((i) => [i.originalStart, i]));
    const zone = shape.startZoneIana;
    const fromDay = startOfFloatingDay(instantToFloating(from - Math.max(shape.durationMs, 0), zone)) - MS_PER_DAY;
    const toDay = startOfFloatingDay(instantToFloating(to, zone)) + MS_PER_DAY;
    const views: EventView[] = [];
    const seen = new Set<number>();
    for (const day of occurrenceDays(shape.recurrence, fromDay, toDay)) {
      const base = this.occurrenceBase(master, shape, day + shape.timeOfDay);
      const key = base.originalStart ?? base.startInstant;
      seen.add(key);
      const instance = instances.get(key);
      if (instance?.kind === 'cancelled') continue;
      const view = instance === undefined ? base : this.withException(base, instance);
      if (overlaps(view.startInstant, view.endInstant, from, to)) views.push(view);
    }
    // Exceptions moved into the window from an original date outside it.
    for (const instance of instances.values()) {
      if (instance.kind !== 'exception' || seen.has(instance.originalStart)) continue;
      const floating = this.occurrenceFloating(shape, instance.originalStart);
      if (floating === undefined) continue;
      const view = this.withException(this.occurrenceBase(master, shape, floating), instance);
      if (overlaps(view.startInstant, view.endInstant, from, to)) views.push(view);
    }
    return views;
  }

  /** The calendar view of a mailbox for [from, to): single instances, occurrences and exceptions, by start. */
  calendarView(owner: EmulatedUser, from: number, to: number): EventView[] {
    const views: EventView[] = [];
    for (const event of this.store.candidatesForWindow(owner.id, from, to)) {
      if (event.data.recurrence === null) {
        if (overlaps(event.startUtc, event.endUtc, from, to)) views.push(this.itemView(event));
      } else {
        views.push(...this.seriesViews(event, from, to));
      }
    }
    return views.sort(
      (a, b) =>
        a.startInstant - b.startInstant || a.endInstant - b.endInstant || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }

  /** `/events`: single instances and series masters, in creation order. */
  list(owner: EmulatedUser): EventView[] {
    return this.store.list(owner.id).map((event) => this.itemView(event));
  }

  // ------------------------------------------------------------ lookup

  /** Resolves an id in a mailbox: 400 when malformed, 404 when it names nothing (or a cancelled occurrence). */
  resolve(owner: EmulatedUser, id: string): ResolvedEvent {
    const parsed = parseEventId(id);
    if (parsed === undefined) throw idMalformed();
    if (parsed.kind === 'item') {
      const event = this.store.byId(owner.id, parsed.id);
      if (event === undefined) throw itemNotFound();
      return { kind: 'item', event };
    }
    const master = this.store.byId(owner.id, parsed.masterId);
    if (master === undefined || master.data.recurrence === null) throw itemNotFound();
    if (this.occurrenceFloating(seriesShape(master), parsed.originalStart) === undefined) throw itemNotFound();
    const instance = this.store.instances(master.id).find((i) => i.originalStart === parsed.originalStart);
    if (instance?.kind === 'cancelled') throw itemNotFound();
    return { kind: 'occurrence', master, originalStart: parsed.originalStart, instance };
  }

  viewOf(resolved: ResolvedEvent): EventView {
    if (resolved.kind === 'item') return this.itemView(resolved.event);
    const shape = seriesShape(resolved.master);
    const floating = this.occurrenceFloating(shape, resolved.originalStart);
    if (floating === undefined) throw itemNotFound();
    const base = this.occurrenceBase(resolved.master, shape, floating);
    return resolved.instance === undefined ? base : this.withException(base, resolved.instance);
  }

  // ------------------------------------------------------------ writes

  private stored(
    base: Omit<StoredEvent, 'startUtc' | 'endUtc' | 'modified' | 'changeKey' | 'data'>,
    data: EventData,
    now: string,
  ): StoredEvent {
    const times = eventTimes(data);
    return {
      ...base,
      data,
      startUtc: times.startInstant,
      endUtc: times.endInstant,
      modified: now,
      changeKey: newChangeKey(),
    };
  }

  /**
   * Creates an event in the owner's calendar and delivers the invitation copies. With a transactionId
   * already used in this mailbox, returns the event created first and changes nothing.
   */
  create(owner: EmulatedUser, data: EventData): { event: StoredEvent; replayed: boolean } {
    return this.ctx.store.tx(() => {
      if (data.transactionId !== null) {
        const existing = this.store.byTransactionId(owner.id, data.transactionId);
        if (existing !== undefined) return { event: existing, replayed: true };
      }
      const nowDate = this.ctx.now();
      const now = timestamp(nowDate);
      const event = this.stored(
        {
          id: newEventId(),
          ownerId: owner.id,
          iCalUId: newICalUId(nowDate.getTime()),
          organizerEventId: null,
          created: now,
        },
        data,
        now,
      );
      this.store.insert(event);
      this.syncCopies(event);
      return { event, replayed: false };
    });
  }

  /** Replaces an item's data (PATCH of a single instance or series master). */
  updateItem(event: StoredEvent, data: EventData): StoredEvent {
    return this.ctx.store.tx(() => {
      const updated = this.stored(event, data, timestamp(this.ctx.now()));
      this.store.update(updated);
      const seriesChanged =
        !sameJson(event.data.recurrence, data.recurrence) ||
        !sameJson(event.data.start, data.start) ||
        !sameJson(event.data.end, data.end) ||
        event.data.isAllDay !== data.isAllDay;
      if (seriesChanged) this.store.clearInstances(event.id);
      if (event.organizerEventId === null) this.syncCopies(updated);
      return updated;
    });
  }

  /**
   * Turns an occurrence into an exception with the given overrides. An exception may not move onto or
   * past the day of its neighbouring occurrences (Exchange's ErrorOccurrenceCrossingBoundary).
   */
  updateOccurrence(master: StoredEvent, originalStart: number, overrides: ExceptionData): EventView {
    const shape = seriesShape(master);
    const floating = this.occurrenceFloating(shape, originalStart);
    if (floating === undefined) throw itemNotFound();
    const base = this.occurrenceBase(master, shape, floating);
    const candidate: EventData = { ...base.data, ...overrides };
    const newStartDay = startOfFloatingDay(instantToFloating(eventTimes(candidate).startInstant, shape.startZoneIana));
    const originalDay = startOfFloatingDay(floating);
    const previous = previousOccurrenceDay(shape.recurrence, originalDay);
    const next = nextOccurrenceDay(shape.recurrence, originalDay);
    if ((previous !== undefined && newStartDay <= previous) || (next !== undefined && newStartDay >= next)) {
      throw new GraphError(
        400,
        'ErrorOccurrenceCrossingBoundary',
        'An occurrence cannot be moved onto or past the day of an adjacent occurrence of the series.',
      );
    }
    return this.ctx.store.tx(() => {
      const now = timestamp(this.ctx.now());
      const existing = this.store.instances(master.id).find((i) => i.originalStart === originalStart);
      const instance: StoredInstance = {
        masterId: master.id,
        originalStart,
        kind: 'exception',
        created: existing?.created ?? now,
        modified: now,
        changeKey: newChangeKey(),
        data: overrides,
      };
      this.store.putInstance(instance);
      const touched = this.touch(master, now);
      if (master.organizerEventId === null) this.syncCopies(touched);
      return this.withException(this.occurrenceBase(touched, shape, floating), instance);
    });
  }

  /** DELETE of an event item: the organizer's cancels the attendees' copies. */
  deleteItem(event: StoredEvent): void {
    this.ctx.store.tx(() => {
      this.store.delete(event.id);
      if (event.organizerEventId === null) this.cancelCopies(event.id);
    });
  }

  /** DELETE of one occurrence: the series skips it from now on. */
  cancelOccurrence(master: StoredEvent, originalStart: number): void {
    this.ctx.store.tx(() => {
      const now = timestamp(this.ctx.now());
      this.store.putInstance({
        masterId: master.id,
        originalStart,
        kind: 'cancelled',
        created: now,
        modified: now,
        changeKey: newChangeKey(),
        data: {},
      });
      const touched = this.touch(master, now);
      if (master.organizerEventId === null) this.syncCopies(touched);
    });
  }

  /** A new change key and modification time for a series whose occurrences changed. */
  private touch(master: StoredEvent, now: string): StoredEvent {
    const touched: StoredEvent = { ...master, modified: now, changeKey: newChangeKey() };
    this.store.update(touched);
    return touched;
  }

  // ------------------------------------------------------------ invitations

  /** The users of the tenant an event invites, other than its organizer. */
  private invitees(event: StoredEvent): EmulatedUser[] {
    const users = new Map<string, EmulatedUser>();
    for (const attendee of event.data.attendees) {
      const user = this.ctx.users.byUpn(attendee.emailAddress.address);
      if (user !== undefined && user.id !== event.ownerId) users.set(user.id, user);
    }
    return [...users.values()];
  }

  private copyData(organizer: EventData, previous: EventData | undefined): EventData {
    const data: EventData = {
      ...organizer,
      transactionId: null,
      isOrganizer: false,
      isCancelled: false,
      responseStatus: previous?.responseStatus ?? { response: 'notResponded', time: NEVER },
    };
    if (previous !== undefined) for (const field of PERSONAL_FIELDS) Object.assign(data, { [field]: previous[field] });
    return data;
  }

  /**
   * Brings every attendee's copy in line with the organizer's event, as Exchange's meeting requests
   * and updates do: new invitees get a copy, current ones an update, removed ones a cancellation.
   * The copy is found by iCalUId, so it is never delivered twice.
   */
  private syncCopies(event: StoredEvent): void {
    const now = timestamp(this.ctx.now());
    const instances = this.store.instances(event.id);
    const invited = new Set<string>();
    for (const user of this.invitees(event)) {
      invited.add(user.id);
      const previous = this.store.byICalUId(user.id, event.iCalUId);
      let copy: StoredEvent;
      if (previous === undefined) {
        copy = this.stored(
          { id: newEventId(), ownerId: user.id, iCalUId: event.iCalUId, organizerEventId: event.id, created: now },
          this.copyData(event.data, undefined),
          now,
        );
        this.store.insert(copy);
      } else {
        copy = this.stored({ ...previous, organizerEventId: event.id }, this.copyData(event.data, previous.data), now);
        this.store.update(copy);
      }
      this.store.clearInstances(copy.id);
      for (const instance of instances) {
        const data: ExceptionData = {};
        for (const field of EXCEPTION_FIELDS) {
          if (instance.data[field] !== undefined && !(PERSONAL_FIELDS as readonly string[]).includes(field)) {
            Object.assign(data, { [field]: instance.data[field] });
          }
        }
        this.store.putInstance({ ...instance, masterId: copy.id, data });
      }
    }
    for (const copy of this.store.copiesOf(event.id)) {
      if (!invited.has(copy.ownerId)) this.cancelCopy(copy, now);
    }
  }

  private cancelCopies(organizerEventId: string): void {
    const now = timestamp(this.ctx.now());
    for (const copy of this.store.copiesOf(organizerEventId)) this.cancelCopy(copy, now);
  }

  private cancelCopy(copy: StoredEvent, now: string): void {
    if (copy.data.isCancelled) return;
    const subject = copy.data.subject.startsWith(CANCELED_PREFIX)
      ? copy.data.subject
      : `${CANCELED_PREFIX}${copy.data.subject}`;
    this.store.update({
      ...copy,
      modified: now,
      changeKey: newChangeKey(),
      data: { ...copy.data, isCancelled: true, subject },
    });
  }
}

const SERVICES = new WeakMap<EmulatorContext, CalendarService>();

export function calendarService(ctx: EmulatorContext): CalendarService {
  let service = SERVICES.get(ctx);
  if (service === undefined) {
    service = new CalendarService(ctx);
    SERVICES.set(ctx, service);
  }
  return service;
}
