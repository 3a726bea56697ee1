/**
 * Seed step 2 "Identificar actividades a realizar": the agenda of a review meeting, built from
 * open agreements, open complaints, SLA compliance, the last survey and pending requests, and
 * rendered as plain text or as safe HTML for the Outlook invitation body.
 */
import { z } from 'zod';
import {
  isChangeRequestPending,
  type ChangeKind,
  type ChangeRequest,
  type ChangeRequestStatus,
} from '../change/change-request.entity';
import {
  isServiceRequestPending,
  type ServiceRequest,
  type ServiceRequestStatus,
} from '../change/service-request.entity';
import type { Client } from '../client/client.entity';
import { isComplaintOpen, type Complaint } from '../complaint/complaint.entity';
import type { SlaState } from '../complaint/sla-state';
import type { Severity } from '../service/service.entity';
import { DomainError } from '../shared/domain-error';
import { businessCodeSchema, isoDateSchema, textSchema, type IsoDate } from '../shared/primitives';
import type { Translate } from '../shared/translate';
import { parseWith } from '../shared/validation';
import { isAgreementOverdue, type Agreement } from './agreement.entity';
import {
  assertIsoDate,
  daysBetween,
  formatAgendaDate,
  formatDays,
  localDateOf,
  MEETING_TIME_ZONE,
} from './meeting-cadence';

// ---------------------------------------------------------------------------------------------
// Input

/** SLA results of one service for the period under review (plain numbers from the metrics). */
export const serviceSlaSummarySchema = z
  .object({
    serviceCode: businessCodeSchema,
    serviceName: textSchema(255),
    availabilityTargetPct: z.number().min(0).max(100).optional(),
    availabilityActualPct: z.number().min(0).max(100).optional(),
    complaintsWithinSla: z.number().int().min(0),
    complaintsTotal: z.number().int().min(0),
  })
  .strict()
  .refine((s) => s.complaintsWithinSla <= s.complaintsTotal, {
    path: ['complaintsWithinSla'],
    message: 'more complaints within SLA than complaints',
  });
export type ServiceSlaSummary = z.infer<typeof serviceSlaSummarySchema>;

/** The client's last survey result (PR-SGI-015), already aggregated. */
export const surveyResultSummarySchema = z
  .object({
    campaignName: textSchema(255),
    /** Share of CSAT answers that are 4 or 5, in %. */
    csatTop2Pct: z.number().min(0).max(100).optional(),
    /** Net Promoter Score, −100…100. */
    nps: z.number().min(-100).max(100).optional(),
    /** Number of responses behind the figures. */
    responses: z.number().int().min(0),
    /** Date the results were closed or sent. */
    date: isoDateSchema,
  })
  .strict();
export type SurveyResultSummary = z.infer<typeof surveyResultSummarySchema>;

/** An open complaint with the SLA state its clock computed (the clock lives elsewhere). */
export interface AgendaComplaintInput {
  readonly complaint: Pick<
    Complaint,
    'key' | 'folio' | 'clientCode' | 'serviceCode' | 'title' | 'severity' | 'status' | 'receivedAt'
  >;
  readonly slaState: SlaState;
}

export interface AgendaInput {
  readonly client: Pick<Client, 'code' | 'name'>;
  /** Date the agenda is prepared for (YYYY-MM-DD); ages and overdue flags are computed on it. */
  readonly today: IsoDate;
  /** Agreements of the client; only open ones are kept. */
  readonly agreements: readonly Pick<Agreement, 'key' | 'clientCode' | 'description' | 'owner' | 'dueOn' | 'status'>[];
  /** Complaints of the client with their SLA state; closed ones are dropped. */
  readonly complaints: readonly AgendaComplaintInput[];
  readonly slaCompliance: readonly ServiceSlaSummary[];
  readonly lastSurvey?: SurveyResultSummary | null;
  /** Change requests (F-SGI-032) of the client; only pending ones are kept. */
  readonly changeRequests: readonly Pick<
    ChangeRequest,
    'key' | 'folio' | 'clientCode' | 'serviceCode' | 'kind' | 'description' | 'status' | 'requestedOn'
  >[];
  /** Service requests (P-SGI-009) of the client; only pending ones are kept. */
  readonly serviceRequests: readonly Pick<
    ServiceRequest,
    'key' | 'clientCode' | 'serviceCode' | 'kind' | 'description' | 'status' | 'requestedOn'
  >[];
  /** Zone that decides the calendar date a complaint was received on (default Mexico City). */
  readonly timeZone?: string;
}

// ---------------------------------------------------------------------------------------------
// Output

/** The sections of an agenda, in the order they are always presented. */
export const AGENDA_SECTIONS = ['agreements', 'complaints', 'slaCompliance', 'lastSurvey', 'pendingRequests'] as const;
export type AgendaSectionId = (typeof AGENDA_SECTIONS)[number];

export interface AgendaAgreementItem {
  readonly key: string;
  readonly description: string;
  readonly owner: string;
  readonly dueOn: IsoDate;
  readonly overdue: boolean;
  /** Days past `dueOn` on the agenda date; 0 when not overdue. */
  readonly daysOverdue: number;
}

export interface AgendaComplaintItem {
  readonly key: string;
  readonly folio?: string;
  readonly title: string;
  readonly serviceCode?: string;
  readonly severity: Severity;
  readonly receivedOn: IsoDate;
  /** Calendar days from reception to the agenda date. */
  readonly ageDays: number;
  readonly slaState: SlaState;
}

export interface AgendaSlaItem extends ServiceSlaSummary {
  /** Actual ≥ target; undefined when either figure is missing. */
  readonly availabilityMet?: boolean;
  /** Complaints within SLA as a %, undefined when there were none. */
  readonly complaintsWithinSlaPct?: number;
}

export type AgendaRequestItem =
  | {
      readonly type: 'changeRequest';
      readonly key: string;
      readonly folio?: string;
      readonly serviceCode: string;
      readonly kind: ChangeKind;
      readonly status: ChangeRequestStatus;
      readonly description: string;
      readonly requestedOn: IsoDate;
    }
  | {
      readonly type: 'serviceRequest';
      readonly key: string;
      readonly serviceCode?: string;
      readonly kind: 'new' | 'modify';
      readonly status: ServiceRequestStatus;
      readonly description: string;
      readonly requestedOn: IsoDate;
    };

/** The agenda as data; each array is already in presentation order. */
export interface Agenda {
  readonly client: { readonly code: string; readonly name: string };
  readonly preparedOn: IsoDate;
  /** Open agreements: overdue first, then by due date. */
  readonly agreements: readonly AgendaAgreementItem[];
  /** Open complaints: breached, warning, on track, paused, met; oldest first within a state. */
  readonly complaints: readonly AgendaComplaintItem[];
  /** By service code. */
  readonly slaCompliance: readonly AgendaSlaItem[];
  readonly lastSurvey: SurveyResultSummary | null;
  /** Change and service requests still pending, oldest first. */
  readonly pendingRequests: readonly AgendaRequestItem[];
}

// ---------------------------------------------------------------------------------------------
// Building

const SLA_URGENCY: Readonly<Record<SlaState, number>> = { breached: 0, warning: 1, onTrack: 2, paused: 3, met: 4 };

function assertOwn(clientCode: string, item: { clientCode: string; key: string }): void {
  if (item.clientCode !== clientCode) {
    throw new DomainError('AGENDA.FOREIGN_ITEM', {
      clientCode,
      foreignClientCode: item.clientCode,
      key: item.key,
    });
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Builds the agenda. Every record must belong to `client` (`AGENDA.FOREIGN_ITEM` otherwise, so that
 * another client's data never lands in an invitation); SLA and survey figures are validated
 * (`VALIDATION.INVALID_INPUT`); `today` must be YYYY-MM-DD (`MEETING.INVALID_DATE`).
 */
export function buildAgenda(input: AgendaInput): Agenda {
  const { client, today } = input;
  assertIsoDate(today);
  const timeZone = input.timeZone ?? MEETING_TIME_ZONE;

  const agreements = input.agreements
    .filter((a) => {
      assertOwn(client.code, a);
      return a.status === 'open';
    })
    .map((a): AgendaAgreementItem => {
      const overdue = isAgreementOverdue(a, today);
      return {
        key: a.key,
        description: a.description,
        owner: a.owner,
        dueOn: a.dueOn,
        overdue,
        daysOverdue: overdue ? daysBetween(a.dueOn, today) : 0,
      };
    })
    .sort(
      (a, b) => Number(b.overdue) - Number(a.overdue) || compareText(a.dueOn, b.dueOn) || compareText(a.key, b.key),
    );

  const complaints = input.complaints
    .filter(({ complaint }) => {
      assertOwn(client.code, complaint);
      return isComplaintOpen(complaint.status);
    })
    .map(({ complaint: c, slaState }): AgendaComplaintItem => {
      const receivedOn = localDateOf(c.receivedAt, timeZone);
      return {
        key: c.key,
        ...(c.folio !== undefined ? { folio: c.folio } : {}),
        title: c.title,
        ...(c.serviceCode !== undefined ? { serviceCode: c.serviceCode } : {}),
        severity: c.severity,
        receivedOn,
        ageDays: Math.max(0, daysBetween(receivedOn, today)),
        slaState,
      };
    })
    .sort(
      (a, b) => SLA_URGENCY[a.slaState] - SLA_URGENCY[b.slaState] || b.ageDays - a.ageDays || compareText(a.key, b.key),
    );

  const slaCompliance = input.slaCompliance
    .map((raw): AgendaSlaItem => {
      const s = parseWith(serviceSlaSummarySchema, raw, 'ServiceSlaSummary');
      const { availabilityTargetPct: target, availabilityActualPct: actual } = s;
      return {
        ...s,
        ...(target !== undefined && actual !== undefined ? { availabilityMet: actual >= target } : {}),
        ...(s.complaintsTotal > 0
          ? { complaintsWithinSlaPct: round1((s.complaintsWithinSla / s.complaintsTotal) * 100) }
          : {}),
      };
    })
    .sort((a, b) => compareText(a.serviceCode, b.serviceCode));

  const lastSurvey =
    input.lastSurvey === undefined || input.lastSurvey === null
      ? null
      : parseWith(surveyResultSummarySchema, input.lastSurvey, 'SurveyResultSummary');

  const changeItems = input.changeRequests
    .filter((r) => {
      assertOwn(client.code, r);
      return isChangeRequestPending(r.status);
    })
    .map((r): AgendaRequestItem => ({
      type: 'changeRequest',
      key: r.key,
      ...(r.folio !== undefined ? { folio: r.folio } : {}),
      serviceCode: r.serviceCode,
      kind: r.kind,
      status: r.status,
      description: r.description,
      requestedOn: r.requestedOn,
    }));
  const serviceItems = input.serviceRequests
    .filter((r) => {
      assertOwn(client.code, r);
      return isServiceRequestPending(r.status);
    })
    .map((r): AgendaRequestItem => ({
      type: 'serviceRequest',
      key: r.key,
      ...(r.serviceCode !== undefined ? { serviceCode: r.serviceCode } : {}),
      kind: r.kind,
      status: r.status,
      description: r.description,
      requestedOn: r.requestedOn,
    }));
  const pendingRequests = [...changeItems, ...serviceItems].sort(
    (a, b) => compareText(a.requestedOn, b.requestedOn) || compareText(a.type, b.type) || compareText(a.key, b.key),
  );

  return {
    client: { code: client.code, name: client.name },
    preparedOn: today,
    agreements,
    complaints,
    slaCompliance,
    lastSurvey,
    pendingRequests,
  };
}

// ---------------------------------------------------------------------------------------------
// Rendering

/** One agenda line; `emphasis` (bold in HTML) marks an overdue agreement, a breached SLA, a missed target. */
interface AgendaLine {
  readonly text: string;
  readonly emphasis: boolean;
}

interface AgendaSectionLayout {
  readonly title: string;
  readonly lines: readonly AgendaLine[];
  /** The sentence shown instead of lines when the section is empty. */
  readonly empty: string;
}

interface AgendaLayout {
  readonly title: string;
  readonly subtitle: string;
  readonly sections: readonly AgendaSectionLayout[];
}

/** Person-typed text on one line: line breaks and runs of blanks become one space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function numberFormatter(t: Translate): Intl.NumberFormat {
  const key = 'meeting:format.numberLocale';
  const tag = t(key);
  try {
    return new Intl.NumberFormat(tag === key ? 'es-MX' : tag, { maximumFractionDigits: 2 });
  } catch {
    return new Intl.NumberFormat('es-MX', { maximumFractionDigits: 2 });
  }
}

function layoutAgenda(agenda: Agenda, t: Translate): AgendaLayout {
  const nf = numberFormatter(t);
  const num = (n: number) => nf.format(n);
  const date = (d: IsoDate) => formatAgendaDate(d, t);
  const line = (text: string, emphasis = false): AgendaLine => ({ text, emphasis });
  const section = (id: AgendaSectionId | 'general', lines: AgendaLine[]): AgendaSectionLayout => ({
    title: t(`meeting:agenda.section.${id}`),
    lines,
    empty: id === 'general' ? '' : t(`meeting:agenda.empty.${id}`),
  });

  const agreements = agenda.agreements.map((a) => {
    const params = { description: oneLine(a.description), owner: a.owner, dueOn: date(a.dueOn) };
    return a.overdue
      ? line(t('meeting:agenda.agreement.overdue', { ...params, days: formatDays(a.daysOverdue, t) }), true)
      : line(t('meeting:agenda.agreement.line', params));
  });

  const complaints = agenda.complaints.map((c) =>
    line(
      t('meeting:agenda.complaint.line', {
        reference: c.folio ?? t('meeting:agenda.noFolio'),
        title: oneLine(c.title),
        service: c.serviceCode ?? t('meeting:agenda.complaint.noService'),
        severity: t(`common:severity.${c.severity}`),
        age: formatDays(c.ageDays, t),
        slaState: t(`meeting:agenda.slaState.${c.slaState}`),
      }),
      c.slaState === 'breached',
    ),
  );

  const sla = agenda.slaCompliance.map((s) => {
    const target = s.availabilityTargetPct;
    const actual = s.availabilityActualPct;
    const availability =
      actual !== undefined && target !== undefined
        ? t('meeting:agenda.sla.availability', {
            actual: num(actual),
            target: num(target),
            verdict: t(s.availabilityMet === true ? 'meeting:agenda.sla.met' : 'meeting:agenda.sla.notMet'),
          })
        : actual !== undefined
          ? t('meeting:agenda.sla.availabilityNoTarget', { actual: num(actual) })
          : target !== undefined
            ? t('meeting:agenda.sla.availabilityNotMeasured', { target: num(target) })
            : t('meeting:agenda.sla.availabilityNone');
    const complaintsText =
      s.complaintsWithinSlaPct !== undefined
        ? t('meeting:agenda.sla.complaints', {
            within: num(s.complaintsWithinSla),
            total: num(s.complaintsTotal),
            pct: num(s.complaintsWithinSlaPct),
          })
        : t('meeting:agenda.sla.noComplaints');
    return line(
      t('meeting:agenda.sla.line', {
        service: oneLine(s.serviceName),
        code: s.serviceCode,
        availability,
        complaints: complaintsText,
      }),
      s.availabilityMet === false,
    );
  });

  const survey: AgendaLine[] = [];
  if (agenda.lastSurvey !== null) {
    const s = agenda.lastSurvey;
    survey.push(
      line(
        t('meeting:agenda.survey.line', {
          campaign: oneLine(s.campaignName),
          date: date(s.date),
          csat:
            s.csatTop2Pct !== undefined
              ? t('meeting:agenda.survey.csat', { pct: num(s.csatTop2Pct) })
              : t('meeting:agenda.survey.csatNone'),
          nps:
            s.nps !== undefined
              ? t('meeting:agenda.survey.nps', { nps: num(s.nps) })
              : t('meeting:agenda.survey.npsNone'),
          responses:
            s.responses === 1
              ? t('meeting:agenda.survey.responses.one')
              : t('meeting:agenda.survey.responses.other', { count: num(s.responses) }),
        }),
      ),
    );
  }

  const requests = agenda.pendingRequests.map((r) =>
    r.type === 'changeRequest'
      ? line(
          t('meeting:agenda.request.change', {
            reference: r.folio ?? t('meeting:agenda.noFolio'),
            kind: t(`meeting:agenda.request.changeKind.${r.kind}`),
            service: r.serviceCode,
            status: t(`meeting:agenda.request.changeStatus.${r.status}`),
            requestedOn: date(r.requestedOn),
            description: oneLine(r.description),
          }),
        )
      : line(
          t('meeting:agenda.request.service', {
            kind: t(`meeting:agenda.request.serviceKind.${r.kind}`),
            service: r.serviceCode ?? t('meeting:agenda.request.newService'),
            status: t(`meeting:agenda.request.serviceStatus.${r.status}`),
            requestedOn: date(r.requestedOn),
            description: oneLine(r.description),
          }),
        ),
  );

  return {
    title: t('meeting:agenda.title', { client: oneLine(agenda.client.name), code: agenda.client.code }),
    subtitle: t('meeting:agenda.preparedOn', { date: date(agenda.preparedOn) }),
    sections: [
      section('agreements', agreements),
      section('complaints', complaints),
      section('slaCompliance', sla),
      section('lastSurvey', survey),
      section('pendingRequests', requests),
      section('general', [
        line(t('meeting:agenda.general.complaintQuestion')),
        line(t('meeting:agenda.general.other')),
      ]),
    ],
  };
}

/**
 * Plain-text agenda (numbered sections, "- " items, empty sections in words).
 * Language and formats follow the translator: dates dd/MM/yyyy in es-MX, yyyy-MM-dd in en.
 */
export function renderAgendaText(agenda: Agenda, t: Translate): string {
  const layout = layoutAgenda(agenda, t);
  const out: string[] = [layout.title, layout.subtitle];
  layout.sections.forEach((s, i) => {
    out.push('', `${i + 1}. ${s.title}`);
    if (s.lines.length === 0) out.push(`   ${s.empty}`);
    for (const l of s.lines) out.push(`   - ${l.text}`);
  });
  return `${out.join('\n')}\n`;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes the five HTML-significant characters; the result is safe as element text or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * HTML fragment for an Outlook invitation body. Every text (client data, catalog sentences,
 * numbers) is escaped as a whole; tags are fixed (`div h2 p h3 ul li strong em`) and carry no
 * attributes, so nothing from the data can become markup.
 */
export function renderAgendaHtml(agenda: Agenda, t: Translate): string {
  const layout = layoutAgenda(agenda, t);
  const out: string[] = ['<div>', `<h2>${escapeHtml(layout.title)}</h2>`, `<p>${escapeHtml(layout.subtitle)}</p>`];
  layout.sections.forEach((s, i) => {
    out.push(`<h3>${i + 1}. ${escapeHtml(s.title)}</h3>`);
    if (s.lines.length === 0) {
      out.push(`<p><em>${escapeHtml(s.empty)}</em></p>`);
      return;
    }
    out.push('<ul>');
    for (const l of s.lines) {
      const text = escapeHtml(l.text);
      out.push(l.emphasis ? `<li><strong>${text}</strong></li>` : `<li>${text}</li>`);
    }
    out.push('</ul>');
  });
  out.push('</div>');
  return out.join('\n');
}
