/**
 * The two SLA clocks of a complaint (PR-SGI-016) — acknowledgement and resolution — counted in
 * business time on a business calendar, minus the pauses spent waiting on the client, with
 * warning, breach, remaining time and due instant.
 *
 * Rules:
 * - Both clocks start at `receivedAt`; targets come from the service's SLA by severity
 *   (`slaTargetFor`, the defaults when the service has none).
 * - Acknowledgement = the first time the complaint is attended (En atención, `acknowledgedAt`):
 *   the moment someone responsible works on it. It therefore includes the time Comercial takes
 *   to route it, which the client also waits; merely forwarding a complaint does not stop it.
 * - Resolution stops when the complaint is resolved. A reopened complaint does NOT restart its
 *   clock and does not get a new target: it continues from the business time already used;
 *   the time it spent Resuelta/Cerrada (between a resolution and its reopening) does not count.
 *   A first resolution that was late keeps the clock breached.
 * - Pauses (waiting on the client) are subtracted from both clocks; overlapping pauses count once.
 * - Minute precision: elapsed is whole business minutes. Warning from `warningShare` × target
 *   (default 0.8, inclusive); breached only when elapsed exceeds the target, so reaching the
 *   target exactly at the due instant is still on time.
 * - Everything is evaluated "as of" `now`: later history is ignored, so past states can be replayed.
 */
import type { BusinessCalendar } from '../calendar/business-calendar';
import { createBusinessCalendar } from '../calendar/business-calendar';
import { DomainError } from '../shared/domain-error';
import type { IsoDateTime } from '../shared/primitives';
import { slaTargetFor, type SeverityTarget, type Service } from '../service/service.entity';
import type { Complaint, ComplaintStatus } from './complaint.entity';
import { SLA_STATES, type SlaState } from './sla-state';

/** Every error code this module throws (each has a message in src/i18n). */
export const SLA_ERROR_CODES = ['SLA.INVALID_WARNING_SHARE', 'SLA.INVALID_TARGET'] as const;
export type SlaErrorCode = (typeof SLA_ERROR_CODES)[number];

export const DEFAULT_WARNING_SHARE = 0.8;

export type SlaClockKind = 'acknowledgement' | 'resolution';

/** One clock, as of the evaluation instant. Minutes are business minutes. */
export interface SlaClock {
  readonly kind: SlaClockKind;
  readonly state: SlaState;
  readonly targetMinutes: number;
  /** Elapsed minutes from which the clock is in warning (`ceil(target × share)`). */
  readonly warningMinutes: number;
  readonly elapsedMinutes: number;
  /** `max(0, target − elapsed)`. */
  readonly remainingMinutes: number;
  /** `max(0, elapsed − target)`. */
  readonly overdueMinutes: number;
  /** Elapsed share of the target (1 = the whole target used). */
  readonly share: number;
  readonly warning: boolean;
  readonly breached: boolean;
  /** Stopped for good (acknowledged / resolved). */
  readonly stopped: boolean;
  readonly paused: boolean;
  /** When the clock stopped (acknowledgement or resolution instant). */
  readonly stoppedAt?: IsoDateTime;
  /**
   * The instant the target is (or was) reached given the pauses so far; absent while paused and
   * not yet breached, because it depends on when the clock resumes. For a clock stopped within
   * its target, the deadline it had.
   */
  readonly dueAt?: IsoDateTime;
  /** The instant the warning share is (or was) reached; absent under the same condition as `dueAt`. */
  readonly warningAt?: IsoDateTime;
}

export interface ComplaintSla {
  readonly target: SeverityTarget;
  readonly acknowledgement: SlaClock;
  readonly resolution: SlaClock;
  /** The worse of the two clocks' states (see {@link worstSlaState}). */
  readonly state: SlaState;
}

export interface ComplaintSlaOptions {
  /** The evaluation instant. */
  readonly now: IsoDateTime;
  /** Defaults to the Mexico City calendar (Mon–Fri 09:00–18:00, official holidays). */
  readonly calendar?: BusinessCalendar;
  /** The complaint's service; its SLA gives the targets. */
  readonly service?: Pick<Service, 'sla'>;
  /** Explicit targets, overriding the service's. */
  readonly target?: SeverityTarget;
  /** Share of the target at which a clock turns to warning, in (0, 1]. */
  readonly warningShare?: number;
}

const MS_PER_MINUTE = 60_000;

interface Interval {
  readonly start: number;
  readonly end: number;
}

let defaultCalendar: BusinessCalendar | undefined;
function calendarOrDefault(calendar: BusinessCalendar | undefined): BusinessCalendar {
  if (calendar !== undefined) return calendar;
  defaultCalendar ??= createBusinessCalendar();
  return defaultCalendar;
}

/** Severity of each state when several are summarised into one (higher is worse). */
const STATE_RANK: Readonly<Record<SlaState, number>> = { met: 0, onTrack: 1, paused: 2, warning: 3, breached: 4 };

/**
 * One state for several clocks: breached if any is, then warning, then paused, then on track;
 * `met` only when all are met. An empty list is `met`.
 */
export function worstSlaState(states: readonly SlaState[]): SlaState {
  return states.reduce<SlaState>((worst, s) => (STATE_RANK[s] > STATE_RANK[worst] ? s : worst), 'met');
}

/** The targets that apply: explicit ones, else the service's SLA for the severity, else the defaults. */
export function complaintSlaTarget(
  complaint: Pick<Complaint, 'severity'>,
  options: Pick<ComplaintSlaOptions, 'service' | 'target'> = {},
): SeverityTarget {
  const target = options.target ?? slaTargetFor(options.service, complaint.severity);
  for (const hours of [target.acknowledgeHours, target.resolveHours]) {
    if (!Number.isFinite(hours) || hours <= 0) {
      throw new DomainError('SLA.INVALID_TARGET', { hours: String(hours) });
    }
  }
  return target;
}

/** Merged, sorted pause intervals as of `asOf` (an open pause, or one ending later, runs to +∞). */
function pauseIntervals(complaint: Complaint, calendar: BusinessCalendar, asOf: number): Interval[] {
  const raw = complaint.pauses
    .map((p) => {
      const start = calendar.toEpochMs(p.from);
      const to = p.to === undefined ? Number.POSITIVE_INFINITY : calendar.toEpochMs(p.to);
      return { start, end: to > asOf ? Number.POSITIVE_INFINITY : to };
    })
    .filter((p) => p.start <= asOf && p.end > p.start)
    .sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const p of raw) {
    const last = merged[merged.length - 1];
    if (last !== undefined && p.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, p.end) };
    } else {
      merged.push(p);
    }
  }
  return merged;
}

/** `intervals` minus `holes` (both sorted, disjoint). */
function subtract(intervals: readonly Interval[], holes: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const interval of intervals) {
    let cursor = interval.start;
    for (const hole of holes) {
      if (hole.end <= cursor || hole.start >= interval.end) continue;
      if (hole.start > cursor) out.push({ start: cursor, end: hole.start });
      cursor = Math.max(cursor, hole.end);
      if (cursor >= interval.end) break;
    }
    if (cursor < interval.end) out.push({ start: cursor, end: interval.end });
  }
  return out;
}

/** History entries up to `asOf`, in time order (stable for equal instants). */
function historyAsOf(complaint: Complaint, calendar: BusinessCalendar, asOf: number) {
  return complaint.history
    .map((entry, index) => ({ entry, at: calendar.toEpochMs(entry.at), index }))
    .filter((h) => h.at <= asOf)
    .sort((a, b) => a.at - b.at || a.index - b.index);
}

/** When the complaint was acknowledged (first attended), if it was by `asOf`. */
function acknowledgementStop(complaint: Complaint, calendar: BusinessCalendar, asOf: number): number | undefined {
  const fromHistory = historyAsOf(complaint, calendar, asOf).find((h) => h.entry.to === 'inProgress')?.at;
  const candidates = [
    complaint.acknowledgedAt === undefined ? undefined : calendar.toEpochMs(complaint.acknowledgedAt),
    fromHistory,
  ].filter((ms): ms is number => ms !== undefined && ms <= asOf);
  return candidates.length === 0 ? undefined : Math.min(...candidates);
}

const STOPPED_STATUSES: readonly ComplaintStatus[] = ['resolved', 'closed'];

/**
 * The spans during which the resolution clock runs, as of `asOf`: from receipt to the first
 * resolution, then from each reopening to the next resolution. `stop` is set when it is
 * resolved or closed as of `asOf`.
 */
function resolutionRuns(
  complaint: Complaint,
  calendar: BusinessCalendar,
  received: number,
  asOf: number,
): { runs: Interval[]; stop?: number } {
  const runs: Interval[] = [];
  let runningSince: number | undefined = received;
  let lastStop: number | undefined;
  for (const { entry, at } of historyAsOf(complaint, calendar, asOf)) {
    if (STOPPED_STATUSES.includes(entry.to) && runningSince !== undefined) {
      runs.push({ start: runningSince, end: Math.max(runningSince, at) });
      runningSince = undefined;
      lastStop = at;
    } else if (!STOPPED_STATUSES.includes(entry.to) && runningSince === undefined) {
      runningSince = Math.max(at, received);
    }
  }
  if (runningSince === undefined) return { runs, stop: lastStop };
  // A record imported as resolved/closed without the matching history entry: trust its fields.
  const recordedStop = complaint.resolvedAt ?? complaint.closedAt;
  if (STOPPED_STATUSES.includes(complaint.status) && recordedStop !== undefined) {
    const stop = calendar.toEpochMs(recordedStop);
    if (stop <= asOf) {
      runs.push({ start: runningSince, end: Math.max(runningSince, stop) });
      return { runs, stop };
    }
  }
  runs.push({ start: runningSince, end: asOf });
  return { runs };
}

function clock(
  kind: SlaClockKind,
  calendar: BusinessCalendar,
  runs: readonly Interval[],
  stop: number | undefined,
  pauses: readonly Interval[],
  asOf: number,
  targetHours: number,
  warningShare: number,
): SlaClock {
  const end = stop ?? asOf;
  const segments = subtract(
    runs.map((r) => ({ start: r.start, end: Math.min(r.end, end) })).filter((r) => r.end > r.start),
    pauses,
  );
  const elapsedMs = segments.reduce((sum, s) => sum + calendar.businessMsBetween(s.start, s.end), 0);
  const elapsedMinutes = Math.floor(elapsedMs / MS_PER_MINUTE);
  const targetMinutes = Math.round(targetHours * 60);
  const warningMinutes = Math.max(1, Math.ceil(targetMinutes * warningShare - 1e-9));
  const breached = elapsedMinutes > targetMinutes;
  const warning = elapsedMinutes >= warningMinutes;
  const stopped = stop !== undefined;
  const paused = !stopped && pauses.some((p) => p.start <= asOf && asOf < p.end);

  /** Where `minutes` of business time are reached: in the segments, else after `end` unless paused. */
  const reachedAt = (minutes: number): IsoDateTime | undefined => {
    const wanted = minutes * MS_PER_MINUTE;
    let used = 0;
    for (const s of segments) {
      const available = calendar.businessMsBetween(s.start, s.end);
      if (used + available >= wanted) return calendar.formatInstant(calendar.addBusinessMs(s.start, wanted - used));
      used += available;
    }
    return paused ? undefined : calendar.formatInstant(calendar.addBusinessMs(end, wanted - used));
  };

  let state: SlaState;
  if (stopped) state = breached ? 'breached' : 'met';
  else if (breached) state = 'breached';
  else if (paused) state = 'paused';
  else if (warning) state = 'warning';
  else state = 'onTrack';

  const dueAt = reachedAt(targetMinutes);
  const warningAt = reachedAt(warningMinutes);
  return {
    kind,
    state,
    targetMinutes,
    warningMinutes,
    elapsedMinutes,
    remainingMinutes: Math.max(0, targetMinutes - elapsedMinutes),
    overdueMinutes: Math.max(0, elapsedMinutes - targetMinutes),
    share: elapsedMinutes / targetMinutes,
    warning,
    breached,
    stopped,
    paused,
    ...(stop === undefined ? {} : { stoppedAt: calendar.formatInstant(stop) }),
    ...(dueAt === undefined ? {} : { dueAt }),
    ...(warningAt === undefined ? {} : { warningAt }),
  };
}

/**
 * Both SLA clocks of `complaint` as of `options.now`. Throws SLA.INVALID_WARNING_SHARE,
 * SLA.INVALID_TARGET, or CALENDAR.INVALID_INSTANT for a malformed instant.
 */
export function computeComplaintSla(complaint: Complaint, options: ComplaintSlaOptions): ComplaintSla {
  const warningShare = options.warningShare ?? DEFAULT_WARNING_SHARE;
  if (!Number.isFinite(warningShare) || warningShare <= 0 || warningShare > 1) {
    throw new DomainError('SLA.INVALID_WARNING_SHARE', { value: String(warningShare) });
  }
  const calendar = calendarOrDefault(options.calendar);
  const target = complaintSlaTarget(complaint, options);
  const asOf = calendar.toEpochMs(options.now);
  const received = calendar.toEpochMs(complaint.receivedAt);
  const pauses = pauseIntervals(complaint, calendar, asOf);

  const ackStop = acknowledgementStop(complaint, calendar, asOf);
  const ackRuns = [{ start: received, end: Math.max(received, ackStop ?? asOf) }];
  const acknowledgement = clock(
    'acknowledgement',
    calendar,
    ackRuns,
    ackStop === undefined ? undefined : Math.max(received, ackStop),
    pauses,
    asOf,
    target.acknowledgeHours,
    warningShare,
  );
  const { runs, stop } = resolutionRuns(complaint, calendar, received, asOf);
  const resolution = clock(
    'resolution',
    calendar,
    runs,
    stop === undefined ? undefined : Math.max(received, stop),
    pauses,
    asOf,
    target.resolveHours,
    warningShare,
  );
  return { target, acknowledgement, resolution, state: worstSlaState([acknowledgement.state, resolution.state]) };
}

/** The one state shown in lists for a complaint (the worse of its two clocks). */
export function complaintSlaState(complaint: Complaint, options: ComplaintSlaOptions): SlaState {
  return computeComplaintSla(complaint, options).state;
}

/** True when `value` is one of the SLA states. */
export function isSlaState(value: unknown): value is SlaState {
  return typeof value === 'string' && (SLA_STATES as readonly string[]).includes(value);
}
