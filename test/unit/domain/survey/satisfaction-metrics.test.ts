/** Paso 5 (PR-SGI-015): resultados de la encuesta por campaña, cliente y servicio, contra cuentas a mano. */
import {
  compareSatisfaction,
  computeCoverage,
  computeResponseRate,
  computeSatisfactionMetrics,
  npsCategory,
  type ClientForCoverage,
  type InvitationForMetrics,
  type ResponseForMetrics,
  type ServiceForCoverage,
} from '../../../../src/domain/survey/satisfaction-metrics';
import type { InvitationStatus } from '../../../../src/domain/survey/survey-invitation.entity';
import { expectDomainError } from '../support/errors';

function near(actual: number | null | undefined, expected: number): void {
  expect(actual).not.toBeNull();
  expect(actual).toBeCloseTo(expected, 4);
}

let seq = 0;
function response(
  clientCode: string,
  scores: { csat?: number; nps?: number; ces?: number },
  serviceCode?: string,
): ResponseForMetrics {
  seq += 1;
  return { key: `resp-${String(seq).padStart(6, '0')}`, clientCode, serviceCode, ...scores };
}

function invitations(clientCode: string, counts: Partial<Record<InvitationStatus, number>>): InvitationForMetrics[] {
  return Object.entries(counts).flatMap(([status, count]) =>
    Array.from({ length: count }, () => ({ clientCode, status: status as InvitationStatus })),
  );
}

/** Campaña anual 2025: 10 respuestas de tres clientes (OMEGA ya está inactivo). */
const responses2025: ResponseForMetrics[] = [
  response('ACME', { csat: 5, nps: 10, ces: 2 }, 'SOP'),
  response('ACME', { csat: 4, nps: 9, ces: 3 }, 'SOP'),
  response('ACME', { csat: 2, nps: 3 }, 'NUBE'),
  response('ACME', { csat: 5, nps: 8 }),
  response('ACME', { csat: 4, nps: 9 }, 'NUBE'),
  response('BETA', { csat: 4, nps: 6, ces: 5 }, 'MESA'),
  response('BETA', { csat: 5, nps: 9 }, 'MESA'),
  response('BETA', { csat: 1, nps: 0 }, 'MESA'),
  response('BETA', { csat: 5, nps: 10 }, 'MESA'),
  response('OMEGA', { csat: 4, nps: 7 }),
];

/** Registro de invitaciones: 10 respondidas, 3 enviadas, 1 recordada, 1 rebotada, 2 fallidas, 1 pendiente. */
const invitations2025: InvitationForMetrics[] = [
  ...invitations('ACME', { answered: 5, sent: 1, reminded: 1, bounced: 1, pending: 1 }),
  ...invitations('BETA', { answered: 4, sent: 2, failed: 1 }),
  ...invitations('OMEGA', { answered: 1, failed: 1 }),
];

const client = (code: string, status: 'active' | 'inactive', validTo?: string): ClientForCoverage => ({
  code,
  status,
  validFrom: '2020-01-01',
  validTo,
});
const clients: ClientForCoverage[] = [
  client('ACME', 'active'),
  client('BETA', 'active'),
  client('GAMMA', 'active'),
  client('DELTA', 'active'),
  client('OMEGA', 'inactive', '2024-12-31'),
  client('EPSILON', 'inactive', '2025-03-31'),
];

const service = (clientCode: string, code: string, validTo?: string): ServiceForCoverage => ({
  clientCode,
  code,
  validFrom: '2020-01-01',
  validTo,
});
const services: ServiceForCoverage[] = [
  service('ACME', 'SOP'),
  service('ACME', 'NUBE'),
  service('ACME', 'VIEJO', '2024-06-30'),
  service('BETA', 'MESA'),
  service('GAMMA', 'G1'),
  service('DELTA', 'D1'),
  service('DELTA', 'D2'),
  service('DELTA', 'D3'),
  service('EPSILON', 'E1', '2025-03-31'),
];

describe('CSAT, NPS y CES de la campaña', () => {
  const metrics = computeSatisfactionMetrics({
    responses: responses2025,
    invitations: invitations2025,
    clients,
    services,
  });

  it('CSAT top-2-box: 8 de 10 respuestas con 4 o 5 → 0.80, Wilson 95 % [0.4902, 0.9433]', () => {
    // CSAT = 5,4,2,5,4,4,5,1,5,4 → con 4–5: todas menos el 2 y el 1 = 8 de 10
    expect(metrics.csat?.n).toBe(10);
    expect(metrics.csat?.top2Box.successes).toBe(8);
    near(metrics.csat?.top2Box.proportion, 0.8);
    near(metrics.csat?.top2Box.interval.low, 0.4902);
    near(metrics.csat?.top2Box.interval.high, 0.9433);
    expect(metrics.csat?.top2Box.smallSample).toBe(true);
  });

  it('CSAT promedio 3.9 con EE 0.4333', () => {
    // Σ = 39 → media 3.9; Σ(x − 3.9)² = 4·1.21 + 4·0.01 + 3.61 + 8.41 = 16.9 → s² = 16.9/9 = 1.877778
    // EE = √(1.877778/10) = 0.433333; IC = 3.9 ± 2.262157 · 0.433333 = [2.9197, 4.8803]
    near(metrics.csat?.mean.mean, 3.9);
    near(metrics.csat?.mean.standardError, 0.4333);
    near(metrics.csat?.mean.interval?.low, 2.9197);
    near(metrics.csat?.mean.interval?.high, 4.8803);
  });

  it('NPS: 5 promotores, 2 pasivos y 3 detractores → 0.20, EE 0.2757, IC [−0.3403, 0.7403]', () => {
    // NPS = 10,9,3,8,9,6,9,0,10,7 → promotores (9–10): 5; pasivos (7–8): 2; detractores (0–6): 3
    // NPS = 0.5 − 0.3 = 0.2; var = (0.8 − 0.04)/10 = 0.076; EE = 0.275681; 1.959964 · 0.275681 = 0.540325
    expect(metrics.nps).toMatchObject({ promoters: 5, passives: 2, detractors: 3, n: 10 });
    near(metrics.nps?.nps, 0.2);
    near(metrics.nps?.standardError, 0.2757);
    near(metrics.nps?.interval.low, -0.3403);
    near(metrics.nps?.interval.high, 0.7403);
  });

  it('CES solo donde se preguntó: 3 respuestas con media 3.3333, muestra pequeña', () => {
    expect(metrics.ces?.n).toBe(3);
    near(metrics.ces?.mean, 10 / 3);
    expect(metrics.ces?.smallSample).toBe(true);
  });

  it('las categorías NPS son 0–6 detractor, 7–8 pasivo, 9–10 promotor', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsCategory)).toEqual([
      'detractor',
      'detractor',
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
  });

  it('sin respuestas no hay métricas, y un formulario sin CES deja CES en null', () => {
    const empty = computeSatisfactionMetrics({ responses: [] });
    expect(empty).toMatchObject({ responses: 0, csat: null, nps: null, ces: null, responseRate: null, coverage: null });
    expect(empty.byClient).toEqual([]);
    const noCes = computeSatisfactionMetrics({ responses: [response('ACME', { csat: 4 })] });
    expect(noCes.ces).toBeNull();
    expect(noCes.nps).toBeNull();
  });
});

describe('tasa de respuesta', () => {
  it('respondidas ÷ entregadas: rebotadas y fallidas no cuentan en el denominador', () => {
    // despachadas = 10 respondidas + 3 enviadas + 1 recordada + 1 rebotada + 2 fallidas = 17 (la pendiente no)
    // entregadas = 17 − 1 rebotada − 2 fallidas = 14; tasa = 10/14 = 0.714286
    // Wilson 10/14: centro 0.668148, semiancho 0.214639 → [0.4535, 0.8828]
    const rate = computeResponseRate(invitations2025);
    expect(rate).toMatchObject({ pending: 1, dispatched: 17, bounced: 1, failed: 2, delivered: 14, answered: 10 });
    near(rate.rate?.proportion, 0.7143);
    near(rate.rate?.interval.low, 0.4535);
    near(rate.rate?.interval.high, 0.8828);
  });

  it('si nada se entregó la tasa no se calcula', () => {
    const rate = computeResponseRate(invitations('ACME', { pending: 2, failed: 1, bounced: 1 }));
    expect(rate.delivered).toBe(0);
    expect(rate.rate).toBeNull();
  });

  it('por cliente: ACME 5/7 y BETA 4/6', () => {
    // ACME: entregadas = 5 + 1 + 1 = 7 (1 rebotada y 1 pendiente fuera); BETA: 4 + 2 = 6 (1 fallida fuera)
    const metrics = computeSatisfactionMetrics({ responses: responses2025, invitations: invitations2025 });
    const acme = metrics.byClient.find((c) => c.clientCode === 'ACME');
    const beta = metrics.byClient.find((c) => c.clientCode === 'BETA');
    expect(acme?.responseRate).toMatchObject({ delivered: 7, answered: 5 });
    near(acme?.responseRate?.rate?.proportion, 5 / 7);
    expect(beta?.responseRate).toMatchObject({ delivered: 6, answered: 4 });
    near(beta?.responseRate?.rate?.proportion, 4 / 6);
  });
});

describe('corrección por población finita con las invitaciones entregadas', () => {
  const metrics = computeSatisfactionMetrics(
    { responses: responses2025, invitations: invitations2025 },
    { finitePopulation: 'delivered' },
  );

  it('N = 14 entregadas y n = 10 CSAT: FPC = √(4/13) = 0.5547 y Wilson con n* = 32.5 da [0.6344, 0.9021]', () => {
    // n* = n(N − 1)/(N − n) = 10·13/4 = 32.5; z²/n* = 0.118199; denominador = 1.118199
    // centro = (0.8 + 0.059099)/1.118199 = 0.768289
    // semiancho = 1.959964/1.118199 · √(0.16/32.5 + 3.841459/(4·32.5²)) = 1.752786 · 0.076368 = 0.133859
    expect(metrics.csat?.top2Box.populationSize).toBe(14);
    near(metrics.csat?.top2Box.fpc, 0.5547);
    near(metrics.csat?.top2Box.interval.low, 0.6344);
    near(metrics.csat?.top2Box.interval.high, 0.9021);
    // NPS: EE 0.275681 · 0.554700 = 0.152920
    near(metrics.nps?.standardError, 0.1529);
  });

  it('por cliente se usa N del cliente: ACME N = 7, n = 5 → FPC = √(2/6) = 0.5774', () => {
    const acme = metrics.byClient.find((c) => c.clientCode === 'ACME');
    expect(acme?.csat?.top2Box.populationSize).toBe(7);
    near(acme?.csat?.top2Box.fpc, 0.5774);
    // ACME 4 de 5 con n* = 5·6/2 = 15 → Wilson [0.5481, 0.9295]
    near(acme?.csat?.top2Box.interval.low, 0.5481);
    near(acme?.csat?.top2Box.interval.high, 0.9295);
  });

  it('por servicio no se conoce N (las invitaciones no nombran servicio): sin corrección', () => {
    expect(metrics.byService.every((s) => s.csat?.top2Box.populationSize === null)).toBe(true);
  });

  it('una N explícita menor que las respuestas no se usa', () => {
    const odd = computeSatisfactionMetrics({ responses: responses2025 }, { finitePopulation: { size: 5 } });
    expect(odd.csat?.top2Box.fpc).toBe(1);
    expect(odd.csat?.top2Box.populationSize).toBeNull();
  });
});

describe('desgloses por cliente y por servicio', () => {
  const metrics = computeSatisfactionMetrics({ responses: responses2025 });

  it('por cliente, ordenados por código: ACME NPS 0.4, BETA NPS 0', () => {
    // ACME NPS 10,9,3,8,9 → P 3, D 1 → (3 − 1)/5 = 0.4; BETA 6,9,0,10 → P 2, D 2 → 0
    expect(metrics.byClient.map((c) => [c.clientCode, c.responses])).toEqual([
      ['ACME', 5],
      ['BETA', 4],
      ['OMEGA', 1],
    ]);
    near(metrics.byClient[0]?.nps?.nps, 0.4);
    near(metrics.byClient[1]?.nps?.nps, 0);
    // ACME CSAT 5,4,2,5,4 → 4 de 5 en top-2-box
    near(metrics.byClient[0]?.csat?.top2Box.proportion, 0.8);
  });

  it('por servicio solo las respuestas que nombran servicio, por cliente y servicio', () => {
    expect(metrics.byService.map((s) => [s.clientCode, s.serviceCode, s.responses])).toEqual([
      ['ACME', 'NUBE', 2],
      ['ACME', 'SOP', 2],
      ['BETA', 'MESA', 4],
    ]);
    // ACME/NUBE CSAT 2 y 4 → media 3, top-2-box 1 de 2
    near(metrics.byService[0]?.csat?.mean.mean, 3);
    near(metrics.byService[0]?.csat?.top2Box.proportion, 0.5);
  });
});

describe('cobertura de clientes activos', () => {
  it('sin periodo: 2 de 4 clientes activos contestaron (0.5); ponderada por servicios 3 de 7 (0.4286)', () => {
    // activos: ACME, BETA, DELTA, GAMMA (OMEGA y EPSILON están inactivos); con respuesta: ACME y BETA
    // servicios activos (sin fin de vigencia): ACME 2 (VIEJO terminó), BETA 1, GAMMA 1, DELTA 3 = 7
    // de clientes cubiertos: ACME 2 + BETA 1 = 3 → 3/7 = 0.428571
    const coverage = computeCoverage(responses2025, clients, services);
    expect(coverage).toMatchObject({
      activeClients: 4,
      coveredClients: 2,
      activeServices: 7,
      servicesOfCoveredClients: 3,
    });
    near(coverage.share, 0.5);
    near(coverage.serviceWeightedShare, 0.4286);
    expect(coverage.uncoveredClientCodes).toEqual(['DELTA', 'GAMMA']);
  });

  it('con periodo 2025 cuenta la vigencia: EPSILON estuvo activo hasta marzo y entra (2 de 5 = 0.4)', () => {
    // activos en 2025: ACME, BETA, DELTA, EPSILON, GAMMA (OMEGA terminó en 2024)
    // servicios: 7 + E1 = 8; cubiertos 3 → 3/8 = 0.375
    const metrics = computeSatisfactionMetrics(
      { responses: responses2025, clients, services },
      { period: { from: '2025-01-01', to: '2025-12-31' } },
    );
    expect(metrics.coverage?.activeClients).toBe(5);
    near(metrics.coverage?.share, 0.4);
    near(metrics.coverage?.serviceWeightedShare, 0.375);
    expect(metrics.coverage?.uncoveredClientCodes).toEqual(['DELTA', 'EPSILON', 'GAMMA']);
  });

  it('sin catálogo de servicios la cobertura ponderada es null', () => {
    const coverage = computeCoverage(responses2025, clients, undefined);
    expect(coverage.serviceWeightedShare).toBeNull();
    expect(coverage.activeServices).toBeNull();
  });

  it('un periodo que termina antes de empezar es un error', () => {
    expectDomainError(
      () => computeSatisfactionMetrics({ responses: [] }, { period: { from: '2025-12-31', to: '2025-01-01' } }),
      'SURVEY.METRICS.INVALID_PERIOD',
    );
  });
});

describe('comparación contra el año anterior', () => {
  const csatYear = (topBox: number, total: number) =>
    Array.from({ length: total }, (_, i) => response('ACME', { csat: i < topBox ? 5 : 2 }));

  it('20/40 → 29/40 satisfechos: sube y es significativa (Newcombe excluye el 0)', () => {
    // d = 0.725 − 0.5 = 0.225; IC Newcombe = [0.0119, 0.4118] (ver statistics.test.ts)
    const previous = computeSatisfactionMetrics({ responses: csatYear(20, 40) });
    const current = computeSatisfactionMetrics({ responses: csatYear(29, 40) });
    const yoy = compareSatisfaction(previous, current);
    expect(yoy.csatTop2Box).toMatchObject({ previous: 0.5, current: 0.725, significant: true, direction: 'up' });
    near(yoy.csatTop2Box?.interval.low, 0.0119);
    expect(yoy.nps).toBeNull();
  });

  it('20/40 → 28/40 satisfechos: sube pero no es significativa, la dirección queda en "none"', () => {
    // d = 0.2; IC Newcombe = [−0.0138, 0.3901] incluye el 0
    const yoy = compareSatisfaction(
      computeSatisfactionMetrics({ responses: csatYear(20, 40) }),
      computeSatisfactionMetrics({ responses: csatYear(28, 40) }),
    );
    expect(yoy.csatTop2Box).toMatchObject({ significant: false, direction: 'none' });
    near(yoy.csatTop2Box?.difference, 0.2);
    near(yoy.csatTop2Box?.interval.low, -0.0138);
  });

  it('NPS −0.3 → 0.4: baja a alta significativa; la tasa de respuesta se compara si hay invitaciones', () => {
    // antes 4/6/10 (NPS −0.3, EE 0.174642); ahora 15/5/5 (NPS 0.4, EE 0.16)
    // d = 0.7; EE = √(0.0305 + 0.0256) = 0.236854; IC = 0.7 ± 0.464225 = [0.2358, 1.1642]
    const npsYear = (p: number, pa: number, d: number) => [
      ...Array.from({ length: p }, () => response('ACME', { nps: 10 })),
      ...Array.from({ length: pa }, () => response('ACME', { nps: 7 })),
      ...Array.from({ length: d }, () => response('ACME', { nps: 2 })),
    ];
    const previous = computeSatisfactionMetrics({
      responses: npsYear(4, 6, 10),
      invitations: invitations('ACME', { answered: 20, sent: 20 }),
    });
    const current = computeSatisfactionMetrics({
      responses: npsYear(15, 5, 5),
      invitations: invitations('ACME', { answered: 25, sent: 15 }),
    });
    const yoy = compareSatisfaction(previous, current);
    near(yoy.nps?.difference, 0.7);
    near(yoy.nps?.interval.low, 0.2358);
    near(yoy.nps?.interval.high, 1.1642);
    expect(yoy.nps?.direction).toBe('up');
    // tasa 20/40 = 0.5 → 25/40 = 0.625: d = 0.125, no significativa
    expect(yoy.responseRate).toMatchObject({ previous: 0.5, current: 0.625, significant: false, direction: 'none' });
  });
});
