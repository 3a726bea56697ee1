/**
 * One repository per record type, with the queries the use cases need (by key, by client, by
 * status, open/overdue, by period). Periods are half-open `[from, to)` ISO dates or instants.
 */
import type { AuditEntry } from '../../domain/audit/audit-entry.entity';
import type { ChangeRequest, ChangeRequestStatus } from '../../domain/change/change-request.entity';
import type { ServiceRequest, ServiceRequestStatus } from '../../domain/change/service-request.entity';
import type { ServiceReview } from '../../domain/change/service-review.entity';
import type { Client, ClientStatus } from '../../domain/client/client.entity';
import type { Contact } from '../../domain/client/contact.entity';
import type { Complaint, ComplaintStatus } from '../../domain/complaint/complaint.entity';
import type { Decision } from '../../domain/decision/decision.entity';
import type { Agreement } from '../../domain/meeting/agreement.entity';
import type { Meeting } from '../../domain/meeting/meeting.entity';
import type { Service } from '../../domain/service/service.entity';
import type { SurveyCampaign } from '../../domain/survey/survey-campaign.entity';
import type { SurveyInvitation } from '../../domain/survey/survey-invitation.entity';
import type { SurveyResponse } from '../../domain/survey/survey-response.entity';
import type { RecordStore, Versioned } from './record-store.port';

/** A half-open period `[from, to)`: ISO dates (`2026-01-01`) or instants. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

export interface ClientRepository extends RecordStore<Client> {
  findByCode(code: string): Promise<Versioned<Client> | undefined>;
  listByStatus(status: ClientStatus): Promise<Versioned<Client>[]>;
}

export interface ContactRepository extends RecordStore<Contact> {
  listByClient(clientCode: string): Promise<Versioned<Contact>[]>;
}

export interface ServiceRepository extends RecordStore<Service> {
  listByClient(clientCode: string): Promise<Versioned<Service>[]>;
}

export interface MeetingRepository extends RecordStore<Meeting> {
  listByClient(clientCode: string): Promise<Versioned<Meeting>[]>;
  /** Meetings whose start lies in the period, by start. */
  listByPeriod(period: Period): Promise<Versioned<Meeting>[]>;
}

export interface AgreementRepository extends RecordStore<Agreement> {
  listByClient(clientCode: string): Promise<Versioned<Agreement>[]>;
  listOpen(): Promise<Versioned<Agreement>[]>;
  /** Open agreements due before `today` (YYYY-MM-DD). */
  listOverdue(today: string): Promise<Versioned<Agreement>[]>;
}

export interface ComplaintRepository extends RecordStore<Complaint> {
  listByClient(clientCode: string): Promise<Versioned<Complaint>[]>;
  listByStatus(status: ComplaintStatus): Promise<Versioned<Complaint>[]>;
  /** Every complaint not closed. */
  listOpen(): Promise<Versioned<Complaint>[]>;
  /** Complaints received in the period, by reception. */
  listByPeriod(period: Period): Promise<Versioned<Complaint>[]>;
}

export interface SurveyCampaignRepository extends RecordStore<SurveyCampaign> {
  listByYear(year: number): Promise<Versioned<SurveyCampaign>[]>;
}

export interface SurveyInvitationRepository extends RecordStore<SurveyInvitation> {
  listByCampaign(campaignKey: string): Promise<Versioned<SurveyInvitation>[]>;
  findByToken(token: string): Promise<Versioned<SurveyInvitation> | undefined>;
}

export interface SurveyResponseRepository extends RecordStore<SurveyResponse> {
  listByCampaign(campaignKey: string): Promise<Versioned<SurveyResponse>[]>;
  listByClient(clientCode: string): Promise<Versioned<SurveyResponse>[]>;
}

export interface ChangeRequestRepository extends RecordStore<ChangeRequest> {
  listByClient(clientCode: string): Promise<Versioned<ChangeRequest>[]>;
  listByStatus(status: ChangeRequestStatus): Promise<Versioned<ChangeRequest>[]>;
}

export interface ServiceRequestRepository extends RecordStore<ServiceRequest> {
  listByClient(clientCode: string): Promise<Versioned<ServiceRequest>[]>;
  listByStatus(status: ServiceRequestStatus): Promise<Versioned<ServiceRequest>[]>;
}

export interface ServiceReviewRepository extends RecordStore<ServiceReview> {
  listByClient(clientCode: string): Promise<Versioned<ServiceReview>[]>;
  listByPeriod(period: Period): Promise<Versioned<ServiceReview>[]>;
}

export interface DecisionRepository extends RecordStore<Decision> {
  listByClient(clientCode: string): Promise<Versioned<Decision>[]>;
}

export interface AuditLogRepository extends RecordStore<AuditEntry> {
  listByPeriod(period: Period): Promise<Versioned<AuditEntry>[]>;
}

/** Every repository, as the composition root of a host builds them. */
export interface Repositories {
  readonly clients: ClientRepository;
  readonly contacts: ContactRepository;
  readonly services: ServiceRepository;
  readonly meetings: MeetingRepository;
  readonly agreements: AgreementRepository;
  readonly complaints: ComplaintRepository;
  readonly surveyCampaigns: SurveyCampaignRepository;
  readonly surveyInvitations: SurveyInvitationRepository;
  readonly surveyResponses: SurveyResponseRepository;
  readonly changeRequests: ChangeRequestRepository;
  readonly serviceRequests: ServiceRequestRepository;
  readonly serviceReviews: ServiceReviewRepository;
  readonly decisions: DecisionRepository;
  readonly auditLog: AuditLogRepository;
}
