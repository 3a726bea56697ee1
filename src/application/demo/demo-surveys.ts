/**
 * Seed step 5 in the demo (PR-SGI-015): the closed annual satisfaction campaign with its
 * invitations (every register state) and about 70 % answered, an open project campaign still
 * collecting answers, and after the annual results the recorded decision "¿Es necesario
 * modificar los SLAs?" per client, with an SLA change request (F-SGI-032) where the answer is yes.
 */
import type { Contact } from '../../domain/client/contact.entity';
import { parseDecision, type Decision } from '../../domain/decision/decision.entity';
import type { IsoDate, IsoDateTime } from '../../domain/shared/primitives';
import {
  NEEDS_NEW_SERVICE_QUESTION_KEY,
  SLA_COVERS_NEEDS_QUESTION_KEY,
} from '../../domain/survey/survey-decision-rules';
import { parseSurveyCampaign, type SurveyCampaign } from '../../domain/survey/survey-campaign.entity';
import {
  parseSurveyInvitation,
  type InvitationStatus,
  type SurveyInvitation,
} from '../../domain/survey/survey-invitation.entity';
import { parseSurveyResponse, type SurveyResponse } from '../../domain/survey/survey-response.entity';
import { serviceLabel, type ClientMood } from './demo-catalog';
import { contactsOn, isClientActiveOn, servicesOn, type DemoClient, type DemoContext } from './demo-context';
import { fill, SLA_CHANGES, SURVEY_COMMENTS } from './demo-texts';
import type { Random } from './seeded-random';

/** A change request before its status and folio are settled (see demo-changes.ts). */
export interface ChangeRequestDraft {
  readonly key: string;
  readonly clientCode: string;
  readonly serviceCode: string;
  readonly kind: 'sla' | 'scope';
  readonly origin: 'survey' | 'review' | 'complaint' | 'meeting';
  readonly originKey: string;
  readonly description: string;
  readonly justification: string;
  readonly requestedBy: string;
  readonly requestedOn: IsoDate;
}

export interface SurveyRecords {
  readonly campaigns: SurveyCampaign[];
  readonly invitations: SurveyInvitation[];
  readonly responses: SurveyResponse[];
  readonly decisions: Decision[];
  readonly changeRequests: ChangeRequestDraft[];
  /** The annual campaign, for later steps (service decisions, audit). */
  readonly annual: SurveyCampaign;
  readonly project: SurveyCampaign;
}

/** Questions of the form besides CSAT, NPS and CES (`answers` keys). */
const QUESTION_COMMUNICATION = 'comunicacion';
const QUESTION_RESPONSE_TIME = 'tiempoRespuesta';

interface Scores {
  readonly csat: number;
  readonly nps: number;
  readonly ces: number;
  readonly communication: number;
  readonly responseTime: number;
}

/** Scores by mood. CES is "how easy was it" on 1–7 (7 = very easy). */
function scoresFor(mood: ClientMood, rng: Random): Scores {
  if (mood === 'happy') {
    return {
      csat: rng.weighted<number>([
        [5, 5],
        [4, 4],
        [3, 1],
      ]),
      nps: rng.weighted<number>([
        [10, 3],
        [9, 3.5],
        [8, 2],
        [7, 1],
        [6, 0.5],
      ]),
      ces: rng.between(5, 7),
      communication: rng.between(4, 5),
      responseTime: rng.between(4, 5),
    };
  }
  if (mood === 'neutral') {
    return {
      csat: rng.weighted<number>([
        [4, 5],
        [3, 3.5],
        [5, 1],
        [2, 0.5],
      ]),
      nps: rng.between(6, 9),
      ces: rng.between(3, 6),
      communication: rng.between(3, 5),
      responseTime: rng.between(2, 4),
    };
  }
  return {
    csat: rng.weighted<number>([
      [2, 4],
      [3, 3.5],
      [1, 1.5],
      [4, 1],
    ]),
    nps: rng.between(2, 6),
    ces: rng.between(1, 4),
    communication: rng.between(1, 3),
    responseTime: rng.between(1, 3),
  };
}

interface Invitee {
  readonly demo: DemoClient;
  readonly contact: Contact;
  readonly ordinal: number;
}

/**
 * Register states of the annual campaign: one answer guaranteed per unhappy client (their scores
 * drive the SLA decisions), then about 70 % answered, 10 % reminded without answer, 8 % only
 * sent, 7 % bounced and the rest failed to send.
 */
function annualStatuses(invitees: readonly Invitee[], rng: Random): Map<Invitee, InvitationStatus> {
  const statuses = new Map<Invitee, InvitationStatus>();
  const forced = new Set<string>();
  for (const invitee of invitees) {
    if (invitee.demo.row.mood === 'unhappy' && !forced.has(invitee.demo.client.code)) {
      forced.add(invitee.demo.client.code);
      statuses.set(invitee, 'answered');
    }
  }
  const rest = rng.shuffle(invitees.filter((i) => !statuses.has(i)));
  const total = invitees.length;
  const quota: readonly [InvitationStatus, number][] = [
    ['answered', Math.round(total * 0.7) - statuses.size],
    ['reminded', Math.max(1, Math.round(total * 0.1))],
    ['sent', Math.max(1, Math.round(total * 0.08))],
    ['bounced', Math.max(1, Math.round(total * 0.07))],
  ];
  let next = 0;
  for (const [status, count] of quota) {
    for (let i = 0; i < count && next < rest.length; i += 1) statuses.set(rest[next++] as Invitee, status);
  }
  while (next < rest.length) statuses.set(rest[next++] as Invitee, 'failed');
  return statuses;
}

interface Built {
  readonly invitation: SurveyInvitation;
  readonly invitee: Invitee;
}

function invitationOf(
  campaign: SurveyCampaign,
  invitee: Invitee,
  status: InvitationStatus,
  times: { sentAt: IsoDateTime; remindedAt: IsoDateTime; secondReminderAt?: IsoDateTime; answeredBy: IsoDateTime },
  ctx: DemoContext,
  rng: Random,
): SurveyInvitation {
  const { clock } = ctx;
  const key = ctx.keys.next('invitation');
  const sent = status !== 'pending' && status !== 'failed';
  const reminded = status === 'reminded' || (status === 'answered' && rng.chance(0.3));
  const twice = reminded && times.secondReminderAt !== undefined && rng.chance(0.35);
  const remindedAt = twice ? (times.secondReminderAt as IsoDateTime) : times.remindedAt;
  let answeredAt: IsoDateTime | undefined;
  if (status === 'answered') {
    // Answers arrive during the day, mostly within the first days after the e-mail.
    const from = reminded ? remindedAt : times.sentAt;
    const soonest = Date.parse(from) + 10 * 60_000;
    const candidate = clock.at(
      clock.addDays(
        clock.dateOf(from),
        rng.weighted<number>([
          [0, 5],
          [1, 3],
          [2, 2],
          [3, 1],
          [6, 1],
        ]),
      ),
      `${String(rng.between(8, 19)).padStart(2, '0')}:${String(rng.between(0, 59)).padStart(2, '0')}`,
    );
    const at = Date.parse(candidate);
    answeredAt =
      at >= soonest && at < Date.parse(times.answeredBy)
        ? candidate
        : clock.plusMinutes(
            from,
            10 + rng.int(Math.max(1, Math.min(120, (Date.parse(times.answeredBy) - soonest) / 60_000))),
          );
  }
  return parseSurveyInvitation({
    key,
    campaignKey: campaign.key,
    clientCode: invitee.demo.client.code,
    contactEmail: invitee.contact.email,
    token: rng.token(32),
    status,
    ...(sent ? { sentAt: clock.plusMinutes(times.sentAt, invitee.ordinal) } : {}),
    ...(sent && reminded ? { remindedAt } : {}),
    reminderCount: sent && reminded ? (twice ? 2 : 1) : 0,
    ...(answeredAt === undefined ? {} : { answeredAt }),
    ...(status === 'pending' ? {} : { mailKey: `relaciones-${key}` }),
  });
}

function responsesOf(
  built: readonly Built[],
  campaign: SurveyCampaign,
  source: SurveyResponse['source'],
  ctx: DemoContext,
  rng: Random,
): SurveyResponse[] {
  const answered = built
    .filter((b) => b.invitation.status === 'answered')
    .sort((a, b) => Date.parse(a.invitation.answeredAt ?? '') - Date.parse(b.invitation.answeredAt ?? ''));
  const firstOfClient = new Set<string>();
  return answered.map(({ invitation, invitee }, i) => {
    const { demo } = invitee;
    const mood = demo.row.mood;
    const scores = scoresFor(mood, rng);
    const first = !firstOfClient.has(demo.client.code);
    firstOfClient.add(demo.client.code);
    const services = servicesOn(demo, campaign.opensOn);
    const service = services[invitee.ordinal % Math.max(1, services.length)];
    const slaCovers =
      mood === 'unhappy'
        ? first || rng.chance(0.8)
          ? 'No'
          : 'Sí'
        : mood === 'neutral' && rng.chance(0.15)
          ? 'No'
          : 'Sí';
    const needsNew = mood !== 'unhappy' && rng.chance(0.12) ? 'Sí' : 'No';
    return parseSurveyResponse({
      key: ctx.keys.next('response'),
      campaignKey: campaign.key,
      invitationToken: invitation.token,
      clientCode: demo.client.code,
      ...(service === undefined ? {} : { serviceCode: service.code }),
      submittedAt: invitation.answeredAt,
      csat: scores.csat,
      nps: scores.nps,
      ces: scores.ces,
      answers: {
        [QUESTION_COMMUNICATION]: scores.communication,
        [QUESTION_RESPONSE_TIME]: scores.responseTime,
        [SLA_COVERS_NEEDS_QUESTION_KEY]: slaCovers,
        [NEEDS_NEW_SERVICE_QUESTION_KEY]: needsNew,
      },
      ...(rng.chance(0.65) ? { comment: rng.pick(SURVEY_COMMENTS[mood]) } : {}),
      source,
      sourceId: String(i + 1),
    });
  });
}

/** The annual campaign of the last year whose results were already sent (November survey). */
function annualCampaign(demos: readonly DemoClient[], ctx: DemoContext, rng: Random): SurveyCampaign {
  const { clock } = ctx;
  const thisYear = Number(clock.today.slice(0, 4));
  const year = clock.today >= `${thisYear}-12-10` ? thisYear : thisYear - 1;
  const opensOn = clock.businessDayOnOrAfter(`${year}-11-03`);
  const closesOn = `${year}-11-28`;
  const resultsSentOn = clock.businessDayOnOrAfter(`${year}-12-03`);
  return parseSurveyCampaign({
    key: ctx.keys.next('campaign'),
    name: `Encuesta anual de satisfacción ${year}`,
    kind: 'annual',
    year,
    formId: `DQSIkWdsW0yxEjajBLZtrQAAAAAAAAAAAAN__${rng.token(24)}`,
    tokenQuestionKey: `r${rng.hex(32)}`,
    opensOn,
    closesOn,
    status: 'closed',
    clientCodes: demos.filter((d) => invitable(d, opensOn, closesOn)).map((d) => d.client.code),
    resultsSentOn,
    closedOn: resultsSentOn,
  });
}

function invitable(demo: DemoClient, opensOn: IsoDate, closesOn: IsoDate): boolean {
  return isClientActiveOn(demo.client, opensOn) && isClientActiveOn(demo.client, closesOn);
}

/** An open per-project campaign: a cloud migration for two clients, answers still arriving. */
function projectCampaign(demos: readonly DemoClient[], ctx: DemoContext, rng: Random): SurveyCampaign {
  const { clock } = ctx;
  return parseSurveyCampaign({
    key: ctx.keys.next('campaign'),
    name: `Encuesta de cierre de proyecto: migración a la nube ${clock.today.slice(0, 4)}`,
    kind: 'project',
    year: Number(clock.today.slice(0, 4)),
    formId: `DQSIkWdsW0yxEjajBLZtrQAAAAAAAAAAAAN__${rng.token(24)}`,
    tokenQuestionKey: `r${rng.hex(32)}`,
    opensOn: clock.businessDaysBefore(clock.today, 8),
    closesOn: clock.businessDaysAfter(clock.today, 7),
    status: 'open',
    clientCodes: demos.map((d) => d.client.code),
  });
}

function slaDecision(
  demo: DemoClient,
  campaign: SurveyCampaign,
  responses: readonly SurveyResponse[],
  ctx: DemoContext,
  rng: Random,
): { decision: Decision; request?: ChangeRequestDraft } {
  const { clock } = ctx;
  const date = clock.businessDaysAfter(campaign.resultsSentOn ?? campaign.closesOn, rng.between(1, 6));
  const mean = responses.reduce((sum, r) => sum + (r.csat ?? 0), 0) / Math.max(1, responses.length);
  const notCovered = responses.filter((r) => r.answers[SLA_COVERS_NEEDS_QUESTION_KEY] === 'No');
  const answer = responses.length > 0 && (notCovered.length > 0 || mean < 3);
  const worst = [...responses].sort((a, b) => (a.csat ?? 5) - (b.csat ?? 5))[0];
  const decisionKey = ctx.keys.next('decision');
  let request: ChangeRequestDraft | undefined;
  if (answer && worst !== undefined) {
    const service =
      demo.services.find((s) => s.code === worst.serviceCode) ?? servicesOn(demo, date)[0] ?? demo.services[0];
    if (service !== undefined) {
      request = {
        key: ctx.keys.next('change'),
        clientCode: demo.client.code,
        serviceCode: service.code,
        kind: 'sla',
        origin: 'survey',
        originKey: worst.key,
        description: fill(rng.pick(SLA_CHANGES), serviceLabel(service)),
        justification: `Resultado de la ${campaign.name}: CSAT promedio de ${mean.toFixed(1)} con ${responses.length} respuesta(s); ${notCovered.length} indicaron que el SLA no cubre sus necesidades.`,
        requestedBy: demo.client.deliveryLead,
        requestedOn: date,
      };
    }
  }
  const reason =
    responses.length === 0
      ? 'Sin respuestas del cliente en la encuesta; se mantiene el SLA vigente y se dará seguimiento en la reunión de revisión.'
      : answer
        ? `CSAT promedio de ${mean.toFixed(1)}; el cliente indicó que el SLA no cubre sus necesidades. Se solicita la modificación conforme a P-SGI-022.`
        : `CSAT promedio de ${mean.toFixed(1)}; los resultados no muestran la necesidad de modificar los SLA.`;
  const decision = parseDecision({
    key: decisionKey,
    point: 'slaChangeNeeded',
    clientCode: demo.client.code,
    ...(request === undefined ? {} : { serviceCode: request.serviceCode }),
    answer: request !== undefined,
    decidedBy: demo.client.deliveryLead,
    role: 'deliveryLead',
    decidedAt: clock.at(date, '12:30'),
    reason,
    links: [
      { list: 'surveyCampaign', key: campaign.key },
      ...responses.slice(0, 20).map((r) => ({ list: 'surveyResponse' as const, key: r.key })),
      ...(request === undefined ? [] : [{ list: 'changeRequest' as const, key: request.key }]),
    ],
  });
  return request === undefined ? { decision } : { decision, request };
}

export function buildSurveys(demos: readonly DemoClient[], ctx: DemoContext): SurveyRecords {
  const { clock } = ctx;
  const rng = ctx.rng.fork('surveys');

  // Annual campaign: every survey recipient of the clients in scope.
  const annual = annualCampaign(demos, ctx, rng);
  const inScope = demos.filter((d) => annual.clientCodes?.includes(d.client.code) === true);
  const annualInvitees = inScope.flatMap((demo) =>
    contactsOn(demo, annual.closesOn)
      .filter((c) => c.surveyRecipient)
      .map((contact, ordinal) => ({ demo, contact, ordinal })),
  );
  const statuses = annualStatuses(annualInvitees, rng);
  const annualTimes = {
    sentAt: clock.at(annual.opensOn, '09:00'),
    remindedAt: clock.at(clock.businessDaysAfter(annual.opensOn, 6), '09:00'),
    secondReminderAt: clock.at(clock.businessDaysAfter(annual.opensOn, 12), '09:00'),
    answeredBy: clock.at(annual.closesOn, '18:00'),
  };
  const annualBuilt = annualInvitees.map((invitee) => ({
    invitee,
    invitation: invitationOf(annual, invitee, statuses.get(invitee) ?? 'sent', annualTimes, ctx, rng),
  }));
  const annualResponses = responsesOf(annualBuilt, annual, 'formsExport', ctx, rng);

  // Project campaign: every current contact of two clients, some still pending.
  const projectClients = demos.filter((d) => d.client.code === 'HSJT' || d.client.code === 'SEMOVH');
  const project = projectCampaign(projectClients, ctx, rng);
  const projectStatuses: readonly InvitationStatus[] = ['answered', 'pending', 'reminded', 'sent', 'answered'];
  const projectInvitees = projectClients.flatMap((demo) =>
    contactsOn(demo, clock.today).map((contact, ordinal) => ({ demo, contact, ordinal })),
  );
  const projectTimes = {
    sentAt: clock.at(project.opensOn, '09:15'),
    remindedAt: clock.at(clock.businessDaysAfter(project.opensOn, 4), '09:00'),
    answeredBy: clock.at(clock.yesterday, '18:00'),
  };
  const projectBuilt = projectInvitees.map((invitee, i) => ({
    invitee,
    invitation: invitationOf(
      project,
      invitee,
      projectStatuses[i % projectStatuses.length] ?? 'sent',
      projectTimes,
      ctx,
      rng,
    ),
  }));
  const projectResponses = responsesOf(projectBuilt, project, 'formsWorkbook', ctx, rng);

  // Step 5 decision per client that received the annual survey.
  const decisions: Decision[] = [];
  const changeRequests: ChangeRequestDraft[] = [];
  for (const demo of inScope) {
    const delivered = annualBuilt.some(
      (b) => b.invitee.demo === demo && ['sent', 'reminded', 'answered'].includes(b.invitation.status),
    );
    if (!delivered) continue;
    const own = annualResponses.filter((r) => r.clientCode === demo.client.code);
    const { decision, request } = slaDecision(demo, annual, own, ctx, rng);
    decisions.push(decision);
    if (request !== undefined) changeRequests.push(request);
  }

  return {
    campaigns: [annual, project],
    invitations: [...annualBuilt, ...projectBuilt].map((b) => b.invitation),
    responses: [...annualResponses, ...projectResponses],
    decisions,
    changeRequests,
    annual,
    project,
  };
}
