/**
 * Post-survey decision rules (seed steps 5 and 6): rules kept as data that turn survey answers
 * into proposals — a follow-up action, an SLA change request (F-SGI-032 → P-SGI-022) or a service
 * request (P-SGI-009). Proposals only: the Líder de Entrega decides and a Decision is recorded elsewhere.
 */
import { z } from 'zod';
import { DomainError, type FieldIssue } from '../shared/domain-error';
import { isCsatTopBox, npsCategory } from './satisfaction-metrics';
import type { SurveyResponse } from './survey-response.entity';
import { withoutAccents } from '../shared/text';

export const ruleMetricSchema = z.enum(['csat', 'nps', 'ces', 'csatTop2Box', 'answer']);
export type RuleMetric = z.infer<typeof ruleMetricSchema>;
export const ruleOperatorSchema = z.enum(['lt', 'lte', 'gt', 'gte', 'eq', 'in']);
export type RuleOperator = z.infer<typeof ruleOperatorSchema>;
export const ruleScopeSchema = z.enum(['response', 'client', 'service']);
export type RuleScope = z.infer<typeof ruleScopeSchema>;
export const proposalKindSchema = z.enum(['followUpAction', 'slaChangeRequest', 'serviceRequest']);
export type ProposalKind = z.infer<typeof proposalKindSchema>;
export const rulePrioritySchema = z.enum(['high', 'medium', 'low']);
export type RulePriority = z.infer<typeof rulePrioritySchema>;

const scalarSchema = z.union([z.number().finite(), z.string().trim().min(1).max(200)]);

/**
 * Range of a threshold per metric and scope. At `response` scope a metric is the answer itself
 * (CSAT 1–5, NPS 0–10, CES 1–7); at `client`/`service` scope it is the aggregate of the group:
 * CSAT mean 1–5, NPS as a fraction −1…1 (not points), CES mean 1–7, CSAT top-2-box share 0…1.
 */
const THRESHOLD_RANGE: Record<'response' | 'group', Partial<Record<RuleMetric, readonly [number, number]>>> = {
  response: { csat: [1, 5], nps: [0, 10], ces: [1, 7] },
  group: { csat: [1, 5], nps: [-1, 1], ces: [1, 7], csatTop2Box: [0, 1] },
};

const NUMERIC_OPERATORS: readonly RuleOperator[] = ['lt', 'lte', 'gt', 'gte'];

export const surveyRuleSchema = z
  .object({
    /** Stable id, e.g. `csat-low-response`; proposals cite it. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'id must be lower-case letters, digits or "-"'),
    when: z
      .object({
        metric: ruleMetricSchema,
        /** The `answers` key of the question, required exactly when metric is `answer`. */
        questionKey: z
          .string()
          .regex(/^[A-Za-z0-9_]{1,128}$/)
          .optional(),
        op: ruleOperatorSchema,
        /** A number or text; a non-empty list for `in`. Text matches ignoring case, accents and outer blanks. */
        value: z.union([scalarSchema, z.array(scalarSchema).min(1).max(50)]),
      })
      .strict(),
    scope: ruleScopeSchema,
    propose: proposalKindSchema,
    priority: rulePrioritySchema,
    /**
     * At client/service scope: the fewest responses of the group that answered the metric (or the
     * question) before the rule fires (default 1). Guards a client-wide figure built on one answer.
     */
    minResponses: z.number().int().min(1).max(10000).optional(),
    /** false switches the rule off without deleting it (default true). */
    enabled: z.boolean().optional(),
  })
  .strict()
  .superRefine((rule, ctx) => {
    const { metric, questionKey, op, value } = rule.when;
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if ((metric === 'answer') !== (questionKey !== undefined)) {
      issue(['when', 'questionKey'], 'questionKey is required for metric "answer" and only for it');
    }
    if ((op === 'in') !== Array.isArray(value)) {
      issue(['when', 'value'], 'operator "in" takes a list and only it');
    }
    const values = Array.isArray(value) ? value : [value];
    if (NUMERIC_OPERATORS.includes(op) && typeof value !== 'number') {
      issue(['when', 'value'], `operator "${op}" compares with a number`);
    }
    if (metric !== 'answer') {
      const range = THRESHOLD_RANGE[rule.scope === 'response' ? 'response' : 'group'][metric];
      if (range === undefined) {
        issue(['when', 'metric'], `metric "${metric}" does not apply to scope "${rule.scope}"`);
      } else {
        values.forEach((v, i) => {
          if (typeof v !== 'number' || v < range[0] || v > range[1]) {
            issue(
              ['when', 'value', ...(Array.isArray(value) ? [i] : [])],
              `value must be a number in [${range.join(', ')}]`,
            );
          }
        });
      }
    }
    if (rule.scope === 'response' && rule.minResponses !== undefined) {
      issue(['minResponses'], 'minResponses applies to client or service scope only');
    }
  });
export type SurveyRule = z.infer<typeof surveyRuleSchema>;

export const surveyRuleSetSchema = z
  .array(surveyRuleSchema)
  .max(200)
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((rule, index) => {
      if (seen.has(rule.id))
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate rule id "${rule.id}"` });
      seen.add(rule.id);
    });
  });

/** Validates a rule set (e.g. read from a settings list); throws `SURVEY.RULES.INVALID` listing every issue. */
export function parseSurveyRules(input: unknown): SurveyRule[] {
  const result = surveyRuleSetSchema.safeParse(input);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((i) => ({
    path: i.path.map(String).join('.'),
    message: i.message,
  }));
  throw new DomainError(
    'SURVEY.RULES.INVALID',
    { field: issues[0]?.path ?? '', count: issues.length },
    { issues, cause: result.error },
  );
}

/** `answers` key of the form question "¿El SLA cubre sus necesidades?" (Sí / No). */
export const SLA_COVERS_NEEDS_QUESTION_KEY = 'slaCoversNeeds';
/** `answers` key of the form question "¿Requiere un servicio nuevo o modificar alguno?" (Sí / No). */
export const NEEDS_NEW_SERVICE_QUESTION_KEY = 'needsNewService';

/** The rules the product ships with; a rule set stored as data replaces or extends them. */
export const DEFAULT_SURVEY_RULES: readonly SurveyRule[] = [
  {
    id: 'csat-low-response',
    when: { metric: 'csat', op: 'lte', value: 2 },
    scope: 'response',
    propose: 'followUpAction',
    priority: 'high',
  },
  {
    id: 'nps-negative-client',
    when: { metric: 'nps', op: 'lt', value: 0 },
    scope: 'client',
    propose: 'slaChangeRequest',
    priority: 'high',
  },
  {
    id: 'sla-not-covering-needs',
    when: { metric: 'answer', questionKey: SLA_COVERS_NEEDS_QUESTION_KEY, op: 'in', value: ['No'] },
    scope: 'response',
    propose: 'slaChangeRequest',
    priority: 'high',
  },
  {
    id: 'new-service-requested',
    when: { metric: 'answer', questionKey: NEEDS_NEW_SERVICE_QUESTION_KEY, op: 'in', value: ['Sí', 'Yes'] },
    scope: 'response',
    propose: 'serviceRequest',
    priority: 'medium',
  },
];

/** The fields of a response the rules read. */
export type ResponseForRules = Pick<
  SurveyResponse,
  'key' | 'clientCode' | 'serviceCode' | 'csat' | 'nps' | 'ces' | 'answers'
>;

/**
 * Catalog key suffix of a proposal's reason: `survey:reason.<code>`, e.g. `response.csat` or
 * `group.nps` (client or service scope).
 */
export type ProposalReasonCode = `response.${Exclude<RuleMetric, 'csatTop2Box'>}` | `group.${RuleMetric}`;

/**
 * Parameters of a reason message: `value` is the observed value (NPS of a group as a fraction),
 * `condition` the rule in symbols (`≤ 2`, `∈ {No}`), `subject` the client or `client / service`.
 */
export interface ProposalReasonParams {
  readonly [name: string]: string | number | undefined;
  readonly value: string | number;
  readonly condition: string;
  readonly subject: string;
  readonly questionKey: string | undefined;
  /** Responses behind the value. */
  readonly responses: number;
  readonly clientCode: string;
  readonly serviceCode: string | undefined;
}

/** What a rule proposes for the Líder to decide on. */
export interface SurveyProposal {
  readonly ruleId: string;
  readonly kind: ProposalKind;
  readonly priority: RulePriority;
  readonly scope: RuleScope;
  readonly clientCode: string;
  /** Set for response- and service-scope proposals when the response names a service. */
  readonly serviceCode?: string;
  /** Keys of the survey responses that triggered it, sorted. */
  readonly evidence: readonly string[];
  readonly reason: { readonly code: ProposalReasonCode; readonly params: ProposalReasonParams };
}

const OPERATOR_SYMBOL: Record<RuleOperator, string> = { lt: '<', lte: '≤', gt: '>', gte: '≥', eq: '=', in: '∈' };

function conditionText(when: SurveyRule['when']): string {
  const value = Array.isArray(when.value) ? `{${when.value.join(', ')}}` : String(when.value);
  return `${OPERATOR_SYMBOL[when.op]} ${value}`;
}

/** Text compared ignoring case, accents and outer blanks ("Sí" = "si "). */
function normalizeText(text: string): string {
  return withoutAccents(text).trim().toLowerCase();
}

function asNumber(value: string | number): number | undefined {
  if (typeof value === 'number') return value;
  const trimmed = value.trim().replace(',', '.');
  const parsed = trimmed === '' ? NaN : Number(trimmed);
  return Number.isFinite(parsed) ? parsed : undefined;
}

function equals(actual: string | number, expected: string | number): boolean {
  if (typeof expected === 'number') return asNumber(actual) === expected;
  return normalizeText(String(actual)) === normalizeText(expected);
}

/** True when an observed value satisfies the rule's condition. */
export function matchesCondition(actual: string | number, when: Pick<SurveyRule['when'], 'op' | 'value'>): boolean {
  const { op, value } = when;
  if (op === 'in') return (Array.isArray(value) ? value : [value]).some((v) => equals(actual, v));
  if (Array.isArray(value)) return false;
  if (op === 'eq') return equals(actual, value);
  const a = asNumber(actual);
  if (a === undefined || typeof value !== 'number') return false;
  switch (op) {
    case 'lt':
      return a < value;
    case 'lte':
      return a <= value;
    case 'gt':
      return a > value;
    case 'gte':
      return a >= value;
  }
}

function responseValue(response: ResponseForRules, when: SurveyRule['when']): string | number | undefined {
  switch (when.metric) {
    case 'csat':
      return response.csat;
    case 'nps':
      return response.nps;
    case 'ces':
      return response.ces;
    case 'answer':
      return when.questionKey === undefined ? undefined : response.answers[when.questionKey];
    case 'csatTop2Box':
      return undefined;
  }
}

/**
 * The aggregate of a group for a metric, the responses behind it and how many answered the
 * metric. For `answer`, the value is the first matching answer and the evidence the matching responses.
 */
function groupValue(
  group: readonly ResponseForRules[],
  when: SurveyRule['when'],
): { value: number | string; evidence: ResponseForRules[]; answered: number } | undefined {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  if (when.metric === 'answer') {
    const answeredQuestion = group.filter((r) => responseValue(r, when) !== undefined);
    const matching = answeredQuestion.filter((r) => matchesCondition(responseValue(r, when) as string | number, when));
    const first = matching[0];
    if (first === undefined) return undefined;
    return {
      value: responseValue(first, when) as string | number,
      evidence: matching,
      answered: answeredQuestion.length,
    };
  }
  const metric = when.metric === 'csatTop2Box' ? 'csat' : when.metric;
  const answered = group.filter((r) => r[metric] !== undefined);
  const scores = answered.map((r) => r[metric] as number);
  if (scores.length === 0) return undefined;
  switch (when.metric) {
    case 'csatTop2Box':
      return { value: scores.filter(isCsatTopBox).length / scores.length, evidence: answered, answered: scores.length };
    case 'nps': {
      const promoters = scores.filter((s) => npsCategory(s) === 'promoter').length;
      const detractors = scores.filter((s) => npsCategory(s) === 'detractor').length;
      return { value: (promoters - detractors) / scores.length, evidence: answered, answered: scores.length };
    }
    default:
      return { value: mean(scores), evidence: answered, answered: scores.length };
  }
}

const PRIORITY_ORDER: Record<RulePriority, number> = { high: 0, medium: 1, low: 2 };

function compareText(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Applies every enabled rule to the responses and returns the proposals, ordered by priority,
 * client, service, rule and evidence. Response scope: one proposal per matching response.
 * Client/service scope: the metric is aggregated per client (or client + service; responses
 * without a service are left out) and one proposal is made per group that matches, citing the
 * responses behind the value. The rules are validated first (`SURVEY.RULES.INVALID`).
 */
export function evaluateSurveyRules(
  rules: readonly unknown[],
  responses: readonly ResponseForRules[],
): SurveyProposal[] {
  const proposals: SurveyProposal[] = [];
  for (const rule of parseSurveyRules(rules)) {
    if (rule.enabled === false) continue;
    const base = { ruleId: rule.id, kind: rule.propose, priority: rule.priority, scope: rule.scope };
    const condition = conditionText(rule.when);
    const questionKey = rule.when.questionKey;
    if (rule.scope === 'response') {
      const metric = rule.when.metric;
      if (metric === 'csatTop2Box') continue; // refused by the schema at response scope
      for (const response of responses) {
        const value = responseValue(response, rule.when);
        if (value === undefined || !matchesCondition(value, rule.when)) continue;
        proposals.push({
          ...base,
          clientCode: response.clientCode,
          ...(response.serviceCode === undefined ? {} : { serviceCode: response.serviceCode }),
          evidence: [response.key],
          reason: {
            code: `response.${metric}`,
            params: {
              value,
              condition,
              subject: response.clientCode,
              questionKey,
              responses: 1,
              clientCode: response.clientCode,
              serviceCode: response.serviceCode,
            },
          },
        });
      }
      continue;
    }
    const groups = new Map<string, ResponseForRules[]>();
    for (const response of responses) {
      if (rule.scope === 'service' && response.serviceCode === undefined) continue;
      const id = rule.scope === 'client' ? response.clientCode : `${response.clientCode}\u0000${response.serviceCode}`;
      groups.set(id, [...(groups.get(id) ?? []), response]);
    }
    for (const group of groups.values()) {
      const first = group[0] as ResponseForRules;
      const serviceCode = rule.scope === 'service' ? first.serviceCode : undefined;
      const observed = groupValue(group, rule.when);
      if (observed === undefined) continue;
      if (observed.answered < (rule.minResponses ?? 1)) continue;
      if (rule.when.metric !== 'answer' && !matchesCondition(observed.value, rule.when)) continue;
      proposals.push({
        ...base,
        clientCode: first.clientCode,
        ...(serviceCode === undefined ? {} : { serviceCode }),
        evidence: observed.evidence.map((r) => r.key).sort(compareText),
        reason: {
          code: `group.${rule.when.metric}`,
          params: {
            value: observed.value,
            condition,
            subject: serviceCode === undefined ? first.clientCode : `${first.clientCode} / ${serviceCode}`,
            questionKey,
            responses: observed.evidence.length,
            clientCode: first.clientCode,
            serviceCode,
          },
        },
      });
    }
  }
  return proposals.sort(
    (a, b) =>
      PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] ||
      compareText(a.clientCode, b.clientCode) ||
      compareText(a.serviceCode, b.serviceCode) ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.evidence[0], b.evidence[0]),
  );
}
