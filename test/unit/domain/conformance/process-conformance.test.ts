/** Conformidad del proceso por cliente y periodo: cada verificación de los pasos 1–7 y sus límites ok / advertencia / falta. */
import type { ServiceReview } from '../../../../src/domain/change/service-review.entity';
import {
  CONFORMANCE_CHECKS,
  describeCheckResult,
  evaluateClientConformance,
  evaluateConformance,
  worstStatus,
  type CheckResult,
  type ClientConformance,
  type ComplaintSlaFact,
  type ConformanceCheckId,
  type ConformanceOptions,
  type ConformanceSnapshot,
  type Period,
} from '../../../../src/domain/conformance/process-conformance';
import type { DecisionPoint } from '../../../../src/domain/decision/decision.entity';
import type { Meeting } from '../../../../src/domain/meeting/meeting.entity';
import type { Service } from '../../../../src/domain/service/service.entity';
import type { SurveyCampaign } from '../../../../src/domain/survey/survey-campaign.entity';
import { createTranslator, describeError, hasKey } from '../../../../src/i18n';
import { conformance as esConformance } from '../../../../src/i18n/locales/es-MX/conformance';
import { expectDomainError } from '../support/errors';
import * as records from '../support/records';
import { mx, type Overrides } from '../support/records';

// ---------------------------------------------------------------------------------------------
// The records of ACME in 2026, in the words of the process (shared factories in ../support)
// ---------------------------------------------------------------------------------------------

const YEAR: Period = { from: '2026-01-01', to: '2026-12-31' };

/** A meeting on `date` from 10:00 to 11:00, Mexico City time. */
const meeting = (date: string, over: Overrides<'meeting'> = {}) =>
  records.meeting({ start: mx(`${date}T10:00`), end: mx(`${date}T11:00`), ...over });

const complaint = (withinSla: boolean, over: Overrides<'complaint'> = {}): ComplaintSlaFact => ({
  withinSla,
  complaint: records.complaint(over),
});

const decision = (point: DecisionPoint, answer: boolean, decidedOn: string, over: Overrides<'decision'> = {}) =>
  records.decision({ point, answer, decidedAt: mx(`${decidedOn}T12:00`), ...over });

const invitation = (campaignKey: string, over: Overrides<'surveyInvitation'> = {}) =>
  records.surveyInvitation({ campaignKey, ...over });

const response = (campaignKey: string, over: Overrides<'surveyResponse'> = {}) =>
  records.surveyResponse({ campaignKey, ...over });

const service = (code: string, over: Overrides<'service'> = {}) =>
  records.service({ code, name: `Servicio ${code}`, ...over });

const review = (serviceCode: string, reviewedOn: string, over: Overrides<'serviceReview'> = {}) =>
  records.serviceReview({ serviceCode, reviewedOn, ...over });

type MutableSnapshot = { -readonly [K in keyof ConformanceSnapshot]: ConformanceSnapshot[K][number][] };

const empty = (): MutableSnapshot => ({
  clients: [records.client()],
  services: [],
  meetings: [],
  complaints: [],
  decisions: [],
  surveyCampaigns: [],
  surveyInvitations: [],
  surveyResponses: [],
  changeRequests: [],
  serviceRequests: [],
  serviceReviews: [],
});

/** A client that follows the whole process in 2026: every check is ok. */
function conformant(): MutableSnapshot {
  const s = empty();
  const held = ['2026-03-10', '2026-06-09', '2026-09-08', '2026-12-01'].map((d) => meeting(d));
  const withComplaint = meeting('2026-04-20', { kind: 'extraordinary', complaintRaised: true });
  s.meetings.push(...held, withComplaint);
  s.complaints.push(complaint(true, { meetingKey: withComplaint.key, receivedAt: '2026-04-20T12:00:00-06:00' }));
  const c = records.surveyCampaign();
  s.surveyCampaigns.push(c);
  s.surveyInvitations.push(invitation(c.key));
  s.surveyResponses.push(response(c.key));
  s.decisions.push(
    decision('slaChangeNeeded', false, '2026-11-20'),
    decision('serviceChangeNeeded', false, '2026-11-20'),
  );
  s.services.push(service('SOP-N2'));
  s.serviceReviews.push(review('SOP-N2', '2026-12-01'));
  return s;
}

// Every result any test produced, to check its text in both languages at the end.
const seen: CheckResult[] = [];

function evaluate(s: MutableSnapshot, period: Period = YEAR, options: ConformanceOptions = {}): ClientConformance {
  const result = evaluateClientConformance(s, 'ACME', period, options);
  seen.push(...result.checks);
  return result;
}

function check(result: ClientConformance, id: ConformanceCheckId): CheckResult {
  const found = result.checks.find((c) => c.check === id);
  if (found === undefined) throw new Error(`no check ${id}`);
  return found;
}

// ---------------------------------------------------------------------------------------------

describe('conformidad del proceso Relaciones con el Negocio', () => {
  it('un cliente que siguió los siete pasos en el año cumple en todo, con evidencia en cada paso', () => {
    const result = evaluate(conformant());
    expect(result.status).toBe('ok');
    expect(result.steps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(result.steps.every((s) => s.status === 'ok')).toBe(true);
    expect(result.checks.map((c) => [c.check, c.step])).toEqual(CONFORMANCE_CHECKS.map((c) => [c.check, c.step]));
    for (const c of result.checks) expect(c.evidence.length).toBeGreaterThan(0);
    expect(check(result, 'meetingCadence').evidence[0]).toEqual({ list: 'client', key: result.clientKey });
  });

  describe('paso 1: reuniones periódicas dentro de la periodicidad (trimestral, 7 días de tolerancia)', () => {
    const H1: Period = { from: '2026-01-01', to: '2026-06-30' };
    it.each([
      ['reuniones a tiempo', H1, ['2026-03-15', '2026-06-15'], {}, 'ok', 'ok'],
      ['la segunda llega justo al límite de la tolerancia', H1, ['2026-03-15', '2026-06-22'], {}, 'ok', 'ok'],
      ['la segunda llega un día después de la tolerancia', H1, ['2026-03-15', '2026-06-23'], {}, 'warning', 'warning'],
      [
        'sin tolerancia, un día tarde ya es advertencia',
        H1,
        ['2026-03-15', '2026-06-16'],
        { toleranceDays: 0 },
        'warning',
        'warning',
      ],
      [
        'la primera reunión llega tarde desde el inicio del periodo',
        H1,
        ['2026-04-09', '2026-06-30'],
        {},
        'warning',
        'warning',
      ],
      ['se realizó una y la siguiente venció sin realizarse', H1, ['2026-01-20'], {}, 'warning', 'warning'],
      ['ninguna reunión cuando ya vencía una', H1, [], {}, 'missing', 'missing'],
      [
        'ninguna reunión y aún no vencía (periodo de 3 meses + 7 días)',
        { from: '2026-01-01', to: '2026-04-08' },
        [],
        {},
        'ok',
        'okNotDue',
      ],
      [
        'ninguna reunión al día siguiente del vencimiento',
        { from: '2026-01-01', to: '2026-04-09' },
        [],
        {},
        'missing',
        'missing',
      ],
      ['la fecha de evaluación corta la ventana', H1, [], { asOf: '2026-03-31' }, 'ok', 'okNotDue'],
    ] as const)('%s', (_name, period, dates, options, status, outcome) => {
      const s = empty();
      s.meetings.push(...dates.map((d) => meeting(d)));
      const c = check(evaluate(s, period, options), 'meetingCadence');
      expect([c.status, c.outcome]).toEqual([status, outcome]);
      expect(c.params.held).toBe(dates.length);
    });

    it('cuenta el intervalo desde la última reunión anterior al periodo', () => {
      const period: Period = { from: '2026-01-01', to: '2026-03-31' };
      const onTime = empty();
      onTime.meetings.push(meeting('2025-12-20'), meeting('2026-03-20'));
      expect(check(evaluate(onTime, period), 'meetingCadence').status).toBe('ok');
      const late = empty();
      late.meetings.push(meeting('2025-11-20'), meeting('2026-03-20'));
      const c = check(evaluate(late, period), 'meetingCadence');
      expect([c.status, c.params.late, c.params.held]).toEqual(['warning', 1, 1]);
    });

    it('las reuniones extraordinarias, programadas o canceladas no cuentan para la periodicidad salvo que se configure', () => {
      const s = empty();
      s.meetings.push(
        meeting('2026-02-10', { kind: 'extraordinary' }),
        meeting('2026-05-10', { kind: 'extraordinary' }),
        meeting('2026-04-01', { status: 'cancelled', complaintRaised: undefined }),
        meeting('2026-06-01', { status: 'scheduled', complaintRaised: undefined }),
      );
      const H1: Period = { from: '2026-01-01', to: '2026-06-30' };
      expect(check(evaluate(s, H1), 'meetingCadence').status).toBe('missing');
      const both = check(evaluate(s, H1, { cadenceMeetingKinds: ['periodic', 'extraordinary'] }), 'meetingCadence');
      expect([both.status, both.params.held]).toEqual(['ok', 2]);
    });

    it('la periodicidad sale del Catálogo de Clientes: mensual exige una reunión por mes', () => {
      const s = empty();
      s.clients = [records.client({ cadence: 'monthly' })];
      s.meetings.push(meeting('2026-01-28'), meeting('2026-03-20'));
      const c = check(evaluate(s, { from: '2026-01-01', to: '2026-03-31' }), 'meetingCadence');
      expect([c.status, c.params.months, c.params.late]).toEqual(['warning', 1, 1]);
    });

    it('un cliente dado de baja en febrero no debía reuniones trimestrales después de su vigencia', () => {
      const s = empty();
      s.clients = [records.client({ status: 'inactive', validTo: '2026-02-28' })];
      expect(check(evaluate(s), 'meetingCadence').outcome).toBe('okNotDue');
    });

    it('la fecha de una reunión es la de la Ciudad de México, no la de UTC', () => {
      const s = empty();
      // 23:30 del 31 de marzo en la Ciudad de México es ya 1 de abril en UTC.
      s.meetings.push(meeting('2026-03-31', { start: '2026-03-31T23:30:00-06:00', end: '2026-03-31T23:59:00-06:00' }));
      const period: Period = { from: '2026-01-01', to: '2026-03-31' };
      expect(check(evaluate(s, period), 'meetingCadence').params.held).toBe(1);
      expect(check(evaluate(s, period, { timeZone: 'UTC' }), 'meetingCadence').params.held).toBe(0);
    });
  });

  describe('paso 2: agenda registrada en cada reunión realizada', () => {
    it.each([
      ['todas con agenda', ['Acuerdos', 'Quejas'], 'ok', 'ok'],
      ['una sin agenda y otra en blanco', ['Acuerdos', undefined, '   '], 'warning', 'warning'],
      ['ninguna con agenda', [undefined, ''], 'missing', 'missing'],
    ] as const)('%s', (_name, agendas, status, outcome) => {
      const s = empty();
      s.meetings.push(...agendas.map((agenda, i) => meeting(`2026-0${i + 2}-10`, { agenda })));
      const c = check(evaluate(s, { from: '2026-01-01', to: '2026-05-31' }), 'meetingAgenda');
      expect([c.status, c.outcome]).toEqual([status, outcome]);
      expect(c.evidence).toHaveLength(agendas.filter((a) => a !== undefined && a.trim() !== '').length);
    });

    it('sin reuniones: falta evidencia solo si ya vencía una reunión', () => {
      expect(check(evaluate(empty()), 'meetingAgenda').outcome).toBe('missingNone');
      expect(check(evaluate(empty(), { from: '2026-01-01', to: '2026-02-28' }), 'meetingAgenda').outcome).toBe(
        'okNone',
      );
    });
  });

  describe('paso 3: «¿Existe alguna queja o desviación?» registrada en cada reunión', () => {
    type Setup = (s: MutableSnapshot, m: Meeting) => void;
    const none: Setup = () => undefined;
    it.each<[string, Overrides<'meeting'>, Setup, string]>([
      ['sin queja registrada', { complaintRaised: false }, none, 'ok'],
      ['la pregunta sin responder', { complaintRaised: undefined }, none, 'missing'],
      [
        'con queja y la queja canalizada desde la reunión',
        { complaintRaised: true },
        (s, m) => s.complaints.push(complaint(true, { meetingKey: m.key })),
        'ok',
      ],
      ['con queja pero sin queja registrada', { complaintRaised: true }, none, 'missing'],
      [
        'con queja registrada como decisión que vincula la reunión',
        { complaintRaised: true },
        (s, m) =>
          s.decisions.push(
            decision('complaintRaised', true, '2026-02-10', { links: [{ list: 'meeting', key: m.key }] }),
          ),
        'ok',
      ],
      [
        'respuesta «no» registrada como decisión aunque el campo esté vacío',
        { complaintRaised: undefined },
        (s, m) =>
          s.decisions.push(
            decision('complaintRaised', false, '2026-02-10', { links: [{ list: 'meeting', key: m.key }] }),
          ),
        'ok',
      ],
    ])('%s', (_name, over, setup, status) => {
      const s = empty();
      const m = meeting('2026-02-10', over);
      s.meetings.push(m);
      setup(s, m);
      const c = check(evaluate(s, { from: '2026-01-01', to: '2026-03-31' }), 'meetingComplaintDecision');
      expect(c.status).toBe(status);
    });

    it('una de dos reuniones sin respuesta es advertencia', () => {
      const s = empty();
      s.meetings.push(meeting('2026-02-10'), meeting('2026-03-10', { complaintRaised: undefined }));
      const c = check(evaluate(s, { from: '2026-01-01', to: '2026-03-31' }), 'meetingComplaintDecision');
      expect([c.status, c.params.missingCount, c.params.total]).toEqual(['warning', 1, 2]);
    });

    it('sin reuniones cuando vencía una, falta la respuesta', () => {
      expect(check(evaluate(empty()), 'meetingComplaintDecision').outcome).toBe('missingNone');
      expect(
        check(evaluate(empty(), { from: '2026-01-01', to: '2026-01-31' }), 'meetingComplaintDecision').outcome,
      ).toBe('okNone');
    });
  });

  describe('paso 4: quejas atendidas dentro del SLA (PR-SGI-016)', () => {
    const open: Overrides<'complaint'> = { status: 'inProgress', closedAt: undefined };
    it.each<[string, ComplaintSlaFact[], string, string]>([
      ['sin quejas en el periodo', [], 'ok', 'okNone'],
      ['todas cerradas en tiempo', [complaint(true), complaint(true)], 'ok', 'ok'],
      ['una abierta todavía dentro del SLA', [complaint(true), complaint(true, open)], 'ok', 'ok'],
      ['una cerrada fuera del SLA', [complaint(true), complaint(false)], 'warning', 'warning'],
      ['una abierta con el SLA vencido', [complaint(false), complaint(false, open)], 'missing', 'missing'],
      [
        'una resuelta sin confirmar y vencida sigue abierta',
        [complaint(false, { status: 'resolved', closedAt: undefined })],
        'missing',
        'missing',
      ],
      [
        'una cerrada antes del periodo no cuenta',
        [complaint(false, { receivedAt: '2025-11-02T09:00:00-06:00', closedAt: '2025-12-20T09:00:00-06:00' })],
        'ok',
        'okNone',
      ],
      [
        'una recibida después del periodo no cuenta',
        [complaint(false, { ...open, receivedAt: '2027-01-02T09:00:00-06:00' })],
        'ok',
        'okNone',
      ],
      [
        'una abierta desde el año anterior sí cuenta',
        [complaint(false, { ...open, receivedAt: '2025-11-02T09:00:00-06:00' })],
        'missing',
        'missing',
      ],
    ])('%s', (_name, complaints, status, outcome) => {
      const s = empty();
      s.complaints.push(...complaints);
      const c = check(evaluate(s), 'complaintSla');
      expect([c.status, c.outcome]).toEqual([status, outcome]);
      if (outcome === 'okNone') expect(c.evidence).toEqual([]);
      else expect(c.evidence).toHaveLength(complaints.length);
    });

    it('las quejas de otros clientes no cuentan', () => {
      const s = empty();
      s.complaints.push(complaint(false, { clientCode: 'OTRO', status: 'registered', closedAt: undefined }));
      expect(check(evaluate(s), 'complaintSla').outcome).toBe('okNone');
    });
  });

  describe('paso 5: encuesta de satisfacción (PR-SGI-015), resultados a Comercial y decisión sobre los SLAs', () => {
    it.each<[string, (s: MutableSnapshot) => void, string, string]>([
      [
        'el cliente respondió',
        (s) => {
          const c = records.surveyCampaign();
          s.surveyCampaigns.push(c);
          s.surveyInvitations.push(invitation(c.key, { status: 'sent', answeredAt: undefined }));
          s.surveyResponses.push(response(c.key));
        },
        'ok',
        'ok',
      ],
      [
        'la invitación consta como respondida aunque la respuesta no se haya importado',
        (s) => {
          const c = records.surveyCampaign();
          s.surveyCampaigns.push(c);
          s.surveyInvitations.push(invitation(c.key));
        },
        'ok',
        'ok',
      ],
      [
        'invitado y recordado, sin respuesta',
        (s) => {
          const c = records.surveyCampaign();
          s.surveyCampaigns.push(c);
          s.surveyInvitations.push(invitation(c.key, { status: 'reminded', answeredAt: undefined, reminderCount: 2 }));
        },
        'warning',
        'warning',
      ],
      [
        'hay campaña pero el cliente no fue invitado (la invitación rebotó)',
        (s) => {
          const c = records.surveyCampaign();
          s.surveyCampaigns.push(c);
          s.surveyInvitations.push(invitation(c.key, { status: 'bounced', answeredAt: undefined }));
        },
        'missing',
        'missing',
      ],
      ['no hay campaña en el periodo', () => undefined, 'missing', 'missingNoCampaign'],
      [
        'la campaña es de otro cliente',
        (s) => s.surveyCampaigns.push(records.surveyCampaign({ clientCodes: ['OTRO'] })),
        'missing',
        'missingNoCampaign',
      ],
      [
        'una campaña en borrador no cuenta',
        (s) => s.surveyCampaigns.push(records.surveyCampaign({ status: 'draft', closedOn: undefined })),
        'missing',
        'missingNoCampaign',
      ],
      [
        'la campaña del año anterior no cuenta',
        (s) =>
          s.surveyCampaigns.push(
            records.surveyCampaign({ opensOn: '2025-10-01', closesOn: '2025-10-31', closedOn: '2025-11-02' }),
          ),
        'missing',
        'missingNoCampaign',
      ],
    ])('cobertura: %s', (_name, setup, status, outcome) => {
      const s = empty();
      setup(s);
      const c = check(evaluate(s), 'surveyCoverage');
      expect([c.status, c.outcome]).toEqual([status, outcome]);
    });

    it.each<[string, Overrides<'surveyCampaign'>, ConformanceOptions, string, string]>([
      ['resultados enviados', {}, {}, 'ok', 'ok'],
      ['campaña cerrada sin enviar resultados', { resultsSentOn: undefined }, {}, 'missing', 'missing'],
      [
        'campaña en curso: los resultados aún no se esperan',
        { status: 'open', closedOn: undefined, resultsSentOn: undefined },
        { asOf: '2026-10-15' },
        'warning',
        'pending',
      ],
      [
        'campaña abierta pero con la ventana vencida',
        { status: 'open', closedOn: undefined, resultsSentOn: undefined },
        { asOf: '2026-11-15' },
        'missing',
        'missing',
      ],
    ])('resultados a Comercial: %s', (_name, over, options, status, outcome) => {
      const s = empty();
      const c = records.surveyCampaign(over);
      s.surveyCampaigns.push(c);
      s.surveyInvitations.push(invitation(c.key));
      const r = check(evaluate(s, YEAR, options), 'surveyResultsSent');
      expect([r.status, r.outcome]).toEqual([status, outcome]);
    });

    it('sin campaña no hay resultados que enviar', () => {
      expect(check(evaluate(empty()), 'surveyResultsSent').outcome).toBe('missingNoCampaign');
    });

    it.each<[string, (s: MutableSnapshot, c: SurveyCampaign) => void, ConformanceOptions, string, string]>([
      [
        '«no» registrado después de la campaña',
        (s) => s.decisions.push(decision('slaChangeNeeded', false, '2026-11-20')),
        {},
        'ok',
        'okNo',
      ],
      [
        '«sí» con su solicitud de cambio de SLA',
        (s) => {
          s.decisions.push(decision('slaChangeNeeded', true, '2026-11-20'));
          s.changeRequests.push(records.changeRequest({ kind: 'sla', origin: 'survey', requestedOn: '2026-11-22' }));
        },
        {},
        'ok',
        'okYes',
      ],
      [
        '«sí» sin solicitud de cambio',
        (s) => {
          s.decisions.push(decision('slaChangeNeeded', true, '2026-11-20'));
          s.changeRequests.push(records.changeRequest({ kind: 'scope', requestedOn: '2026-11-22' }));
        },
        {},
        'warning',
        'warningNoRequest',
      ],
      [
        'una decisión anterior a la campaña no cuenta',
        (s) => s.decisions.push(decision('slaChangeNeeded', false, '2026-05-20')),
        {},
        'missing',
        'missing',
      ],
      [
        'una decisión que vincula la campaña cuenta aunque sea anterior al cierre',
        (s, c) =>
          s.decisions.push(
            decision('slaChangeNeeded', false, '2026-10-20', { links: [{ list: 'surveyCampaign', key: c.key }] }),
          ),
        {},
        'ok',
        'okNo',
      ],
      [
        'la decisión tomada el día en que se enviaron los resultados cuenta',
        (s) => s.decisions.push(decision('slaChangeNeeded', false, '2026-11-02')),
        {},
        'ok',
        'okNo',
      ],
      ['sin decisión tras una campaña cerrada', () => undefined, {}, 'missing', 'missing'],
      [
        'sin decisión mientras la campaña sigue en curso',
        (s, c) => {
          s.surveyCampaigns = [{ ...c, status: 'open', closedOn: undefined, resultsSentOn: undefined }];
        },
        { asOf: '2026-10-15' },
        'warning',
        'pending',
      ],
    ])('decisión «¿modificar SLAs?»: %s', (_name, setup, options, status, outcome) => {
      const s = empty();
      const c = records.surveyCampaign();
      s.surveyCampaigns.push(c);
      s.surveyInvitations.push(invitation(c.key));
      setup(s, c);
      const r = check(evaluate(s, YEAR, options), 'slaChangeDecision');
      expect([r.status, r.outcome]).toEqual([status, outcome]);
    });

    it('sin campaña falta también la decisión sobre los SLAs', () => {
      expect(check(evaluate(empty()), 'slaChangeDecision').outcome).toBe('missingNoCampaign');
    });
  });

  describe('paso 6: decisión «¿Se requiere la creación o modificación de un servicio?»', () => {
    it.each<[string, (s: MutableSnapshot) => void, string, string]>([
      [
        '«no» registrado en el periodo',
        (s) => s.decisions.push(decision('serviceChangeNeeded', false, '2026-11-20')),
        'ok',
        'okNo',
      ],
      [
        '«sí» con su solicitud P-SGI-009',
        (s) => {
          s.decisions.push(decision('serviceChangeNeeded', true, '2026-11-20'));
          s.serviceRequests.push(records.serviceRequest({ requestedOn: '2026-11-25' }));
        },
        'ok',
        'okYes',
      ],
      [
        '«sí» con la solicitud vinculada desde la decisión',
        (s) => {
          const r = records.serviceRequest({ requestedOn: '2026-11-01' });
          s.serviceRequests.push(r);
          s.decisions.push(
            decision('serviceChangeNeeded', true, '2026-11-20', { links: [{ list: 'serviceRequest', key: r.key }] }),
          );
        },
        'ok',
        'okYes',
      ],
      [
        '«sí» sin solicitud P-SGI-009',
        (s) => {
          s.decisions.push(decision('serviceChangeNeeded', true, '2026-11-20'));
          s.serviceRequests.push(records.serviceRequest({ requestedOn: '2026-11-01' }));
        },
        'warning',
        'warningNoRequest',
      ],
      ['sin decisión', () => undefined, 'missing', 'missing'],
      [
        'decisión fuera del periodo',
        (s) => s.decisions.push(decision('serviceChangeNeeded', false, '2025-12-31')),
        'missing',
        'missing',
      ],
      [
        'decisión de otro punto no cuenta',
        (s) => s.decisions.push(decision('scopeChangeNeeded', false, '2026-11-20')),
        'missing',
        'missing',
      ],
    ])('%s', (_name, setup, status, outcome) => {
      const s = empty();
      setup(s);
      const c = check(evaluate(s), 'serviceChangeDecision');
      expect([c.status, c.outcome]).toEqual([status, outcome]);
    });
  });

  describe('paso 7: revisión del servicio y decisión de cambio de alcance', () => {
    it.each<[string, Service[], ServiceReview[], string, string]>([
      [
        'cada servicio activo revisado',
        [service('SOP-N2'), service('MON')],
        [review('SOP-N2', '2026-06-01'), review('MON', '2026-07-01')],
        'ok',
        'ok',
      ],
      [
        'uno de dos sin revisión',
        [service('SOP-N2'), service('MON')],
        [review('SOP-N2', '2026-06-01')],
        'warning',
        'warning',
      ],
      ['ninguno revisado en el periodo', [service('SOP-N2')], [review('SOP-N2', '2025-12-01')], 'missing', 'missing'],
      [
        'un servicio dado de baja antes del periodo no se exige',
        [service('SOP-N2'), service('MON', { validTo: '2025-12-31' })],
        [review('SOP-N2', '2026-06-01')],
        'ok',
        'ok',
      ],
      [
        'un servicio que aún no iniciaba no se exige',
        [service('SOP-N2', { validFrom: '2027-01-01' })],
        [],
        'ok',
        'okNone',
      ],
      ['sin servicios', [], [], 'ok', 'okNone'],
    ])('revisión: %s', (_name, services, reviews, status, outcome) => {
      const s = empty();
      s.services.push(...services);
      s.serviceReviews.push(...reviews);
      const c = check(evaluate(s), 'serviceReview');
      expect([c.status, c.outcome]).toEqual([status, outcome]);
    });

    it.each<[string, (s: MutableSnapshot) => void, string, string]>([
      [
        'la revisión registra que no se requiere cambio',
        (s) => s.serviceReviews.push(review('SOP-N2', '2026-06-01')),
        'ok',
        'okNoChange',
      ],
      [
        'requiere cambio y vincula su F-SGI-032',
        (s) => {
          const cr = records.changeRequest();
          s.changeRequests.push(cr);
          s.serviceReviews.push(
            review('SOP-N2', '2026-06-01', { scopeChangeRequired: true, changeRequestKey: cr.key }),
          );
        },
        'ok',
        'ok',
      ],
      [
        'requiere cambio y la solicitud nombra la revisión como origen',
        (s) => {
          const r = review('SOP-N2', '2026-06-01', { scopeChangeRequired: true });
          s.serviceReviews.push(r);
          s.changeRequests.push(records.changeRequest({ originKey: r.key }));
        },
        'ok',
        'ok',
      ],
      [
        'requiere cambio sin solicitud',
        (s) => s.serviceReviews.push(review('SOP-N2', '2026-06-01', { scopeChangeRequired: true })),
        'missing',
        'missing',
      ],
      [
        'requiere cambio y la solicitud vinculada no existe',
        (s) =>
          s.serviceReviews.push(
            review('SOP-N2', '2026-06-01', { scopeChangeRequired: true, changeRequestKey: 'cr-no-existe' }),
          ),
        'missing',
        'missing',
      ],
      [
        'dos requieren cambio y solo una tiene solicitud',
        (s) => {
          const cr = records.changeRequest();
          s.changeRequests.push(cr);
          s.serviceReviews.push(
            review('SOP-N2', '2026-06-01', { scopeChangeRequired: true, changeRequestKey: cr.key }),
            review('SOP-N2', '2026-11-01', { scopeChangeRequired: true }),
          );
        },
        'warning',
        'warning',
      ],
      ['sin revisiones habiendo servicios activos', () => undefined, 'missing', 'missingNone'],
    ])('cambio de alcance: %s', (_name, setup, status, outcome) => {
      const s = empty();
      s.services.push(service('SOP-N2'));
      setup(s);
      const c = check(evaluate(s), 'scopeChangeDecision');
      expect([c.status, c.outcome]).toEqual([status, outcome]);
    });

    it('sin servicios activos no se exige decisión de cambio de alcance', () => {
      expect(check(evaluate(empty()), 'scopeChangeDecision').outcome).toBe('okNone');
    });
  });

  describe('resumen por cliente y para varios clientes', () => {
    it('el estado de un cliente y de cada paso es el peor de sus verificaciones', () => {
      const s = conformant();
      s.serviceReviews = [];
      s.complaints.push(complaint(false));
      const result = evaluate(s);
      expect(result.status).toBe('missing');
      expect(result.steps).toEqual([
        { step: 1, status: 'ok' },
        { step: 2, status: 'ok' },
        { step: 3, status: 'ok' },
        { step: 4, status: 'warning' },
        { step: 5, status: 'ok' },
        { step: 6, status: 'ok' },
        { step: 7, status: 'missing' },
      ]);
    });

    it.each([
      [[], 'ok'],
      [['ok', 'ok'], 'ok'],
      [['ok', 'warning', 'ok'], 'warning'],
      [['warning', 'missing', 'ok'], 'missing'],
    ] as const)('el peor de %j es %s', (statuses, worst) => {
      expect(worstStatus(statuses)).toBe(worst);
    });

    it('evalúa a todos los clientes vigentes del periodo, ordenados por código, con totales', () => {
      const s = conformant();
      s.clients.push(
        records.client({ code: 'BETA', name: 'Beta Logística' }),
        records.client({ code: 'VIEJO', name: 'Cliente dado de baja', status: 'inactive', validTo: '2025-06-30' }),
        records.client({ code: 'ZETA', name: 'Zeta sin fecha de baja', status: 'inactive' }),
        records.client({ code: 'BAJA', name: 'Baja a mitad de año', status: 'inactive', validTo: '2026-06-30' }),
      );
      const report = evaluateConformance(s, YEAR);
      expect(report.clients.map((c) => c.clientCode)).toEqual(['ACME', 'BAJA', 'BETA']);
      expect(report.clients[0]?.status).toBe('ok');
      expect(report.clients[2]?.status).toBe('missing');
      expect(report.status).toBe('missing');
      expect(report.totals).toEqual({ ok: 1, warning: 0, missing: 2 });
      seen.push(...report.clients.flatMap((c) => c.checks));
    });

    it('da el mismo resultado evaluando a un cliente solo o entre todos', () => {
      const s = conformant();
      s.clients.push(records.client({ code: 'BETA', name: 'Beta Logística' }));
      s.meetings.push(meeting('2026-02-01', { clientCode: 'BETA', complaintRaised: undefined }));
      const alone = evaluateClientConformance(s, 'ACME', YEAR);
      const all = evaluateConformance(s, YEAR, { clientCodes: ['ACME', 'BETA', 'ACME'] });
      expect(all.clients).toHaveLength(2);
      expect(all.clients[0]).toEqual(alone);
    });
  });

  describe('errores', () => {
    it.each([
      [{ from: '2026-12-31', to: '2026-01-01' }],
      [{ from: '2026-02-30', to: '2026-03-01' }],
      [{ from: '01/01/2026', to: '2026-12-31' }],
    ])('un periodo inválido %j se rechaza con un mensaje en español', (period) => {
      const error = expectDomainError(
        () => evaluateClientConformance(empty(), 'ACME', period),
        'CONFORMANCE.INVALID_PERIOD',
      );
      expect(describeError(error)).toMatch(/^El periodo del «/);
    });

    it.each<[ConformanceOptions, string]>([
      [{ toleranceDays: -1 }, 'toleranceDays'],
      [{ toleranceDays: 1.5 }, 'toleranceDays'],
      [{ timeZone: 'Marte/Olympus' }, 'timeZone'],
      [{ asOf: 'ayer' }, 'asOf'],
      [{ cadenceMonths: { quarterly: 0 } }, 'cadenceMonths.quarterly'],
      [{ cadenceMeetingKinds: [] }, 'cadenceMeetingKinds'],
    ])('una opción inválida %j se rechaza', (options, option) => {
      expect(() => evaluateClientConformance(empty(), 'ACME', YEAR, options)).toThrow(
        expect.objectContaining({ code: 'CONFORMANCE.INVALID_OPTION', params: expect.objectContaining({ option }) }),
      );
    });

    it('un cliente que no está en el catálogo se rechaza', () => {
      expect(() => evaluateClientConformance(empty(), 'NADIE', YEAR)).toThrow(
        expect.objectContaining({ code: 'CONFORMANCE.CLIENT_NOT_FOUND' }),
      );
      expect(() => evaluateConformance(empty(), YEAR, { clientCodes: ['NADIE'] })).toThrow(
        expect.objectContaining({ code: 'CONFORMANCE.CLIENT_NOT_FOUND' }),
      );
      expect(describeError({ code: 'CONFORMANCE.CLIENT_NOT_FOUND', params: { clientCode: 'NADIE' } })).toContain(
        'NADIE',
      );
    });
  });

  describe('textos', () => {
    const es = createTranslator('es-MX');
    const en = createTranslator('en');

    it('cada resultado producido tiene nombre, estado y mensaje completos en español e inglés', () => {
      expect(seen.length).toBeGreaterThan(100);
      for (const result of seen) {
        for (const t of [es, en]) {
          const text = describeCheckResult(result, t);
          expect(text.message).not.toMatch(/\{\{|conformance:/);
          expect(text.name).not.toMatch(/conformance:/);
        }
      }
      expect(describeCheckResult(seen[0] as CheckResult, es).status).toMatch(/^(Cumple|Advertencia|Falta evidencia)$/);
    });

    it('cada mensaje del catálogo corresponde a un resultado que las pruebas producen', () => {
      const produced = new Set(seen.map((r) => r.messageKey));
      const catalog = Object.entries(esConformance.message).flatMap(([checkId, outcomes]) =>
        Object.keys(outcomes).map((outcome) => `conformance:message.${checkId}.${outcome}`),
      );
      expect([...catalog].sort()).toEqual([...produced].sort());
      for (const key of catalog) expect(hasKey('en', key)).toBe(true);
    });

    it('las etiquetas de estado son las del proceso', () => {
      expect(es('conformance:status.ok')).toBe('Cumple');
      expect(es('conformance:status.warning')).toBe('Advertencia');
      expect(es('conformance:status.missing')).toBe('Falta evidencia');
      for (const { step } of CONFORMANCE_CHECKS) expect(hasKey('es-MX', `conformance:step.${step}`)).toBe(true);
    });
  });
});
