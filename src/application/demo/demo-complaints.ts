/**
 * Seed step 4 in the demo (PR-SGI-016): a year of complaints in every status and severity, some
 * handled within their SLA and some late. Every complaint is built by replaying the lifecycle's
 * own commands (register, route, attend, pause/resume, resolve, close, reopen), so its history is
 * legal by construction and each step is checked by complaint-lifecycle.ts.
 */
import {
  applyComplaintCommand,
  registerComplaint,
  type Actor,
  type ComplaintCommand,
} from '../../domain/complaint/complaint-lifecycle';
import type { Complaint, ComplaintChannel, ComplaintStatus } from '../../domain/complaint/complaint.entity';
import { slaTargetFor, type Service, type Severity } from '../../domain/service/service.entity';
import type { IsoDate, IsoDateTime } from '../../domain/shared/primitives';
import {
  SERVICE_CATALOG,
  serviceLabel,
  type ClientMood,
  type ComplaintScenario,
  type ServiceCode,
} from './demo-catalog';
import {
  contactsOn,
  formatDateMx,
  isClientActiveOn,
  servicesOn,
  type DemoClient,
  type DemoContext,
} from './demo-context';
import { extraordinaryMeeting, type MeetingDraft } from './demo-meetings';
import { PAUSE_REASONS, REOPEN_NOTES } from './demo-texts';
import type { Random } from './seeded-random';

type PlanChannel = Extract<ComplaintChannel, 'meeting' | 'email' | 'phone' | 'portal'>;

/** One complaint to generate: where it ends, how bad it was, and how it went against its SLA. */
interface ComplaintPlan {
  readonly status: ComplaintStatus;
  readonly severity: Severity;
  /** Whether the resolution (and usually the acknowledgement) met the service's targets. */
  readonly sla: 'within' | 'breached';
  readonly channel: PlanChannel;
  /** Received at least this many business days before today. */
  readonly age: number;
  readonly variant?: 'pause' | 'openPause' | 'unconfirmed' | 'reopenFromClosed' | 'reopenedThenClosed';
}

/** The complaint log of the demo year: every status, every severity, both SLA outcomes. */
const COMPLAINT_PLAN: readonly ComplaintPlan[] = [
  // Closed over the year
  { status: 'closed', severity: 'critical', sla: 'within', channel: 'meeting', age: 205 },
  { status: 'closed', severity: 'high', sla: 'within', channel: 'email', age: 190 },
  { status: 'closed', severity: 'medium', sla: 'within', channel: 'phone', age: 176 },
  { status: 'closed', severity: 'low', sla: 'within', channel: 'portal', age: 162 },
  { status: 'closed', severity: 'high', sla: 'breached', channel: 'email', age: 150, variant: 'pause' },
  { status: 'closed', severity: 'medium', sla: 'within', channel: 'meeting', age: 138 },
  { status: 'closed', severity: 'medium', sla: 'breached', channel: 'email', age: 121 },
  { status: 'closed', severity: 'low', sla: 'within', channel: 'email', age: 109 },
  { status: 'closed', severity: 'critical', sla: 'breached', channel: 'phone', age: 96 },
  { status: 'closed', severity: 'high', sla: 'within', channel: 'meeting', age: 82 },
  { status: 'closed', severity: 'medium', sla: 'within', channel: 'email', age: 70, variant: 'unconfirmed' },
  { status: 'closed', severity: 'low', sla: 'within', channel: 'portal', age: 58 },
  { status: 'closed', severity: 'medium', sla: 'within', channel: 'phone', age: 46, variant: 'reopenedThenClosed' },
  { status: 'closed', severity: 'low', sla: 'breached', channel: 'meeting', age: 40 },
  { status: 'closed', severity: 'high', sla: 'within', channel: 'email', age: 36, variant: 'pause' },
  // Resolved, awaiting the client's confirmation
  { status: 'resolved', severity: 'low', sla: 'breached', channel: 'email', age: 24 },
  { status: 'resolved', severity: 'medium', sla: 'within', channel: 'meeting', age: 12 },
  { status: 'resolved', severity: 'high', sla: 'within', channel: 'email', age: 9 },
  { status: 'resolved', severity: 'critical', sla: 'within', channel: 'phone', age: 4 },
  // In progress with the delivery lead
  { status: 'inProgress', severity: 'high', sla: 'breached', channel: 'email', age: 8 },
  { status: 'inProgress', severity: 'low', sla: 'within', channel: 'portal', age: 6, variant: 'openPause' },
  { status: 'inProgress', severity: 'low', sla: 'within', channel: 'email', age: 5 },
  { status: 'inProgress', severity: 'medium', sla: 'within', channel: 'phone', age: 3 },
  { status: 'inProgress', severity: 'medium', sla: 'within', channel: 'email', age: 2 },
  // Routed to the delivery lead, not attended yet
  { status: 'routed', severity: 'high', sla: 'breached', channel: 'phone', age: 3 },
  { status: 'routed', severity: 'low', sla: 'within', channel: 'email', age: 2 },
  { status: 'routed', severity: 'medium', sla: 'within', channel: 'portal', age: 1 },
  // Just registered by Comercial
  { status: 'registered', severity: 'low', sla: 'within', channel: 'email', age: 1 },
  { status: 'registered', severity: 'medium', sla: 'within', channel: 'email', age: 1 },
  { status: 'registered', severity: 'high', sla: 'within', channel: 'phone', age: 1 },
  // Reopened: the client did not accept the solution
  { status: 'reopened', severity: 'medium', sla: 'within', channel: 'portal', age: 52, variant: 'reopenFromClosed' },
  { status: 'reopened', severity: 'high', sla: 'within', channel: 'email', age: 28 },
  { status: 'reopened', severity: 'critical', sla: 'within', channel: 'phone', age: 15 },
];

const MOOD_WEIGHT: Readonly<Record<ClientMood, number>> = { happy: 1, neutral: 2, unhappy: 4 };
const BUSINESS_DAY_MINUTES = 9 * 60;

/** Random shares drawn once per complaint, so re-timing it does not consume more draws. */
interface Draws {
  readonly registerShare: number;
  readonly routeShare: number;
  readonly attendShare: number;
  readonly ackLate: boolean;
  readonly pauseStartShare: number;
  readonly pauseLengthShare: number;
  readonly resolveShare: number;
  readonly closeDays: number;
  readonly reopenDays: number;
  readonly secondAttendMinutes: number;
  readonly secondResolveShare: number;
  readonly secondCloseDays: number;
  /** For a complaint still reopened: business days ago it was reopened (recently). */
  readonly reopenedDaysAgo: number;
  readonly minuteOfDay: number;
}

function drawFor(plan: ComplaintPlan, rng: Random): Draws {
  const share = (min: number, max: number): number => rng.between(Math.round(min * 100), Math.round(max * 100)) / 100;
  const breached = plan.sla === 'breached';
  return {
    registerShare: share(0.02, 0.1),
    routeShare: share(0.1, 0.25),
    ackLate: breached && rng.chance(0.5),
    attendShare: share(0.1, 0.4),
    pauseStartShare: share(0.1, 0.2),
    pauseLengthShare: share(0.2, 0.5),
    resolveShare: breached
      ? share(1.2, 1.8)
      : plan.variant === 'reopenedThenClosed'
        ? share(0.25, 0.45)
        : share(0.35, 0.8),
    closeDays: rng.between(1, 4),
    reopenDays: plan.variant === 'reopenFromClosed' ? rng.between(2, 8) : rng.between(1, 3),
    secondAttendMinutes: rng.between(30, 120),
    secondResolveShare: share(0.1, 0.3),
    secondCloseDays: rng.between(1, 2),
    reopenedDaysAgo: rng.between(1, 3),
    // Complaints that are still waiting for routing or attention arrived late on the last days.
    minuteOfDay: plan.status === 'registered' || plan.status === 'routed' ? rng.between(400, 500) : rng.between(0, 450),
  };
}

type TimedStep = { readonly at: IsoDateTime; readonly command: ComplaintCommand | { readonly type: 'register' } };

/**
 * The instants of every step, in business minutes from reception: registration and routing
 * early in the acknowledgement target, attention within it (or after it when late), an optional
 * pause while waiting on the client, resolution at a share of the resolution target (plus the
 * pause, which the clock does not count), closure some business days later, then a reopening.
 */
function timeline(
  plan: ComplaintPlan,
  received: IsoDateTime,
  service: Service,
  d: Draws,
  ctx: DemoContext,
): TimedStep[] {
  const { clock } = ctx;
  const target = slaTargetFor(service, plan.severity);
  const ack = target.acknowledgeHours * 60;
  const res = target.resolveHours * 60;
  const at = (minutes: number): IsoDateTime => clock.plusBusinessMinutes(received, minutes);
  const later = (from: IsoDateTime, minutes: number): IsoDateTime => clock.plusBusinessMinutes(from, minutes);

  const registerOff = Math.max(2, Math.round(ack * d.registerShare));
  const routeOff = registerOff + Math.max(3, Math.round(ack * d.routeShare));
  const attendOff = d.ackLate
    ? Math.max(routeOff + 3, Math.round(ack * (1.3 + d.attendShare * 2)))
    : routeOff + Math.max(3, Math.round(ack * d.attendShare));
  const paused = plan.variant === 'pause' || plan.variant === 'openPause';
  const pauseOff = attendOff + Math.max(15, Math.round(res * d.pauseStartShare));
  const pauseLength = Math.max(60, Math.round(res * d.pauseLengthShare));
  const resolveOff = Math.max((paused ? pauseOff : attendOff) + 10, Math.round(res * d.resolveShare));

  const steps: TimedStep[] = [{ at: at(registerOff), command: { type: 'register' } }];
  const reached = (status: ComplaintStatus): boolean => {
    const order: readonly ComplaintStatus[] = ['registered', 'routed', 'inProgress', 'resolved', 'closed'];
    if (plan.status === 'reopened') return status !== 'closed' || plan.variant === 'reopenFromClosed';
    if (plan.variant === 'reopenedThenClosed') return true;
    return order.indexOf(status) <= order.indexOf(plan.status);
  };
  if (reached('routed')) steps.push({ at: at(routeOff), command: { type: 'route', note: ROUTE_NOTE } });
  if (reached('inProgress')) steps.push({ at: at(attendOff), command: { type: 'attend' } });
  if (paused && reached('inProgress')) {
    steps.push({ at: at(pauseOff), command: { type: 'pause', reason: '' } });
    if (plan.variant === 'pause') steps.push({ at: at(pauseOff + pauseLength), command: { type: 'resume' } });
  }
  if (!reached('resolved') || plan.variant === 'openPause') return steps;
  const resolvedAt = at(resolveOff + (plan.variant === 'pause' ? pauseLength : 0));
  steps.push({ at: resolvedAt, command: { type: 'resolve', resolution: '' } });
  let lastAt = resolvedAt;
  if (reached('closed')) {
    lastAt = later(resolvedAt, d.closeDays * BUSINESS_DAY_MINUTES);
    steps.push({ at: lastAt, command: { type: 'close' } });
  }
  if (plan.status === 'reopened' || plan.variant === 'reopenedThenClosed') {
    const soonest = later(lastAt, d.reopenDays * BUSINESS_DAY_MINUTES);
    // A complaint that is still reopened was reopened in the last days, not left waiting.
    const recent = clock.at(clock.businessDaysBefore(clock.today, d.reopenedDaysAgo), '10:30');
    lastAt = plan.status === 'reopened' && Date.parse(recent) > Date.parse(soonest) ? recent : soonest;
    steps.push({ at: lastAt, command: { type: 'reopen', note: '' } });
  }
  if (plan.variant === 'reopenedThenClosed') {
    const attendAgain = later(lastAt, d.secondAttendMinutes);
    const resolveAgain = later(attendAgain, Math.max(30, Math.round(res * d.secondResolveShare)));
    steps.push(
      { at: attendAgain, command: { type: 'attend' } },
      { at: resolveAgain, command: { type: 'resolve', resolution: '' } },
      { at: later(resolveAgain, d.secondCloseDays * BUSINESS_DAY_MINUTES), command: { type: 'close' } },
    );
  }
  return steps;
}

const ROUTE_NOTE = 'Se canaliza al Líder de Entrega del Servicio para su atención conforme a PR-SGI-016.';

interface Placed {
  readonly plan: ComplaintPlan;
  readonly demo: DemoClient;
  readonly service: Service;
  readonly scenario: ComplaintScenario;
  readonly received: IsoDateTime;
  readonly steps: readonly TimedStep[];
  readonly meeting?: MeetingDraft;
  readonly reporter: { readonly email: string; readonly name: string; readonly role?: string };
}

function lastStepIsPast(steps: readonly TimedStep[], ctx: DemoContext): boolean {
  const last = steps[steps.length - 1];
  return last !== undefined && ctx.clock.isPast(last.at);
}

function weightedClient(candidates: readonly DemoClient[], used: ReadonlyMap<string, number>, rng: Random) {
  return rng.weighted<DemoClient>(
    candidates.map((demo) => [demo, MOOD_WEIGHT[demo.row.mood] / (1 + (used.get(demo.client.code) ?? 0))]),
  );
}

function scenarioFor(demo: DemoClient, service: Service, usedTitles: Set<string>, rng: Random): ComplaintScenario {
  const scenarios = SERVICE_CATALOG[service.code as ServiceCode].scenarios;
  const fresh = scenarios.filter((s) => !usedTitles.has(`${demo.client.code}|${s.title}`));
  const scenario = rng.pick(fresh.length > 0 ? fresh : scenarios);
  usedTitles.add(`${demo.client.code}|${scenario.title}`);
  return scenario;
}

/** Places a plan on a client (and a meeting, for complaints raised in one) at a time that fits. */
function place(
  plan: ComplaintPlan,
  demos: readonly DemoClient[],
  drafts: readonly MeetingDraft[],
  used: Map<string, number>,
  usedTitles: Set<string>,
  ctx: DemoContext,
  rng: Random,
): Placed {
  const { clock } = ctx;
  const draws = drawFor(plan, rng);
  const finish = (
    demo: DemoClient,
    service: Service,
    received: IsoDateTime,
    steps: readonly TimedStep[],
    meeting?: MeetingDraft,
  ): Placed => {
    const contacts = contactsOn(demo, clock.dateOf(received));
    const reporter = contacts.length === 0 ? undefined : rng.pick(contacts);
    used.set(demo.client.code, (used.get(demo.client.code) ?? 0) + 1);
    return {
      plan,
      demo,
      service,
      scenario: scenarioFor(demo, service, usedTitles, rng),
      received,
      steps,
      ...(meeting === undefined ? {} : { meeting }),
      reporter:
        reporter === undefined
          ? { email: demo.client.accountOwner, name: 'Comercial' }
          : {
              email: reporter.email,
              name: reporter.name,
              ...(reporter.role === undefined ? {} : { role: reporter.role }),
            },
    };
  };

  if (plan.channel === 'meeting') {
    const newest = clock.businessDaysBefore(clock.today, plan.age);
    const oldest = clock.businessDaysBefore(clock.today, plan.age + 40);
    const candidates = drafts.filter(
      (m) =>
        m.status === 'held' &&
        m.kind === 'periodic' &&
        m.complaints.length === 0 &&
        m.date <= newest &&
        m.date >= oldest &&
        servicesOn(m.demo, m.date).length > 0,
    );
    const clients = [...new Set(candidates.map((m) => m.demo))];
    if (clients.length > 0) {
      const demo = weightedClient(clients, used, rng);
      const meetings = candidates.filter((m) => m.demo === demo).sort((a, b) => b.date.localeCompare(a.date));
      for (const meeting of meetings) {
        const service = rng.pick(servicesOn(demo, meeting.date));
        const steps = timeline(plan, meeting.end, service, draws, ctx);
        if (lastStepIsPast(steps, ctx)) return finish(demo, service, meeting.end, steps, meeting);
      }
    }
  }

  // Other channels (or no meeting fits): a client active around the date, moved back in time
  // one business day at a time until every step of the plan lies before today.
  const firstDate = clock.businessDaysBefore(clock.today, plan.age);
  const eligible = demos.filter(
    (demo) =>
      isClientActiveOn(demo.client, clock.addDays(firstDate, -20)) &&
      isClientActiveOn(demo.client, clock.addDays(firstDate, 30)) &&
      servicesOn(demo, clock.addDays(firstDate, -20)).length > 0,
  );
  const demo = weightedClient(eligible, used, rng);
  const service = rng.pick(servicesOn(demo, clock.addDays(firstDate, -20)));
  const minute = draws.minuteOfDay;
  const time = `${String(9 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  for (let age = plan.age; age < plan.age + 400; age += 1) {
    const received = clock.at(clock.businessDaysBefore(clock.today, age), time);
    const steps = timeline(plan, received, service, draws, ctx);
    if (lastStepIsPast(steps, ctx)) return finish(demo, service, received, steps);
  }
  throw new Error(`demo: no time fits complaint plan ${plan.status}/${plan.severity}`);
}

const CHANNEL_TEXT: Readonly<Record<PlanChannel, string>> = {
  meeting: 'la reunión de revisión',
  email: 'un correo electrónico del cliente',
  phone: 'una llamada del cliente',
  portal: 'el portal de servicio',
};

function descriptionOf(placed: Placed, ctx: DemoContext): string {
  const { reporter, scenario, plan } = placed;
  const who = reporter.role === undefined ? reporter.name : `${reporter.name} (${reporter.role})`;
  const date = formatDateMx(ctx.clock.dateOf(placed.received));
  const origin: Readonly<Record<PlanChannel, string>> = {
    meeting: `Reportado por ${who} durante la reunión de revisión del ${date}.`,
    email: `Reportado por ${who} por correo electrónico el ${date}.`,
    phone: `Reportado por ${who} por teléfono el ${date}.`,
    portal: `Registrado por ${who} en el portal de servicio el ${date}.`,
  };
  return `${scenario.description} ${origin[plan.channel]}`;
}

/** Replays the timed steps through the lifecycle's commands, with the texts of the scenario. */
function replay(placed: Placed, key: string, folio: string, ctx: DemoContext, rng: Random): Complaint {
  const { demo, scenario, plan, service } = placed;
  const comercial: Actor = { email: demo.client.accountOwner, role: 'comercial' };
  const lead: Actor = { email: demo.client.deliveryLead, role: 'deliveryLead' };
  const domain = demo.client.emailDomains[0] ?? 'cliente.com.mx';
  let complaint: Complaint | undefined;
  let resolutions = 0;
  for (const step of placed.steps) {
    const command = step.command;
    if (command.type === 'register') {
      complaint = registerComplaint(
        {
          key,
          folio,
          clientCode: demo.client.code,
          serviceCode: service.code,
          title: scenario.title,
          description: descriptionOf(placed, ctx),
          severity: plan.severity,
          channel: plan.channel,
          receivedAt: placed.received,
          reportedBy: placed.reporter.email,
          ...(placed.meeting === undefined ? {} : { meetingKey: placed.meeting.key }),
          ...(plan.channel === 'email' ? { sourceMessageId: `<${rng.hex(16)}.${rng.hex(8)}@mail.${domain}>` } : {}),
          note: `Registrada por Comercial a partir de ${CHANNEL_TEXT[plan.channel]}.`,
        },
        comercial,
        step.at,
      );
      continue;
    }
    if (complaint === undefined) throw new Error('demo: a complaint step before its registration');
    let filled: ComplaintCommand;
    let actor = lead;
    switch (command.type) {
      case 'route':
        filled = { type: 'route', assignedTo: demo.client.deliveryLead, note: ROUTE_NOTE };
        actor = comercial;
        break;
      case 'attend':
        filled = {
          type: 'attend',
          note:
            complaint.status === 'reopened'
              ? 'Se retoma la atención con el equipo técnico.'
              : `Se asignó al equipo de ${serviceLabel(service)} para su atención.`,
        };
        break;
      case 'pause':
        filled = { type: 'pause', reason: rng.pick(PAUSE_REASONS) };
        break;
      case 'resolve':
        resolutions += 1;
        filled = {
          type: 'resolve',
          resolution:
            resolutions === 1
              ? scenario.resolution
              : `Se aplicó una corrección adicional y se verificó con el cliente. ${scenario.resolution}`,
          rootCauseCategory: scenario.rootCauseCategory,
          rootCause: scenario.rootCause,
          correctiveAction: scenario.correctiveAction,
        };
        break;
      case 'close':
        filled =
          plan.variant === 'unconfirmed'
            ? {
                type: 'close',
                closureReason:
                  'Sin respuesta del cliente después de tres recordatorios; se cierra conforme a PR-SGI-016.',
                note: 'Cierre sin confirmación del cliente.',
              }
            : { type: 'close', clientConfirmed: true, note: 'El cliente confirmó la solución por correo electrónico.' };
        break;
      case 'reopen':
        filled = { type: 'reopen', note: rng.pick(REOPEN_NOTES) };
        break;
      default:
        filled = command;
    }
    complaint = applyComplaintCommand(complaint, filled, actor, step.at);
  }
  if (complaint === undefined || complaint.status !== plan.status) {
    throw new Error(`demo: complaint ${key} ended ${complaint?.status ?? 'unregistered'}, planned ${plan.status}`);
  }
  return complaint;
}

export interface ComplaintRecords {
  /** In key order (= order of reception). */
  readonly complaints: Complaint[];
  /** Extraordinary meetings that followed up critical complaints. */
  readonly extraordinary: MeetingDraft[];
}

/**
 * The complaint log: plans placed on clients (weighted towards unhappy ones) and, for complaints
 * raised in a meeting, attached to that meeting's draft. Keys and folios follow reception order.
 */
export function buildComplaints(
  demos: readonly DemoClient[],
  drafts: readonly MeetingDraft[],
  ctx: DemoContext,
): ComplaintRecords {
  const rng = ctx.rng.fork('complaints');
  const used = new Map<string, number>();
  const usedTitles = new Set<string>();
  const placed = COMPLAINT_PLAN.map((plan) => place(plan, demos, drafts, used, usedTitles, ctx, rng)).sort(
    (a, b) => Date.parse(a.received) - Date.parse(b.received),
  );
  const perYear = new Map<string, number>();
  const complaints: Complaint[] = [];
  const extraordinary: MeetingDraft[] = [];
  for (const item of placed) {
    const year = ctx.clock.dateOf(item.received).slice(0, 4);
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    const complaint = replay(item, ctx.keys.next('complaint'), `Q-${year}-${String(n).padStart(4, '0')}`, ctx, rng);
    complaints.push(complaint);
    item.meeting?.complaints.push(complaint);
    if (complaint.severity === 'critical' && complaint.status === 'closed' && complaint.resolvedAt !== undefined) {
      const date: IsoDate = ctx.clock.businessDaysAfter(ctx.clock.dateOf(complaint.resolvedAt), 2);
      if (date < ctx.clock.today) extraordinary.push(extraordinaryMeeting(item.demo, date, complaint, ctx, rng));
    }
  }
  return { complaints, extraordinary };
}
