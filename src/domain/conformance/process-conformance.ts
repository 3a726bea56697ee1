/**
 * Process conformance per client and period: for each step (1–7) of "Relaciones con el Negocio",
 * whether the records prove it happened (ok / warning / missing), with the evidence an auditor
 * opens, and a worst-status roll-up per client and over many clients.
 */
import { z } from 'zod';
import type { ServiceRequest } from '../change/service-request.entity';
import type { ServiceReview } from '../change/service-review.entity';
import type { ChangeRequest } from '../change/change-request.entity';
import { CADENCE_MONTHS, type Client, type MeetingCadence } from '../client/client.entity';
import { isComplaintOpen, type Complaint } from '../complaint/complaint.entity';
import type { Decision, DecisionPoint } from '../decision/decision.entity';
import type { Meeting, MeetingKind } from '../meeting/meeting.entity';
import type { Service } from '../service/service.entity';
import {
  isDateInRange,
  isIsoDate,
  isValidTimeZone,
  localDateIn,
  maxDate,
  minDate,
  shiftDate,
  validityOverlaps,
  type DateRange,
} from '../shared/calendar-dates';
import { DomainError } from '../shared/domain-error';
import { isoDateSchema, type IsoDate, type RecordKey } from '../shared/primitives';
import type { Translate } from '../shared/translate';
import type { SurveyCampaign } from '../survey/survey-campaign.entity';
import type { SurveyInvitation } from '../survey/survey-invitation.entity';
import type { SurveyResponse } from '../survey/survey-response.entity';

// ---------------------------------------------------------------------------------------------
// Statuses, steps and checks (the data that drives the evaluation)
// ---------------------------------------------------------------------------------------------

/** Statuses from best to worst; the roll-up of several statuses is the worst one. */
export const CONFORMANCE_STATUSES = ['ok', 'warning', 'missing'] as const;
export type ConformanceStatus = (typeof CONFORMANCE_STATUSES)[number];

/** The seven activities of the process description (seed §7). */
export const PROCESS_STEPS = [1, 2, 3, 4, 5, 6, 7] as const;
export type ProcessStep = (typeof PROCESS_STEPS)[number];

/** Every check, the step whose evidence it looks for, in the order reports show them. */
export const CONFORMANCE_CHECKS = [
  { check: 'meetingCadence', step: 1 },
  { check: 'meetingAgenda', step: 2 },
  { check: 'meetingComplaintDecision', step: 3 },
  { check: 'complaintSla', step: 4 },
  { check: 'surveyCoverage', step: 5 },
  { check: 'surveyResultsSent', step: 5 },
  { check: 'slaChangeDecision', step: 5 },
  { check: 'serviceChangeDecision', step: 6 },
  { check: 'serviceReview', step: 7 },
  { check: 'scopeChangeDecision', step: 7 },
] as const satisfies readonly { check: string; step: ProcessStep }[];
export type ConformanceCheckId = (typeof CONFORMANCE_CHECKS)[number]['check'];

export { CADENCE_MONTHS } from '../client/client.entity';

/** Defaults of {@link ConformanceOptions}. */
export const DEFAULT_CONFORMANCE_OPTIONS = {
  toleranceDays: 7,
  timeZone: 'America/Mexico_City',
  cadenceMeetingKinds: ['periodic'] as readonly MeetingKind[],
} as const;

/** Worst of `statuses` (ok when there are none). */
export function worstStatus(statuses: Iterable<ConformanceStatus>): ConformanceStatus {
  let worst = 0;
  for (const status of statuses) worst = Math.max(worst, CONFORMANCE_STATUSES.indexOf(status));
  return CONFORMANCE_STATUSES[worst] ?? 'ok';
}

// ---------------------------------------------------------------------------------------------
// Input and output
// ---------------------------------------------------------------------------------------------

/** Inclusive calendar period `YYYY-MM-DD` … `YYYY-MM-DD`. */
export type Period = DateRange;

/**
 * A complaint with its SLA outcome, computed by the caller with the SLA clock (complaint-sla):
 * for a closed complaint, whether it was closed within its resolution target; for an open one,
 * whether it is still within it on the evaluation date (false = open past its SLA).
 */
export interface ComplaintSlaFact {
  readonly complaint: Complaint;
  readonly withinSla: boolean;
}

/** The records conformance reads. Records of other clients are ignored. */
export interface ConformanceSnapshot {
  readonly clients: readonly Client[];
  readonly services: readonly Service[];
  readonly meetings: readonly Meeting[];
  readonly complaints: readonly ComplaintSlaFact[];
  readonly decisions: readonly Decision[];
  readonly surveyCampaigns: readonly SurveyCampaign[];
  readonly surveyInvitations: readonly SurveyInvitation[];
  readonly surveyResponses: readonly SurveyResponse[];
  readonly changeRequests: readonly ChangeRequest[];
  readonly serviceRequests: readonly ServiceRequest[];
  readonly serviceReviews: readonly ServiceReview[];
}

export interface ConformanceOptions {
  /** Days a periodic meeting may come after its due date and still count as on time (default 7). */
  readonly toleranceDays?: number;
  /** Evaluation date; nothing is due after it (default: the end of the period). */
  readonly asOf?: IsoDate;
  /** Time zone that turns instants (meeting start, decision time) into calendar dates. */
  readonly timeZone?: string;
  /** Overrides of {@link CADENCE_MONTHS}. */
  readonly cadenceMonths?: Partial<Record<MeetingCadence, number>>;
  /** Meeting kinds that count towards the cadence (default: periodic only). */
  readonly cadenceMeetingKinds?: readonly MeetingKind[];
}

/** The list (record type) and key of a record that proves a check. */
export type EvidenceList =
  | 'client'
  | 'service'
  | 'meeting'
  | 'complaint'
  | 'decision'
  | 'surveyCampaign'
  | 'surveyInvitation'
  | 'surveyResponse'
  | 'changeRequest'
  | 'serviceRequest'
  | 'serviceReview';
export interface EvidenceRef {
  readonly list: EvidenceList;
  readonly key: RecordKey;
}

export type MessageParams = Readonly<Record<string, string | number>>;

export interface CheckResult {
  readonly check: ConformanceCheckId;
  readonly step: ProcessStep;
  readonly status: ConformanceStatus;
  /** Which message of the check applies (`ok`, `okNone`, `warning`, `missing`, …). */
  readonly outcome: string;
  /** i18n key of the message: `conformance:message.<check>.<outcome>`. */
  readonly messageKey: string;
  readonly params: MessageParams;
  readonly evidence: readonly EvidenceRef[];
}

export interface StepStatus {
  readonly step: ProcessStep;
  readonly status: ConformanceStatus;
}

export interface ClientConformance {
  readonly clientCode: string;
  readonly clientKey: RecordKey;
  readonly period: Period;
  readonly asOf: IsoDate;
  /** Worst status of all checks. */
  readonly status: ConformanceStatus;
  /** Worst status per step, steps 1–7 in order. */
  readonly steps: readonly StepStatus[];
  readonly checks: readonly CheckResult[];
}

export interface ConformanceReport {
  readonly period: Period;
  readonly asOf: IsoDate;
  readonly status: ConformanceStatus;
  /** Clients per overall status. */
  readonly totals: Readonly<Record<ConformanceStatus, number>>;
  readonly clients: readonly ClientConformance[];
}

// ---------------------------------------------------------------------------------------------
// Public functions
// ---------------------------------------------------------------------------------------------

/**
 * Evaluates every check for one client over `period`.
 * @throws DomainError `CONFORMANCE.INVALID_PERIOD`, `CONFORMANCE.INVALID_OPTION`, `CONFORMANCE.CLIENT_NOT_FOUND`
 */
export function evaluateClientConformance(
  snapshot: ConformanceSnapshot,
  clientCode: string,
  period: Period,
  options: ConformanceOptions = {},
): ClientConformance {
  const settings = resolveSettings(period, options);
  const client = snapshot.clients.find((c) => c.code === clientCode);
  if (client === undefined) throw new DomainError('CONFORMANCE.CLIENT_NOT_FOUND', { clientCode });
  return evaluateClient(client, recordsOfClient(snapshot, clientCode), settings);
}

/**
 * Evaluates every client in scope: the ones named in `clientCodes`, or else every client whose
 * validity overlaps the period and that is active or has an end of validity (an inactive client
 * without `validTo` is out of scope). Clients are sorted by code.
 * @throws DomainError `CONFORMANCE.INVALID_PERIOD`, `CONFORMANCE.INVALID_OPTION`, `CONFORMANCE.CLIENT_NOT_FOUND`
 */
export function evaluateConformance(
  snapshot: ConformanceSnapshot,
  period: Period,
  options: ConformanceOptions & { readonly clientCodes?: readonly string[] } = {},
): ConformanceReport {
  const settings = resolveSettings(period, options);
  let clients: Client[];
  if (options.clientCodes !== undefined) {
    clients = options.clientCodes.map((code) => {
      const client = snapshot.clients.find((c) => c.code === code);
      if (client === undefined) throw new DomainError('CONFORMANCE.CLIENT_NOT_FOUND', { clientCode: code });
      return client;
    });
  } else {
    clients = snapshot.clients.filter((c) => isClientInScope(c, settings.period));
  }
  clients = [...new Map(clients.map((c) => [c.code, c])).values()].sort((a, b) => compare(a.code, b.code));
  const index = indexByClient(snapshot);
  const results = clients.map((client) =>
    evaluateClient(client, index.get(client.code) ?? emptyRecords(snapshot), settings),
  );
  const totals: Record<ConformanceStatus, number> = { ok: 0, warning: 0, missing: 0 };
  for (const result of results) totals[result.status] += 1;
  return {
    period: settings.period,
    asOf: settings.asOf,
    status: worstStatus(results.map((r) => r.status)),
    totals,
    clients: results,
  };
}

/** A client is in scope of a period when its validity overlaps it and it is active or has ended. */
export function isClientInScope(client: Client, period: Period): boolean {
  return (
    validityOverlaps(client.validFrom, client.validTo, period) &&
    (client.status === 'active' || client.validTo !== undefined)
  );
}

/** The texts of one result through the `Translate` port: check name, status label and message. */
export function describeCheckResult(
  result: CheckResult,
  t: Translate,
): { readonly name: string; readonly status: string; readonly message: string } {
  return {
    name: t(`conformance:check.${result.check}`),
    status: t(`conformance:status.${result.status}`),
    message: t(result.messageKey, result.params),
  };
}

// ---------------------------------------------------------------------------------------------
// Settings and indexing
// ---------------------------------------------------------------------------------------------

interface Settings {
  readonly period: Period;
  readonly asOf: IsoDate;
  readonly toleranceDays: number;
  readonly timeZone: string;
  readonly cadenceMonths: Readonly<Record<MeetingCadence, number>>;
  readonly cadenceMeetingKinds: readonly MeetingKind[];
}

const periodSchema = z.object({ from: isoDateSchema, to: isoDateSchema }).refine((p) => p.from <= p.to);

function resolveSettings(period: Period, options: ConformanceOptions): Settings {
  const parsed = periodSchema.safeParse(period);
  if (!parsed.success) {
    throw new DomainError('CONFORMANCE.INVALID_PERIOD', { from: String(period?.from), to: String(period?.to) });
  }
  const invalid = (option: string, value: unknown): DomainError =>
    new DomainError('CONFORMANCE.INVALID_OPTION', { option, value: String(value) });

  const toleranceDays = options.toleranceDays ?? DEFAULT_CONFORMANCE_OPTIONS.toleranceDays;
  if (!Number.isInteger(toleranceDays) || toleranceDays < 0 || toleranceDays > 366) {
    throw invalid('toleranceDays', toleranceDays);
  }
  const asOf = options.asOf ?? parsed.data.to;
  if (!isIsoDate(asOf)) throw invalid('asOf', asOf);
  const timeZone = options.timeZone ?? DEFAULT_CONFORMANCE_OPTIONS.timeZone;
  if (!isValidTimeZone(timeZone)) throw invalid('timeZone', timeZone);
  const cadenceMonths = { ...CADENCE_MONTHS, ...options.cadenceMonths };
  for (const [cadence, months] of Object.entries(cadenceMonths)) {
    if (!Number.isInteger(months) || months < 1 || months > 24) throw invalid(`cadenceMonths.${cadence}`, months);
  }
  const cadenceMeetingKinds = options.cadenceMeetingKinds ?? DEFAULT_CONFORMANCE_OPTIONS.cadenceMeetingKinds;
  if (cadenceMeetingKinds.length === 0) throw invalid('cadenceMeetingKinds', '[]');
  return {
    period: { from: parsed.data.from, to: parsed.data.to },
    asOf,
    toleranceDays,
    timeZone,
    cadenceMonths,
    cadenceMeetingKinds,
  };
}

/** The records of one client (campaigns are shared: their scope is checked per campaign). */
type ClientRecords = {
  -readonly [K in keyof Omit<ConformanceSnapshot, 'clients'>]: ConformanceSnapshot[K][number][];
};

function emptyRecords(snapshot: ConformanceSnapshot): ClientRecords {
  return {
    services: [],
    meetings: [],
    complaints: [],
    decisions: [],
    surveyCampaigns: [...snapshot.surveyCampaigns],
    surveyInvitations: [],
    surveyResponses: [],
    changeRequests: [],
    serviceRequests: [],
    serviceReviews: [],
  };
}

function recordsOfClient(snapshot: ConformanceSnapshot, code: string): ClientRecords {
  return indexByClient(snapshot, code).get(code) ?? emptyRecords(snapshot);
}

/** Groups the records by client code in one pass (only `onlyCode` when given). */
function indexByClient(snapshot: ConformanceSnapshot, onlyCode?: string): Map<string, ClientRecords> {
  const index = new Map<string, ClientRecords>();
  const bucket = (code: string): ClientRecords | undefined => {
    if (onlyCode !== undefined && code !== onlyCode) return undefined;
    let records = index.get(code);
    if (records === undefined) {
      records = emptyRecords(snapshot);
      index.set(code, records);
    }
    return records;
  };
  for (const r of snapshot.services) bucket(r.clientCode)?.services.push(r);
  for (const r of snapshot.meetings) bucket(r.clientCode)?.meetings.push(r);
  for (const r of snapshot.complaints) bucket(r.complaint.clientCode)?.complaints.push(r);
  for (const r of snapshot.decisions) bucket(r.clientCode)?.decisions.push(r);
  for (const r of snapshot.surveyInvitations) bucket(r.clientCode)?.surveyInvitations.push(r);
  for (const r of snapshot.surveyResponses) bucket(r.clientCode)?.surveyResponses.push(r);
  for (const r of snapshot.changeRequests) bucket(r.clientCode)?.changeRequests.push(r);
  for (const r of snapshot.serviceRequests) bucket(r.clientCode)?.serviceRequests.push(r);
  for (const r of snapshot.serviceReviews) bucket(r.clientCode)?.serviceReviews.push(r);
  return index;
}

// ---------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------

interface Outcome {
  readonly status: ConformanceStatus;
  readonly outcome: string;
  readonly params: MessageParams;
  readonly evidence: readonly EvidenceRef[];
}

/** What the checks of one client share, computed once. */
interface Context {
  readonly client: Client;
  readonly records: ClientRecords;
  readonly settings: Settings;
  readonly dateOf: (instant: string) => IsoDate;
  /** Held meetings of any kind whose start falls in the period, by start. */
  readonly heldInPeriod: readonly Meeting[];
  /** Step 1, computed first: steps 2 and 3 expect meetings only when step 1 did. */
  readonly cadence: Outcome;
}

type Evaluator = (ctx: Context) => Outcome;

const EVALUATORS: Readonly<Record<ConformanceCheckId, Evaluator>> = {
  meetingCadence: (ctx) => ctx.cadence,
  meetingAgenda: evaluateMeetingAgenda,
  meetingComplaintDecision: evaluateMeetingComplaintDecision,
  complaintSla: evaluateComplaintSla,
  surveyCoverage: evaluateSurveyCoverage,
  surveyResultsSent: evaluateSurveyResultsSent,
  slaChangeDecision: evaluateSlaChangeDecision,
  serviceChangeDecision: evaluateServiceChangeDecision,
  serviceReview: evaluateServiceReview,
  scopeChangeDecision: evaluateScopeChangeDecision,
};

function evaluateClient(client: Client, records: ClientRecords, settings: Settings): ClientConformance {
  const dateOf = (instant: string): IsoDate => localDateIn(instant, settings.timeZone);
  const heldInPeriod = records.meetings
    .filter((m) => m.status === 'held' && isDateInRange(dateOf(m.start), settings.period))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || compare(a.key, b.key));
  const base = { client, records, settings, dateOf, heldInPeriod };
  const ctx: Context = { ...base, cadence: evaluateMeetingCadence(base) };

  const checks: CheckResult[] = CONFORMANCE_CHECKS.map(({ check, step }) => {
    const result = EVALUATORS[check](ctx);
    return {
      check,
      step,
      status: result.status,
      outcome: result.outcome,
      messageKey: `conformance:message.${check}.${result.outcome}`,
      params: result.params,
      evidence: dedupe(result.evidence),
    };
  });
  const steps = PROCESS_STEPS.map((step) => ({
    step,
    status: worstStatus(checks.filter((c) => c.step === step).map((c) => c.status)),
  }));
  return {
    clientCode: client.code,
    clientKey: client.key,
    period: settings.period,
    asOf: settings.asOf,
    status: worstStatus(checks.map((c) => c.status)),
    steps,
    checks,
  };
}

/**
 * Step 1. Every gap between consecutive held meetings (the first measured from the last meeting
 * held before the period, or from the start of the period or of the client's validity) must be at
 * most the cadence interval plus the tolerance, and so must the gap from the last meeting to the
 * end of the window (period end, evaluation date or client's end of validity, the earliest).
 * ok: every gap on time, or no meeting came due; warning: meetings held but some gap too long;
 * missing: a meeting came due and none was held in the period.
 */
function evaluateMeetingCadence(ctx: Omit<Context, 'cadence'>): Outcome {
  const { client, settings, dateOf } = ctx;
  const { from, to } = settings.period;
  const months = settings.cadenceMonths[client.cadence];
  const tolerance = settings.toleranceDays;
  const counted = ctx.records.meetings
    .filter((m) => m.status === 'held' && settings.cadenceMeetingKinds.includes(m.kind))
    .map((m) => ({ meeting: m, date: dateOf(m.start) }))
    .sort((a, b) => compare(a.date, b.date) || compare(a.meeting.key, b.meeting.key));
  const before = counted.filter((m) => m.date < from);
  const inPeriod = counted.filter((m) => isDateInRange(m.date, settings.period));
  const windowStart = before.at(-1)?.date ?? maxDate(from, client.validFrom);
  const windowEnd = [to, settings.asOf, client.validTo].filter((d) => d !== undefined).reduce(minDate);
  const latestOnTime = (previous: IsoDate): IsoDate => shiftDate(previous, { months, days: tolerance });

  let late = 0;
  let previous = windowStart;
  for (const { date } of inPeriod) {
    if (date > latestOnTime(previous)) late += 1;
    previous = date;
  }
  const overdue = windowEnd >= windowStart && latestOnTime(previous) < windowEnd;
  if (overdue) late += 1;

  const params = { months, toleranceDays: tolerance, held: inPeriod.length, late };
  const evidence: EvidenceRef[] = [
    { list: 'client', key: client.key },
    ...inPeriod.map(({ meeting }) => ref('meeting', meeting.key)),
  ];
  if (inPeriod.length === 0) {
    return overdue
      ? { status: 'missing', outcome: 'missing', params, evidence: [] }
      : { status: 'ok', outcome: 'okNotDue', params, evidence };
  }
  return late > 0
    ? { status: 'warning', outcome: 'warning', params, evidence }
    : { status: 'ok', outcome: 'ok', params, evidence };
}

/** What steps 2 and 3 say when no meeting was held: missing only when step 1 expected one. */
function statusWithoutMeetings(ctx: Context): ConformanceStatus {
  return ctx.cadence.status === 'missing' ? 'missing' : 'ok';
}

/** Step 2. Every held meeting of the period has its agenda recorded. */
function evaluateMeetingAgenda(ctx: Context): Outcome {
  const withAgenda = ctx.heldInPeriod.filter((m) => (m.agenda ?? '').trim() !== '');
  return ratioOutcome(
    withAgenda.length,
    ctx.heldInPeriod.length,
    statusWithoutMeetings(ctx),
    withAgenda.map((m) => ref('meeting', m.key)),
  );
}

/**
 * Step 3. Every held meeting of the period records "¿Existe alguna queja o desviación?" (its
 * `complaintRaised` field or a `complaintRaised` decision linking it), and when the answer is yes
 * a complaint links the meeting or a `complaintRaised` decision linking it says so.
 */
function evaluateMeetingComplaintDecision(ctx: Context): Outcome {
  const evidence: EvidenceRef[] = [];
  let satisfied = 0;
  for (const meeting of ctx.heldInPeriod) {
    const decisions = ctx.records.decisions
      .filter((d) => d.point === 'complaintRaised' && links(d, 'meeting', meeting.key))
      .sort(byDecidedAt);
    const latest = decisions.at(-1);
    const raised = meeting.complaintRaised ?? latest?.answer;
    if (raised === undefined) continue;
    const complaints = ctx.records.complaints.filter((c) => c.complaint.meetingKey === meeting.key);
    if (raised && complaints.length === 0 && latest?.answer !== true) continue;
    satisfied += 1;
    evidence.push(
      ref('meeting', meeting.key),
      ...complaints.map((c) => ref('complaint', c.complaint.key)),
      ...decisions.map((d) => ref('decision', d.key)),
    );
  }
  return ratioOutcome(satisfied, ctx.heldInPeriod.length, statusWithoutMeetings(ctx), evidence);
}

/**
 * Step 4. Complaints active in the period (received by its end and open, or closed on or after its
 * start): ok when all were handled within SLA (or there were none), warning when some were closed
 * late, missing when one is still open past its SLA.
 */
function evaluateComplaintSla(ctx: Context): Outcome {
  const { from, to } = ctx.settings.period;
  const active = ctx.records.complaints.filter(({ complaint }) => {
    if (ctx.dateOf(complaint.receivedAt) > to) return false;
    if (isComplaintOpen(complaint.status)) return true;
    const closed = complaintClosedAt(complaint);
    return closed === undefined || ctx.dateOf(closed) >= from;
  });
  const open = active.filter((c) => isComplaintOpen(c.complaint.status));
  const closed = active.filter((c) => !isComplaintOpen(c.complaint.status));
  const breached = closed.filter((c) => !c.withinSla);
  const openPastSla = open.filter((c) => !c.withinSla);
  const params = {
    total: active.length,
    closed: closed.length,
    open: open.length,
    breached: breached.length,
    openPastSla: openPastSla.length,
  };
  const evidence = active.map((c) => ref('complaint', c.complaint.key));
  if (active.length === 0) return { status: 'ok', outcome: 'okNone', params, evidence: [] };
  if (openPastSla.length > 0) return { status: 'missing', outcome: 'missing', params, evidence };
  if (breached.length > 0) return { status: 'warning', outcome: 'warning', params, evidence };
  return { status: 'ok', outcome: 'ok', params, evidence };
}

/** Campaigns (not drafts) whose window overlaps the period and whose scope includes the client. */
function campaignsOfPeriod(ctx: Context): SurveyCampaign[] {
  return ctx.records.surveyCampaigns
    .filter(
      (c) =>
        c.status !== 'draft' &&
        validityOverlaps(c.opensOn, c.closesOn, ctx.settings.period) &&
        (c.clientCodes === undefined || c.clientCodes.includes(ctx.client.code)),
    )
    .sort((a, b) => compare(a.opensOn, b.opensOn) || compare(a.key, b.key));
}

const INVITED_STATUSES: ReadonlySet<SurveyInvitation['status']> = new Set(['sent', 'reminded', 'answered']);

interface CampaignParticipation {
  readonly campaign: SurveyCampaign;
  readonly invitations: readonly SurveyInvitation[];
  readonly responses: readonly SurveyResponse[];
  readonly answered: boolean;
}

function participation(ctx: Context): CampaignParticipation[] {
  return campaignsOfPeriod(ctx).map((campaign) => {
    const invitations = ctx.records.surveyInvitations.filter(
      (i) => i.campaignKey === campaign.key && INVITED_STATUSES.has(i.status),
    );
    const responses = ctx.records.surveyResponses.filter((r) => r.campaignKey === campaign.key);
    return {
      campaign,
      invitations,
      responses,
      answered: responses.length > 0 || invitations.some((i) => i.status === 'answered'),
    };
  });
}

/** The campaigns the client took part in, or else every campaign of the period that covers it. */
function relevantCampaigns(ctx: Context): SurveyCampaign[] {
  const all = participation(ctx);
  const joined = all.filter((p) => p.answered || p.invitations.length > 0);
  return (joined.length > 0 ? joined : all).map((p) => p.campaign);
}

/** Step 5a. The client answered (ok), was only invited (warning) or was not invited (missing). */
function evaluateSurveyCoverage(ctx: Context): Outcome {
  const all = participation(ctx);
  const answered = all.find((p) => p.answered);
  const invited = all.find((p) => p.invitations.length > 0);
  const chosen = answered ?? invited ?? all[0];
  const params = {
    campaigns: all.length,
    campaign: chosen?.campaign.name ?? '',
    invited: chosen?.invitations.length ?? 0,
    responses: chosen?.responses.length ?? 0,
  };
  if (chosen === undefined) return { status: 'missing', outcome: 'missingNoCampaign', params, evidence: [] };
  const evidence: EvidenceRef[] = [
    ref('surveyCampaign', chosen.campaign.key),
    ...chosen.invitations.map((i) => ref('surveyInvitation', i.key)),
    ...chosen.responses.map((r) => ref('surveyResponse', r.key)),
  ];
  if (answered !== undefined) return { status: 'ok', outcome: 'ok', params, evidence };
  if (invited !== undefined) return { status: 'warning', outcome: 'warning', params, evidence };
  return { status: 'missing', outcome: 'missing', params, evidence: [] };
}

/** A campaign has ended when it is closed or its window is over on the evaluation date. */
function campaignEnded(campaign: SurveyCampaign, asOf: IsoDate): boolean {
  return campaign.status === 'closed' || campaign.closesOn < asOf;
}

/** Rolls up one outcome per campaign: the worst, the earliest campaign on ties. */
function worstOf(outcomes: readonly Outcome[], whenNone: Outcome): Outcome {
  const worst = worstStatus(outcomes.map((o) => o.status));
  const chosen = outcomes.find((o) => o.status === worst) ?? whenNone;
  return { ...chosen, evidence: outcomes.flatMap((o) => o.evidence) };
}

/** Step 5b. Results of the period's campaigns sent to Comercial (`resultsSentOn`). */
function evaluateSurveyResultsSent(ctx: Context): Outcome {
  const none: Outcome = { status: 'missing', outcome: 'missingNoCampaign', params: {}, evidence: [] };
  const outcomes = relevantCampaigns(ctx).map((campaign): Outcome => {
    const params = { campaign: campaign.name, sentOn: campaign.resultsSentOn ?? '' };
    if (campaign.resultsSentOn !== undefined) {
      return { status: 'ok', outcome: 'ok', params, evidence: [ref('surveyCampaign', campaign.key)] };
    }
    return campaignEnded(campaign, ctx.settings.asOf)
      ? { status: 'missing', outcome: 'missing', params, evidence: [] }
      : { status: 'warning', outcome: 'pending', params, evidence: [] };
  });
  return worstOf(outcomes, none);
}

/**
 * Step 5c. "¿Es necesario modificar los SLAs?" recorded after each campaign: a `slaChangeNeeded`
 * decision of the client that links the campaign or was taken on or after its end (or the day its
 * results were sent, if earlier). A "yes" needs an SLA change request (F-SGI-032), linked from the
 * decision or requested on or after it; without one it is a warning.
 */
function evaluateSlaChangeDecision(ctx: Context): Outcome {
  const none: Outcome = { status: 'missing', outcome: 'missingNoCampaign', params: {}, evidence: [] };
  const outcomes = relevantCampaigns(ctx).map((campaign): Outcome => {
    const threshold = [campaign.resultsSentOn, campaign.closedOn, campaign.closesOn]
      .filter((d) => d !== undefined)
      .reduce(minDate);
    const decisions = decisionsOf(ctx, 'slaChangeNeeded').filter(
      (d) => links(d, 'surveyCampaign', campaign.key) || ctx.dateOf(d.decidedAt) >= threshold,
    );
    const latest = decisions.at(-1);
    const params = { campaign: campaign.name, decidedOn: latest === undefined ? '' : ctx.dateOf(latest.decidedAt) };
    if (latest === undefined) {
      return campaignEnded(campaign, ctx.settings.asOf)
        ? { status: 'missing', outcome: 'missing', params, evidence: [] }
        : { status: 'warning', outcome: 'pending', params, evidence: [] };
    }
    const evidence = [ref('surveyCampaign', campaign.key), ...decisions.map((d) => ref('decision', d.key))];
    if (!latest.answer) return { status: 'ok', outcome: 'okNo', params, evidence };
    const requests = ctx.records.changeRequests.filter(
      (r) =>
        links(latest, 'changeRequest', r.key) || (r.kind === 'sla' && r.requestedOn >= ctx.dateOf(latest.decidedAt)),
    );
    return requests.length > 0
      ? {
          status: 'ok',
          outcome: 'okYes',
          params,
          evidence: [...evidence, ...requests.map((r) => ref('changeRequest', r.key))],
        }
      : { status: 'warning', outcome: 'warningNoRequest', params, evidence };
  });
  return worstOf(outcomes, none);
}

/**
 * Step 6. "¿Se requiere la creación o modificación de un servicio?" recorded in the period; a
 * "yes" needs a P-SGI-009 service request, linked from the decision or requested on or after it.
 */
function evaluateServiceChangeDecision(ctx: Context): Outcome {
  const decisions = decisionsOf(ctx, 'serviceChangeNeeded').filter((d) =>
    isDateInRange(ctx.dateOf(d.decidedAt), ctx.settings.period),
  );
  const latest = decisions.at(-1);
  const params = { decided: decisions.length, decidedOn: latest === undefined ? '' : ctx.dateOf(latest.decidedAt) };
  if (latest === undefined) return { status: 'missing', outcome: 'missing', params, evidence: [] };
  const evidence = decisions.map((d) => ref('decision', d.key));
  if (!latest.answer) return { status: 'ok', outcome: 'okNo', params, evidence };
  const requests = ctx.records.serviceRequests.filter(
    (r) => links(latest, 'serviceRequest', r.key) || r.requestedOn >= ctx.dateOf(latest.decidedAt),
  );
  return requests.length > 0
    ? {
        status: 'ok',
        outcome: 'okYes',
        params,
        evidence: [...evidence, ...requests.map((r) => ref('serviceRequest', r.key))],
      }
    : { status: 'warning', outcome: 'warningNoRequest', params, evidence };
}

/** Services of the client valid at some point of the period. */
function activeServices(ctx: Context): Service[] {
  return ctx.records.services.filter((s) => validityOverlaps(s.validFrom, s.validTo, ctx.settings.period));
}

function reviewsInPeriod(ctx: Context): ServiceReview[] {
  return ctx.records.serviceReviews.filter((r) => isDateInRange(r.reviewedOn, ctx.settings.period));
}

/** Step 7a. Every service active in the period was reviewed in it. */
function evaluateServiceReview(ctx: Context): Outcome {
  const reviews = reviewsInPeriod(ctx);
  const services = activeServices(ctx);
  const codes = new Set(services.map((s) => s.code));
  const reviewed = [...codes].filter((code) => reviews.some((r) => r.serviceCode === code));
  const evidence = reviews.filter((r) => codes.has(r.serviceCode)).map((r) => ref('serviceReview', r.key));
  return ratioOutcome(reviewed.length, codes.size, 'ok', evidence);
}

/**
 * Step 7b. Each review records "¿Se requiere cambio de alcance?" (`scopeChangeRequired`); every
 * review that answers yes links a change request (its `changeRequestKey`, or a request whose
 * origin is the review). No review while services were active is missing evidence.
 */
function evaluateScopeChangeDecision(ctx: Context): Outcome {
  const reviews = reviewsInPeriod(ctx);
  if (reviews.length === 0) {
    const status: ConformanceStatus = activeServices(ctx).length > 0 ? 'missing' : 'ok';
    return { status, outcome: status === 'ok' ? 'okNone' : 'missingNone', params: { total: 0 }, evidence: [] };
  }
  const requiring = reviews.filter((r) => r.scopeChangeRequired);
  const evidence: EvidenceRef[] = reviews.filter((r) => !r.scopeChangeRequired).map((r) => ref('serviceReview', r.key));
  let linked = 0;
  for (const review of requiring) {
    const requests = ctx.records.changeRequests.filter(
      (r) => r.key === review.changeRequestKey || (r.origin === 'review' && r.originKey === review.key),
    );
    if (requests.length === 0) continue;
    linked += 1;
    evidence.push(ref('serviceReview', review.key), ...requests.map((r) => ref('changeRequest', r.key)));
  }
  if (requiring.length === 0) {
    return { status: 'ok', outcome: 'okNoChange', params: { total: reviews.length }, evidence };
  }
  return ratioOutcome(linked, requiring.length, 'ok', evidence);
}

/**
 * Ratio rule shared by steps 2, 3 and 7: all satisfied → ok, some → warning, none → missing;
 * nothing to evaluate → `whenEmpty` (`okNone` / `missingNone`).
 */
function ratioOutcome(
  satisfied: number,
  total: number,
  whenEmpty: ConformanceStatus,
  evidence: readonly EvidenceRef[],
): Outcome {
  const params = { satisfied, total, missingCount: total - satisfied };
  if (total === 0) {
    return whenEmpty === 'ok'
      ? { status: 'ok', outcome: 'okNone', params, evidence: [] }
      : { status: whenEmpty, outcome: 'missingNone', params, evidence: [] };
  }
  if (satisfied === total) return { status: 'ok', outcome: 'ok', params, evidence };
  if (satisfied === 0) return { status: 'missing', outcome: 'missing', params, evidence };
  return { status: 'warning', outcome: 'warning', params, evidence };
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

function decisionsOf(ctx: Context, point: DecisionPoint): Decision[] {
  return ctx.records.decisions.filter((d) => d.point === point).sort(byDecidedAt);
}

function byDecidedAt(a: Decision, b: Decision): number {
  return Date.parse(a.decidedAt) - Date.parse(b.decidedAt) || compare(a.key, b.key);
}

function links(decision: Decision, list: Decision['links'][number]['list'], key: string): boolean {
  return decision.links.some((l) => l.list === list && l.key === key);
}

/** When a closed complaint was closed: `closedAt`, or its last transition to closed. */
function complaintClosedAt(complaint: Complaint): string | undefined {
  return complaint.closedAt ?? complaint.history.filter((h) => h.to === 'closed').at(-1)?.at;
}

function ref(list: EvidenceList, key: RecordKey): EvidenceRef {
  return { list, key };
}

function dedupe(evidence: readonly EvidenceRef[]): EvidenceRef[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const id = `${e.list}:${e.key}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
