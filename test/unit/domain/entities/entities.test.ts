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
import type { DomainError } from '../../../../src/domain/shared/domain-error';
import { describeError } from '../../../../src/i18n';
import { expectDomainError } from '../support/errors';
import { COMERCIAL, inputs, mx, nextKey, nextToken } from '../support/records';

const TOKEN = nextToken();

/**
 * A valid input of each entity: the shared defaults, plus the optional fields and edge values
 * the tests below break or read (a taxId to normalise, an SLA, a history, links…).
 */
const valid = {
  Client: (): Record<string, unknown> =>
    inputs.client({ taxId: 'ame850101ab1', accountOwner: 'Comercial@Relaciones.example', validFrom: '2025-01-01' }),
  Contact: (): Record<string, unknown> => inputs.contact(),
  Service: (): Record<string, unknown> =>
    inputs.service({
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
  Meeting: (): Record<string, unknown> => inputs.meeting(),
  Agreement: (): Record<string, unknown> => inputs.agreement({ status: 'open' }),
  Complaint: (): Record<string, unknown> =>
    inputs.complaint({
      folio: 'Q-2026-0042',
      serviceCode: 'SOP-N2',
      status: 'registered',
      closedAt: undefined,
      history: [{ at: mx('2026-03-02T09:00'), by: COMERCIAL, role: 'comercial', from: null, to: 'registered' }],
    }),
  SurveyCampaign: (): Record<string, unknown> => inputs.surveyCampaign({ formId: 'AbC123_-x' }),
  SurveyInvitation: (): Record<string, unknown> => inputs.surveyInvitation({ token: TOKEN }),
  SurveyResponse: (): Record<string, unknown> =>
    inputs.surveyResponse({ invitationToken: TOKEN, answers: { q1: 'Sí', q2: 5 } }),
  ChangeRequest: (): Record<string, unknown> => inputs.changeRequest(),
  ServiceRequest: (): Record<string, unknown> => inputs.serviceRequest({ status: 'submitted' }),
  ServiceReview: (): Record<string, unknown> =>
    inputs.serviceReview({ requirementsMet: false, scopeChangeRequired: true, changeRequestKey: nextKey('cr') }),
  Decision: (): Record<string, unknown> =>
    inputs.decision({ serviceCode: 'SOP-N2', answer: true, links: [{ list: 'changeRequest', key: nextKey('cr') }] }),
  AuditEntry: (): Record<string, unknown> => inputs.auditEntry(),
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
  const e = expectDomainError(() => parsers[entity](input), 'VALIDATION.INVALID_INPUT');
  expect(e.params.entity).toBe(entity);
  expect(e.issues.map((i) => i.path)).toContain(field);
  return e;
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
      'Contacto: los datos no son válidos (1 problema(s); el primero en «email»). Corrija los datos y vuelva a intentarlo; no se guardó nada.',
    );
    expect(describeError(error, 'en')).toMatch(/^Contact: the data is not valid/);
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
