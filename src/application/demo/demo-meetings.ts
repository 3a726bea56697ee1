/**
 * Seed steps 1–3 in the demo: one year of periodic review meetings per client according to its
 * cadence (a few cancelled and rescheduled, upcoming ones scheduled), then — once complaints are
 * attached — their agendas, minutes, agreements and the recorded answer to "¿Existe alguna queja
 * o desviación?". Each client lands in the cadence state its catalog row asks for.
 */
import { cadenceIntervalMonths } from '../../domain/client/client.entity';
import type { Complaint } from '../../domain/complaint/complaint.entity';
import { parseDecision, type Decision } from '../../domain/decision/decision.entity';
import { parseAgreement, type Agreement } from '../../domain/meeting/agreement.entity';
import { parseMeeting, type Attendee, type Meeting, type MeetingKind } from '../../domain/meeting/meeting.entity';
import type { IsoDate, IsoDateTime } from '../../domain/shared/primitives';
import { providerPersonName, serviceLabel, type CadenceProfile } from './demo-catalog';
import {
  clampDate,
  contactsOn,
  formatDateMx,
  isClientActiveOn,
  servicesOn,
  type DemoClient,
  type DemoContext,
} from './demo-context';
import { AGREEMENT_TEMPLATES, CADENCE_LABEL, fill, MEETING_TOPICS, meetingAgenda } from './demo-texts';
import type { Random } from './seeded-random';

/** A meeting before its texts are written; complaints raised in it are attached later. */
export interface MeetingDraft {
  key: string;
  readonly demo: DemoClient;
  readonly date: IsoDate;
  readonly start: IsoDateTime;
  readonly end: IsoDateTime;
  readonly kind: MeetingKind;
  readonly status: Meeting['status'];
  readonly attendees: readonly Attendee[];
  readonly seriesKey?: string;
  /** Complaints registered from this meeting (seed step 3: "Sí"). */
  readonly complaints: Complaint[];
  /** For an extraordinary meeting: the complaint it follows up. */
  readonly followsUp?: Complaint;
}

const START_TIMES = ['09:30', '10:00', '11:00', '12:00', '13:00', '16:00', '17:00'];

/** Whether `daysUntilDue` fits the cadence state the client must show on `today`. */
const PROFILE_FITS: Readonly<Record<Exclude<CadenceProfile, 'neverMet'>, (daysUntilDue: number) => boolean>> = {
  ok: (days) => days >= 9,
  dueSoon: (days) => days >= 1 && days <= 6,
  overdue: (days) => days <= -8,
  inactive: () => true,
};

/**
 * The last periodic review held, chosen so the client shows its profile on `today`: a target due
 * date is drawn, and the nearest business day whose due date still fits is taken.
 */
function lastHeldOn(demo: DemoClient, ctx: DemoContext, rng: Random): IsoDate | undefined {
  const { clock } = ctx;
  const { profile } = demo.row;
  if (profile === 'neverMet') return undefined;
  const months = cadenceIntervalMonths(demo.client.cadence);
  const intervalDays = Math.round(months * 30.4);
  let target: IsoDate;
  if (profile === 'inactive') {
    target = clock.addMonths(clock.addDays(demo.client.validTo ?? clock.today, -rng.between(5, 25)), months);
  } else if (profile === 'dueSoon') {
    target = clock.addDays(clock.today, rng.between(2, 5));
  } else if (profile === 'overdue') {
    target = clock.addDays(clock.today, -rng.between(12, 35));
  } else {
    target = clock.addDays(clock.today, rng.between(12, Math.max(13, intervalDays - 4)));
  }
  const fits = PROFILE_FITS[profile];
  const anchor = clock.addMonths(target, -months);
  for (let offset = 0; offset < 40; offset += 1) {
    for (const candidate of [clock.addDays(anchor, -offset), clock.addDays(anchor, offset)]) {
      if (!clock.isBusinessDay(candidate) || candidate >= clock.today || candidate < demo.client.validFrom) continue;
      if (fits(clock.daysBetween(clock.today, clock.addMonths(candidate, months)))) return candidate;
    }
  }
  throw new Error(`demo: no last meeting date fits profile ${profile} for ${demo.client.code}`);
}

function attendeesFor(demo: DemoClient, date: IsoDate, withLead: boolean, rng: Random): Attendee[] {
  const owner = demo.client.accountOwner;
  const lead = demo.client.deliveryLead;
  const people = rng.sample(contactsOn(demo, date), rng.between(1, 3));
  return [
    { email: owner, name: providerPersonName(owner) ?? owner, organizer: true },
    ...(withLead ? [{ email: lead, name: providerPersonName(lead) ?? lead }] : []),
    ...people.map((c) => ({ email: c.email, name: c.name })),
  ];
}

interface SlotOptions {
  readonly kind: MeetingKind;
  readonly status: Meeting['status'];
  readonly seriesKey: string | undefined;
  readonly time?: string;
}

function draftAt(demo: DemoClient, date: IsoDate, options: SlotOptions, ctx: DemoContext, rng: Random): MeetingDraft {
  const time = options.time ?? rng.pick(START_TIMES);
  const start = ctx.clock.at(date, time);
  return {
    key: '',
    demo,
    date,
    start,
    end: ctx.clock.plusMinutes(start, rng.pick([60, 60, 90])),
    kind: options.kind,
    status: options.status,
    attendees: attendeesFor(demo, date, options.status === 'scheduled' || rng.chance(0.7), rng),
    ...(options.seriesKey === undefined ? {} : { seriesKey: options.seriesKey }),
    complaints: [],
  };
}

/** The periodic meetings of one client over the last year, plus what is scheduled ahead. */
function planClient(demo: DemoClient, ctx: DemoContext, rng: Random): MeetingDraft[] {
  const { clock } = ctx;
  const { client, row } = demo;
  const months = cadenceIntervalMonths(client.cadence);
  const seriesKey = rng.chance(0.6) ? ctx.keys.next('series') : undefined;
  const periodic = { kind: 'periodic' as const, seriesKey };
  const drafts: MeetingDraft[] = [];
  const last = lastHeldOn(demo, ctx, rng);
  const windowStart = clock.addMonths(clock.today, -12);

  if (last !== undefined) {
    drafts.push(draftAt(demo, last, { ...periodic, status: 'held' }, ctx, rng));
    for (let k = 1; ; k += 1) {
      const planned = clock.businessDayOnOrBefore(clock.addMonths(last, -k * months));
      if (planned < windowStart || planned < client.validFrom) break;
      if (rng.chance(0.06)) {
        // Cancelled by the client and held a day or two later.
        const time = rng.pick(START_TIMES);
        drafts.push(draftAt(demo, planned, { ...periodic, status: 'cancelled', time }, ctx, rng));
        const moved = clock.businessDaysAfter(planned, rng.between(1, 2));
        drafts.push(draftAt(demo, moved, { ...periodic, status: 'held', time }, ctx, rng));
      } else {
        drafts.push(draftAt(demo, planned, { ...periodic, status: 'held' }, ctx, rng));
      }
    }
  }

  const dueOn = clock.addMonths(last ?? client.validFrom, months);
  const upcoming = (date: IsoDate): void => {
    drafts.push(draftAt(demo, clock.businessDayOnOrAfter(date), { ...periodic, status: 'scheduled' }, ctx, rng));
  };
  if (row.profile === 'ok' || row.profile === 'dueSoon') {
    if (rng.chance(0.75)) upcoming(clampDate(clock.addDays(dueOn, -rng.between(0, 4)), clock.tomorrow, '9999-12-31'));
  } else if (row.profile === 'overdue') {
    // The review that came due was cancelled by the client; some were rescheduled late.
    if (rng.chance(0.6) && dueOn < clock.today) {
      drafts.push(draftAt(demo, clock.businessDayOnOrBefore(dueOn), { ...periodic, status: 'cancelled' }, ctx, rng));
    }
    if (rng.chance(0.4)) upcoming(clock.businessDaysAfter(clock.today, rng.between(3, 8)));
  } else if (row.profile === 'neverMet' && dueOn >= clock.tomorrow) {
    upcoming(clock.addDays(dueOn, -rng.between(0, 3)));
  }
  return drafts.filter((d) => d.status === 'scheduled' || isClientActiveOn(client, d.date));
}

/** Every client's meetings, keyed in order of client and start. */
export function planMeetings(demos: readonly DemoClient[], ctx: DemoContext): MeetingDraft[] {
  const rng = ctx.rng.fork('meetings');
  const drafts = demos.flatMap((demo) =>
    planClient(demo, ctx, rng).sort((a, b) => Date.parse(a.start) - Date.parse(b.start)),
  );
  for (const draft of drafts) draft.key = ctx.keys.next('meeting');
  return drafts;
}

/** An extraordinary meeting that follows up a complaint (its root cause and corrective action). */
export function extraordinaryMeeting(
  demo: DemoClient,
  date: IsoDate,
  complaint: Complaint,
  ctx: DemoContext,
  rng: Random,
): MeetingDraft {
  return {
    ...draftAt(demo, date, { kind: 'extraordinary', status: 'held', seriesKey: undefined, time: '10:00' }, ctx, rng),
    key: ctx.keys.next('meeting'),
    followsUp: complaint,
  };
}

// ---------------------------------------------------------------------------------------------
// Texts, agreements and the step-3 decision

function subjectOf(draft: MeetingDraft): string {
  const { row, client } = draft.demo;
  if (draft.kind === 'extraordinary') {
    return `Reunión extraordinaria — ${row.short}: seguimiento de la queja ${draft.followsUp?.folio ?? ''}`.trim();
  }
  return `Reunión de revisión ${CADENCE_LABEL[client.cadence]} — ${row.short}`;
}

function agendaOf(draft: MeetingDraft): string {
  if (draft.kind === 'extraordinary') {
    return [
      'Agenda de la reunión extraordinaria',
      `1. Análisis de causa raíz de la queja ${draft.followsUp?.folio ?? ''}`,
      '2. Acciones correctivas y preventivas',
      '3. Acuerdos y fechas compromiso',
    ].join('\n');
  }
  return meetingAgenda(
    draft.demo.client.cadence,
    servicesOn(draft.demo, draft.date).map((s) => s.name),
  );
}

function availabilityLine(draft: MeetingDraft, rng: Random): string {
  const mood = draft.demo.row.mood;
  return servicesOn(draft.demo, draft.date)
    .map((service) => {
      const target = service.sla?.availabilityPct ?? 99.5;
      const actual =
        mood === 'unhappy' && rng.chance(0.5)
          ? target - rng.between(5, 60) / 100
          : target + ((100 - target) * rng.between(20, 95)) / 100;
      return `${service.name}: disponibilidad de ${actual.toFixed(2)} % (meta ${target} %)`;
    })
    .join('; ');
}

function previousAgreementsLine(previous: readonly Agreement[], date: IsoDate): string {
  if (previous.length === 0) return 'no había acuerdos pendientes de la reunión anterior.';
  const done = previous.filter((a) => a.status === 'done' && a.closedOn !== undefined && a.closedOn <= date).length;
  return `de ${previous.length} acuerdo(s) de la reunión anterior, ${done} se cumplieron y ${previous.length - done} siguen en seguimiento.`;
}

function minutesOf(draft: MeetingDraft, previous: readonly Agreement[], agreements: number, rng: Random): string {
  const names = draft.attendees.map((a) => a.name ?? a.email).join(', ');
  const complaintLine =
    draft.complaints.length === 0
      ? 'No se reportaron quejas ni desviaciones en el servicio.'
      : draft.complaints
          .map(
            (c) =>
              `El cliente reportó «${c.title}». Se registró la queja ${c.folio ?? c.key} y se canalizó al Líder de Entrega del Servicio.`,
          )
          .join(' ');
  const lines =
    draft.kind === 'extraordinary'
      ? [
          `Minuta — ${subjectOf(draft)}`,
          `Fecha: ${formatDateMx(draft.date)}. Asistentes: ${names}.`,
          `1. Causa raíz: ${draft.followsUp?.rootCause ?? 'en análisis.'}`,
          `2. Acción correctiva: ${draft.followsUp?.correctiveAction ?? 'por definir.'}`,
          '3. No se identificaron quejas nuevas en la reunión.',
        ]
      : [
          `Minuta — ${subjectOf(draft)}`,
          `Fecha: ${formatDateMx(draft.date)}. Asistentes: ${names}.`,
          `1. Seguimiento de acuerdos: ${previousAgreementsLine(previous, draft.date)}`,
          `2. Niveles de servicio: ${availabilityLine(draft, rng)}.`,
          `3. Quejas o desviaciones: ${complaintLine}`,
          `4. Otros temas: ${rng.pick(MEETING_TOPICS)}`,
        ];
  lines.push(`Acuerdos registrados: ${agreements}.`);
  return lines.join('\n');
}

/**
 * The agreements taken in a held meeting. Most past-due ones were fulfilled; the last review of
 * a client that is now overdue left its agreements open (`keepOpen`), so they show as overdue.
 */
function agreementsOf(draft: MeetingDraft, keepOpen: boolean, ctx: DemoContext, rng: Random): Agreement[] {
  const { clock } = ctx;
  const { client } = draft.demo;
  const count =
    draft.kind === 'extraordinary'
      ? 2
      : rng.weighted<number>([
          [0, 2],
          [1, 4],
          [2, 3],
          [3, 1],
        ]);
  const services = servicesOn(draft.demo, draft.date);
  const contacts = contactsOn(draft.demo, draft.date);
  return rng.sample(AGREEMENT_TEMPLATES, count).map((template) => {
    const serviceName = services.length === 0 ? 'el servicio' : serviceLabel(rng.pick(services));
    const owner = rng.weighted<string>([
      [client.accountOwner, 4],
      [client.deliveryLead, 4],
      [contacts.length === 0 ? client.accountOwner : rng.pick(contacts).email, 2],
    ]);
    const dueOn = clock.businessDaysAfter(draft.date, rng.between(5, 25));
    let status: Agreement['status'] = 'open';
    let closedOn: IsoDate | undefined;
    if (dueOn < clock.today) {
      const roll = rng.next();
      if (!keepOpen && roll < 0.85) {
        status = 'done';
        closedOn = clampDate(clock.addDays(dueOn, rng.between(-6, 4)), draft.date, clock.yesterday);
      } else if (!keepOpen && roll < 0.93) {
        status = 'cancelled';
        closedOn = clampDate(clock.addDays(draft.date, rng.between(3, 15)), draft.date, clock.yesterday);
      }
    } else if (draft.date < clock.yesterday && rng.chance(0.3)) {
      status = 'done';
      closedOn = clampDate(clock.addDays(draft.date, rng.between(1, 10)), draft.date, clock.yesterday);
    }
    return parseAgreement({
      key: ctx.keys.next('agreement'),
      meetingKey: draft.key,
      clientCode: client.code,
      description: fill(template, serviceName),
      owner,
      dueOn,
      status,
      ...(closedOn === undefined ? {} : { closedOn }),
    });
  });
}

function complaintDecision(draft: MeetingDraft, meeting: Meeting, ctx: DemoContext): Decision {
  const raised = draft.complaints.length > 0;
  const reason = raised
    ? `El cliente reportó ${draft.complaints.map((c) => `«${c.title}» (${c.folio ?? c.key})`).join(' y ')}; se registró y se canalizó conforme a PR-SGI-016.`
    : draft.kind === 'extraordinary'
      ? `La reunión dio seguimiento a la queja ${draft.followsUp?.folio ?? ''}; no se identificaron quejas nuevas.`
      : 'No se identificaron quejas ni desviaciones en el servicio durante la reunión.';
  return parseDecision({
    key: ctx.keys.next('decision'),
    point: 'complaintRaised',
    clientCode: meeting.clientCode,
    answer: raised,
    decidedBy: draft.demo.client.accountOwner,
    role: 'comercial',
    decidedAt: meeting.end,
    reason,
    links: [
      { list: 'meeting', key: meeting.key },
      ...draft.complaints.map((c) => ({ list: 'complaint' as const, key: c.key })),
      ...(draft.followsUp === undefined ? [] : [{ list: 'complaint' as const, key: draft.followsUp.key }]),
    ],
  });
}

export interface MeetingRecords {
  readonly meetings: Meeting[];
  readonly agreements: Agreement[];
  readonly decisions: Decision[];
}

/** Writes the meetings (in key order) with their agreements and step-3 decisions. */
export function finalizeMeetings(drafts: readonly MeetingDraft[], ctx: DemoContext): MeetingRecords {
  const rng = ctx.rng.fork('meeting-texts');
  const records: MeetingRecords = { meetings: [], agreements: [], decisions: [] };
  const chronological = [...drafts].sort(
    (a, b) => a.demo.index - b.demo.index || Date.parse(a.start) - Date.parse(b.start) || a.key.localeCompare(b.key),
  );
  const lastHeld = new Map<string, string>();
  for (const draft of chronological) {
    if (draft.status === 'held' && draft.kind === 'periodic') lastHeld.set(draft.demo.client.code, draft.key);
  }
  const previousByClient = new Map<string, Agreement[]>();
  const byKey = new Map<string, Meeting>();
  for (const draft of chronological) {
    const held = draft.status === 'held';
    const keepOpen = draft.demo.row.profile === 'overdue' && lastHeld.get(draft.demo.client.code) === draft.key;
    const agreements = held ? agreementsOf(draft, keepOpen, ctx, rng) : [];
    const previous = previousByClient.get(draft.demo.client.code) ?? [];
    const meeting = parseMeeting({
      key: draft.key,
      clientCode: draft.demo.client.code,
      subject: subjectOf(draft),
      start: draft.start,
      end: draft.end,
      kind: draft.kind,
      status: draft.status,
      agenda: agendaOf(draft),
      ...(held ? { minutes: minutesOf(draft, previous, agreements.length, rng) } : {}),
      attendees: draft.attendees,
      ...(held ? { complaintRaised: draft.complaints.length > 0 } : {}),
      ...(draft.seriesKey === undefined ? {} : { seriesKey: draft.seriesKey }),
    });
    byKey.set(meeting.key, meeting);
    if (held) {
      records.agreements.push(...agreements);
      records.decisions.push(complaintDecision(draft, meeting, ctx));
      if (draft.kind === 'periodic') previousByClient.set(draft.demo.client.code, agreements);
    }
  }
  records.meetings.push(...drafts.map((d) => byKey.get(d.key) as Meeting).sort((a, b) => a.key.localeCompare(b.key)));
  return records;
}
