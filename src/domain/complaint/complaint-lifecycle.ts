/**
 * The complaint lifecycle of PR-SGI-016 as a pure state machine: Registrada → Canalizada →
 * En atención → Resuelta → Cerrada, Reabierta from Resuelta or Cerrada; who may take each step,
 * what each step requires, the history it leaves, and the pause/resume of the SLA clock.
 */
import { z } from 'zod';
import { DomainError } from '../shared/domain-error';
import { emailSchema, isoDateTimeSchema, roleSchema, type IsoDateTime, type Role } from '../shared/primitives';
import { parseWith } from '../shared/validation';
import {
  parseComplaint,
  type ClockPause,
  type Complaint,
  type ComplaintHistoryEntry,
  type ComplaintStatus,
  type RootCauseCategory,
} from './complaint.entity';

/**
 * Every COMPLAINT.* error code (each has a message in src/i18n): those this module throws, plus
 * NOT_FOUND for the repositories and use cases that look complaints up.
 */
export const COMPLAINT_ERROR_CODES = [
  'COMPLAINT.NOT_FOUND',
  'COMPLAINT.ILLEGAL_TRANSITION',
  'COMPLAINT.FORBIDDEN_ROLE',
  'COMPLAINT.INVALID_TIME',
  'COMPLAINT.TIME_BEFORE_LAST_CHANGE',
  'COMPLAINT.RECEIVED_AFTER_REGISTRATION',
  'COMPLAINT.ROUTE_REQUIRES_ASSIGNEE',
  'COMPLAINT.RESOLVE_REQUIRES_RESOLUTION',
  'COMPLAINT.CLOSE_REQUIRES_RESOLUTION',
  'COMPLAINT.CLOSE_REQUIRES_ROOT_CAUSE',
  'COMPLAINT.CLOSE_REQUIRES_CONFIRMATION_OR_REASON',
  'COMPLAINT.REOPEN_REQUIRES_NOTE',
  'COMPLAINT.PAUSE_NOT_ALLOWED',
  'COMPLAINT.PAUSE_REQUIRES_REASON',
  'COMPLAINT.ALREADY_PAUSED',
  'COMPLAINT.NOT_PAUSED',
] as const;
export type ComplaintErrorCode = (typeof COMPLAINT_ERROR_CODES)[number];

/** The steps of the lifecycle; each has a label under `complaint:action.*`. */
export type ComplaintAction = 'register' | 'route' | 'attend' | 'resolve' | 'close' | 'reopen';
/** Operations on the SLA clock that do not change the status. */
export type ClockOperation = 'pause' | 'resume';

export interface ComplaintTransition {
  readonly action: ComplaintAction;
  /** `null` for registration, which creates the complaint. */
  readonly from: ComplaintStatus | null;
  readonly to: ComplaintStatus;
  readonly roles: readonly Role[];
}

/**
 * Every legal transition and the roles that may take it. Comercial registers and routes (also a
 * reopened complaint back to the Líder); the Líder de Entrega attends, resolves, closes and
 * reopens; Dirección and Auditor only read.
 */
export const COMPLAINT_TRANSITIONS: readonly ComplaintTransition[] = [
  { action: 'register', from: null, to: 'registered', roles: ['comercial'] },
  { action: 'route', from: 'registered', to: 'routed', roles: ['comercial'] },
  { action: 'attend', from: 'routed', to: 'inProgress', roles: ['deliveryLead'] },
  { action: 'resolve', from: 'inProgress', to: 'resolved', roles: ['deliveryLead'] },
  { action: 'close', from: 'resolved', to: 'closed', roles: ['deliveryLead'] },
  { action: 'reopen', from: 'resolved', to: 'reopened', roles: ['deliveryLead'] },
  { action: 'reopen', from: 'closed', to: 'reopened', roles: ['deliveryLead'] },
  { action: 'route', from: 'reopened', to: 'routed', roles: ['comercial'] },
  { action: 'attend', from: 'reopened', to: 'inProgress', roles: ['deliveryLead'] },
];

/** Statuses in which the SLA clock may be paused (or resumed) while waiting on the client, and by whom. */
export const CLOCK_OPERATION_RULES: Readonly<
  Record<ClockOperation, { readonly statuses: readonly ComplaintStatus[]; readonly roles: readonly Role[] }>
> = {
  pause: { statuses: ['routed', 'inProgress', 'reopened'], roles: ['deliveryLead'] },
  resume: { statuses: ['routed', 'inProgress', 'reopened'], roles: ['deliveryLead'] },
};

/** Who performs an operation. */
export interface Actor {
  readonly email: string;
  readonly role: Role;
}
const actorSchema = z.object({ email: emailSchema, role: roleSchema });

/** The transition from `from` to `to`, if the table has one. */
export function findTransition(from: ComplaintStatus | null, to: ComplaintStatus): ComplaintTransition | undefined {
  return COMPLAINT_TRANSITIONS.find((t) => t.from === from && t.to === to);
}

/** The transitions `role` may take from `status` (what the UI offers). */
export function allowedTransitions(status: ComplaintStatus | null, role: Role): readonly ComplaintTransition[] {
  return COMPLAINT_TRANSITIONS.filter((t) => t.from === status && t.roles.includes(role));
}

/** The statuses `role` may move a complaint in `status` to. */
export function nextStatuses(status: ComplaintStatus | null, role: Role): readonly ComplaintStatus[] {
  return allowedTransitions(status, role).map((t) => t.to);
}

export function canTransition(from: ComplaintStatus | null, to: ComplaintStatus, role: Role): boolean {
  return findTransition(from, to)?.roles.includes(role) ?? false;
}

/**
 * Throws COMPLAINT.ILLEGAL_TRANSITION when the table has no `from → to`, and
 * COMPLAINT.FORBIDDEN_ROLE when it has one that `role` may not take. Returns the transition.
 */
export function assertTransitionAllowed(
  from: ComplaintStatus | null,
  to: ComplaintStatus,
  role: Role,
): ComplaintTransition {
  const transition = findTransition(from, to);
  if (transition === undefined) {
    throw new DomainError('COMPLAINT.ILLEGAL_TRANSITION', { from: from ?? 'none', to });
  }
  if (!transition.roles.includes(role)) {
    throw new DomainError('COMPLAINT.FORBIDDEN_ROLE', { role, action: transition.action });
  }
  return transition;
}

/** The open pause of the SLA clock, if it is paused. */
export function openPause(complaint: Pick<Complaint, 'pauses'>): ClockPause | undefined {
  return complaint.pauses.find((p) => p.to === undefined);
}

export function isClockPaused(complaint: Pick<Complaint, 'pauses'>): boolean {
  return openPause(complaint) !== undefined;
}

/** The clock operations `role` may perform on `complaint` now (what the UI offers). */
export function allowedClockOperations(
  complaint: Pick<Complaint, 'status' | 'pauses'>,
  role: Role,
): readonly ClockOperation[] {
  const paused = isClockPaused(complaint);
  return (['pause', 'resume'] as const).filter((op) => {
    const rule = CLOCK_OPERATION_RULES[op];
    const applies = op === 'pause' ? !paused : paused;
    return rule.statuses.includes(complaint.status) && rule.roles.includes(role) && applies;
  });
}

// ---------------------------------------------------------------------------------------------
// Commands

export interface RegisterComplaintInput {
  readonly key: string;
  readonly folio?: string;
  readonly clientCode: string;
  readonly serviceCode?: string;
  readonly title: string;
  readonly description?: string;
  readonly severity: Complaint['severity'];
  readonly channel: Complaint['channel'];
  /** When the client raised it; defaults to the registration instant. */
  readonly receivedAt?: IsoDateTime;
  /** Who reported it; defaults to the registering actor. */
  readonly reportedBy?: string;
  readonly meetingKey?: string;
  readonly sourceMessageId?: string;
  /** Note of the first history entry. */
  readonly note?: string;
}

export interface RouteInput {
  /** The Líder de Entrega the complaint is routed to; may be omitted when already assigned. */
  readonly assignedTo?: string;
  readonly note?: string;
}
export interface AttendInput {
  readonly note?: string;
}
export interface ResolveInput {
  readonly resolution: string;
  readonly rootCauseCategory?: RootCauseCategory;
  readonly rootCause?: string;
  readonly correctiveAction?: string;
  readonly note?: string;
}
export interface CloseInput {
  readonly clientConfirmed?: boolean;
  /** Why it is closed without the client's confirmation (e.g. no answer after reminders). */
  readonly closureReason?: string;
  readonly rootCauseCategory?: RootCauseCategory;
  readonly rootCause?: string;
  readonly correctiveAction?: string;
  readonly note?: string;
}
export interface ReopenInput {
  readonly note: string;
}
export interface PauseInput {
  /** What the provider waits on the client for. */
  readonly reason: string;
}
/** Resuming needs no data: the open pause simply ends at `now`. */
export type ResumeInput = Readonly<Record<never, never>>;

export type ComplaintCommand =
  | ({ readonly type: 'route' } & RouteInput)
  | ({ readonly type: 'attend' } & AttendInput)
  | ({ readonly type: 'resolve' } & ResolveInput)
  | ({ readonly type: 'close' } & CloseInput)
  | ({ readonly type: 'reopen' } & ReopenInput)
  | ({ readonly type: 'pause' } & PauseInput)
  | ({ readonly type: 'resume' } & ResumeInput);

function checkActor(actor: Actor): Actor {
  return parseWith(actorSchema, actor, 'Actor');
}

function checkNow(now: IsoDateTime): number {
  if (typeof now !== 'string' || !isoDateTimeSchema.safeParse(now).success) {
    throw new DomainError('COMPLAINT.INVALID_TIME', { value: String(now) });
  }
  return Date.parse(now);
}

/** The latest instant the record already knows (history and pauses); a change cannot precede it. */
function lastChangeOf(complaint: Complaint): IsoDateTime | undefined {
  let last: IsoDateTime | undefined;
  let lastMs = Number.NEGATIVE_INFINITY;
  const consider = (at: IsoDateTime | undefined): void => {
    if (at !== undefined && Date.parse(at) > lastMs) {
      lastMs = Date.parse(at);
      last = at;
    }
  };
  complaint.history.forEach((h) => consider(h.at));
  complaint.pauses.forEach((p) => {
    consider(p.from);
    consider(p.to);
  });
  return last;
}

function checkChronology(complaint: Complaint, now: IsoDateTime): void {
  const nowMs = checkNow(now);
  const last = lastChangeOf(complaint);
  if (last !== undefined && nowMs < Date.parse(last)) {
    throw new DomainError('COMPLAINT.TIME_BEFORE_LAST_CHANGE', { now, last });
  }
}

/** `value` trimmed, or undefined when absent or blank. */
function filled(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

function historyEntry(
  actor: Actor,
  now: IsoDateTime,
  from: ComplaintStatus | null,
  to: ComplaintStatus,
  note: string | undefined,
): ComplaintHistoryEntry {
  const text = filled(note);
  return { at: now, by: actor.email, role: actor.role, from, to, ...(text === undefined ? {} : { note: text }) };
}

/** Common frame of every status change: checks, then the new record with its history entry. */
function transition(
  complaint: Complaint,
  to: ComplaintStatus,
  actorInput: Actor,
  now: IsoDateTime,
  note: string | undefined,
  change: (actor: Actor) => Partial<Complaint>,
  omit: readonly (keyof Complaint)[] = [],
): Complaint {
  const actor = checkActor(actorInput);
  checkChronology(complaint, now);
  assertTransitionAllowed(complaint.status, to, actor.role);
  const next: Record<string, unknown> = {
    ...complaint,
    ...change(actor),
    status: to,
    history: [...complaint.history, historyEntry(actor, now, complaint.status, to, note)],
  };
  for (const key of omit) delete next[key];
  return parseComplaint(next);
}

/** Pauses with the open one (if any) ended at `now`. */
function pausesEndedAt(pauses: readonly ClockPause[], now: IsoDateTime): ClockPause[] {
  return pauses.map((p) => (p.to === undefined ? { ...p, to: now } : { ...p }));
}

/**
 * Registers a complaint received from a client (Comercial): status Registrada, the first
 * history entry (from `null`), no pauses, reopenCount 0. Validated with parseComplaint.
 */
export function registerComplaint(input: RegisterComplaintInput, actorInput: Actor, now: IsoDateTime): Complaint {
  const actor = checkActor(actorInput);
  const nowMs = checkNow(now);
  assertTransitionAllowed(null, 'registered', actor.role);
  const receivedAt = input.receivedAt ?? now;
  const receivedMs = Date.parse(receivedAt);
  if (Number.isFinite(receivedMs) && receivedMs > nowMs) {
    throw new DomainError('COMPLAINT.RECEIVED_AFTER_REGISTRATION', { receivedAt, now });
  }
  const optional = {
    folio: input.folio,
    serviceCode: input.serviceCode,
    meetingKey: input.meetingKey,
    sourceMessageId: input.sourceMessageId,
  };
  return parseComplaint({
    key: input.key,
    clientCode: input.clientCode,
    title: input.title,
    description: input.description ?? '',
    severity: input.severity,
    channel: input.channel,
    receivedAt,
    reportedBy: input.reportedBy ?? actor.email,
    status: 'registered',
    reopenCount: 0,
    pauses: [],
    history: [historyEntry(actor, now, null, 'registered', input.note)],
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
  });
}

/** Same as {@link registerComplaint}: creates a new complaint from what the client reported. */
export const createComplaint = registerComplaint;

/** Canalizar (Comercial): Registrada or Reabierta → Canalizada, to the Líder in `assignedTo`. */
export function routeComplaint(complaint: Complaint, input: RouteInput, actor: Actor, now: IsoDateTime): Complaint {
  return transition(complaint, 'routed', actor, now, input.note, () => {
    const assignedTo = filled(input.assignedTo) ?? complaint.assignedTo;
    if (assignedTo === undefined) throw new DomainError('COMPLAINT.ROUTE_REQUIRES_ASSIGNEE');
    return { assignedTo };
  });
}

/**
 * Atender (Líder): Canalizada or Reabierta → En atención. The first time, this is the
 * complaint's acknowledgement (`acknowledgedAt`); it also assigns the Líder if nobody was.
 */
export function attendComplaint(complaint: Complaint, input: AttendInput, actor: Actor, now: IsoDateTime): Complaint {
  return transition(complaint, 'inProgress', actor, now, input.note, (a) => ({
    acknowledgedAt: complaint.acknowledgedAt ?? now,
    assignedTo: complaint.assignedTo ?? a.email,
  }));
}

/**
 * Resolver (Líder): En atención → Resuelta; needs the resolution text. Ends an open pause of the
 * SLA clock. Without a note, the history entry keeps the resolution text so earlier resolutions
 * of a reopened complaint stay on record.
 */
export function resolveComplaint(complaint: Complaint, input: ResolveInput, actor: Actor, now: IsoDateTime): Complaint {
  const resolution = filled(input.resolution);
  const note = filled(input.note) ?? resolution?.slice(0, 4000);
  return transition(complaint, 'resolved', actor, now, note, () => {
    if (resolution === undefined) throw new DomainError('COMPLAINT.RESOLVE_REQUIRES_RESOLUTION');
    return {
      resolution,
      resolvedAt: now,
      pauses: pausesEndedAt(complaint.pauses, now),
      ...analysis(input),
    };
  });
}

/** Root-cause fields given in a command, trimmed; absent ones leave the record's values. */
function analysis(input: Pick<ResolveInput, 'rootCauseCategory' | 'rootCause' | 'correctiveAction'>) {
  const rootCause = filled(input.rootCause);
  const correctiveAction = filled(input.correctiveAction);
  return {
    ...(input.rootCauseCategory === undefined ? {} : { rootCauseCategory: input.rootCauseCategory }),
    ...(rootCause === undefined ? {} : { rootCause }),
    ...(correctiveAction === undefined ? {} : { correctiveAction }),
  };
}

/**
 * Cerrar (Líder): Resuelta → Cerrada. Needs a resolution, a root-cause category (given now or
 * recorded before) and either the client's confirmation or a recorded reason to close without it.
 */
export function closeComplaint(complaint: Complaint, input: CloseInput, actor: Actor, now: IsoDateTime): Complaint {
  return transition(complaint, 'closed', actor, now, input.note, () => {
    if (filled(complaint.resolution) === undefined) throw new DomainError('COMPLAINT.CLOSE_REQUIRES_RESOLUTION');
    const fields = analysis(input);
    if ((fields.rootCauseCategory ?? complaint.rootCauseCategory) === undefined) {
      throw new DomainError('COMPLAINT.CLOSE_REQUIRES_ROOT_CAUSE');
    }
    const clientConfirmed = input.clientConfirmed ?? complaint.clientConfirmed;
    const closureReason = filled(input.closureReason) ?? filled(complaint.closureReason);
    if (clientConfirmed !== true && closureReason === undefined) {
      throw new DomainError('COMPLAINT.CLOSE_REQUIRES_CONFIRMATION_OR_REASON');
    }
    return {
      ...fields,
      closedAt: now,
      ...(clientConfirmed === undefined ? {} : { clientConfirmed }),
      ...(closureReason === undefined ? {} : { closureReason }),
    };
  });
}

/**
 * Reabrir (Líder): Resuelta or Cerrada → Reabierta; needs a note saying why. Counts the reopening
 * and clears the facts of the previous closure (resolvedAt, closedAt, confirmation, closure reason);
 * the resolution and root-cause analysis stay as the starting point of the new attempt.
 */
export function reopenComplaint(complaint: Complaint, input: ReopenInput, actor: Actor, now: IsoDateTime): Complaint {
  const note = filled(input.note);
  return transition(
    complaint,
    'reopened',
    actor,
    now,
    note,
    () => {
      if (note === undefined) throw new DomainError('COMPLAINT.REOPEN_REQUIRES_NOTE');
      return { reopenCount: complaint.reopenCount + 1 };
    },
    ['resolvedAt', 'closedAt', 'clientConfirmed', 'closureReason'],
  );
}

function checkClockOperation(complaint: Complaint, op: ClockOperation, actorInput: Actor, now: IsoDateTime): void {
  const actor = checkActor(actorInput);
  checkChronology(complaint, now);
  const rule = CLOCK_OPERATION_RULES[op];
  if (!rule.statuses.includes(complaint.status)) {
    throw new DomainError('COMPLAINT.PAUSE_NOT_ALLOWED', { status: complaint.status });
  }
  if (!rule.roles.includes(actor.role)) {
    throw new DomainError('COMPLAINT.FORBIDDEN_ROLE', { role: actor.role, action: op });
  }
}

/**
 * Stops the SLA clock while the provider waits on the client (Líder; Canalizada, En atención or
 * Reabierta). The status does not change and no history entry is written: the pause itself
 * (from, to, reason) is the record.
 */
export function pauseClock(complaint: Complaint, input: PauseInput, actor: Actor, now: IsoDateTime): Complaint {
  checkClockOperation(complaint, 'pause', actor, now);
  if (isClockPaused(complaint)) throw new DomainError('COMPLAINT.ALREADY_PAUSED');
  const reason = filled(input.reason);
  if (reason === undefined) throw new DomainError('COMPLAINT.PAUSE_REQUIRES_REASON');
  return parseComplaint({ ...complaint, pauses: [...complaint.pauses, { from: now, reason }] });
}

/** Restarts the SLA clock (Líder): ends the open pause at `now`. */
export function resumeClock(complaint: Complaint, _input: ResumeInput, actor: Actor, now: IsoDateTime): Complaint {
  checkClockOperation(complaint, 'resume', actor, now);
  if (!isClockPaused(complaint)) throw new DomainError('COMPLAINT.NOT_PAUSED');
  return parseComplaint({ ...complaint, pauses: pausesEndedAt(complaint.pauses, now) });
}

/** Applies any command; the one entry point for use cases that receive commands as data. */
export function applyComplaintCommand(
  complaint: Complaint,
  command: ComplaintCommand,
  actor: Actor,
  now: IsoDateTime,
): Complaint {
  switch (command.type) {
    case 'route':
      return routeComplaint(complaint, command, actor, now);
    case 'attend':
      return attendComplaint(complaint, command, actor, now);
    case 'resolve':
      return resolveComplaint(complaint, command, actor, now);
    case 'close':
      return closeComplaint(complaint, command, actor, now);
    case 'reopen':
      return reopenComplaint(complaint, command, actor, now);
    case 'pause':
      return pauseClock(complaint, command, actor, now);
    case 'resume':
      return resumeClock(complaint, command, actor, now);
  }
}
