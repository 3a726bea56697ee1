/**
 * Seed steps 6 and 7 in the demo, and the change requests of steps 5 and 7: service reviews with
 * the recorded "¿Se requiere cambio de alcance?", scope changes (F-SGI-032) raised from reviews
 * and from a meeting, an SLA change raised from a late complaint, and per client the decision
 * "¿Se requiere la creación o modificación de un servicio?" with its P-SGI-009 requests.
 */
import { parseChangeRequest, type ChangeRequest } from '../../domain/change/change-request.entity';
import {
  parseServiceRequest,
  type ServiceRequest,
  type ServiceRequestStatus,
} from '../../domain/change/service-request.entity';
import { parseServiceReview, type ServiceReview } from '../../domain/change/service-review.entity';
import { computeComplaintSla } from '../../domain/complaint/complaint-sla';
import type { Complaint } from '../../domain/complaint/complaint.entity';
import { parseDecision, type Decision, type LinkedRecord } from '../../domain/decision/decision.entity';
import type { Meeting } from '../../domain/meeting/meeting.entity';
import type { Service } from '../../domain/service/service.entity';
import type { IsoDate } from '../../domain/shared/primitives';
import { NEEDS_NEW_SERVICE_QUESTION_KEY } from '../../domain/survey/survey-decision-rules';
import { serviceLabel } from './demo-catalog';
import { clampDate, servicesOn, type DemoClient, type DemoContext } from './demo-context';
import type { ChangeRequestDraft, SurveyRecords } from './demo-surveys';
import {
  fill,
  NEW_SERVICES,
  REVIEW_NOTES_ISSUES,
  REVIEW_NOTES_OK,
  SCOPE_CHANGES,
  SERVICE_MODIFICATIONS,
} from './demo-texts';
import type { Random } from './seeded-random';

export interface ChangeRecords {
  readonly serviceReviews: ServiceReview[];
  readonly changeRequests: ChangeRequest[];
  readonly serviceRequests: ServiceRequest[];
  readonly decisions: Decision[];
}

interface ReviewDraft {
  readonly key: string;
  readonly demo: DemoClient;
  readonly service: Service;
  readonly reviewedOn: IsoDate;
  readonly agreementsMet: boolean;
  readonly commitmentsMet: boolean;
  readonly requirementsMet: boolean;
}

/** How many reviews find that a scope change is needed. */
const SCOPE_CHANGES_FROM_REVIEWS = 5;
/** The fewest service requests, so every P-SGI-009 state shows. */
const MIN_SERVICE_REQUESTS = 6;

/** One review date per client over the year (all its services reviewed together); three clients skipped. */
function draftReviews(demos: readonly DemoClient[], ctx: DemoContext, rng: Random): ReviewDraft[] {
  const { clock } = ctx;
  const skipped = new Set(
    rng.sample(
      demos.filter((d) => d.row.profile === 'ok').map((d) => d.client.code),
      3,
    ),
  );
  const drafts: ReviewDraft[] = [];
  for (const demo of demos) {
    const { client, row } = demo;
    if (skipped.has(client.code)) continue;
    const lo = [clock.addDays(clock.today, -330), clock.addDays(client.validFrom, 30)].reduce((a, b) =>
      a > b ? a : b,
    );
    const hi = client.validTo === undefined ? clock.addDays(clock.today, -5) : clock.addDays(client.validTo, -5);
    if (lo > hi) continue;
    const reviewedOn = clock.businessDayOnOrBefore(clock.addDays(lo, rng.int(clock.daysBetween(lo, hi) + 1)));
    for (const service of servicesOn(demo, reviewedOn)) {
      const unhappy = row.mood === 'unhappy';
      drafts.push({
        key: ctx.keys.next('review'),
        demo,
        service,
        reviewedOn,
        agreementsMet: !(unhappy && rng.chance(0.5)),
        commitmentsMet: !((unhappy && rng.chance(0.6)) || (row.mood === 'neutral' && rng.chance(0.25))),
        requirementsMet: !(unhappy && rng.chance(0.4)),
      });
    }
  }
  return drafts;
}

function scopeDecision(
  demo: DemoClient,
  serviceCode: string,
  decidedAt: string,
  answer: boolean,
  reason: string,
  links: readonly LinkedRecord[],
  ctx: DemoContext,
): Decision {
  return parseDecision({
    key: ctx.keys.next('decision'),
    point: 'scopeChangeNeeded',
    clientCode: demo.client.code,
    serviceCode,
    answer,
    decidedBy: demo.client.accountOwner,
    role: 'comercial',
    decidedAt,
    reason,
    links: [...links],
  });
}

/** Step 7: reviews, their scope decisions and the scope change requests they raise. */
function buildReviews(demos: readonly DemoClient[], ctx: DemoContext, rng: Random) {
  const { clock } = ctx;
  const drafts = draftReviews(demos, ctx, rng);
  const candidates = drafts.filter((d) => d.reviewedOn < clock.addDays(clock.today, -3));
  const byClient = new Map<string, ReviewDraft>();
  for (const draft of rng.shuffle(candidates)) {
    if (!byClient.has(draft.demo.client.code)) byClient.set(draft.demo.client.code, draft);
  }
  const changing = new Set([...byClient.values()].slice(0, SCOPE_CHANGES_FROM_REVIEWS).map((d) => d.key));

  const reviews: ServiceReview[] = [];
  const requests: ChangeRequestDraft[] = [];
  const decisions: Decision[] = [];
  for (const draft of drafts) {
    const { demo, service } = draft;
    let request: ChangeRequestDraft | undefined;
    if (changing.has(draft.key)) {
      const after = clock.businessDaysAfter(draft.reviewedOn, rng.between(1, 2));
      request = {
        key: ctx.keys.next('change'),
        clientCode: demo.client.code,
        serviceCode: service.code,
        kind: 'scope',
        origin: 'review',
        originKey: draft.key,
        description: fill(rng.pick(SCOPE_CHANGES), serviceLabel(service)),
        justification: `Revisión del servicio del ${draft.reviewedOn}: el cliente requiere ajustar el alcance para cubrir sus nuevas necesidades de operación.`,
        requestedBy: demo.client.accountOwner,
        requestedOn: after < clock.today ? after : draft.reviewedOn,
      };
      requests.push(request);
    }
    const allMet = draft.agreementsMet && draft.commitmentsMet && draft.requirementsMet;
    const notes =
      request === undefined
        ? rng.pick(allMet ? REVIEW_NOTES_OK : REVIEW_NOTES_ISSUES)
        : `Se revisaron los acuerdos y compromisos del servicio con el cliente. Se requiere cambio de alcance: ${request.description}`;
    const review = parseServiceReview({
      key: draft.key,
      clientCode: demo.client.code,
      serviceCode: service.code,
      reviewedOn: draft.reviewedOn,
      reviewer: demo.client.accountOwner,
      agreementsMet: draft.agreementsMet,
      commitmentsMet: draft.commitmentsMet,
      requirementsMet: draft.requirementsMet,
      notes,
      scopeChangeRequired: request !== undefined,
      ...(request === undefined ? {} : { changeRequestKey: request.key }),
    });
    reviews.push(review);
    decisions.push(
      scopeDecision(
        demo,
        service.code,
        clock.at(draft.reviewedOn, '13:00'),
        request !== undefined,
        request === undefined
          ? 'El servicio cubre los acuerdos, compromisos y requerimientos del cliente; no se requiere cambio de alcance.'
          : `El cliente requiere un cambio de alcance; se solicita mediante el formato F-SGI-032.`,
        [
          { list: 'serviceReview', key: review.key },
          ...(request === undefined ? [] : [{ list: 'changeRequest' as const, key: request.key }]),
        ],
        ctx,
      ),
    );
  }
  return { reviews, requests, decisions };
}

/** A scope change agreed in a periodic meeting of a satisfied client. */
function meetingScopeChange(demos: readonly DemoClient[], meetings: readonly Meeting[], ctx: DemoContext, rng: Random) {
  const { clock } = ctx;
  const eligible = meetings.filter((m) => {
    const age = clock.daysBetween(clock.dateOf(m.start), clock.today);
    const demo = demos.find((d) => d.client.code === m.clientCode);
    return m.status === 'held' && m.kind === 'periodic' && age >= 60 && age <= 200 && demo?.row.mood === 'happy';
  });
  if (eligible.length === 0) return undefined;
  const meeting = rng.pick(eligible);
  const demo = demos.find((d) => d.client.code === meeting.clientCode) as DemoClient;
  const date = clock.dateOf(meeting.start);
  const service = rng.pick(servicesOn(demo, date));
  const request: ChangeRequestDraft = {
    key: ctx.keys.next('change'),
    clientCode: demo.client.code,
    serviceCode: service.code,
    kind: 'scope',
    origin: 'meeting',
    originKey: meeting.key,
    description: fill(SCOPE_CHANGES[1] ?? '{service}', serviceLabel(service)),
    justification: 'Acordado en la reunión de revisión: el cliente amplía su horario de operación.',
    requestedBy: demo.client.accountOwner,
    requestedOn: clock.businessDaysAfter(date, 1) < clock.today ? clock.businessDaysAfter(date, 1) : date,
  };
  const decision = scopeDecision(
    demo,
    service.code,
    meeting.end,
    true,
    'En la reunión de revisión el cliente solicitó ampliar el horario de atención; se requiere cambio de alcance.',
    [
      { list: 'meeting', key: meeting.key },
      { list: 'changeRequest', key: request.key },
    ],
    ctx,
  );
  return { request, decision };
}

/** An SLA change raised from a high-severity complaint that was resolved late. */
function complaintSlaChange(
  demos: readonly DemoClient[],
  complaints: readonly Complaint[],
  ctx: DemoContext,
  rng: Random,
) {
  const { clock } = ctx;
  const late = complaints.find((c) => {
    if (c.status !== 'closed' || c.closedAt === undefined) return false;
    if (c.severity !== 'critical' && c.severity !== 'high') return false;
    const demo = demos.find((d) => d.client.code === c.clientCode);
    const service = demo?.services.find((s) => s.code === c.serviceCode);
    return computeComplaintSla(c, { now: clock.cutoff, ...(service === undefined ? {} : { service }) }).resolution
      .breached;
  });
  if (late?.closedAt === undefined || late.serviceCode === undefined) return undefined;
  const demo = demos.find((d) => d.client.code === late.clientCode) as DemoClient;
  const after = clock.businessDaysAfter(clock.dateOf(late.closedAt), rng.between(1, 3));
  const requestedOn = after < clock.today ? after : clock.dateOf(late.closedAt);
  const request: ChangeRequestDraft = {
    key: ctx.keys.next('change'),
    clientCode: demo.client.code,
    serviceCode: late.serviceCode,
    kind: 'sla',
    origin: 'complaint',
    originKey: late.key,
    description: `Ajustar los tiempos de resolución de severidad ${late.severity === 'critical' ? 'crítica' : 'alta'} a la operación real del cliente.`,
    justification: `La queja ${late.folio ?? late.key} se resolvió fuera del SLA. Causa raíz: ${late.rootCause ?? 'en análisis'}`,
    requestedBy: demo.client.deliveryLead,
    requestedOn,
  };
  const decision = parseDecision({
    key: ctx.keys.next('decision'),
    point: 'slaChangeNeeded',
    clientCode: demo.client.code,
    serviceCode: late.serviceCode,
    answer: true,
    decidedBy: demo.client.deliveryLead,
    role: 'deliveryLead',
    decidedAt: clock.at(requestedOn, '11:00'),
    reason: `Tras el análisis de causa raíz de la queja ${late.folio ?? late.key}, se requiere modificar el SLA del servicio.`,
    links: [
      { list: 'complaint', key: late.key },
      { list: 'changeRequest', key: request.key },
    ],
  });
  return { request, decision };
}

/** Step 6 per client after its review or survey, with P-SGI-009 requests where the answer is yes. */
function serviceChanges(
  demos: readonly DemoClient[],
  reviews: readonly ServiceReview[],
  surveys: SurveyRecords,
  ctx: DemoContext,
  rng: Random,
) {
  const { clock } = ctx;
  const responses = surveys.responses.filter((r) => r.campaignKey === surveys.annual.key);
  const wantsNew = new Set(
    responses.filter((r) => r.answers[NEEDS_NEW_SERVICE_QUESTION_KEY] === 'Sí').map((r) => r.clientCode),
  );
  const reviewed = demos.filter((d) =>
    reviews.some((r) => r.clientCode === d.client.code && d.client.status === 'active'),
  );
  const modifying = new Set(
    rng
      .sample(
        reviewed.filter((d) => !wantsNew.has(d.client.code)),
        Math.max(2, MIN_SERVICE_REQUESTS - wantsNew.size),
      )
      .map((d) => d.client.code),
  );

  type Pending = Omit<ServiceRequest, 'status' | 'closedOn'>;
  const pending: Pending[] = [];
  const decisions: Decision[] = [];
  for (const demo of demos) {
    const { client } = demo;
    if (client.status !== 'active') continue;
    const ownReviews = reviews.filter((r) => r.clientCode === client.code);
    const slaDecision = surveys.decisions.find((d) => d.clientCode === client.code);
    const bases = [
      ...ownReviews.map((r) => r.reviewedOn),
      ...(slaDecision === undefined ? [] : [clock.dateOf(slaDecision.decidedAt)]),
    ].sort();
    const base = bases[bases.length - 1];
    if (base === undefined) continue;
    const after = clock.businessDaysAfter(base, rng.between(1, 3));
    const date = after < clock.today ? after : base;
    const decisionKey = ctx.keys.next('decision');
    let request: Pending | undefined;
    const response = responses.find(
      (r) => r.clientCode === client.code && r.answers[NEEDS_NEW_SERVICE_QUESTION_KEY] === 'Sí',
    );
    if (response !== undefined) {
      request = {
        key: ctx.keys.next('servicerequest'),
        clientCode: client.code,
        kind: 'new',
        description: rng.pick(NEW_SERVICES),
        justification: `En la ${surveys.annual.name} el cliente indicó que requiere un servicio nuevo.`,
        origin: 'survey',
        originKey: response.key,
        requestedBy: client.deliveryLead,
        requestedOn: date,
      };
    } else if (modifying.has(client.code) && ownReviews.length > 0) {
      const review = rng.pick(ownReviews);
      const service = demo.services.find((s) => s.code === review.serviceCode);
      request = {
        key: ctx.keys.next('servicerequest'),
        clientCode: client.code,
        kind: 'modify',
        serviceCode: review.serviceCode,
        description: fill(
          rng.pick(SERVICE_MODIFICATIONS),
          service === undefined ? review.serviceCode : serviceLabel(service),
        ),
        justification: `La revisión del servicio del ${review.reviewedOn} identificó nuevas necesidades del cliente.`,
        origin: 'review',
        originKey: review.key,
        requestedBy: client.deliveryLead,
        requestedOn: date,
      };
    }
    if (request !== undefined) pending.push(request);
    decisions.push(
      parseDecision({
        key: decisionKey,
        point: 'serviceChangeNeeded',
        clientCode: client.code,
        ...(request?.serviceCode === undefined ? {} : { serviceCode: request.serviceCode }),
        answer: request !== undefined,
        decidedBy: client.deliveryLead,
        role: 'deliveryLead',
        decidedAt: clock.at(date, '16:00'),
        reason:
          request === undefined
            ? 'Los servicios contratados cubren las necesidades del cliente; se continúa con el seguimiento y el monitoreo de los acuerdos.'
            : `Se requiere ${request.kind === 'new' ? 'la creación de un servicio' : 'la modificación de un servicio'}; se solicita conforme a P-SGI-009.`,
        links: [
          ...ownReviews.map((r) => ({ list: 'serviceReview' as const, key: r.key })),
          ...(slaDecision === undefined ? [] : [{ list: 'surveyCampaign' as const, key: surveys.annual.key }]),
          ...(request === undefined ? [] : [{ list: 'serviceRequest' as const, key: request.key }]),
        ],
      }),
    );
  }
  return { pending, decisions };
}

/**
 * States from the oldest request to the newest: the oldest ones finished, the three newest still
 * approved / under evaluation / submitted, so every state shows.
 */
function stateByAge<S>(index: number, count: number, newest: readonly S[], cycle: readonly S[]): S {
  const fromEnd = count - 1 - index;
  if (fromEnd < newest.length) return newest[newest.length - 1 - fromEnd] as S;
  return cycle[index % cycle.length] as S;
}

function finalizeChangeRequests(drafts: readonly ChangeRequestDraft[], ctx: DemoContext, rng: Random) {
  const { clock } = ctx;
  const sorted = [...drafts].sort((a, b) => a.requestedOn.localeCompare(b.requestedOn) || a.key.localeCompare(b.key));
  const perYear = new Map<string, number>();
  const byKey = new Map<string, ChangeRequest>();
  sorted.forEach((draft, index) => {
    const status = stateByAge(
      index,
      sorted.length,
      ['approved', 'underEvaluation', 'submitted'] as const,
      ['closed', 'rejected', 'implemented', 'closed', 'implemented', 'approved'] as const,
    );
    const year = draft.requestedOn.slice(0, 4);
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    const decided = status !== 'submitted' && status !== 'underEvaluation';
    const decidedOn = decided
      ? clampDate(clock.businessDaysAfter(draft.requestedOn, rng.between(3, 10)), draft.requestedOn, clock.yesterday)
      : undefined;
    const closedOn =
      decidedOn === undefined
        ? undefined
        : status === 'rejected'
          ? decidedOn
          : status === 'closed'
            ? clampDate(clock.addDays(decidedOn, rng.between(10, 40)), decidedOn, clock.yesterday)
            : undefined;
    byKey.set(
      draft.key,
      parseChangeRequest({
        ...draft,
        folio: `CR-${year}-${String(n).padStart(4, '0')}`,
        status,
        ...(decidedOn === undefined ? {} : { decidedOn }),
        ...(closedOn === undefined ? {} : { closedOn }),
      }),
    );
  });
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
}

function finalizeServiceRequests(
  pending: readonly Omit<ServiceRequest, 'status' | 'closedOn'>[],
  ctx: DemoContext,
  rng: Random,
): ServiceRequest[] {
  const { clock } = ctx;
  const sorted = [...pending].sort((a, b) => a.requestedOn.localeCompare(b.requestedOn) || a.key.localeCompare(b.key));
  return sorted
    .map((request, index) => {
      const status: ServiceRequestStatus = stateByAge(
        index,
        sorted.length,
        ['inTransition', 'inDesign', 'submitted'] as const,
        ['done', 'rejected', 'done', 'inTransition'] as const,
      );
      const closedOn =
        status === 'done'
          ? clampDate(clock.addDays(request.requestedOn, rng.between(20, 60)), request.requestedOn, clock.yesterday)
          : status === 'rejected'
            ? clampDate(clock.addDays(request.requestedOn, rng.between(5, 15)), request.requestedOn, clock.yesterday)
            : undefined;
      return parseServiceRequest({ ...request, status, ...(closedOn === undefined ? {} : { closedOn }) });
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}

export function buildChanges(
  demos: readonly DemoClient[],
  inputs: {
    readonly meetings: readonly Meeting[];
    readonly complaints: readonly Complaint[];
    readonly surveys: SurveyRecords;
  },
  ctx: DemoContext,
): ChangeRecords {
  const rng = ctx.rng.fork('changes');
  const reviewed = buildReviews(demos, ctx, rng);
  const fromMeeting = meetingScopeChange(demos, inputs.meetings, ctx, rng);
  const fromComplaint = complaintSlaChange(demos, inputs.complaints, ctx, rng);
  const services = serviceChanges(demos, reviewed.reviews, inputs.surveys, ctx, rng);
  const drafts = [
    ...inputs.surveys.changeRequests,
    ...reviewed.requests,
    ...(fromMeeting === undefined ? [] : [fromMeeting.request]),
    ...(fromComplaint === undefined ? [] : [fromComplaint.request]),
  ];
  return {
    serviceReviews: reviewed.reviews,
    changeRequests: finalizeChangeRequests(drafts, ctx, rng),
    serviceRequests: finalizeServiceRequests(services.pending, ctx, rng),
    decisions: [
      ...reviewed.decisions,
      ...(fromMeeting === undefined ? [] : [fromMeeting.decision]),
      ...(fromComplaint === undefined ? [] : [fromComplaint.decision]),
      ...services.decisions,
    ],
  };
}
