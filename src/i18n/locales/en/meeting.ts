/** Meeting texts (en): cadence and its status, the review-meeting agenda, and MEETING/AGENDA errors. */
import type { Catalog } from '../../catalog';
import type { meeting as es, meetingErrors as esErrors } from '../es-MX/meeting';

export const meeting: Catalog<typeof es> = {
  format: {
    date: 'yyyy-MM-dd',
    numberLocale: 'en',
  },
  unit: {
    days: { one: '1 day', other: '{{count}} days' },
  },
  kind: { periodic: 'Periodic', extraordinary: 'Extraordinary' },
  status: { scheduled: 'Scheduled', held: 'Held', cancelled: 'Cancelled' },
  agreementStatus: { open: 'Open', done: 'Done', cancelled: 'Cancelled' },
  cadence: {
    status: {
      ok: 'On schedule',
      dueSoon: 'Due soon',
      overdue: 'Overdue',
      neverMet: 'Never met',
    },
    summary: {
      ok: 'On schedule: the next review meeting is due by {{date}}.',
      dueSoon: 'Due soon: the review meeting is due in {{days}} (by {{date}}).',
      dueToday: 'Due soon: the review meeting is due today, {{date}}.',
      overdue: 'Overdue: the review meeting was due on {{date}} ({{days}} ago).',
      neverMet: 'No meeting held yet: the first review meeting is due by {{date}}.',
      neverMetOverdue: 'No meeting held yet: the first review meeting was due on {{date}} ({{days}} ago).',
    },
  },
  agenda: {
    title: 'Service review meeting agenda — {{client}} ({{code}})',
    preparedOn: 'Prepared on {{date}} with the information current on that date.',
    noFolio: 'no folio',
    section: {
      agreements: 'Follow-up of open agreements',
      complaints: 'Open complaints',
      slaCompliance: 'SLA compliance',
      lastSurvey: 'Last satisfaction survey',
      pendingRequests: 'Pending requests',
      general: 'Other business',
    },
    empty: {
      agreements: 'No open agreements.',
      complaints: 'No open complaints.',
      slaCompliance: 'No SLA compliance data for the period.',
      lastSurvey: 'No satisfaction survey with results.',
      pendingRequests: 'No pending requests.',
    },
    agreement: {
      line: '{{description}} — owner: {{owner}}; due: {{dueOn}}.',
      overdue: 'OVERDUE by {{days}}: {{description}} — owner: {{owner}}; due: {{dueOn}}.',
    },
    complaint: {
      line: '{{reference}}: {{title}} — service: {{service}}; severity: {{severity}}; open for {{age}}; SLA: {{slaState}}.',
      noService: 'no service assigned',
    },
    slaState: {
      onTrack: 'On track',
      warning: 'About to breach',
      breached: 'Breached',
      paused: 'Paused (waiting on the client)',
      met: 'Met',
    },
    sla: {
      line: '{{service}} ({{code}}) — {{availability}}; {{complaints}}.',
      availability: 'availability {{actual}}% against a {{target}}% target: {{verdict}}',
      availabilityNoTarget: 'availability {{actual}}% (no target set)',
      availabilityNotMeasured: 'availability not measured ({{target}}% target)',
      availabilityNone: 'no availability target or measurement',
      met: 'met',
      notMet: 'not met',
      complaints: 'complaints handled within SLA: {{within}} of {{total}} ({{pct}}%)',
      noComplaints: 'no complaints in the period',
    },
    survey: {
      line: '{{campaign}} ({{date}}): {{csat}}; {{nps}}; {{responses}}.',
      csat: 'satisfaction (CSAT, 4 and 5) {{pct}}%',
      csatNone: 'satisfaction (CSAT) not measured',
      nps: 'NPS {{nps}}',
      npsNone: 'NPS not measured',
      responses: { one: '1 response', other: '{{count}} responses' },
    },
    request: {
      change:
        'Change request F-SGI-032 {{reference}} ({{kind}}, service {{service}}) — {{status}} since {{requestedOn}}: {{description}}',
      service:
        'Service request P-SGI-009 ({{kind}}, service {{service}}) — {{status}} since {{requestedOn}}: {{description}}',
      newService: 'to be created',
      changeKind: { sla: 'SLA change', scope: 'scope change' },
      serviceKind: { new: 'new service', modify: 'service modification' },
      changeStatus: {
        submitted: 'submitted',
        underEvaluation: 'under evaluation',
        approved: 'approved, to be implemented',
        rejected: 'rejected',
        implemented: 'implemented',
        closed: 'closed',
      },
      serviceStatus: {
        submitted: 'submitted',
        inDesign: 'in design',
        inTransition: 'in transition',
        done: 'done',
        rejected: 'rejected',
      },
    },
    general: {
      complaintQuestion: 'Is there any complaint or service deviation? (record the answer in the minutes)',
      other: 'New client needs and requirements.',
    },
  },
};

export const meetingErrors: Catalog<typeof esErrors> = {
  MEETING: {
    INVALID_DATE: 'The date "{{value}}" is not valid; use the YYYY-MM-DD format.',
    INVALID_DUE_SOON_WINDOW: 'The "due soon" notice must be a whole number of days from 0 to 366 (got {{days}}).',
    INVALID_RECURRENCE: 'The recurrence rule "{{rule}}" could not be read. Check the series and try again.',
    UNSUPPORTED_RECURRENCE:
      'The recurrence rule "{{rule}}" cannot be scheduled in Outlook: use a monthly or yearly series on a day of the month or on the first, second, third, fourth or last given weekday.',
    RECURRENCE_ENDS_BEFORE_START:
      'The series ends on {{until}}, before its first meeting ({{startOn}}). Choose a later end date.',
    INVALID_OCCURRENCE_COUNT: '{{count}} meetings of the series were requested; give a whole number from 1 to {{max}}.',
  },
  AGENDA: {
    FOREIGN_ITEM:
      'Record {{key}} belongs to client {{foreignClientCode}}, not {{clientCode}}; the agenda was not built so that clients’ information is never mixed.',
  },
};
