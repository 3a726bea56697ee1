/** Satisfaction-survey texts (en): metrics, invitation statuses, proposals and their reasons. */
import type { Catalog } from '../../catalog';
import type { survey as es, surveyErrors as esErrors } from '../es-MX/survey';

export const survey: Catalog<typeof es> = {
  metric: {
    csat: 'CSAT (satisfaction)',
    csatTop2Box: 'CSAT: % of 4–5 answers (top-2-box)',
    csatMean: 'Mean CSAT (1–5)',
    nps: 'NPS (Net Promoter Score)',
    ces: 'CES (customer effort, 1–7)',
    responseRate: 'Response rate',
    coverage: 'Coverage of active clients',
    coverageWeighted: 'Coverage weighted by active services',
  },
  stats: {
    interval: '{{confidence}} % CI: {{low}} to {{high}}',
    sampleSize: 'n = {{n}}',
    smallSample: 'Small sample (n = {{n}}, fewer than 30): read the result with caution.',
    finitePopulation: 'With finite population correction (N = {{population}}).',
    significantUp: 'Significant improvement over the previous period.',
    significantDown: 'Significant decline from the previous period.',
    notSignificant: 'No significant change from the previous period.',
  },
  invitationStatus: {
    pending: 'Pending',
    sent: 'Sent',
    reminded: 'Reminder sent',
    answered: 'Answered',
    bounced: 'Bounced',
    failed: 'Sending failed',
  },
  proposalKind: {
    followUpAction: 'Follow-up action',
    slaChangeRequest: 'SLA change request (F-SGI-032)',
    serviceRequest: 'Service request (P-SGI-009)',
  },
  priority: { high: 'High', medium: 'Medium', low: 'Low' },
  scope: { response: 'Response', client: 'Client', service: 'Service' },
  reason: {
    response: {
      csat: 'A response from {{clientCode}} rated satisfaction (CSAT) {{value}} (rule: {{condition}}).',
      nps: 'A response from {{clientCode}} gave {{value}} for recommendation (NPS 0–10) (rule: {{condition}}).',
      ces: 'A response from {{clientCode}} rated effort (CES) {{value}} (rule: {{condition}}).',
      answer: 'A response from {{clientCode}} answered "{{value}}" to question {{questionKey}} (rule: {{condition}}).',
    },
    group: {
      csat: 'Mean CSAT of {{subject}} is {{value}} over {{responses}} response(s) (rule: {{condition}}).',
      nps: 'NPS of {{subject}} is {{value}} (from −1 to 1) over {{responses}} response(s) (rule: {{condition}}).',
      ces: 'Mean CES of {{subject}} is {{value}} over {{responses}} response(s) (rule: {{condition}}).',
      csatTop2Box:
        'Share of CSAT 4–5 for {{subject}} is {{value}} over {{responses}} response(s) (rule: {{condition}}).',
      answer:
        '{{responses}} response(s) from {{subject}} answered "{{value}}" to question {{questionKey}} (rule: {{condition}}).',
    },
  },
  proposalNote: 'This is a proposal: the Service Delivery Lead decides and the decision is recorded.',
};

export const surveyErrors: Catalog<typeof esErrors> = {
  SURVEY: {
    RULES: {
      INVALID:
        'The survey decision rules are not valid ({{count}} issue(s); the first at "{{field}}"). Fix the rules; none was evaluated.',
    },
    METRICS: {
      INVALID_PERIOD: 'The metrics period is not valid: it starts on {{from}} and ends on {{to}}.',
    },
    STATS: {
      INVALID_ARGUMENT: 'Invalid input for a statistical calculation: {{name}} = {{value}}.',
    },
  },
};
