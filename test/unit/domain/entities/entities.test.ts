/** The entities of the process validate what comes from outside and produce typed values. */
import { findClientBySenderEmail, parseClient, type Client } from '../../../../src/domain/client/client.entity';
import { parseContact } from '../../../../src/domain/client/contact.entity';
import { parseService, slaTargetFor, DEFAULT_SLA_TARGETS } from '../../../../src/domain/service/service.entity';
import { parseMeeting } from '../../../../src/domain/meeting/meeting.entity';
import { isAgreementOverdue, parseAgreement } from '../../../../src/domain/meeting/agreement.entity';
import { isComplaintOpen, parseComplaint } from '../../../../src/domain/complaint/complaint.entity';
import { parseSurveyCampaign } from '../../../../src/domain/survey/survey-campaign.entity';
import { parseSurveyInvitation } from '../../../../src/domain/survey/survey-invitation.entity';
import { parseSurveyResponse } from '../../../../src/domain/survey/survey-response.entity';
import { isChangeRequestPending, parseChangeRequest } from '../../../../src/domain/change/change-request.entity';
import { parseServiceRequest } from '../../../../src/domain/change/service-request.entity';
import { parseServiceReview } from '../../../../src/domain/change/service-review.entity';
import { parseDecision } from '../../../../src/domain/decision/decision.entity';
import { parseAuditEntry } from '../../../../src/domain/audit/audit-entry.entity';
import { DomainError, isDomainError } from '../../../../src/domain/shared/domain-error';
import { describeError } from '../../../../src/i18n';

const KEY = 'k-0000000001';
const KEY2 = 'k-0000000002';
const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWx';

const valid = {
  Client: (): Record<string, unknown> => ({
    key: KEY,
    code: 'ACME',
    name: 'Aceros de México, S.A. de C.V.',
    taxId: 'ame850101ab1',
    emailDomains: ['acme.com.mx'],
    accountOwner: 'Comercial@Relaciones.example',
    deliveryLead: 'lider@relaciones.example',
    cadence: 'quarterly',
    status: 'active',
    validFrom: '2025-01-01',
  }),
  Contact: (): Record<string, unknown> => ({
    key: KEY,
    clientCode: 'ACME',
    name: 'Ana López',
    email: 'ana@acme.com.mx',
    surveyRecipient: true,
  }),
  Service: (): Record<string, unknown> => ({
    key: KEY,
    clientCode: 'ACME',
    code: 'SOP-N2',
    name: 'Soporte nivel 2',
    validFrom: '2025-01-01',
    sla: {
      availabilityPct: 99.5,
      bySeverity: {
        critical: { acknowledgeHours: 0.5, resolveHours: 4 },
        high: { acknowledgeHours: 2, resolveHours: 16 },
        medium: { acknowledgeHours: 4, resolveHours: 40 },
        low: { acknowledgeHours: 8, resolveHours: 80 },
      },
    },
  }),
  Meeting: (): Record<string, unknown> => ({
    key: KEY,
    clientCode: 'ACME',
    subject: 'Revisión trimestral',
    start: '2026-03-10T10:00:00-06:00',
    end: '2026-03-10T11:00:00-06:00',
    kind: 'periodic',
    status: 'held',
    attendees: [{ email: 'ana@acme.com.mx', name: 'Ana López' }],
    complaintRaised: false,
  }),
  Agreement: (): Record<string, unknown> => ({
    key: KEY,
    meetingKey: KEY2,
    clientCode: 'ACME',
    description: 'Enviar informe mensual de disponibilidad',
    owner: 'comercial@relaciones.example',
    dueOn: '2026-04-01',
    status: 'open',
  }),
  Complaint: (): Record<string, unknown> => ({
    key: KEY,
    folio: 'Q-2026-0042',
    clientCode: 'ACME',
    serviceCode: 'SOP-N2',
    title: 'Tiempo de respuesta excesivo',
    description: 'Los tickets críticos tardan más de 4 horas.',
    severity: 'high',
    channel: 'meeting',
    receivedAt: '2026-03-10T10:30:00-06:00',
    reportedBy: 'comercial@relaciones.example',
    status: 'registered',
    reopenCount: 0,
    pauses: [],
    history: [
      {
        at: '2026-03-10T10:30:00-06:00',
        by: 'comercial@relaciones.example',
        role: 'comercial',
        from: null,
        to: 'registered',
      },
    ],
  }),
  SurveyCampaign: (): Record<string, unknown> => ({
    key: KEY,
    name: 'Encuesta anual 2026',
    kind: 'annual',
    year: 2026,
    formId: 'AbC123_-x',
    tokenQuestionKey: 'r5f1c2',
    opensOn: '2026-10-01',
    closesOn: '2026-10-31',
    status: 'closed',
    closedOn: '2026-11-02',
  }),
  SurveyInvitation: (): Record<string, unknown> => ({
    key: KEY,
    campaignKey: KEY2,
    clientCode: 'ACME',
    contactEmail: 'ana@acme.com.mx',
    token: TOKEN,
    status: 'sent',
    sentAt: '2026-10-01T09:00:00Z',
    reminderCount: 0,
  }),
  SurveyResponse: (): Record<string, unknown> => ({
    key: KEY,
    campaignKey: KEY2,
    invitationToken: TOKEN,
    clientCode: 'ACME',
    submittedAt: '2026-10-03T12:00:00Z',
    csat: 4,
    nps: 9,
    answers: { q1: 'Sí', q2: 5 },
    source: 'formsExport',
  }),
  ChangeRequest: (): Record<string, unknown> => ({
    key: KEY,
    clientCode: 'ACME',
    serviceCode: 'SOP-N2',
    kind: 'sla',
    origin: 'survey',
    description: 'Reducir el tiempo de resolución de severidad alta a 12 h',
    justification: 'NPS negativo en la encuesta anual',
    requestedBy: 'lider@relaciones.example',
    requestedOn: '2026-11-05',
    status: 'submitted',
  }),
  ServiceRequest: (): Record<string, unknown> => ({
    key: KEY,
    clientCode: 'ACME',
    kind: 'new',
    description: 'Monitoreo 24x7 de bases de datos',
    justification: 'Solicitado en la revisión del servicio',
    origin: 'review',
    requestedBy: 'lider@relaciones.example',
    requestedOn: '2026-11-05',
    status: 'submitted',
  }),
  ServiceReview: (): Record<string, unknown> => ({
    key: KEY,
    clientCode: 'ACME',
    serviceCode: 'SOP-N2',
    reviewedOn: '2026-11-10',
    reviewer: 'comercial@relaciones.example',
    agreementsMet: true,
    commitmentsMet: true,
    requirementsMet: false,
    notes: 'Falta reporte de capacidad',
    scopeChangeRequired: true,
    changeRequestKey: KEY2,
  }),
  Decision: (): Record<string, unknown> => ({
    key: KEY,
    point: 'slaChangeNeeded',
    clientCode: 'ACME',
    serviceCode: 'SOP-N2',
    answer: true,
    decidedBy: 'lider@relaciones.example',
    role: 'deliveryLead',
    decidedAt: '2026-11-05T10:00:00-06:00',
    reason: 'NPS de -20 y dos quejas de tiempo de resolución',
    links: [{ list: 'changeRequest', key: KEY2 }],
  }),
  AuditEntry: (): Record<string, unknown> => ({
    key: KEY,
    at: '2026-11-28T03:00:00Z',
    actor: 'lider@relaciones.example',
    action: 'purged',
    recordType: 'complaint',
    recordKey: KEY2,
    summary: 'Queja Q-2024-0001 eliminada por retención',
    validityEnd: '2025-10-01',
    disposalDate: '2026-10-01',
  }),
};

const parsers: Record<keyof typeof valid, (input: unknown) => unknown> = {
  Client: parseClient,
  Contact: parseContact,
  Service: parseService,
  Meeting: parseMeeting,
  Agreement: parseAgreement,
  Complaint: parseComplaint,
  SurveyCampaign: parseSurveyCampaign,
  SurveyInvitation: parseSurveyInvitation,
  SurveyResponse: parseSurveyResponse,
  ChangeRequest: parseChangeRequest,
  ServiceRequest: parseServiceRequest,
  ServiceReview: parseServiceReview,
  Decision: parseDecision,
  AuditEntry: parseAuditEntry,
};

function expectInvalid(entity: keyof typeof valid, input: unknown, field: string): DomainError {
  try {
    parsers[entity](input);
  } catch (error) {
    expect(isDomainError(error, 'VALIDATION.INVALID_INPUT')).toBe(true);
    const e = error as DomainError;
    expect(e.params.entity).toBe(entity);
    expect(e.issues.map((i) => i.path)).toContain(field);
    return e;
  }
  throw new Error(`${entity} accepted an invalid value for ${field}`);
}

describe('entidades del proceso', () => {
  it.each(Object.keys(valid) as (keyof typeof valid)[])('%s válido se acepta', (entity) => {
    expect(() => parsers[entity](valid[entity]())).not.toThrow();
  });

  it.each(Object.keys(valid) as (keyof typeof valid)[])('%s rechaza campos desconocidos', (entity) => {
    expectInvalid(entity, { ...valid[entity](), extra: 1 }, '');
  });

  it.each(Object.keys(valid) as (keyof typeof valid)[])('%s rechaza una clave que no es un identificador', (entity) => {
    expectInvalid(entity, { ...valid[entity](), key: '../../etc/passwd' }, 'key');
  });

  it.each<[keyof typeof valid, string, unknown]>([
    ['Client', 'code', 'acme corp'],
    ['Client', 'emailDomains', ['acme.com.mx', 'ACME.com.mx']],
    ['Client', 'emailDomains.0', 'no es dominio'],
    ['Client', 'taxId', 'XYZ'],
    ['Client', 'cadence', 'weekly'],
    ['Client', 'validTo', '2024-12-31'],
    ['Client', 'accountOwner', 'no-es-correo'],
    ['Contact', 'email', 'ana@'],
    ['Service', 'sla.bySeverity.high.resolveHours', { acknowledgeHours: 20, resolveHours: 10 }],
    ['Meeting', 'end', '2026-03-10T09:00:00-06:00'],
    ['Meeting', 'start', '2026-03-10 10:00'],
    ['Agreement', 'closedOn', '2026-04-02'],
    ['Complaint', 'severity', 'urgent'],
    ['Complaint', 'folio', 'Q-42'],
    ['Complaint', 'reopenCount', -1],
    ['SurveyCampaign', 'closesOn', '2026-09-01'],
    ['SurveyCampaign', 'formId', 'id con espacios'],
    ['SurveyInvitation', 'token', 'corto'],
    ['SurveyResponse', 'csat', 6],
    ['SurveyResponse', 'nps', 11],
    ['SurveyResponse', 'ces', 0],
    ['ServiceRequest', 'closedOn', '2026-11-06'],
    ['Decision', 'reason', '   '],
    ['AuditEntry', 'action', 'borrado'],
  ])('%s rechaza %s = %j', (entity, field, value) => {
    const input = valid[entity]();
    const path = field.split('.');
    if (entity === 'Service' && field.startsWith('sla.')) {
      ((input.sla as Record<string, Record<string, unknown>>).bySeverity as Record<string, unknown>).high = value;
    } else if (entity === 'Client' && field === 'emailDomains.0') {
      input.emailDomains = [value];
    } else if (entity === 'Agreement' && field === 'closedOn') {
      input.closedOn = value; // still open: a closing date is a contradiction
    } else if (entity === 'ServiceRequest' && field === 'closedOn') {
      input.closedOn = value;
    } else {
      input[path[0]!] = value;
    }
    expectInvalid(entity, input, field);
  });

  it('el texto de un cliente se guarda tal cual, aunque parezca HTML o una fórmula', () => {
    const client = parseClient({ ...valid.Client(), name: '  <img src=x onerror=alert(1)> =HYPERLINK("x") ' });
    expect(client.name).toBe('<img src=x onerror=alert(1)> =HYPERLINK("x")');
  });

  it('correos, dominios y RFC se normalizan', () => {
    const client = parseClient({ ...valid.Client(), emailDomains: ['  Acme.COM.mx '] });
    expect(client.accountOwner).toBe('comercial@relaciones.example');
    expect(client.emailDomains).toEqual(['acme.com.mx']);
    expect(client.taxId).toBe('AME850101AB1');
  });

  it('una revisión sin cambio de alcance no puede ligar una solicitud de cambio', () => {
    expectInvalid('ServiceReview', { ...valid.ServiceReview(), scopeChangeRequired: false }, 'changeRequestKey');
  });

  it('una modificación de servicio nombra el servicio que modifica', () => {
    expectInvalid('ServiceRequest', { ...valid.ServiceRequest(), kind: 'modify' }, 'serviceCode');
  });

  it('solo una reunión realizada registra si hubo queja', () => {
    expectInvalid('Meeting', { ...valid.Meeting(), status: 'scheduled' }, 'complaintRaised');
  });

  it('el error de validación se lee en español y en inglés', () => {
    const error = expectInvalid('Contact', { ...valid.Contact(), email: 'x' }, 'email');
    expect(describeError(error)).toBe(
      'Los datos de Contact no son válidos (1 problema(s); el primero en «email»). Corrija los datos y vuelva a intentarlo; no se guardó nada.',
    );
    expect(describeError(error, 'en')).toMatch(/^The Contact data is not valid/);
  });
});

describe('reglas simples de las entidades', () => {
  const clients = [
    { code: 'A', emailDomains: ['grupo.mx'], status: 'active' },
    { code: 'B', emailDomains: ['ventas.grupo.mx'], status: 'active' },
  ] as unknown as Client[];

  it.each([
    ['ana@grupo.mx', 'A'],
    ['ana@norte.grupo.mx', 'A'],
    ['ana@ventas.grupo.mx', 'B'],
    ['ana@x.ventas.grupo.mx', 'B'],
    ['ANA@VENTAS.GRUPO.MX', 'B'],
    ['ana@otrogrupo.mx', undefined],
    ['sin-arroba', undefined],
  ])('el remitente %s corresponde al cliente %s', (email, code) => {
    expect(findClientBySenderEmail(clients, email)?.code).toBe(code);
  });

  it('un acuerdo abierto vence el día siguiente a su fecha compromiso', () => {
    expect(isAgreementOverdue({ status: 'open', dueOn: '2026-04-01' }, '2026-04-01')).toBe(false);
    expect(isAgreementOverdue({ status: 'open', dueOn: '2026-04-01' }, '2026-04-02')).toBe(true);
    expect(isAgreementOverdue({ status: 'done', dueOn: '2026-04-01' }, '2026-05-01')).toBe(false);
  });

  it('una queja resuelta sigue abierta hasta que se cierra', () => {
    expect(isComplaintOpen('resolved')).toBe(true);
    expect(isComplaintOpen('reopened')).toBe(true);
    expect(isComplaintOpen('closed')).toBe(false);
  });

  it('sin SLA propio se usan los objetivos por omisión', () => {
    expect(slaTargetFor(undefined, 'critical')).toEqual(DEFAULT_SLA_TARGETS.bySeverity.critical);
    const service = parseService(valid.Service());
    expect(slaTargetFor(service, 'critical').resolveHours).toBe(4);
  });

  it('una solicitud de cambio aprobada sigue pendiente hasta implementarse', () => {
    expect(isChangeRequestPending('approved')).toBe(true);
    expect(isChangeRequestPending('implemented')).toBe(false);
  });
});
