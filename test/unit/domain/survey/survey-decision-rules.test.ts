/** Pasos 5 y 6: reglas como datos que proponen seguimiento, cambio de SLA (F-SGI-032) o servicio (P-SGI-009). */
import {
  DEFAULT_SURVEY_RULES,
  evaluateSurveyRules,
  matchesCondition,
  parseSurveyRules,
  type ResponseForRules,
  type SurveyProposal,
} from '../../../../src/domain/survey/survey-decision-rules';
import { createTranslator, describeError, hasKey } from '../../../../src/i18n';
import { expectDomainError } from '../support/errors';

const r = (
  key: string,
  clientCode: string,
  serviceCode: string | undefined,
  scores: { csat?: number; nps?: number; ces?: number },
  answers: Record<string, string | number> = {},
): ResponseForRules => ({ key, clientCode, serviceCode, ...scores, answers });

/** Respuestas de la campaña: ACME con NPS negativo y un SLA que no cubre; BETA con un CSAT de 1. */
const responses: ResponseForRules[] = [
  r('resp-acme-01', 'ACME', 'SOP', { csat: 2, nps: 3, ces: 6 }, { slaCoversNeeds: 'No' }),
  r('resp-acme-02', 'ACME', 'SOP', { csat: 4, nps: 5, ces: 5 }, { slaCoversNeeds: 'Sí' }),
  r('resp-acme-03', 'ACME', 'NUBE', { csat: 5, nps: 9 }, { needsNewService: 'si' }),
  r('resp-beta-01', 'BETA', 'MESA', { csat: 1, nps: 10, ces: 7 }, { slaCoversNeeds: ' no ' }),
  r('resp-beta-02', 'BETA', undefined, { csat: 5, nps: 9 }),
];

const summary = (proposals: SurveyProposal[]) =>
  proposals.map((p) => [p.ruleId, p.kind, p.clientCode, p.serviceCode ?? '-', p.evidence.join(',')]);

describe('reglas por omisión después de la encuesta', () => {
  const proposals = evaluateSurveyRules(DEFAULT_SURVEY_RULES, responses);

  it('proponen seguimiento, cambio de SLA y solicitud de servicio, ordenadas por prioridad y cliente', () => {
    // NPS de ACME: 3, 5, 9 → 1 promotor, 2 detractores → (1 − 2)/3 = −0.3333 < 0 → F-SGI-032
    // NPS de BETA: 10, 9 → 1.0 → nada
    // CSAT ≤ 2: resp-acme-01 (2) y resp-beta-01 (1) → acción de seguimiento
    // "¿El SLA cubre sus necesidades?" = No: resp-acme-01 y resp-beta-01 (" no ") → F-SGI-032
    // "¿Requiere un servicio nuevo…?" = "si" (sin acento) en resp-acme-03 → P-SGI-009
    expect(summary(proposals)).toEqual([
      ['nps-negative-client', 'slaChangeRequest', 'ACME', '-', 'resp-acme-01,resp-acme-02,resp-acme-03'],
      ['csat-low-response', 'followUpAction', 'ACME', 'SOP', 'resp-acme-01'],
      ['sla-not-covering-needs', 'slaChangeRequest', 'ACME', 'SOP', 'resp-acme-01'],
      ['csat-low-response', 'followUpAction', 'BETA', 'MESA', 'resp-beta-01'],
      ['sla-not-covering-needs', 'slaChangeRequest', 'BETA', 'MESA', 'resp-beta-01'],
      ['new-service-requested', 'serviceRequest', 'ACME', 'NUBE', 'resp-acme-03'],
    ]);
  });

  it('el motivo lleva el valor observado y la condición de la regla', () => {
    const nps = proposals.find((p) => p.ruleId === 'nps-negative-client');
    expect(nps?.reason.code).toBe('group.nps');
    expect(nps?.reason.params.value).toBeCloseTo(-1 / 3, 4);
    expect(nps?.reason.params).toMatchObject({ condition: '< 0', responses: 3, subject: 'ACME' });
    const sla = proposals.find((p) => p.ruleId === 'sla-not-covering-needs');
    expect(sla?.reason).toEqual({
      code: 'response.answer',
      params: {
        value: 'No',
        condition: '∈ {No}',
        subject: 'ACME',
        questionKey: 'slaCoversNeeds',
        responses: 1,
        clientCode: 'ACME',
        serviceCode: 'SOP',
      },
    });
  });

  it('cada motivo y tipo de propuesta tiene texto en español e inglés sin parámetros sin llenar', () => {
    const es = createTranslator('es-MX');
    const en = createTranslator('en');
    for (const p of proposals) {
      expect(hasKey('es-MX', `survey:reason.${p.reason.code}`)).toBe(true);
      expect(hasKey('en', `survey:reason.${p.reason.code}`)).toBe(true);
      expect(es(`survey:reason.${p.reason.code}`, p.reason.params)).not.toContain('{{');
      expect(en(`survey:reason.${p.reason.code}`, p.reason.params)).not.toContain('{{');
    }
    expect(es('survey:proposalKind.slaChangeRequest')).toBe('Solicitud de cambio de SLA (F-SGI-032)');
    expect(es('survey:proposalKind.serviceRequest')).toBe('Solicitud de servicio (P-SGI-009)');
    expect(es('survey:proposalKind.followUpAction')).toBe('Acción de seguimiento');
  });

  it('las reglas por omisión son válidas como datos', () => {
    expect(parseSurveyRules(JSON.parse(JSON.stringify(DEFAULT_SURVEY_RULES)))).toEqual(DEFAULT_SURVEY_RULES);
  });

  it('sin respuestas no hay propuestas', () => {
    expect(evaluateSurveyRules(DEFAULT_SURVEY_RULES, [])).toEqual([]);
  });
});

describe('una regla nueva se agrega como datos, sin cambiar código', () => {
  // Como la guardaría el Líder en la lista de configuración (JSON).
  const stored = `[
    {"id": "ces-high-service", "when": {"metric": "ces", "op": "gte", "value": 5},
     "scope": "service", "propose": "followUpAction", "priority": "low", "minResponses": 2},
    {"id": "csat-top2-low-client", "when": {"metric": "csatTop2Box", "op": "lte", "value": 0.5},
     "scope": "client", "propose": "followUpAction", "priority": "medium"},
    {"id": "sla-no-client", "when": {"metric": "answer", "questionKey": "slaCoversNeeds", "op": "eq", "value": "NO"},
     "scope": "client", "propose": "slaChangeRequest", "priority": "high", "minResponses": 2}
  ]`;

  it('CES promedio ≥ 5 por servicio con al menos 2 respuestas: ACME/SOP sí, BETA/MESA no', () => {
    // ACME/SOP: CES 6 y 5 → media 5.5 ≥ 5, n = 2 → propone; BETA/MESA: CES 7 pero n = 1 < 2 → no
    const proposals = evaluateSurveyRules(parseSurveyRules(JSON.parse(stored)), responses);
    const ces = proposals.filter((p) => p.ruleId === 'ces-high-service');
    expect(summary(ces)).toEqual([['ces-high-service', 'followUpAction', 'ACME', 'SOP', 'resp-acme-01,resp-acme-02']]);
    expect(ces[0]?.reason.params).toMatchObject({ value: 5.5, condition: '≥ 5', subject: 'ACME / SOP' });
  });

  it('CSAT top-2-box ≤ 0.5 por cliente: BETA (1 de 2 = 0.5) sí, ACME (2 de 3 = 0.6667) no', () => {
    const proposals = evaluateSurveyRules(JSON.parse(stored) as unknown[], responses);
    const top = proposals.filter((p) => p.ruleId === 'csat-top2-low-client');
    expect(summary(top)).toEqual([
      ['csat-top2-low-client', 'followUpAction', 'BETA', '-', 'resp-beta-01,resp-beta-02'],
    ]);
    expect(top[0]?.reason.params.value).toBeCloseTo(0.5, 4);
  });

  it('respuesta "No" agregada por cliente: ACME contestó la pregunta 2 veces (una No) → propone con esa evidencia', () => {
    // BETA contestó la pregunta una sola vez (< minResponses 2) → no propone
    const proposals = evaluateSurveyRules(JSON.parse(stored) as unknown[], responses);
    expect(summary(proposals.filter((p) => p.ruleId === 'sla-no-client'))).toEqual([
      ['sla-no-client', 'slaChangeRequest', 'ACME', '-', 'resp-acme-01'],
    ]);
  });

  it('las reglas nuevas conviven con las de omisión y una regla se apaga con enabled: false', () => {
    const rules = [
      ...DEFAULT_SURVEY_RULES.map((rule) => (rule.id === 'csat-low-response' ? { ...rule, enabled: false } : rule)),
      ...(JSON.parse(stored) as unknown[]),
    ];
    const proposals = evaluateSurveyRules(rules, responses);
    expect(proposals.some((p) => p.ruleId === 'csat-low-response')).toBe(false);
    expect(proposals.some((p) => p.ruleId === 'ces-high-service')).toBe(true);
    expect(proposals.some((p) => p.ruleId === 'nps-negative-client')).toBe(true);
  });
});

describe('reglas inválidas', () => {
  const base = { scope: 'client', propose: 'slaChangeRequest', priority: 'high' };

  it('NPS de cliente escrito en puntos (−20) en vez de fracción (−0.2) se rechaza con SURVEY.RULES.INVALID', () => {
    const error = expectDomainError(
      () => parseSurveyRules([{ ...base, id: 'nps-points', when: { metric: 'nps', op: 'lt', value: -20 } }]),
      'SURVEY.RULES.INVALID',
    );
    expect(error.params).toMatchObject({ field: '0.when.value', count: 1 });
    expect(describeError(error)).toContain('«0.when.value»');
  });

  it('se informan todos los problemas: pregunta faltante, "in" sin lista, métrica fuera de alcance, id repetido', () => {
    const error = expectDomainError(
      () =>
        parseSurveyRules([
          { ...base, id: 'answer-no-key', when: { metric: 'answer', op: 'eq', value: 'No' } },
          { ...base, id: 'in-scalar', when: { metric: 'csat', op: 'in', value: 2 } },
          { ...base, id: 'top2-response', scope: 'response', when: { metric: 'csatTop2Box', op: 'lt', value: 0.5 } },
          { ...base, id: 'text-threshold', when: { metric: 'csat', op: 'lte', value: 'dos' } },
          { ...base, id: 'answer-no-key', when: { metric: 'ces', op: 'gte', value: 6 } },
        ]),
      'SURVEY.RULES.INVALID',
    );
    const paths = error.issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['0.when.questionKey', '1.when.value', '2.when.metric', '3.when.value', '4.id']),
    );
  });

  it('el evaluador valida las reglas antes de proponer nada', () => {
    expectDomainError(() => evaluateSurveyRules([{ id: 'x' }], responses), 'SURVEY.RULES.INVALID');
  });
});

describe('comparación de respuestas con la condición', () => {
  it('el texto se compara sin mayúsculas, acentos ni espacios; los números aceptan coma decimal', () => {
    expect(matchesCondition(' SÍ ', { op: 'in', value: ['si'] })).toBe(true);
    expect(matchesCondition('No', { op: 'eq', value: 'no' })).toBe(true);
    expect(matchesCondition('2,5', { op: 'lte', value: 3 })).toBe(true);
    expect(matchesCondition('tal vez', { op: 'lte', value: 3 })).toBe(false);
    expect(matchesCondition(7, { op: 'gt', value: 7 })).toBe(false);
    expect(matchesCondition(7, { op: 'gte', value: 7 })).toBe(true);
  });
});
