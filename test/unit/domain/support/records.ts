/**
 * Records of the process for the domain tests: one factory per entity. Each fills believable
 * defaults (client ACME, Mexico City times, 2026), lets the test override the fields that matter
 * to it, runs the entity's parse function and returns the typed record, so every fixture is a
 * record the domain would accept. `inputs` gives the same fields before parsing, for tests that
 * break them on purpose.
 */
import type { z } from 'zod';
import {
  parseAuditEntry,
  type AuditEntry,
  type auditEntrySchema,
} from '../../../../src/domain/audit/audit-entry.entity';
import {
  parseChangeRequest,
  type ChangeRequest,
  type changeRequestSchema,
} from '../../../../src/domain/change/change-request.entity';
import {
  parseServiceRequest,
  type ServiceRequest,
  type serviceRequestSchema,
} from '../../../../src/domain/change/service-request.entity';
import {
  parseServiceReview,
  type ServiceReview,
  type serviceReviewSchema,
} from '../../../../src/domain/change/service-review.entity';
import { parseClient, type Client, type clientSchema } from '../../../../src/domain/client/client.entity';
import { parseContact, type Contact, type contactSchema } from '../../../../src/domain/client/contact.entity';
import {
  parseComplaint,
  type Complaint,
  type complaintSchema,
} from '../../../../src/domain/complaint/complaint.entity';
import { parseDecision, type Decision, type decisionSchema } from '../../../../src/domain/decision/decision.entity';
import { parseAgreement, type Agreement, type agreementSchema } from '../../../../src/domain/meeting/agreement.entity';
import { parseMeeting, type Meeting, type meetingSchema } from '../../../../src/domain/meeting/meeting.entity';
import { parseService, type Service, type serviceSchema } from '../../../../src/domain/service/service.entity';
import {
  parseSurveyCampaign,
  type SurveyCampaign,
  type surveyCampaignSchema,
} from '../../../../src/domain/survey/survey-campaign.entity';
import {
  parseSurveyInvitation,
  type SurveyInvitation,
  type surveyInvitationSchema,
} from '../../../../src/domain/survey/survey-invitation.entity';
import {
  parseSurveyResponse,
  type SurveyResponse,
  type surveyResponseSchema,
} from '../../../../src/domain/survey/survey-response.entity';

// ---------------------------------------------------------------------------------------------
// People, keys and times
// ---------------------------------------------------------------------------------------------

/** The people of the demo: the account's Comercial, the delivery Líder, Dirección and the Auditor. */
export const COMERCIAL = 'ana.comercial@proveedor.com.mx';
export const LIDER = 'luis.lider@proveedor.com.mx';
export const DIRECCION = 'dir@proveedor.com.mx';
export const AUDITOR = 'auditoria@proveedor.com.mx';

let sequence = 0;

/** A record key never handed out before in this test file: `cli-00000001`, `mtg-00000002`… */
export const nextKey = (prefix: string): string => `${prefix}-${String((sequence += 1)).padStart(8, '0')}`;

/** An invitation token never handed out before in this test file (25 URL-safe characters). */
export const nextToken = (): string => `tok${String((sequence += 1)).padStart(22, '0')}`;

/** A local Mexico City time `YYYY-MM-DDTHH:mm` as an ISO instant (UTC−6 all year since October 2022). */
export const mx = (local: string): string => `${local}:00-06:00`;

// ---------------------------------------------------------------------------------------------
// Fields before parsing
// ---------------------------------------------------------------------------------------------

interface Schemas {
  client: typeof clientSchema;
  contact: typeof contactSchema;
  service: typeof serviceSchema;
  meeting: typeof meetingSchema;
  agreement: typeof agreementSchema;
  complaint: typeof complaintSchema;
  surveyCampaign: typeof surveyCampaignSchema;
  surveyInvitation: typeof surveyInvitationSchema;
  surveyResponse: typeof surveyResponseSchema;
  changeRequest: typeof changeRequestSchema;
  serviceRequest: typeof serviceRequestSchema;
  serviceReview: typeof serviceReviewSchema;
  decision: typeof decisionSchema;
  auditEntry: typeof auditEntrySchema;
}
export type RecordKind = keyof Schemas;

/** The fields of a record of `K` as its parse function takes them. */
export type RecordInput<K extends RecordKind> = z.input<Schemas[K]>;

/** The fields a test sets; `undefined` removes an optional field the defaults fill. */
export type Overrides<K extends RecordKind> = Partial<RecordInput<K>>;

/** Default fields of each entity, with the test's overrides on top, before parsing. */
export const inputs: { readonly [K in RecordKind]: (over?: Overrides<K>) => RecordInput<K> } = {
  client: (over = {}) => ({
    key: nextKey('cli'),
    code: 'ACME',
    name: 'Aceros de México, S.A. de C.V.',
    emailDomains: ['acme.com.mx'],
    accountOwner: COMERCIAL,
    deliveryLead: LIDER,
    cadence: 'quarterly',
    status: 'active',
    validFrom: '2024-01-01',
    ...over,
  }),
  contact: (over = {}) => ({
    key: nextKey('con'),
    clientCode: 'ACME',
    name: 'Ana López',
    email: 'ana@acme.com.mx',
    surveyRecipient: true,
    ...over,
  }),
  service: (over = {}) => ({
    key: nextKey('svc'),
    clientCode: 'ACME',
    code: 'SOP-N2',
    name: 'Soporte nivel 2',
    validFrom: '2024-01-01',
    ...over,
  }),
  meeting: (over = {}) => ({
    key: nextKey('mtg'),
    clientCode: 'ACME',
    subject: 'Revisión trimestral',
    start: mx('2026-03-10T10:00'),
    end: mx('2026-03-10T11:00'),
    kind: 'periodic',
    status: 'held',
    agenda: 'Acuerdos abiertos, quejas abiertas, cumplimiento de SLA, última encuesta',
    attendees: [{ email: 'ana@acme.com.mx', name: 'Ana López' }],
    complaintRaised: false,
    ...over,
  }),
  agreement: (over = {}) => ({
    key: nextKey('agr'),
    meetingKey: nextKey('mtg'),
    clientCode: 'ACME',
    description: 'Enviar informe mensual de disponibilidad',
    owner: COMERCIAL,
    dueOn: '2026-04-01',
    status: 'open',
    ...over,
  }),
  complaint: (over = {}) => ({
    key: nextKey('cmp'),
    clientCode: 'ACME',
    title: 'Intermitencia en el portal',
    description: 'El portal de clientes no responde por las tardes.',
    severity: 'high',
    channel: 'meeting',
    receivedAt: mx('2026-03-02T09:00'),
    reportedBy: COMERCIAL,
    status: 'closed',
    closedAt: mx('2026-03-03T18:00'),
    reopenCount: 0,
    pauses: [],
    history: [],
    ...over,
  }),
  surveyCampaign: (over = {}) => ({
    key: nextKey('cmpg'),
    name: 'Encuesta anual 2026',
    kind: 'annual',
    year: 2026,
    formId: 'FormAnual2026',
    tokenQuestionKey: 'r1a2b3',
    opensOn: '2026-10-01',
    closesOn: '2026-10-31',
    status: 'closed',
    closedOn: '2026-11-02',
    resultsSentOn: '2026-11-10',
    ...over,
  }),
  surveyInvitation: (over = {}) => ({
    key: nextKey('inv'),
    campaignKey: nextKey('cmpg'),
    clientCode: 'ACME',
    contactEmail: 'ana@acme.com.mx',
    token: nextToken(),
    status: 'answered',
    sentAt: mx('2026-10-01T09:00'),
    answeredAt: mx('2026-10-05T09:00'),
    reminderCount: 0,
    ...over,
  }),
  surveyResponse: (over = {}) => ({
    key: nextKey('rsp'),
    campaignKey: nextKey('cmpg'),
    clientCode: 'ACME',
    submittedAt: mx('2026-10-05T09:00'),
    csat: 4,
    nps: 9,
    answers: {},
    source: 'formsExport',
    ...over,
  }),
  changeRequest: (over = {}) => ({
    key: nextKey('cr'),
    clientCode: 'ACME',
    serviceCode: 'SOP-N2',
    kind: 'scope',
    origin: 'review',
    description: 'Ampliar el horario de soporte',
    justification: 'Solicitado en la revisión del servicio',
    requestedBy: COMERCIAL,
    requestedOn: '2026-12-02',
    status: 'submitted',
    ...over,
  }),
  serviceRequest: (over = {}) => ({
    key: nextKey('sr'),
    clientCode: 'ACME',
    kind: 'new',
    description: 'Servicio de monitoreo',
    justification: 'Resultado de la encuesta',
    origin: 'survey',
    requestedBy: LIDER,
    requestedOn: '2026-11-25',
    status: 'submitted',
    ...over,
  }),
  serviceReview: (over = {}) => ({
    key: nextKey('rev'),
    clientCode: 'ACME',
    serviceCode: 'SOP-N2',
    reviewedOn: '2026-12-01',
    reviewer: COMERCIAL,
    agreementsMet: true,
    commitmentsMet: true,
    requirementsMet: true,
    notes: 'Sin desviaciones',
    scopeChangeRequired: false,
    ...over,
  }),
  decision: (over = {}) => ({
    key: nextKey('dec'),
    point: 'slaChangeNeeded',
    clientCode: 'ACME',
    answer: false,
    decidedBy: LIDER,
    role: 'deliveryLead',
    decidedAt: mx('2026-11-20T12:00'),
    reason: 'Revisado con el cliente',
    links: [],
    ...over,
  }),
  auditEntry: (over = {}) => ({
    key: nextKey('aud'),
    at: '2026-11-28T03:00:00Z',
    actor: LIDER,
    action: 'purged',
    recordType: 'complaint',
    recordKey: nextKey('cmp'),
    summary: 'Queja Q-2024-0001 eliminada por retención',
    validityEnd: '2025-10-01',
    disposalDate: '2026-10-01',
    ...over,
  }),
};

// ---------------------------------------------------------------------------------------------
// Parsed records
// ---------------------------------------------------------------------------------------------

export const client = (over?: Overrides<'client'>): Client => parseClient(inputs.client(over));
export const contact = (over?: Overrides<'contact'>): Contact => parseContact(inputs.contact(over));
export const service = (over?: Overrides<'service'>): Service => parseService(inputs.service(over));
export const meeting = (over?: Overrides<'meeting'>): Meeting => parseMeeting(inputs.meeting(over));
export const agreement = (over?: Overrides<'agreement'>): Agreement => parseAgreement(inputs.agreement(over));
export const complaint = (over?: Overrides<'complaint'>): Complaint => parseComplaint(inputs.complaint(over));
export const surveyCampaign = (over?: Overrides<'surveyCampaign'>): SurveyCampaign =>
  parseSurveyCampaign(inputs.surveyCampaign(over));
export const surveyInvitation = (over?: Overrides<'surveyInvitation'>): SurveyInvitation =>
  parseSurveyInvitation(inputs.surveyInvitation(over));
export const surveyResponse = (over?: Overrides<'surveyResponse'>): SurveyResponse =>
  parseSurveyResponse(inputs.surveyResponse(over));
export const changeRequest = (over?: Overrides<'changeRequest'>): ChangeRequest =>
  parseChangeRequest(inputs.changeRequest(over));
export const serviceRequest = (over?: Overrides<'serviceRequest'>): ServiceRequest =>
  parseServiceRequest(inputs.serviceRequest(over));
export const serviceReview = (over?: Overrides<'serviceReview'>): ServiceReview =>
  parseServiceReview(inputs.serviceReview(over));
export const decision = (over?: Overrides<'decision'>): Decision => parseDecision(inputs.decision(over));
export const auditEntry = (over?: Overrides<'auditEntry'>): AuditEntry => parseAuditEntry(inputs.auditEntry(over));
