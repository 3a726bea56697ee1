/**
 * Satisfaction results of a campaign or period (seed step 5, PR-SGI-015): CSAT, NPS and CES with
 * intervals, response rate, coverage of active clients, breakdowns per client and per service,
 * and the year-over-year comparison. Results are plain data (fractions, intervals, flags), no text.
 */
import type { Client } from '../client/client.entity';
import { validityOverlaps, type DateRange } from '../shared/calendar-dates';
import { DomainError } from '../shared/domain-error';
import type { Service } from '../service/service.entity';
import {
  differenceOfMeans,
  differenceOfNps,
  differenceOfProportions,
  estimateMean,
  estimateNps,
  estimateProportion,
  type Difference,
  type IntervalOptions,
  type MeanEstimate,
  type NpsEstimate,
  type ProportionEstimate,
} from './statistics';
import type { InvitationStatus, SurveyInvitation } from './survey-invitation.entity';
import type { SurveyResponse } from './survey-response.entity';

/** CSAT answers at or above this (4 and 5 of 5) are the "top-2-box". */
export const CSAT_TOP_BOX_MIN = 4;
/** NPS answers at or above this (9–10) are promoters. */
export const NPS_PROMOTER_MIN = 9;
/** NPS answers at or below this (0–6) are detractors; 7–8 are passives. */
export const NPS_DETRACTOR_MAX = 6;

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

/** The NPS category of a 0–10 answer. */
export function npsCategory(score: number): NpsCategory {
  if (score >= NPS_PROMOTER_MIN) return 'promoter';
  if (score <= NPS_DETRACTOR_MAX) return 'detractor';
  return 'passive';
}

/** True when a 1–5 CSAT answer is in the top-2-box. */
export function isCsatTopBox(score: number): boolean {
  return score >= CSAT_TOP_BOX_MIN;
}

/** The fields of a response the metrics read. */
export type ResponseForMetrics = Pick<SurveyResponse, 'key' | 'clientCode' | 'serviceCode' | 'csat' | 'nps' | 'ces'>;
/** The fields of an invitation the response rate reads. */
export type InvitationForMetrics = Pick<SurveyInvitation, 'clientCode' | 'status'>;
/** The fields of a client the coverage reads. */
export type ClientForCoverage = Pick<Client, 'code' | 'status' | 'validFrom' | 'validTo'>;
/** The fields of a service the coverage reads. */
export type ServiceForCoverage = Pick<Service, 'clientCode' | 'code' | 'validFrom' | 'validTo'>;

/** Invitation statuses that mean the e-mail went out (everything but `pending`). */
export const DISPATCHED_STATUSES: readonly InvitationStatus[] = ['sent', 'reminded', 'answered', 'bounced', 'failed'];
/** Dispatched invitations that never reached the contact: excluded from the response-rate denominator. */
export const UNDELIVERED_STATUSES: readonly InvitationStatus[] = ['bounced', 'failed'];

/** CSAT as top-2-box share and as mean, over the responses that answered it. */
export interface CsatMetrics {
  readonly n: number;
  readonly top2Box: ProportionEstimate;
  readonly mean: MeanEstimate;
}

/**
 * Response rate = answered ÷ delivered, where
 * dispatched = sent + reminded + answered + bounced + failed (every status but pending),
 * delivered = dispatched − bounced − failed (= sent + reminded + answered).
 * The Wilson interval treats answering as a binomial propensity (no FPC: the register is a census).
 */
export interface ResponseRate {
  readonly pending: number;
  readonly dispatched: number;
  readonly bounced: number;
  readonly failed: number;
  readonly delivered: number;
  readonly answered: number;
  /** Null when nothing was delivered. */
  readonly rate: ProportionEstimate | null;
}

/**
 * Share of active clients with at least one response, and the same share weighted by each
 * client's number of active services (a client with three services weighs three times one with
 * one; an active client with no active service weighs 0).
 */
export interface Coverage {
  readonly activeClients: number;
  readonly coveredClients: number;
  /** coveredClients ÷ activeClients; null when there is no active client. */
  readonly share: number | null;
  /** Active clients without any response, sorted. */
  readonly uncoveredClientCodes: readonly string[];
  /** Σ active services of all active clients; null when services were not given. */
  readonly activeServices: number | null;
  /** Σ active services of covered clients; null when services were not given. */
  readonly servicesOfCoveredClients: number | null;
  /** servicesOfCoveredClients ÷ activeServices; null when not computable. */
  readonly serviceWeightedShare: number | null;
}

/** CSAT, NPS and CES of one set of responses; each null when no response answered it. */
export interface ScoreMetrics {
  readonly responses: number;
  readonly csat: CsatMetrics | null;
  readonly nps: NpsEstimate | null;
  readonly ces: MeanEstimate | null;
}

export interface ClientSatisfaction extends ScoreMetrics {
  readonly clientCode: string;
  /** From this client's invitations; null when none were given. */
  readonly responseRate: ResponseRate | null;
}

export interface ServiceSatisfaction extends ScoreMetrics {
  readonly clientCode: string;
  readonly serviceCode: string;
}

export interface SatisfactionMetrics extends ScoreMetrics {
  /** Null when invitations were not given. */
  readonly responseRate: ResponseRate | null;
  /** Null when clients were not given. */
  readonly coverage: Coverage | null;
  /** Sorted by client code. */
  readonly byClient: readonly ClientSatisfaction[];
  /** Responses that name a service, sorted by client then service code. */
  readonly byService: readonly ServiceSatisfaction[];
}

/**
 * Which finite population the CSAT/NPS/CES estimates correct for:
 * - `'none'` (default): treat respondents as a sample of an unknown, large population;
 * - `'delivered'`: N = invitations delivered (overall, and per client in `byClient`); the
 *   correction is skipped where N is unknown (per service) or smaller than n (e.g. manual entries);
 * - `{ size }`: an explicit N for the overall figures only.
 */
export type FinitePopulation = 'none' | 'delivered' | { readonly size: number };

export interface SatisfactionInput {
  /** The responses of the campaign or period (the caller selects them). */
  readonly responses: readonly ResponseForMetrics[];
  /** The invitations of the same campaign(s), for the response rate. */
  readonly invitations?: readonly InvitationForMetrics[];
  /** The client catalog, for coverage. */
  readonly clients?: readonly ClientForCoverage[];
  /** The service catalog, for service-weighted coverage. */
  readonly services?: readonly ServiceForCoverage[];
}

export interface SatisfactionOptions {
  readonly confidence?: number;
  readonly z?: number;
  readonly finitePopulation?: FinitePopulation;
  /**
   * The period the responses belong to. With it, a client or service is active when its
   * validity window overlaps the period; without it, a client is active when its status is
   * `active` and a service when it has no `validTo`.
   */
  readonly period?: DateRange;
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Counts an invitation register into a response rate. */
export function computeResponseRate(
  invitations: readonly InvitationForMetrics[],
  options: Pick<IntervalOptions, 'confidence' | 'z'> = {},
): ResponseRate {
  const count = (status: InvitationStatus) => invitations.filter((i) => i.status === status).length;
  const pending = count('pending');
  const bounced = count('bounced');
  const failed = count('failed');
  const answered = count('answered');
  const dispatched = invitations.filter((i) => DISPATCHED_STATUSES.includes(i.status)).length;
  const delivered = dispatched - bounced - failed;
  return {
    pending,
    dispatched,
    bounced,
    failed,
    delivered,
    answered,
    rate:
      delivered > 0 ? estimateProportion(answered, delivered, { confidence: options.confidence, z: options.z }) : null,
  };
}

/** CSAT, NPS and CES of a set of responses; `populationSize` (if any) is used for each FPC. */
export function computeScoreMetrics(
  responses: readonly ResponseForMetrics[],
  options: IntervalOptions = {},
): ScoreMetrics {
  const csatValues = responses.flatMap((r) => (r.csat === undefined ? [] : [r.csat]));
  const npsValues = responses.flatMap((r) => (r.nps === undefined ? [] : [r.nps]));
  const cesValues = responses.flatMap((r) => (r.ces === undefined ? [] : [r.ces]));
  // A population smaller than the answers of a question cannot be the population sampled.
  const forN = (n: number): IntervalOptions =>
    options.populationSize !== undefined && options.populationSize >= n
      ? options
      : { confidence: options.confidence, z: options.z };
  const csat: CsatMetrics | null =
    csatValues.length === 0
      ? null
      : {
          n: csatValues.length,
          top2Box: estimateProportion(
            csatValues.filter(isCsatTopBox).length,
            csatValues.length,
            forN(csatValues.length),
          ),
          mean: estimateMean(csatValues, forN(csatValues.length)),
        };
  const nps =
    npsValues.length === 0
      ? null
      : estimateNps(
          {
            promoters: npsValues.filter((s) => npsCategory(s) === 'promoter').length,
            passives: npsValues.filter((s) => npsCategory(s) === 'passive').length,
            detractors: npsValues.filter((s) => npsCategory(s) === 'detractor').length,
          },
          forN(npsValues.length),
        );
  const ces = cesValues.length === 0 ? null : estimateMean(cesValues, forN(cesValues.length));
  return { responses: responses.length, csat, nps, ces };
}

/** Coverage of the active clients by the responses (see {@link Coverage}). */
export function computeCoverage(
  responses: readonly Pick<ResponseForMetrics, 'clientCode'>[],
  clients: readonly ClientForCoverage[],
  services: readonly ServiceForCoverage[] | undefined,
  period?: SatisfactionOptions['period'],
): Coverage {
  const activeCodes = [
    ...new Set(
      clients
        .filter((c) =>
          period === undefined ? c.status === 'active' : validityOverlaps(c.validFrom, c.validTo, period),
        )
        .map((c) => c.code),
    ),
  ].sort(compareCodes);
  const answered = new Set(responses.map((r) => r.clientCode));
  const covered = activeCodes.filter((code) => answered.has(code));
  let activeServices: number | null = null;
  let servicesOfCoveredClients: number | null = null;
  if (services !== undefined) {
    const active = new Set(activeCodes);
    const weight = new Map<string, number>();
    const seen = new Set<string>();
    for (const s of services) {
      const id = `${s.clientCode}\u0000${s.code}`;
      const isActive =
        period === undefined ? s.validTo === undefined : validityOverlaps(s.validFrom, s.validTo, period);
      if (!isActive || !active.has(s.clientCode) || seen.has(id)) continue;
      seen.add(id);
      weight.set(s.clientCode, (weight.get(s.clientCode) ?? 0) + 1);
    }
    activeServices = [...weight.values()].reduce((a, b) => a + b, 0);
    servicesOfCoveredClients = covered.reduce((a, code) => a + (weight.get(code) ?? 0), 0);
  }
  return {
    activeClients: activeCodes.length,
    coveredClients: covered.length,
    share: activeCodes.length === 0 ? null : covered.length / activeCodes.length,
    uncoveredClientCodes: activeCodes.filter((code) => !answered.has(code)),
    activeServices,
    servicesOfCoveredClients,
    serviceWeightedShare:
      activeServices === null || servicesOfCoveredClients === null || activeServices === 0
        ? null
        : servicesOfCoveredClients / activeServices,
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

/** Computes every satisfaction metric of step 5 for the given responses (see {@link SatisfactionMetrics}). */
export function computeSatisfactionMetrics(
  input: SatisfactionInput,
  options: SatisfactionOptions = {},
): SatisfactionMetrics {
  const { period } = options;
  if (period !== undefined && !(period.from <= period.to)) {
    throw new DomainError('SURVEY.METRICS.INVALID_PERIOD', { from: period.from, to: period.to });
  }
  const critical = { confidence: options.confidence, z: options.z };
  const finite = options.finitePopulation ?? 'none';
  const responseRate = input.invitations === undefined ? null : computeResponseRate(input.invitations, critical);
  const overallN =
    finite === 'none' ? undefined : finite === 'delivered' ? responseRate?.delivered : Math.floor(finite.size);

  const invitationsByClient = groupBy(input.invitations ?? [], (i) => i.clientCode);
  const byClient = [...groupBy(input.responses, (r) => r.clientCode)]
    .sort(([a], [b]) => compareCodes(a, b))
    .map(([clientCode, group]): ClientSatisfaction => {
      const invitations = invitationsByClient.get(clientCode);
      const rate = invitations === undefined ? null : computeResponseRate(invitations, critical);
      const populationSize = finite === 'delivered' ? rate?.delivered : undefined;
      return { clientCode, ...computeScoreMetrics(group, { ...critical, populationSize }), responseRate: rate };
    });

  const byService = [
    ...groupBy(input.responses, (r) =>
      r.serviceCode === undefined ? undefined : `${r.clientCode}\u0000${r.serviceCode}`,
    ),
  ]
    .sort(([a], [b]) => compareCodes(a, b))
    .map(([, group]): ServiceSatisfaction => {
      const first = group[0] as ResponseForMetrics;
      return {
        clientCode: first.clientCode,
        serviceCode: first.serviceCode as string,
        ...computeScoreMetrics(group, critical),
      };
    });

  return {
    ...computeScoreMetrics(input.responses, { ...critical, populationSize: overallN }),
    responseRate,
    coverage:
      input.clients === undefined ? null : computeCoverage(input.responses, input.clients, input.services, period),
    byClient,
    byService,
  };
}

/** One metric compared across two periods. `direction` is `'none'` unless the change is significant. */
export interface MetricComparison extends Difference {
  readonly previous: number;
  readonly current: number;
  readonly direction: 'up' | 'down' | 'none';
}

/** Year-over-year (or any two periods) comparison; each entry null when a side lacks the metric. */
export interface SatisfactionComparison {
  readonly csatTop2Box: MetricComparison | null;
  readonly csatMean: MetricComparison | null;
  readonly nps: MetricComparison | null;
  readonly ces: MetricComparison | null;
  readonly responseRate: MetricComparison | null;
}

function comparison(previous: number, current: number, diff: Difference | null): MetricComparison | null {
  if (diff === null) return null;
  return {
    ...diff,
    previous,
    current,
    direction: !diff.significant ? 'none' : diff.difference > 0 ? 'up' : 'down',
  };
}

function compareProportions(
  a: ProportionEstimate | null | undefined,
  b: ProportionEstimate | null | undefined,
  options: Pick<IntervalOptions, 'confidence' | 'z'>,
): MetricComparison | null {
  if (a == null || b == null) return null;
  return comparison(a.proportion, b.proportion, differenceOfProportions(a, b, options));
}

function compareMeans(
  a: MeanEstimate | null | undefined,
  b: MeanEstimate | null | undefined,
  options: Pick<IntervalOptions, 'confidence' | 'z'>,
): MetricComparison | null {
  if (a == null || b == null) return null;
  return comparison(a.mean, b.mean, differenceOfMeans(a, b, options));
}

/**
 * Compares two periods (previous → current). A change is called significant only when the
 * interval of the difference at the chosen confidence excludes 0:
 * - proportions (CSAT top-2-box, response rate): Newcombe's hybrid score interval from the two
 *   Wilson intervals (each with its own FPC) — stricter than a Wald two-proportion test with few
 *   answers, less conservative than asking for non-overlapping intervals;
 * - NPS: d ± z·√(SE₁² + SE₂²);
 * - means (CSAT mean, CES): Welch t-interval.
 */
export function compareSatisfaction(
  previous: ScoreMetrics & { readonly responseRate?: ResponseRate | null },
  current: ScoreMetrics & { readonly responseRate?: ResponseRate | null },
  options: Pick<IntervalOptions, 'confidence' | 'z'> = {},
): SatisfactionComparison {
  return {
    csatTop2Box: compareProportions(previous.csat?.top2Box, current.csat?.top2Box, options),
    csatMean: compareMeans(previous.csat?.mean, current.csat?.mean, options),
    nps:
      previous.nps === null || current.nps === null
        ? null
        : comparison(previous.nps.nps, current.nps.nps, differenceOfNps(previous.nps, current.nps, options)),
    ces: compareMeans(previous.ces, current.ces, options),
    responseRate: compareProportions(previous.responseRate?.rate, current.responseRate?.rate, options),
  };
}
