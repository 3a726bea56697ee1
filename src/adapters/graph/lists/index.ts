/**
 * Every list of the process, in provisioning order (the catalog first, the log last), and the
 * same definitions by record type for the repositories.
 */
import type { ListDefinition } from './list-definition';
import { AGREEMENT_LIST } from './agreement.list';
import { AUDIT_ENTRY_LIST } from './audit-entry.list';
import { CHANGE_REQUEST_LIST } from './change-request.list';
import { CLIENT_LIST } from './client.list';
import { COMPLAINT_LIST } from './complaint.list';
import { CONTACT_LIST } from './contact.list';
import { DECISION_LIST } from './decision.list';
import { MEETING_LIST } from './meeting.list';
import { SERVICE_REQUEST_LIST } from './service-request.list';
import { SERVICE_REVIEW_LIST } from './service-review.list';
import { SERVICE_LIST } from './service.list';
import { SURVEY_CAMPAIGN_LIST } from './survey-campaign.list';
import { SURVEY_INVITATION_LIST } from './survey-invitation.list';
import { SURVEY_RESPONSE_LIST } from './survey-response.list';

export {
  AGREEMENT_LIST,
  AUDIT_ENTRY_LIST,
  CHANGE_REQUEST_LIST,
  CLIENT_LIST,
  COMPLAINT_LIST,
  CONTACT_LIST,
  DECISION_LIST,
  MEETING_LIST,
  SERVICE_LIST,
  SERVICE_REQUEST_LIST,
  SERVICE_REVIEW_LIST,
  SURVEY_CAMPAIGN_LIST,
  SURVEY_INVITATION_LIST,
  SURVEY_RESPONSE_LIST,
};
export { KEY_COLUMN, type ColumnKind, type ColumnSpec, type ListDefinition, type TitleSpec } from './list-definition';
export type { MappedListDefinition } from './list-mapper';

/** The definitions by record type (the `entity` of each). */
export const LISTS_BY_ENTITY = {
  client: CLIENT_LIST,
  contact: CONTACT_LIST,
  service: SERVICE_LIST,
  meeting: MEETING_LIST,
  agreement: AGREEMENT_LIST,
  complaint: COMPLAINT_LIST,
  surveyCampaign: SURVEY_CAMPAIGN_LIST,
  surveyInvitation: SURVEY_INVITATION_LIST,
  surveyResponse: SURVEY_RESPONSE_LIST,
  changeRequest: CHANGE_REQUEST_LIST,
  serviceRequest: SERVICE_REQUEST_LIST,
  serviceReview: SERVICE_REVIEW_LIST,
  decision: DECISION_LIST,
  auditEntry: AUDIT_ENTRY_LIST,
} as const;
export type ListEntity = keyof typeof LISTS_BY_ENTITY;

/** Every list, in the order provisioning creates them. */
export const LIST_DEFINITIONS: readonly ListDefinition<{ readonly key: string }>[] = Object.values(LISTS_BY_ENTITY);
