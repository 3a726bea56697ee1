/** Regla de retención: cada registro se conserva 1 año posterior a su vigencia, luego se elimina y queda en la bitácora. */
import { parseAuditEntry } from '../../../../src/domain/audit/audit-entry.entity';
import {
  describePurgePlan,
  describeRetentionItem,
  disposalDateFor,
  planPurge,
  RECORD_TYPES,
  RETENTION_RULES,
  toAuditEntry,
  validityOf,
  type PurgePlan,
  type RecordType,
  type RetentionItem,
  type RetentionOptions,
  type RetentionSnapshot,
  type Validity,
} from '../../../../src/domain/retention/retention';
import { createTranslator, describeError } from '../../../../src/i18n';
import { expectDomainError } from '../support/errors';
import * as records from '../support/records';
import { COMERCIAL, mx, type Overrides } from '../support/records';

// ---------------------------------------------------------------------------------------------
// ACME's records of 2024 (shared factories in ../support): the client left on 2024-06-30, and
// each record ended that year unless a test says otherwise.
// ---------------------------------------------------------------------------------------------

const client = (over: Overrides<'client'> = {}) =>
  records.client({ status: 'inactive', validFrom: '2020-01-01', validTo: '2024-06-30', ...over });

const contact = (over: Overrides<'contact'> = {}) => records.contact({ validTo: '2024-06-30', ...over });

const service = (over: Overrides<'service'> = {}) =>
  records.service({ validFrom: '2020-01-01', validTo: '2024-06-30', ...over });

const meeting = (over: Overrides<'meeting'> = {}) =>
  records.meeting({ start: mx('2024-03-10T10:00'), end: mx('2024-03-10T11:00'), ...over });

const agreement = (meetingKey: string, over: Overrides<'agreement'> = {}) =>
  records.agreement({ meetingKey, dueOn: '2024-04-01', status: 'done', closedOn: '2024-04-01', ...over });

const complaint = (over: Overrides<'complaint'> = {}) =>
  records.complaint({
    folio: 'Q-2024-0001',
    receivedAt: mx('2024-02-01T09:00'),
    closedAt: mx('2024-02-10T12:00'),
    ...over,
  });

const campaign = (over: Overrides<'surveyCampaign'> = {}) =>
  records.surveyCampaign({
    name: 'Encuesta anual 2024',
    year: 2024,
    formId: 'FormAnual2024',
    opensOn: '2024-10-01',
    closesOn: '2024-10-31',
    closedOn: '2024-11-30',
    resultsSentOn: '2024-12-05',
    ...over,
  });

const invitation = (campaignKey: string, over: Overrides<'surveyInvitation'> = {}) =>
  records.surveyInvitation({
    campaignKey,
    sentAt: mx('2024-10-01T09:00'),
    answeredAt: mx('2024-10-05T09:00'),
    ...over,
  });

const response = (campaignKey: string, over: Overrides<'surveyResponse'> = {}) =>
  records.surveyResponse({ campaignKey, submittedAt: mx('2024-10-05T09:00'), ...over });

const changeRequest = (over: Overrides<'changeRequest'> = {}) =>
  records.changeRequest({
    kind: 'sla',
    origin: 'survey',
    requestedOn: '2024-12-10',
    status: 'closed',
    closedOn: '2025-02-15',
    ...over,
  });

const serviceRequest = (over: Overrides<'serviceRequest'> = {}) =>
  records.serviceRequest({ requestedOn: '2024-12-10', status: 'done', closedOn: '2025-01-20', ...over });

const review = (over: Overrides<'serviceReview'> = {}) => records.serviceReview({ reviewedOn: '2024-05-15', ...over });

const decision = (over: Overrides<'decision'> = {}) => records.decision({ decidedAt: mx('2024-12-20T12:00'), ...over });

const es = createTranslator('es-MX');
const en = createTranslator('en');

const itemOf = (plan: PurgePlan, key: string): RetentionItem | undefined =>
  [...plan.purge, ...plan.heldBack, ...plan.retained].find((i) => i.key === key);
const dispositionOf = (plan: PurgePlan, key: string): string | undefined => itemOf(plan, key)?.disposition;

// ---------------------------------------------------------------------------------------------

describe('regla de retención: 1 año posterior a su vigencia', () => {
  describe('fecha de disposición = fin de vigencia + 1 año calendario', () => {
    it.each([
      ['2025-03-01', 1, '2026-03-01'],
      ['2024-12-31', 1, '2025-12-31'],
      ['2023-02-28', 1, '2024-02-28'],
      ['2024-02-29', 1, '2025-02-28'],
      ['2024-02-29', 4, '2028-02-29'],
      ['2024-03-01', 1, '2025-03-01'],
      ['2025-01-31', 2, '2027-01-31'],
    ])('vigente hasta el %s, conservado %i año(s): se elimina a partir del %s', (end, years, disposal) => {
      expect(disposalDateFor(end, years)).toBe(disposal);
    });

    it('por omisión el plazo es de un año', () => {
      expect(disposalDateFor('2024-02-29')).toBe('2025-02-28');
    });
  });

  describe('fin de vigencia de cada tipo de registro', () => {
    const closed = campaign();
    const open = campaign({ status: 'open', closedOn: undefined, resultsSentOn: undefined });
    const ended = (validityEnd: string): Validity => ({ state: 'ended', validityEnd });
    const valid: Validity = { state: 'valid' };
    const cases: [string, RecordType, unknown, Validity][] = [
      [
        'queja cerrada: su fecha de cierre (hora de la Ciudad de México)',
        'complaint',
        complaint({ closedAt: '2024-02-10T23:30:00-06:00' }),
        ended('2024-02-10'),
      ],
      [
        'queja cerrada sin closedAt: su último paso a Cerrada',
        'complaint',
        complaint({
          closedAt: undefined,
          history: [
            { at: '2024-02-12T10:00:00-06:00', by: COMERCIAL, role: 'comercial', from: 'resolved', to: 'closed' },
          ],
        }),
        ended('2024-02-12'),
      ],
      ['queja abierta: vigente', 'complaint', complaint({ status: 'inProgress', closedAt: undefined }), valid],
      [
        'queja reabierta: vigente aunque haya tenido cierre',
        'complaint',
        complaint({ status: 'reopened', reopenCount: 1 }),
        valid,
      ],
      ['reunión realizada: su fin', 'meeting', meeting(), ended('2024-03-10')],
      [
        'reunión cancelada: su fin',
        'meeting',
        meeting({ status: 'cancelled', complaintRaised: undefined }),
        ended('2024-03-10'),
      ],
      ['reunión programada: vigente', 'meeting', meeting({ status: 'scheduled', complaintRaised: undefined }), valid],
      [
        'acuerdo cumplido: su cierre',
        'agreement',
        agreement('mtg-00000001', { closedOn: '2024-04-03' }),
        ended('2024-04-03'),
      ],
      [
        'acuerdo cancelado: su cierre',
        'agreement',
        agreement('mtg-00000001', { status: 'cancelled', closedOn: '2024-04-05' }),
        ended('2024-04-05'),
      ],
      [
        'acuerdo abierto: vigente',
        'agreement',
        agreement('mtg-00000001', { status: 'open', closedOn: undefined }),
        valid,
      ],
      ['campaña cerrada: su cierre', 'surveyCampaign', closed, ended('2024-11-30')],
      ['campaña abierta: vigente', 'surveyCampaign', open, valid],
      ['invitación: sigue a su campaña cerrada', 'surveyInvitation', invitation(closed.key), ended('2024-11-30')],
      ['respuesta: sigue a su campaña abierta', 'surveyResponse', response(open.key), valid],
      ['solicitud de cambio cerrada: su cierre', 'changeRequest', changeRequest(), ended('2025-02-15')],
      [
        'solicitud de cambio rechazada: su cierre',
        'changeRequest',
        changeRequest({ status: 'rejected', closedOn: '2025-01-02' }),
        ended('2025-01-02'),
      ],
      [
        'solicitud de cambio en evaluación: vigente',
        'changeRequest',
        changeRequest({ status: 'underEvaluation', closedOn: undefined }),
        valid,
      ],
      ['solicitud de servicio terminada: su cierre', 'serviceRequest', serviceRequest(), ended('2025-01-20')],
      [
        'solicitud de servicio en diseño: vigente',
        'serviceRequest',
        serviceRequest({ status: 'inDesign', closedOn: undefined }),
        valid,
      ],
      ['revisión del servicio: su fecha', 'serviceReview', review(), ended('2024-05-15')],
      ['decisión: su fecha', 'decision', decision(), ended('2024-12-20')],
      ['cliente con fin de vigencia', 'client', client(), ended('2024-06-30')],
      [
        'cliente activo sin fin de vigencia: vigente',
        'client',
        client({ status: 'active', validTo: undefined }),
        valid,
      ],
      ['servicio con fin de vigencia', 'service', service(), ended('2024-06-30')],
      ['contacto sin fin de vigencia: vigente', 'contact', contact({ validTo: undefined }), valid],
    ];
    it.each(cases)('%s', (_name, type, record, expected) => {
      expect(validityOf(type, record as never, { campaigns: [closed, open] })).toEqual(expected);
    });

    it('una respuesta cuya campaña no está en el repositorio no tiene fin de vigencia determinable', () => {
      expect(validityOf('surveyResponse', response('cmpg-perdida'))).toEqual({
        state: 'parentMissing',
        parent: { list: 'surveyCampaign', key: 'cmpg-perdida' },
      });
    });

    it('la bitácora no es un tipo que la regla depure: cada tipo tiene su regla', () => {
      expect(RECORD_TYPES).not.toContain('auditEntry' as RecordType);
      expect(Object.keys(RETENTION_RULES).sort()).toEqual([...RECORD_TYPES].sort());
    });
  });

  describe('plan de depuración', () => {
    it('una queja cerrada hace 13 meses se elimina y queda en la bitácora', () => {
      const q = complaint({ closedAt: '2025-02-10T12:00:00-06:00' });
      const plan = planPurge({ complaint: [q] }, '2026-03-15');
      expect(plan.purge).toEqual([
        {
          list: 'complaint',
          key: q.key,
          label: 'Q-2024-0001',
          disposition: 'purge',
          reason: 'disposalDateReached',
          validityEnd: '2025-02-10',
          disposalDate: '2026-02-10',
          blockedBy: [],
        },
      ]);
      expect(plan.auditDrafts).toEqual([
        {
          action: 'purged',
          recordType: 'complaint',
          recordKey: q.key,
          label: 'Q-2024-0001',
          validityEnd: '2025-02-10',
          disposalDate: '2026-02-10',
        },
      ]);
      const entry = toAuditEntry(plan.auditDrafts[0]!, {
        key: 'aud-00000001',
        at: '2026-03-15T02:00:00-06:00',
        actor: 'Retencion@Relaciones.example',
        translate: es,
      });
      expect(parseAuditEntry(entry)).toEqual(entry);
      expect(entry).toMatchObject({
        action: 'purged',
        recordType: 'complaint',
        recordKey: q.key,
        actor: 'retencion@relaciones.example',
      });
      expect(entry.summary).toBe(
        'Eliminación por la regla de retención: Queja «Q-2024-0001»; vigencia terminada el 2025-02-10, plazo de retención cumplido el 2026-02-10.',
      );
      expect(describeRetentionItem(plan.purge[0]!, es)).toContain('se elimina y queda en la bitácora');
    });

    it('una queja cerrada hace 11 meses se conserva hasta cumplir el año', () => {
      const q = complaint({ closedAt: '2025-04-10T12:00:00-06:00' });
      const plan = planPurge({ complaint: [q] }, '2026-03-15');
      expect(plan.purge).toEqual([]);
      expect(plan.auditDrafts).toEqual([]);
      expect(plan.retained[0]).toMatchObject({ reason: 'withinRetention', disposalDate: '2026-04-10' });
      expect(describeRetentionItem(plan.retained[0]!, es)).toBe(
        'Su vigencia terminó el 2025-04-10; se conserva hasta el 2026-04-10.',
      );
    });

    it.each([
      ['el día anterior a la fecha de disposición se conserva', '2026-02-09', 'retained'],
      ['el mismo día de la fecha de disposición se elimina', '2026-02-10', 'purge'],
      ['después de la fecha de disposición se elimina', '2027-01-01', 'purge'],
    ])('%s', (_name, today, disposition) => {
      const q = complaint({ closedAt: '2025-02-10T12:00:00-06:00' });
      expect(dispositionOf(planPurge({ complaint: [q] }, today), q.key)).toBe(disposition);
    });

    it('una queja cerrada el 29 de febrero se elimina a partir del 28 de febrero del año siguiente', () => {
      const q = complaint({ closedAt: '2024-02-29T12:00:00-06:00' });
      expect(dispositionOf(planPurge({ complaint: [q] }, '2025-02-27'), q.key)).toBe('retained');
      expect(dispositionOf(planPurge({ complaint: [q] }, '2025-02-28'), q.key)).toBe('purge');
    });

    it('los registros vigentes nunca se eliminan, por antiguos que sean', () => {
      const openCampaign = campaign({
        status: 'open',
        closedOn: undefined,
        opensOn: '2010-01-01',
        closesOn: '2010-02-01',
      });
      const snapshot: RetentionSnapshot = {
        client: [client({ status: 'active', validTo: undefined, validFrom: '2010-01-01' })],
        complaint: [complaint({ status: 'registered', closedAt: undefined, receivedAt: '2010-01-01T09:00:00-06:00' })],
        meeting: [
          meeting({
            status: 'scheduled',
            complaintRaised: undefined,
            start: '2010-01-01T10:00:00-06:00',
            end: '2010-01-01T11:00:00-06:00',
          }),
        ],
        agreement: [agreement('mtg-00000001', { status: 'open', closedOn: undefined, dueOn: '2010-01-01' })],
        surveyCampaign: [openCampaign],
        surveyResponse: [response(openCampaign.key, { submittedAt: '2010-01-05T09:00:00-06:00' })],
        changeRequest: [changeRequest({ status: 'approved', closedOn: undefined, requestedOn: '2010-01-01' })],
        serviceRequest: [serviceRequest({ status: 'submitted', closedOn: undefined, requestedOn: '2010-01-01' })],
        contact: [contact({ validTo: undefined })],
        service: [service({ validTo: undefined })],
      };
      const plan = planPurge(snapshot, '2099-12-31');
      expect(plan.purge).toEqual([]);
      expect(plan.heldBack).toEqual([]);
      expect(plan.auditDrafts).toEqual([]);
      expect(plan.retained).toHaveLength(10);
      expect(new Set(plan.retained.map((i) => i.reason))).toEqual(new Set(['stillValid']));
    });

    it('un cliente dado de baja queda retenido mientras se conserva una de sus quejas', () => {
      const acme = client({ validTo: '2024-06-30' });
      const q = complaint({ closedAt: '2025-08-01T12:00:00-06:00', folio: 'Q-2025-0042' });
      const plan = planPurge({ client: [acme], complaint: [q] }, '2026-01-01');
      expect(plan.purge).toEqual([]);
      expect(plan.heldBack).toEqual([
        expect.objectContaining({
          list: 'client',
          key: acme.key,
          reason: 'referencedByKeptRecord',
          disposalDate: '2025-06-30',
          blockedBy: [{ list: 'complaint', key: q.key, label: 'Q-2025-0042' }],
        }),
      ]);
      expect(describeRetentionItem(plan.heldBack[0]!, es)).toBe(
        'El plazo de retención se cumplió el 2025-06-30, pero queda retenido por referencia de Queja «Q-2025-0042».',
      );
      expect(describeRetentionItem(plan.heldBack[0]!, en)).toContain(
        'held back, referenced by Complaint "Q-2025-0042"',
      );

      // Cuando la queja cumple su año, ambos se eliminan: la queja primero, luego el cliente.
      const later = planPurge({ client: [acme], complaint: [q] }, '2026-08-01');
      expect(later.purge.map((i) => i.list)).toEqual(['complaint', 'client']);
      expect(later.auditDrafts.map((d) => d.recordKey)).toEqual([q.key, acme.key]);
    });

    it('un contacto sin fin de vigencia retiene a su cliente, y un servicio vigente también', () => {
      const acme = client();
      const plan = planPurge(
        { client: [acme], contact: [contact({ validTo: undefined })], service: [service({ validTo: undefined })] },
        '2030-01-01',
      );
      expect(plan.heldBack.map((i) => i.key)).toEqual([acme.key]);
      expect(plan.heldBack[0]?.blockedBy.map((b) => b.list)).toEqual(['contact', 'service']);
    });

    it('la cadena respuesta → campaña se libera solo cuando todos sus eslabones cumplen su plazo', () => {
      // La campaña cerró el 2024-11-30; sus invitaciones y respuestas la siguen (vencen el 2025-11-30).
      // Una solicitud de cambio originada en una respuesta cerró el 2025-09-01 (vence el 2026-09-01).
      const c = campaign();
      const inv = invitation(c.key);
      const resp = response(c.key, { invitationToken: inv.token });
      const cr = changeRequest({ origin: 'survey', originKey: resp.key, closedOn: '2025-09-01' });
      const snapshot: RetentionSnapshot = {
        surveyCampaign: [c],
        surveyInvitation: [inv],
        surveyResponse: [resp],
        changeRequest: [cr],
      };

      const before = planPurge(snapshot, '2026-01-01');
      expect(before.purge).toEqual([]);
      expect(before.heldBack.map((i) => [i.list, i.blockedBy.map((b) => b.list)])).toEqual([
        ['surveyCampaign', ['surveyInvitation', 'surveyResponse']],
        ['surveyInvitation', ['surveyResponse']],
        ['surveyResponse', ['changeRequest']],
      ]);
      expect(before.retained.map((i) => i.key)).toEqual([cr.key]);

      const after = planPurge(snapshot, '2026-09-01');
      expect(after.heldBack).toEqual([]);
      expect(after.purge.map((i) => i.list)).toEqual([
        'changeRequest',
        'surveyResponse',
        'surveyInvitation',
        'surveyCampaign',
      ]);
      expect(after.auditDrafts).toHaveLength(4);
    });

    it('una reunión queda retenida mientras se conserva un acuerdo o una queja que la vincula', () => {
      const m = meeting();
      const a = agreement(m.key, { status: 'open', closedOn: undefined });
      const plan = planPurge({ meeting: [m], agreement: [a] }, '2026-01-01');
      expect(plan.heldBack).toEqual([
        expect.objectContaining({ key: m.key, blockedBy: [expect.objectContaining({ key: a.key })] }),
      ]);

      const q = complaint({ meetingKey: m.key, closedAt: '2025-12-01T12:00:00-06:00' });
      const withComplaint = planPurge({ meeting: [m], complaint: [q] }, '2026-01-01');
      expect(withComplaint.heldBack.map((i) => i.key)).toEqual([m.key]);
    });

    it('una solicitud de cambio queda retenida mientras se conserva la decisión o la revisión que la vincula', () => {
      const cr = changeRequest({ kind: 'scope', origin: 'meeting', closedOn: '2024-01-15' });
      const d = decision({
        point: 'scopeChangeNeeded',
        answer: true,
        decidedAt: '2025-06-01T12:00:00-06:00',
        links: [{ list: 'changeRequest', key: cr.key }],
      });
      expect(planPurge({ changeRequest: [cr], decision: [d] }, '2026-01-01').heldBack.map((i) => i.key)).toEqual([
        cr.key,
      ]);
      const r = review({ reviewedOn: '2025-06-01', scopeChangeRequired: true, changeRequestKey: cr.key });
      expect(planPurge({ changeRequest: [cr], serviceReview: [r] }, '2026-01-01').heldBack.map((i) => i.key)).toEqual([
        cr.key,
      ]);
      expect(planPurge({ changeRequest: [cr], serviceReview: [r] }, '2026-06-01').purge.map((i) => i.list)).toEqual([
        'serviceReview',
        'changeRequest',
      ]);
    });

    it('una revisión y la solicitud que se vinculan entre sí se eliminan juntas cuando ambas vencen', () => {
      const r = review({ reviewedOn: '2024-05-15', scopeChangeRequired: true, changeRequestKey: 'cr-ciclo-0001' });
      const cr = changeRequest({
        key: 'cr-ciclo-0001',
        kind: 'scope',
        origin: 'review',
        originKey: r.key,
        closedOn: '2024-09-01',
      });
      const plan = planPurge({ serviceReview: [r], changeRequest: [cr] }, '2025-09-01');
      expect(plan.purge.map((i) => i.key).sort()).toEqual([cr.key, r.key].sort());
      expect(plan.heldBack).toEqual([]);
      expect(planPurge({ serviceReview: [r], changeRequest: [cr] }, '2025-08-31').purge).toEqual([]);
    });

    it('un servicio queda retenido por una queja conservada que lo nombra', () => {
      const s = service();
      const other = service({ code: 'MON', name: 'Monitoreo' });
      const q = complaint({ serviceCode: 'SOP-N2', status: 'routed', closedAt: undefined });
      const plan = planPurge({ service: [s, other], complaint: [q] }, '2026-01-01');
      expect(plan.heldBack.map((i) => i.key)).toEqual([s.key]);
      expect(plan.purge.map((i) => i.key)).toEqual([other.key]);
    });

    it('una respuesta cuya campaña falta se conserva y lo explica', () => {
      const plan = planPurge({ surveyResponse: [response('cmpg-perdida')] }, '2030-01-01');
      expect(plan.retained[0]).toMatchObject({
        reason: 'parentMissing',
        parent: { list: 'surveyCampaign', key: 'cmpg-perdida' },
      });
      expect(describeRetentionItem(plan.retained[0]!, es)).toContain('Campaña de encuesta «cmpg-perdida»');
    });

    it('un repositorio completo: cada eliminación tiene su entrada de bitácora y ningún registro eliminado queda referido por uno conservado', () => {
      const acme = client({ validTo: '2023-12-31' });
      const beta = client({ code: 'BETA', status: 'active', validTo: undefined });
      const m = meeting();
      const c = campaign();
      const snapshot: RetentionSnapshot = {
        client: [acme, beta],
        contact: [contact()],
        service: [service(), service({ clientCode: 'BETA', validTo: undefined })],
        meeting: [m, meeting({ clientCode: 'BETA', status: 'scheduled', complaintRaised: undefined })],
        agreement: [agreement(m.key)],
        complaint: [
          complaint({ meetingKey: m.key }),
          complaint({ clientCode: 'BETA', status: 'inProgress', closedAt: undefined }),
        ],
        surveyCampaign: [c],
        surveyInvitation: [invitation(c.key)],
        surveyResponse: [response(c.key), response(c.key, { clientCode: 'BETA' })],
        changeRequest: [changeRequest()],
        serviceRequest: [serviceRequest()],
        serviceReview: [review()],
        decision: [decision({ links: [{ list: 'surveyCampaign', key: c.key }] })],
      };
      const plan = planPurge(snapshot, '2026-06-30');
      const total = Object.values(snapshot).reduce((n, records) => n + records.length, 0);
      expect(plan.purge.length + plan.heldBack.length + plan.retained.length).toBe(total);
      expect(plan.auditDrafts.map((d) => [d.recordType, d.recordKey])).toEqual(plan.purge.map((i) => [i.list, i.key]));
      expect(plan.purge.every((i) => i.disposalDate !== undefined && i.disposalDate <= '2026-06-30')).toBe(true);
      // BETA sigue vigente: nada suyo se elimina; la campaña tiene una respuesta de BETA que la sigue (vence junto con ella).
      expect(dispositionOf(plan, beta.key)).toBe('retained');
      expect(dispositionOf(plan, acme.key)).toBe('purge');
      expect(dispositionOf(plan, c.key)).toBe('purge');
      expect(plan.purge.findIndex((i) => i.key === acme.key)).toBe(plan.purge.length - 1);
      expect(describePurgePlan(plan, es)).toBe(
        `Depuración al 2026-06-30: ${plan.purge.length} registro(s) por eliminar, ${plan.heldBack.length} retenido(s) por referencia, ${plan.retained.length} se conservan.`,
      );
    });

    it('con un plazo de 2 años configurado, la queja de hace 13 meses se conserva', () => {
      const q = complaint({ closedAt: '2025-02-10T12:00:00-06:00' });
      const options: RetentionOptions = { retentionYears: 2 };
      expect(planPurge({ complaint: [q] }, '2026-03-15', options).retained[0]?.disposalDate).toBe('2027-02-10');
    });

    it('la entrada de bitácora sale en inglés con el traductor inglés', () => {
      const plan = planPurge({ serviceReview: [review()] }, '2026-01-01');
      const entry = toAuditEntry(plan.auditDrafts[0]!, {
        key: 'aud-00000002',
        at: '2026-01-01T00:00:00Z',
        actor: COMERCIAL,
        translate: en,
      });
      expect(entry.summary).toBe(
        'Service review "ACME/SOP-N2 2024-05-15" deleted under the retention rule: validity ended on 2024-05-15, retention period ended on 2025-05-15.',
      );
    });
  });

  describe('errores', () => {
    it.each(['mañana', '2026-02-30', '2026-1-5'])(
      'una fecha de corte inválida (%s) se rechaza y no se elimina nada',
      (today) => {
        const error = expectDomainError(() => planPurge({ complaint: [complaint()] }, today), 'RETENTION.INVALID_DATE');
        expect(describeError(error)).toContain('No se eliminó nada');
      },
    );

    it.each<[RetentionOptions, string]>([
      [{ retentionYears: 0 }, 'retentionYears'],
      [{ retentionYears: 1.5 }, 'retentionYears'],
      [{ timeZone: 'Marte/Olympus' }, 'timeZone'],
    ])('una opción inválida %j se rechaza', (options, option) => {
      expect(() => planPurge({}, '2026-01-01', options)).toThrow(
        expect.objectContaining({ code: 'RETENTION.INVALID_OPTION', params: expect.objectContaining({ option }) }),
      );
    });

    it('un registro repetido en una lista se rechaza antes de planear nada', () => {
      const q = complaint();
      expect(() => planPurge({ complaint: [q, { ...q }] }, '2026-01-01')).toThrow(
        expect.objectContaining({ code: 'RETENTION.DUPLICATE_RECORD', params: { list: 'complaint', key: q.key } }),
      );
      expect(
        describeError({ code: 'RETENTION.DUPLICATE_RECORD', params: { list: 'complaint', key: q.key } }),
      ).toContain(q.key);
    });
  });
});
