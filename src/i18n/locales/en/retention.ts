/** Retention rule texts (en): lists, dispositions, reasons and the disposition-log entry of each deletion. */
import type { Catalog } from '../../catalog';
import type { retention as es, retentionErrors as esErrors } from '../es-MX/retention';

export const retention: Catalog<typeof es> = {
  rule: 'Retention: {{years}} year(s) after the record stops being valid. Final disposition: deletion from the document repository.',
  list: {
    client: 'Client',
    contact: 'Contact',
    service: 'Service',
    meeting: 'Meeting',
    agreement: 'Agreement',
    complaint: 'Complaint',
    surveyCampaign: 'Survey campaign',
    surveyInvitation: 'Survey invitation',
    surveyResponse: 'Survey response',
    changeRequest: 'Change request F-SGI-032',
    serviceRequest: 'Service request P-SGI-009',
    serviceReview: 'Service review',
    decision: 'Decision',
  },
  disposition: {
    purge: 'Deleted',
    heldBack: 'Held back',
    retained: 'Kept',
  },
  reason: {
    disposalDateReached:
      'It stopped being valid on {{validityEnd}} and its retention period ended on {{disposalDate}}: it is deleted and logged.',
    referencedByKeptRecord:
      'Its retention period ended on {{disposalDate}}, but it is held back, referenced by {{refs}}.',
    withinRetention: 'It stopped being valid on {{validityEnd}}; it is kept until {{disposalDate}}.',
    stillValid: 'Record still valid: the retention period starts when its validity ends.',
    parentMissing:
      'Its validity follows {{parent}}, which is not in the repository; it is kept until that is cleared up.',
  },
  ref: '{{list}} "{{label}}"',
  audit: {
    summary:
      '{{list}} "{{label}}" deleted under the retention rule: validity ended on {{validityEnd}}, retention period ended on {{disposalDate}}.',
  },
  plan: {
    summary:
      'Purge as of {{today}}: {{purge}} record(s) to delete, {{heldBack}} held back by references, {{retained}} kept.',
  },
};

export const retentionErrors: Catalog<typeof esErrors> = {
  RETENTION: {
    INVALID_DATE: 'The cut-off date "{{date}}" is not valid; use YYYY-MM-DD. Nothing was deleted.',
    INVALID_OPTION: 'The value "{{value}}" is not valid for the retention option "{{option}}". Nothing was deleted.',
    DUPLICATE_RECORD:
      'Record {{key}} appears more than once in list {{list}}; correct the data before purging. Nothing was deleted.',
  },
};
