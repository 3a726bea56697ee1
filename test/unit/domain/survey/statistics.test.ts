/** Estadística de la encuesta (PR-SGI-015) comprobada contra cuentas hechas a mano, a 4 decimales. */
import {
  differenceOfMeans,
  differenceOfNps,
  differenceOfProportions,
  estimateMean,
  estimateNps,
  estimateProportion,
  finitePopulationCorrection,
  isSmallSample,
  tForConfidence,
  wilsonInterval,
  zForConfidence,
} from '../../../../src/domain/survey/statistics';
import { expectDomainError } from '../support/errors';

/** Checks to 4 decimals: |actual − expected| < 0.00005. */
function near(actual: number | null | undefined, expected: number): void {
  expect(actual).not.toBeNull();
  expect(actual).toBeCloseTo(expected, 4);
}

describe('valores críticos de la normal y de la t de Student', () => {
  it('al 95 % z = 1.9600, al 99 % z = 2.5758 y al 90 % z = 1.6449 (tablas)', () => {
    near(zForConfidence(0.95), 1.96);
    expect(zForConfidence(0.95)).toBeCloseTo(1.959964, 6);
    near(zForConfidence(0.99), 2.5758);
    near(zForConfidence(0.9), 1.6449);
  });

  it('la t al 95 % con 1, 2, 9 y 29 grados de libertad coincide con las tablas', () => {
    // Tablas: t(0.975; 1) = 12.7062, t(0.975; 2) = 4.3027, t(0.975; 9) = 2.2622, t(0.975; 29) = 2.0452.
    near(tForConfidence(0.95, 1), 12.7062);
    near(tForConfidence(0.95, 2), 4.3027);
    near(tForConfidence(0.95, 9), 2.2622);
    near(tForConfidence(0.95, 29), 2.0452);
    // t(0.995; 4) = 4.6041; con muchos grados de libertad tiende a z.
    near(tForConfidence(0.99, 4), 4.6041);
    near(tForConfidence(0.95, 1000), 1.9623);
  });

  it('rechaza una confianza fuera de (0, 1) con un error de código estable', () => {
    expect(() => zForConfidence(1)).toThrow(expect.objectContaining({ code: 'SURVEY.STATS.INVALID_ARGUMENT' }));
  });
});

describe('intervalo de Wilson para una proporción (CSAT top-2-box)', () => {
  it('8 de 10 clientes satisfechos (4–5) da [0.4902, 0.9433] al 95 %', () => {
    // p = 0.8, n = 10, z = 1.959964, z² = 3.841459
    // denominador = 1 + z²/n = 1.384146
    // centro = (p + z²/2n) / denominador = (0.8 + 0.192073) / 1.384146 = 0.716740
    // semiancho = z/denominador · √(p(1−p)/n + z²/4n²) = 1.416008 · √(0.016 + 0.009604) = 0.226578
    // → [0.716740 − 0.226578, 0.716740 + 0.226578] = [0.490162, 0.943318]
    const interval = wilsonInterval(8, 10);
    near(interval.low, 0.4902);
    near(interval.high, 0.9433);
  });

  it('con z = 1.96 exacto el resultado es el mismo a 4 decimales', () => {
    const interval = wilsonInterval(8, 10, { z: 1.96 });
    near(interval.low, 0.4902);
    near(interval.high, 0.9433);
  });

  it('con 0 de 10 el intervalo empieza en 0 y no es simétrico', () => {
    // centro = (0 + 0.192073)/1.384146 = 0.138767, semiancho = 1.416008·√(0 + 0.009604) = 0.138767
    const interval = wilsonInterval(0, 10);
    near(interval.low, 0);
    near(interval.high, 0.2775);
  });

  it('la estimación da proporción, error estándar √(p(1−p)/n) y marca de muestra pequeña', () => {
    // 6 de 10: p = 0.6, EE = √(0.6·0.4/10) = √0.024 = 0.154919
    const estimate = estimateProportion(6, 10);
    near(estimate.proportion, 0.6);
    near(estimate.standardError, 0.1549);
    near(estimate.interval.low, 0.3127);
    near(estimate.interval.high, 0.8318);
    expect(estimate.smallSample).toBe(true);
    expect(estimate.fpc).toBe(1);
    expect(estimate.populationSize).toBeNull();
  });
});

describe('corrección por población finita (cartera pequeña de clientes)', () => {
  it('con N = 40 contactos y n = 25 respuestas, FPC = √(15/39) = 0.6202', () => {
    // (N − n)/(N − 1) = 15/39 = 0.384615; √0.384615 = 0.620174
    near(finitePopulationCorrection(25, 40), 0.6202);
    expect(finitePopulationCorrection(25)).toBe(1);
    expect(finitePopulationCorrection(40, 40)).toBe(0);
  });

  it('Wilson con N = 40: 20 de 25 usa n efectivo = n(N−1)/(N−n) = 65 y da [0.6873, 0.8792]', () => {
    // n* = 25·39/15 = 65; z²/n* = 0.059099; denominador = 1.059099
    // centro = (0.8 + 0.029549)/1.059099 = 0.783260
    // semiancho = 1.959964/1.059099 · √(0.16/65 + 3.841459/(4·65²)) = 1.850596 · 0.051854 = 0.095961
    const finite = wilsonInterval(20, 25, { populationSize: 40 });
    near(finite.low, 0.6873);
    near(finite.high, 0.8792);
    // Sin corrección el intervalo es más ancho: [0.6087, 0.9114].
    const infinite = wilsonInterval(20, 25);
    near(infinite.low, 0.6087);
    near(infinite.high, 0.9114);
  });

  it('si contestaron todos (n = N) el valor se conoce: el intervalo es un punto', () => {
    expect(wilsonInterval(20, 25, { populationSize: 25 })).toEqual({ low: 0.8, high: 0.8 });
  });

  it('una población menor que la muestra es un error', () => {
    expectDomainError(() => finitePopulationCorrection(25, 20), 'SURVEY.STATS.INVALID_ARGUMENT');
  });
});

describe('NPS con su error estándar', () => {
  it('10 promotores, 6 pasivos y 4 detractores: NPS 0.30, EE 0.1746, IC [−0.0423, 0.6423]', () => {
    // n = 20; p_P = 0.5; p_D = 0.2; NPS = 0.3
    // var = (p_P + p_D − NPS²)/n = (0.7 − 0.09)/20 = 0.0305; EE = √0.0305 = 0.174642
    // IC = 0.3 ± 1.959964 · 0.174642 = 0.3 ± 0.342293
    const nps = estimateNps({ promoters: 10, passives: 6, detractors: 4 });
    near(nps.nps, 0.3);
    near(nps.promoterShare, 0.5);
    near(nps.detractorShare, 0.2);
    near(nps.standardError, 0.1746);
    near(nps.interval.low, -0.0423);
    near(nps.interval.high, 0.6423);
    expect(nps.smallSample).toBe(true);
  });

  it('con N = 40 y n = 25 el error estándar se multiplica por la FPC: 0.16 · 0.6202 = 0.0992', () => {
    // 15/5/5: p_P = 0.6, p_D = 0.2, NPS = 0.4; var = (0.8 − 0.16)/25 = 0.0256; EE = 0.16
    // con FPC: 0.16 · 0.620174 = 0.099228; IC = 0.4 ± 1.959964 · 0.099228 = [0.2055, 0.5945]
    const plain = estimateNps({ promoters: 15, passives: 5, detractors: 5 });
    near(plain.standardError, 0.16);
    const finite = estimateNps({ promoters: 15, passives: 5, detractors: 5 }, { populationSize: 40 });
    near(finite.standardError, 0.0992);
    near(finite.interval.low, 0.2055);
    near(finite.interval.high, 0.5945);
    expect(finite.populationSize).toBe(40);
  });
});

describe('media con error estándar e intervalo t', () => {
  const csat = [5, 5, 4, 4, 4, 4, 3, 3, 2, 1];

  it('diez CSAT con media 3.5 dan EE 0.4014 e IC t(9) [2.5920, 4.4080]', () => {
    // media = 35/10 = 3.5; Σ(x − media)² = 3·2.25 + 6·0.25 + 6.25 = 14.5 → s² = 14.5/9 = 1.611111
    // s = 1.269296; EE = s/√10 = 0.401386; t(0.975; 9) = 2.262157
    // IC = 3.5 ± 2.262157 · 0.401386 = 3.5 ± 0.907999
    const mean = estimateMean(csat);
    near(mean.mean, 3.5);
    near(mean.standardDeviation, 1.2693);
    near(mean.standardError, 0.4014);
    near(mean.criticalValue, 2.2622);
    near(mean.interval?.low, 2.592);
    near(mean.interval?.high, 4.408);
    expect(mean.method).toBe('t');
  });

  it('con el método z el intervalo usa 1.96 y es más angosto', () => {
    // 3.5 ± 1.959964 · 0.401386 = 3.5 ± 0.786702
    const mean = estimateMean(csat, { method: 'z' });
    near(mean.interval?.low, 2.7133);
    near(mean.interval?.high, 4.2867);
  });

  it('con N = 20 el EE se corrige: 0.401386 · √(10/19) = 0.2912', () => {
    // FPC = √(10/19) = 0.725476; EE = 0.291196; IC = 3.5 ± 2.262157 · 0.291196 = [2.8413, 4.1587]
    const mean = estimateMean(csat, { populationSize: 20 });
    near(mean.fpc, 0.7255);
    near(mean.standardError, 0.2912);
    near(mean.interval?.low, 2.8413);
    near(mean.interval?.high, 4.1587);
  });

  it('con una sola respuesta no hay desviación ni intervalo', () => {
    const mean = estimateMean([4]);
    expect(mean.mean).toBe(4);
    expect(mean.standardError).toBeNull();
    expect(mean.interval).toBeNull();
  });
});

describe('muestra pequeña', () => {
  it('menos de 30 respuestas es muestra pequeña; 30 ya no', () => {
    expect(isSmallSample(29)).toBe(true);
    expect(isSmallSample(30)).toBe(false);
    expect(estimateProportion(20, 30).smallSample).toBe(false);
  });
});

describe('diferencias entre dos periodos', () => {
  it('proporciones: 20/40 → 29/40 es significativa aunque los intervalos de Wilson se traslapen', () => {
    // Wilson 20/40 = [0.351995, 0.648005]; Wilson 29/40 = [0.571650, 0.838920] (se traslapan)
    // Newcombe: d = 0.725 − 0.5 = 0.225
    // bajo = d − √((0.725 − 0.571650)² + (0.648005 − 0.5)²) = 0.225 − √(0.023516 + 0.021905) = 0.011877
    // alto = d + √((0.838920 − 0.725)² + (0.5 − 0.351995)²) = 0.225 + √(0.012978 + 0.021905) = 0.411770
    const diff = differenceOfProportions({ successes: 20, n: 40 }, { successes: 29, n: 40 });
    near(diff.difference, 0.225);
    near(diff.interval.low, 0.0119);
    near(diff.interval.high, 0.4118);
    expect(diff.significant).toBe(true);
  });

  it('proporciones: 20/40 → 28/40 no es significativa', () => {
    // Wilson 28/40 = [0.545700, 0.819252]; d = 0.2
    // bajo = 0.2 − √((0.7 − 0.5457)² + 0.148005²) = 0.2 − 0.213808 = −0.013808
    const diff = differenceOfProportions({ successes: 20, n: 40 }, { successes: 28, n: 40 });
    near(diff.interval.low, -0.0138);
    near(diff.interval.high, 0.3901);
    expect(diff.significant).toBe(false);
  });

  it('NPS: la diferencia usa √(EE₁² + EE₂²)', () => {
    // 10/6/4 (NPS 0.3, EE 0.174642) → 15/5/5 (NPS 0.4, EE 0.16)
    // EE = √(0.0305 + 0.0256) = 0.236854; IC = 0.1 ± 1.959964 · 0.236854 = [−0.3642, 0.5642]
    const diff = differenceOfNps(
      estimateNps({ promoters: 10, passives: 6, detractors: 4 }),
      estimateNps({ promoters: 15, passives: 5, detractors: 5 }),
    );
    near(diff.difference, 0.1);
    near(diff.interval.low, -0.3642);
    near(diff.interval.high, 0.5642);
    expect(diff.significant).toBe(false);
  });

  it('medias: Welch con gl de Satterthwaite redondeados hacia abajo', () => {
    // antes: media 3.5, EE² = 1.611111/10 = 0.161111; después: 4.5, EE² = 0.277778/10 = 0.027778
    // EE = √0.188889 = 0.434613; gl = 0.188889² / (0.161111²/9 + 0.027778²/9) = 12.01 → 12
    // t(0.975; 12) = 2.178813; IC = 1 ± 2.178813 · 0.434613 = [0.0531, 1.9469]
    const diff = differenceOfMeans(
      estimateMean([5, 5, 4, 4, 4, 4, 3, 3, 2, 1]),
      estimateMean([5, 5, 5, 4, 4, 4, 4, 4, 5, 5]),
    );
    near(diff?.difference, 1);
    near(diff?.interval.low, 0.0531);
    near(diff?.interval.high, 1.9469);
    expect(diff?.significant).toBe(true);
  });
});
