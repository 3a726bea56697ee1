/** Common texts (en): product name, roles, severities, cadences, validation errors. */
import type { Catalog } from '../../catalog';
import type { common as es, commonErrors as esErrors } from '../es-MX/common';

export const common: Catalog<typeof es> = {
  appName: 'Relaciones',
  appTagline: 'Business Relationship Management',
  yes: 'Yes',
  no: 'No',
  none: 'None',
  role: {
    comercial: 'Account manager',
    deliveryLead: 'Service Delivery Lead',
    management: 'Management',
    auditor: 'Auditor',
  },
  severity: { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' },
  cadence: {
    monthly: 'Monthly',
    bimonthly: 'Every two months',
    quarterly: 'Quarterly',
    semiannual: 'Every six months',
    annual: 'Yearly',
  },
  clientStatus: { active: 'Active', inactive: 'Inactive' },
  entity: {
    Actor: 'Acting person',
    Agreement: 'Agreement',
    AuditEntry: 'Log entry',
    BusinessCalendar: 'Business calendar',
    ChangeRequest: 'Change request (F-SGI-032)',
    Client: 'Client',
    Complaint: 'Complaint',
    Contact: 'Contact',
    Decision: 'Decision',
    Meeting: 'Meeting',
    MeetingSeries: 'Meeting series',
    Service: 'Service',
    ServiceRequest: 'Service request (P-SGI-009)',
    ServiceReview: 'Service review',
    ServiceSlaSummary: 'Service SLA summary',
    SurveyCampaign: 'Survey campaign',
    SurveyInvitation: 'Survey invitation',
    SurveyResponse: 'Survey response',
    SurveyResultSummary: 'Survey result',
  },
};

export const commonErrors: Catalog<typeof esErrors> = {
  VALIDATION: {
    INVALID_INPUT:
      '{{entityLabel}}: the data is not valid ({{count}} problem(s); the first in "{{field}}"). Correct the data and try again; nothing was saved.',
  },
  UNKNOWN: {
    ERROR: 'An unexpected error occurred ({{code}}). Try again; if it persists, tell support this code.',
  },
  RECORD: {
    MALFORMED:
      'Item {{id}} of the "{{list}}" list has an invalid value in the "{{field}}" column. Correct it in SharePoint (or restore an earlier version of the item) and try again.',
    UNINDEXED_FILTER:
      'The "{{list}}" list cannot be filtered or sorted by "{{property}}" because that column is not indexed. Nothing was sent; tell support.',
    NOT_FOUND: '{{entityLabel}} with key {{key}} no longer exists (someone may have deleted it). Reload the data.',
    CONFLICT:
      '{{entityLabel}} ({{key}}) changed since you opened it. Your change was not saved: review the current version and repeat it.',
  },
  PROVISION: {
    MISMATCH:
      'The SharePoint list "{{list}}" does not match the Relaciones definition: column "{{column}}", {{property}} expected "{{expected}}", found "{{actual}}" ({{count}} difference(s)). Correct the list in SharePoint or ask the site administrator.',
    LIST_MISSING:
      'The "{{list}}" list is missing from the SharePoint site. Run `relaciones provision` to create the lists and try again.',
  },
};
