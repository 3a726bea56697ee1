/** Organización de demostración: determinista, válida, íntegra y con todos los estados que las pantallas muestran. */
import {
  buildDemoOrganisation,
  DEFAULT_DEMO_SEED,
  DEMO_PEOPLE,
  DEMO_RECORD_TYPES,
  PURGED_KEY_PREFIX,
  type DemoOrganisation,
  type DemoRecordType,
} from '../../../../src/application/demo/demo-organisation';
import { parseAuditEntry } from '../../../../src/domain/audit/audit-entry.entity';
import { changeRequestStatusSchema, parseChangeRequest } from '../../../../src/domain/change/change-request.entity';
import { parseServiceRequest, serviceRequestStatusSchema } from '../../../../src/domain/change/service-request.entity';
import { parseServiceReview } from '../../../../src/domain/change/service-review.entity';
import { MEETING_CADENCES, parseClient } from '../../../../src/domain/client/client.entity';
import { parseContact } from '../../../../src/domain/client/contact.entity';
import { canTransition, findTransition } from '../../../../src/domain/complaint/complaint-lifecycle';
import { computeComplaintSla } from '../../../../src/domain/complaint/complaint-sla';
import { COMPLAINT_STATUSES, parseComplaint } from '../../../../src/domain/complaint/complaint.entity';
import { DECISION_POINTS, parseDecision } from '../../../../src/domain/decision/decision.entity';
import { isAgreementOverdue, parseAgreement } from '../../../../src/domain/meeting/agreement.entity';
import { assessCadence, CADENCE_STATUSES } from '../../../../src/domain/meeting/meeting-cadence';
import { parseMeeting } from '../../../../src/domain/meeting/meeting.entity';
import { parseService, SEVERITIES } from '../../../../src/domain/service/service.entity';
import { isDomainError } from '../../../../src/domain/shared/domain-error';
import { recordKeySchema } from '../../../../src/domain/shared/primitives';
import { parseSurveyCampaign } from '../../../../src/domain/survey/survey-campaign.entity';
import {
  invitationStatusSchema,
  invitationTokenSchema,
  parseSurveyInvitation,
} from '../../../../src/domain/survey/survey-invitation.entity';
import { parseSurveyResponse } from '../../../../src/domain/survey/survey-response.entity';

const TODAY = '2026-03-10';
/** Midnight starting TODAY in Mexico City (UTC−6): everything that happened is before it. */
const CUTOFF = Date.parse(`${TODAY}T00:00:00-06:00`);

const org = buildDemoOrganisation({ today: TODAY });

const PARSERS: { readonly [K in DemoRecordType]: (input: unknown) => unknown } = {
  clients: parseClient,
  contacts: parseContact,
  services: parseService,
  meetings: parseMeeting,
  agreements: parseAgreement,
  complaints: parseComplaint,
  surveyCampaigns: parseSurveyCampaign,
  surveyInvitations: parseSurveyInvitation,
  surveyResponses: parseSurveyResponse,
  changeRequests: parseChangeRequest,
  serviceRequests: parseServiceRequest,
  serviceReviews: parseServiceReview,
  decisions: parseDecision,
  auditLog: parseAuditEntry,
};

const distinct = <T>(values: readonly T[]): Set<T> => new Set(values);
const allKeys = (o: DemoOrganisation): string[] =>
  DEMO_RECORD_TYPES.flatMap((type) => (o[type] as readonly { key: string }[]).map((r) => r.key));

/** The states the screens must be able to show, checked for any `today` and seed. */
function expectEveryState(o: DemoOrganisation, today: string): void {
  expect(distinct(o.complaints.map((c) => c.status))).toEqual(distinct(COMPLAINT_STATUSES));
  expect(distinct(o.complaints.map((c) => c.severity))).toEqual(distinct(SEVERITIES));
  expect(distinct(o.clients.map((c) => c.cadence))).toEqual(distinct(MEETING_CADENCES));
  expect(distinct(o.surveyInvitations.map((i) => i.status))).toEqual(distinct(invitationStatusSchema.options));
  expect(distinct(o.changeRequests.map((r) => r.status))).toEqual(distinct(changeRequestStatusSchema.options));
  expect(distinct(o.changeRequests.map((r) => r.kind))).toEqual(new Set(['sla', 'scope']));
  expect(distinct(o.serviceRequests.map((r) => r.status))).toEqual(distinct(serviceRequestStatusSchema.options));
  for (const point of DECISION_POINTS) {
    expect(distinct(o.decisions.filter((d) => d.point === point).map((d) => d.answer))).toEqual(new Set([true, false]));
  }
  expect(o.agreements.some((a) => isAgreementOverdue(a, today))).toBe(true);
  const active = o.clients.filter((c) => c.status === 'active');
  const states = distinct(active.map((c) => assessCadence(c, o.meetings, today).status));
  expect(states).toEqual(distinct(CADENCE_STATUSES));
  const annual = o.surveyCampaigns.find((c) => c.kind === 'annual');
  expect(annual?.status).toBe('closed');
  expect(o.surveyResponses.some((r) => r.campaignKey === annual?.key)).toBe(true);
}

describe('Organización de demostración', () => {
  describe('es determinista', () => {
    it('las mismas entradas producen exactamente la misma organización', () => {
      expect(buildDemoOrganisation({ today: TODAY, seed: DEFAULT_DEMO_SEED })).toEqual(org);
    });

    it('otra semilla cambia las elecciones aleatorias pero no las claves de los clientes', () => {
      const other = buildDemoOrganisation({ today: TODAY, seed: 7 });
      expect(other.contacts.map((c) => c.name)).not.toEqual(org.contacts.map((c) => c.name));
      expect(other.clients.map((c) => c.key)).toEqual(org.clients.map((c) => c.key));
    });

    it('rechaza una fecha «hoy» inválida con un error de validación', () => {
      for (const today of ['2026-02-30', '10/03/2026', '']) {
        let caught: unknown;
        try {
          buildDemoOrganisation({ today });
        } catch (error) {
          caught = error;
        }
        expect(isDomainError(caught, 'VALIDATION.INVALID_INPUT')).toBe(true);
      }
    });
  });

  describe('cada registro es válido', () => {
    it.each(DEMO_RECORD_TYPES)('%s: cada registro pasa su función de validación sin cambios', (type) => {
      const records = org[type] as readonly unknown[];
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) expect(PARSERS[type](record)).toEqual(record);
    });

    it('las claves son válidas, deterministas y únicas en toda la organización', () => {
      const keys = allKeys(org);
      for (const key of keys) expect(recordKeySchema.safeParse(key).success).toBe(true);
      expect(new Set(keys).size).toBe(keys.length);
      expect(org.clients[0]?.key).toBe('demo-client-0001');
    });

    it('los tokens de invitación son base64url de al menos 22 caracteres y únicos', () => {
      const tokens = org.surveyInvitations.map((i) => i.token);
      for (const token of tokens) {
        expect(invitationTokenSchema.safeParse(token).success).toBe(true);
        expect(token.length).toBeGreaterThanOrEqual(22);
      }
      expect(new Set(tokens).size).toBe(tokens.length);
    });

    it('los folios siguen Q-AAAA-NNNN y CR-AAAA-NNNN, únicos y en orden de recepción', () => {
      const folios = org.complaints.map((c) => c.folio ?? '');
      for (const folio of folios) expect(folio).toMatch(/^Q-\d{4}-\d{4}$/);
      expect(new Set(folios).size).toBe(folios.length);
      const byReception = [...org.complaints].sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt));
      expect(byReception.map((c) => c.folio)).toEqual(folios);
      for (const c of org.complaints) expect(c.folio?.slice(2, 6)).toBe(c.receivedAt.slice(0, 4));
      const crFolios = org.changeRequests.map((r) => r.folio ?? '');
      for (const folio of crFolios) expect(folio).toMatch(/^CR-\d{4}-\d{4}$/);
      expect(new Set(crFolios).size).toBe(crFolios.length);
    });
  });

  describe('catálogo de clientes', () => {
    it('unos 40 clientes con 1–4 contactos y 1–3 servicios con SLA', () => {
      expect(org.clients.length).toBeGreaterThanOrEqual(38);
      expect(org.clients.length).toBeLessThanOrEqual(42);
      for (const client of org.clients) {
        const contacts = org.contacts.filter((c) => c.clientCode === client.code);
        const services = org.services.filter((s) => s.clientCode === client.code);
        expect(contacts.length).toBeGreaterThanOrEqual(1);
        expect(contacts.length).toBeLessThanOrEqual(4);
        expect(services.length).toBeGreaterThanOrEqual(1);
        expect(services.length).toBeLessThanOrEqual(3);
        for (const service of services) expect(service.sla).toBeDefined();
        expect(contacts.some((c) => c.surveyRecipient)).toBe(true);
        for (const domain of client.emailDomains) expect(domain).toMatch(/\.(com\.mx|mx|com)$/);
      }
      expect(org.clients.some((c) => c.emailDomains.length === 2)).toBe(true);
    });

    it('los nombres llevan acentos, ñ, & y apóstrofo, sin HTML', () => {
      const names = org.clients.map((c) => c.name).join('\n');
      for (const fragment of ['ñ', '&', "D'Alba", 'é', 'ü']) expect(names).toContain(fragment);
      expect(names).not.toMatch(/[<>]/);
    });

    it('los usuarios de demostración son dueños de la mayoría de las cuentas', () => {
      const owners = org.clients.filter((c) => c.accountOwner === DEMO_PEOPLE.comercial.email).length;
      const leads = org.clients.filter((c) => c.deliveryLead === DEMO_PEOPLE.lider.email).length;
      expect(owners / org.clients.length).toBeGreaterThanOrEqual(0.75);
      expect(leads / org.clients.length).toBeGreaterThanOrEqual(0.75);
    });

    it('los contactos tienen correos únicos del dominio de su cliente', () => {
      const emails = org.contacts.map((c) => c.email);
      expect(new Set(emails).size).toBe(emails.length);
      for (const contact of org.contacts) {
        const client = org.clients.find((c) => c.code === contact.clientCode);
        expect(client?.emailDomains).toContain(contact.email.split('@')[1]);
      }
    });
  });

  describe('integridad referencial', () => {
    const clientCodes = new Set(org.clients.map((c) => c.code));
    const serviceOf = (clientCode: string, serviceCode: string | undefined): boolean =>
      serviceCode === undefined || org.services.some((s) => s.clientCode === clientCode && s.code === serviceCode);
    const keysOf = (type: DemoRecordType): Set<string> =>
      new Set((org[type] as readonly { key: string }[]).map((r) => r.key));
    const LIST_TYPE: Readonly<Record<string, DemoRecordType>> = {
      meeting: 'meetings',
      complaint: 'complaints',
      surveyCampaign: 'surveyCampaigns',
      surveyResponse: 'surveyResponses',
      changeRequest: 'changeRequests',
      serviceRequest: 'serviceRequests',
      serviceReview: 'serviceReviews',
      service: 'services',
      client: 'clients',
      contact: 'contacts',
      agreement: 'agreements',
      surveyInvitation: 'surveyInvitations',
      decision: 'decisions',
    };
    const ORIGIN_TYPE: Readonly<Record<string, DemoRecordType>> = {
      survey: 'surveyResponses',
      review: 'serviceReviews',
      complaint: 'complaints',
      meeting: 'meetings',
    };

    it('cada clientCode existe en el catálogo', () => {
      for (const type of DEMO_RECORD_TYPES) {
        for (const record of org[type] as readonly { clientCode?: string }[]) {
          if (record.clientCode !== undefined) expect(clientCodes.has(record.clientCode)).toBe(true);
        }
      }
    });

    it('cada servicio citado pertenece a su cliente', () => {
      const cited = [
        ...org.complaints,
        ...org.surveyResponses,
        ...org.changeRequests,
        ...org.serviceRequests,
        ...org.serviceReviews,
        ...org.decisions,
      ];
      for (const record of cited) expect(serviceOf(record.clientCode, record.serviceCode)).toBe(true);
    });

    it('acuerdos y quejas apuntan a reuniones del mismo cliente; la reunión registra la queja', () => {
      const meetings = new Map(org.meetings.map((m) => [m.key, m]));
      for (const agreement of org.agreements) {
        const meeting = meetings.get(agreement.meetingKey);
        expect(meeting?.clientCode).toBe(agreement.clientCode);
        expect(meeting?.status).toBe('held');
      }
      const fromMeetings = org.complaints.filter((c) => c.meetingKey !== undefined);
      expect(fromMeetings.length).toBeGreaterThan(0);
      for (const complaint of fromMeetings) {
        const meeting = meetings.get(complaint.meetingKey ?? '');
        expect(meeting?.clientCode).toBe(complaint.clientCode);
        expect(meeting?.complaintRaised).toBe(true);
        expect(complaint.channel).toBe('meeting');
      }
      for (const meeting of org.meetings.filter((m) => m.complaintRaised === true)) {
        expect(org.complaints.some((c) => c.meetingKey === meeting.key)).toBe(true);
      }
    });

    it('invitaciones y respuestas apuntan a campañas, contactos e invitaciones existentes', () => {
      const campaigns = keysOf('surveyCampaigns');
      for (const invitation of org.surveyInvitations) {
        expect(campaigns.has(invitation.campaignKey)).toBe(true);
        expect(
          org.contacts.some((c) => c.clientCode === invitation.clientCode && c.email === invitation.contactEmail),
        ).toBe(true);
        const campaign = org.surveyCampaigns.find((c) => c.key === invitation.campaignKey);
        expect(campaign?.clientCodes).toContain(invitation.clientCode);
      }
      for (const response of org.surveyResponses) {
        expect(campaigns.has(response.campaignKey)).toBe(true);
        const invitation = org.surveyInvitations.find((i) => i.token === response.invitationToken);
        expect(invitation?.campaignKey).toBe(response.campaignKey);
        expect(invitation?.clientCode).toBe(response.clientCode);
        expect(invitation?.status).toBe('answered');
        expect(invitation?.answeredAt).toBe(response.submittedAt);
      }
      const answered = org.surveyInvitations.filter((i) => i.status === 'answered').length;
      expect(org.surveyResponses.length).toBe(answered);
    });

    it('solicitudes, revisiones y decisiones enlazan registros existentes', () => {
      for (const request of [...org.changeRequests, ...org.serviceRequests]) {
        const type = ORIGIN_TYPE[request.origin];
        expect(type).toBeDefined();
        expect(keysOf(type as DemoRecordType).has(request.originKey ?? '')).toBe(true);
      }
      for (const review of org.serviceReviews) {
        expect(review.scopeChangeRequired).toBe(review.changeRequestKey !== undefined);
        if (review.changeRequestKey === undefined) continue;
        const request = org.changeRequests.find((r) => r.key === review.changeRequestKey);
        expect(request).toMatchObject({ kind: 'scope', origin: 'review', originKey: review.key });
      }
      for (const decision of org.decisions) {
        for (const link of decision.links) {
          expect(keysOf(LIST_TYPE[link.list] as DemoRecordType).has(link.key)).toBe(true);
        }
      }
    });

    it('la bitácora cita registros existentes, salvo los eliminados por retención', () => {
      for (const entry of org.auditLog) {
        if (entry.action === 'purged') {
          expect(entry.recordKey.startsWith(PURGED_KEY_PREFIX)).toBe(true);
          expect(entry.disposalDate !== undefined && entry.disposalDate <= entry.at.slice(0, 10)).toBe(true);
          expect(allKeys(org)).not.toContain(entry.recordKey);
          continue;
        }
        const type = LIST_TYPE[entry.recordType];
        expect(keysOf(type as DemoRecordType).has(entry.recordKey)).toBe(true);
      }
      expect(org.auditLog.some((e) => e.action === 'purged')).toBe(true);
    });

    it('los asistentes son contactos del cliente o personas del proveedor', () => {
      const provider = new Set<string>(Object.values(DEMO_PEOPLE).map((p) => p.email));
      for (const meeting of org.meetings) {
        expect(meeting.attendees.filter((a) => a.organizer === true)).toHaveLength(1);
        for (const attendee of meeting.attendees) {
          const isContact = org.contacts.some((c) => c.clientCode === meeting.clientCode && c.email === attendee.email);
          expect(isContact || provider.has(attendee.email)).toBe(true);
        }
      }
    });
  });

  describe('quejas (PR-SGI-016)', () => {
    it('cada historial sigue las transiciones legales del ciclo de vida', () => {
      for (const complaint of org.complaints) {
        const [first, ...rest] = complaint.history;
        expect(first).toMatchObject({ from: null, to: 'registered', role: 'comercial' });
        let previous = first;
        for (const entry of rest) {
          expect(entry.from).toBe(previous?.to);
          expect(findTransition(entry.from, entry.to)).toBeDefined();
          expect(canTransition(entry.from, entry.to, entry.role)).toBe(true);
          expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(Date.parse(previous?.at ?? ''));
          previous = entry;
        }
        expect(previous?.to).toBe(complaint.status);
        expect(Date.parse(complaint.receivedAt)).toBeLessThanOrEqual(Date.parse(first?.at ?? ''));
      }
    });

    it('las cerradas tienen solución y causa raíz; las reabiertas cuentan su reapertura', () => {
      for (const complaint of org.complaints.filter((c) => c.status === 'closed')) {
        expect(complaint.resolution).toBeTruthy();
        expect(complaint.rootCauseCategory).toBeDefined();
        expect(complaint.clientConfirmed === true || complaint.closureReason !== undefined).toBe(true);
      }
      for (const complaint of org.complaints.filter((c) => c.status === 'reopened')) {
        expect(complaint.reopenCount).toBeGreaterThanOrEqual(1);
      }
      expect(org.complaints.some((c) => c.status === 'closed' && c.reopenCount > 0)).toBe(true);
      expect(org.complaints.some((c) => c.pauses.some((p) => p.to === undefined))).toBe(true);
    });

    it('unas se atendieron dentro del SLA y otras fuera', () => {
      const now = `${TODAY}T00:00:00-06:00`;
      const closed = org.complaints
        .filter((c) => c.status === 'closed')
        .map((c) => {
          const service = org.services.find((s) => s.clientCode === c.clientCode && s.code === c.serviceCode);
          return computeComplaintSla(c, { now, ...(service === undefined ? {} : { service }) }).resolution.breached;
        });
      expect(closed).toContain(true);
      expect(closed).toContain(false);
      expect(closed.filter((breached) => !breached).length).toBeGreaterThan(closed.length / 2);
    });
  });

  describe('un año de historia hasta ayer', () => {
    it('lo ocurrido es anterior a hoy y lo programado es posterior', () => {
      const past = (instant: string): boolean => Date.parse(instant) < CUTOFF;
      for (const meeting of org.meetings) {
        if (meeting.status === 'scheduled') expect(past(meeting.start)).toBe(false);
        else expect(past(meeting.end)).toBe(true);
        expect(meeting.minutes !== undefined).toBe(meeting.status === 'held');
        expect(meeting.complaintRaised !== undefined).toBe(meeting.status === 'held');
      }
      for (const complaint of org.complaints) for (const h of complaint.history) expect(past(h.at)).toBe(true);
      for (const decision of org.decisions) expect(past(decision.decidedAt)).toBe(true);
      for (const entry of org.auditLog) expect(past(entry.at)).toBe(true);
      for (const response of org.surveyResponses) expect(past(response.submittedAt)).toBe(true);
      for (const a of org.agreements) if (a.closedOn !== undefined) expect(a.closedOn < TODAY).toBe(true);
      for (const r of org.changeRequests) expect(r.requestedOn < TODAY && (r.closedOn ?? '') < TODAY).toBe(true);
      for (const r of org.serviceRequests) expect(r.requestedOn < TODAY && (r.closedOn ?? '') < TODAY).toBe(true);
      for (const r of org.serviceReviews) expect(r.reviewedOn < TODAY).toBe(true);
      const oldest = Math.min(...org.meetings.map((m) => Date.parse(m.start)));
      expect(oldest).toBeGreaterThan(Date.parse('2025-01-01T00:00:00-06:00'));
    });

    it('cada reunión realizada registra su decisión «¿Existe alguna queja o desviación?»', () => {
      for (const meeting of org.meetings.filter((m) => m.status === 'held')) {
        const decision = org.decisions.find(
          (d) => d.point === 'complaintRaised' && d.links.some((l) => l.list === 'meeting' && l.key === meeting.key),
        );
        expect(decision?.answer).toBe(meeting.complaintRaised);
      }
    });

    it('la encuesta anual está cerrada, con resultados enviados y ~70 % de respuestas', () => {
      const annual = org.surveyCampaigns.find((c) => c.kind === 'annual');
      expect(annual).toMatchObject({ status: 'closed' });
      expect(annual?.resultsSentOn).toBeDefined();
      const invitations = org.surveyInvitations.filter((i) => i.campaignKey === annual?.key);
      const rate = invitations.filter((i) => i.status === 'answered').length / invitations.length;
      expect(rate).toBeGreaterThan(0.6);
      expect(rate).toBeLessThan(0.8);
      const responses = org.surveyResponses.filter((r) => r.campaignKey === annual?.key);
      for (const r of responses) {
        expect(r.csat).toBeGreaterThanOrEqual(1);
        expect(r.nps).toBeGreaterThanOrEqual(0);
        expect(r.ces).toBeGreaterThanOrEqual(1);
      }
      expect(responses.some((r) => (r.comment ?? '').length > 0)).toBe(true);
    });

    it('muestra todos los estados en las pantallas', () => {
      expectEveryState(org, TODAY);
    });

    it.each([
      ['2026-01-05', DEFAULT_DEMO_SEED],
      ['2026-12-15', 1],
      ['2027-07-01', 424242],
    ])('también con hoy = %s y semilla %d', (today, seed) => {
      const other = buildDemoOrganisation({ today, seed });
      expectEveryState(other, today);
      const keys = allKeys(other);
      expect(new Set(keys).size).toBe(keys.length);
    });
  });
});
