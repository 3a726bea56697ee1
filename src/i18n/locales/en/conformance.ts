/** Process conformance texts (en): steps 1–7, checks, statuses and messages with their parameters. */
import type { Catalog } from '../../catalog';
import type { conformance as es, conformanceErrors as esErrors } from '../es-MX/conformance';

export const conformance: Catalog<typeof es> = {
  title: 'Conformance of the Business Relationship Management process',
  overall: 'Conformance of {{client}} from {{from}} to {{to}}: {{status}}',
  status: {
    ok: 'Compliant',
    warning: 'Warning',
    missing: 'Evidence missing',
  },
  step: {
    '1': 'Hold periodic meetings with the client',
    '2': 'Identify the activities to carry out',
    '3': 'Hold the meeting with the client',
    '4': 'Handle complaints',
    '5': 'Schedule the service survey',
    '6': 'Assess whether a service must be created or modified',
    '7': 'Review the service',
  },
  check: {
    meetingCadence: "Periodic meetings within the client's cadence",
    meetingAgenda: 'Agenda recorded for every meeting held',
    meetingComplaintDecision: 'Answer to "Is there a complaint or service deviation?" in every meeting',
    complaintSla: 'Complaints handled within SLA (PR-SGI-016)',
    surveyCoverage: 'Client surveyed in the period (PR-SGI-015)',
    surveyResultsSent: 'Survey results sent to the account manager',
    slaChangeDecision: 'Decision "Must the service SLAs change?" recorded',
    serviceChangeDecision: 'Decision "Must a service be created or modified?" recorded',
    serviceReview: 'Review of every active service',
    scopeChangeDecision: 'Decision "Is a scope change needed?" with its F-SGI-032 request',
  },
  message: {
    meetingCadence: {
      ok: '{{held}} periodic meeting(s) held, all within the {{months}}-month cadence with {{toleranceDays}} day(s) of tolerance.',
      okNotDue:
        'No periodic meeting fell due in the period ({{months}}-month cadence, {{toleranceDays}} day(s) of tolerance).',
      warning:
        '{{held}} periodic meeting(s) held, but {{late}} interval(s) exceeded the {{months}}-month cadence plus {{toleranceDays}} day(s) of tolerance.',
      missing:
        'No periodic meeting was held in the period although the {{months}}-month cadence plus {{toleranceDays}} day(s) of tolerance ran out.',
    },
    meetingAgenda: {
      ok: 'All {{total}} meeting(s) held have an agenda recorded.',
      okNone: 'No meetings were held in the period, and none was expected.',
      warning: '{{missingCount}} of {{total}} meeting(s) held have no agenda recorded.',
      missing: 'None of the {{total}} meeting(s) held has an agenda recorded.',
      missingNone: 'No meetings were held in the period, so no agenda is recorded.',
    },
    meetingComplaintDecision: {
      ok: 'All {{total}} meeting(s) held record whether a complaint or deviation came up, and every complaint was routed.',
      okNone: 'No meetings were held in the period, and none was expected.',
      warning:
        '{{missingCount}} of {{total}} meeting(s) do not record whether a complaint or deviation came up, or the complaint was not routed.',
      missing:
        'None of the {{total}} meeting(s) records whether a complaint or deviation came up with its complaint routed (PR-SGI-016).',
      missingNone: 'No meetings were held in the period, so no answer about complaints is recorded.',
    },
    complaintSla: {
      ok: 'All {{total}} complaint(s) of the period were handled within SLA ({{closed}} closed, {{open}} open on time).',
      okNone: 'No complaints in the period.',
      warning: '{{breached}} of {{closed}} closed complaint(s) were closed outside the SLA.',
      missing: '{{openPastSla}} complaint(s) are still open past their SLA.',
    },
    surveyCoverage: {
      ok: 'The client answered the survey "{{campaign}}" ({{responses}} response(s)).',
      warning: 'The client was invited to the survey "{{campaign}}" ({{invited}} invitation(s)) but has not answered.',
      missing: 'The client was not invited to any of the {{campaigns}} survey(s) of the period.',
      missingNoCampaign: 'No satisfaction survey campaign of the period includes the client.',
    },
    surveyResultsSent: {
      ok: 'The results of the survey "{{campaign}}" were sent to the account manager on {{sentOn}}.',
      pending: 'The survey "{{campaign}}" is still running; its results have not been sent to the account manager yet.',
      missing: 'The results of the survey "{{campaign}}" have not been sent to the account manager.',
      missingNoCampaign: 'No survey campaign of the period whose results could be sent to the account manager.',
    },
    slaChangeDecision: {
      okNo: 'After the survey "{{campaign}}" it was decided on {{decidedOn}} that the SLAs need not change.',
      okYes:
        'After the survey "{{campaign}}" it was decided on {{decidedOn}} to change the SLAs, and the F-SGI-032 change request was recorded.',
      pending: 'The survey "{{campaign}}" is still running; the SLA decision is recorded when it ends.',
      warningNoRequest:
        'After the survey "{{campaign}}" it was decided on {{decidedOn}} to change the SLAs, but no F-SGI-032 change request is recorded.',
      missing: 'No decision "Must the SLAs change?" was recorded after the survey "{{campaign}}".',
      missingNoCampaign: 'No survey in the period, so no SLA decision is recorded.',
    },
    serviceChangeDecision: {
      okNo: 'On {{decidedOn}} it was decided that no service needs to be created or modified.',
      okYes: 'On {{decidedOn}} it was decided to create or modify a service, and the P-SGI-009 request was recorded.',
      warningNoRequest:
        'On {{decidedOn}} it was decided to create or modify a service, but no P-SGI-009 request is recorded.',
      missing: 'No decision "Must a service be created or modified?" was recorded in the period.',
    },
    serviceReview: {
      ok: "All {{total}} of the client's active service(s) were reviewed.",
      okNone: 'The client had no active services in the period.',
      warning: '{{missingCount}} of {{total}} active service(s) have no review in the period.',
      missing: 'None of the {{total}} active service(s) has a review in the period.',
    },
    scopeChangeDecision: {
      ok: 'All {{total}} review(s) requiring a scope change have their F-SGI-032 request.',
      okNone: 'No service reviews were required in the period.',
      okNoChange: 'All {{total}} review(s) of the period record that no scope change is needed.',
      warning: '{{missingCount}} of {{total}} review(s) requiring a scope change have no F-SGI-032 request.',
      missing: 'None of the {{total}} review(s) requiring a scope change has an F-SGI-032 request.',
      missingNone: 'No service reviews in the period, so no scope-change decision is recorded.',
    },
  },
};

export const conformanceErrors: Catalog<typeof esErrors> = {
  CONFORMANCE: {
    INVALID_PERIOD:
      'The period from "{{from}}" to "{{to}}" is not valid: use YYYY-MM-DD dates and a start no later than the end.',
    INVALID_OPTION: 'The value "{{value}}" is not valid for the conformance option "{{option}}".',
    CLIENT_NOT_FOUND: 'Client {{clientCode}} is not in the client catalog; check the code.',
  },
};
