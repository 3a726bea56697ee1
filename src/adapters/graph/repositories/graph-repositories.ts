/**
 * The repository ports (src/application/ports/repositories.port.ts) over the SharePoint lists:
 * one class per record type, each a SharePointListRepository plus the queries its port names.
 * Every query goes through list-query.ts, so it filters on indexed columns only.
 */
import type { Versioned } from '../../../application/ports/record-store.port';
import type {
  AgreementRepository,
  AuditLogRepository,
  ChangeRequestRepository,
  ClientRepository,
  ComplaintRepository,
  ContactRepository,
  DecisionRepository,
  MeetingRepository,
  Period,
  Repositories,
  ServiceRepository,
  ServiceRequestRepository,
  ServiceReviewRepository,
  SurveyCampaignRepository,
  SurveyInvitationRepository,
  SurveyResponseRepository,
} from '../../../application/ports/repositories.port';
import type { AuditEntry } from '../../../domain/audit/audit-entry.entity';
import type { ChangeRequest, ChangeRequestStatus } from '../../../domain/change/change-request.entity';
import type { ServiceRequest, ServiceRequestStatus } from '../../../domain/change/service-request.entity';
import type { ServiceReview } from '../../../domain/change/service-review.entity';
import type { Client, ClientStatus } from '../../../domain/client/client.entity';
import type { Contact } from '../../../domain/client/contact.entity';
import type { Complaint, ComplaintStatus } from '../../../domain/complaint/complaint.entity';
import type { Decision } from '../../../domain/decision/decision.entity';
import type { Agreement } from '../../../domain/meeting/agreement.entity';
import type { Meeting } from '../../../domain/meeting/meeting.entity';
import type { Service } from '../../../domain/service/service.entity';
import type { SurveyCampaign } from '../../../domain/survey/survey-campaign.entity';
import type { SurveyInvitation } from '../../../domain/survey/survey-invitation.entity';
import type { SurveyResponse } from '../../../domain/survey/survey-response.entity';
import type { GraphGateway } from '../graph-gateway';
import {
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
} from '../lists';
import type { Condition, RecordQuery } from './list-query';
import { SharePointListRepository, type SharePointListRepositoryOptions } from './sharepoint-list.repository';

const eq = (property: string, value: string | number): Condition => ({ property, op: 'eq', value });

/** `[from, to)` on one indexed column, sorted by it. */
const inPeriod = (property: string, period: Period): RecordQuery => ({
  where: [
    { property, op: 'ge', value: period.from },
    { property, op: 'lt', value: period.to },
  ],
  orderBy: { property },
});

export class GraphClientRepository extends SharePointListRepository<Client> implements ClientRepository {
  findByCode(code: string): Promise<Versioned<Client> | undefined> {
    return this.findFirst({ where: [eq('code', code)] });
  }

  /** The client with exactly this name (imports use it to recognise a client already there). */
  findByName(name: string): Promise<Versioned<Client> | undefined> {
    return this.findFirst({ where: [eq('name', name)] });
  }

  listByStatus(status: ClientStatus): Promise<Versioned<Client>[]> {
    return this.find({ where: [eq('status', status)] });
  }
}

export class GraphContactRepository extends SharePointListRepository<Contact> implements ContactRepository {
  listByClient(clientCode: string): Promise<Versioned<Contact>[]> {
    return this.find({ where: [eq('clientCode', clientCode)] });
  }
}

export class GraphServiceRepository extends SharePointListRepository<Service> implements ServiceRepository {
  listByClient(clientCode: string): Promise<Versioned<Service>[]> {
    return this.find({ where: [eq('clientCode', clientCode)] });
  }
}

export class GraphMeetingRepository extends SharePointListRepository<Meeting> implements MeetingRepository {
  listByClient(clientCode: string): Promise<Versioned<Meeting>[]> {
    return this.find({ where: [eq('clientCode', clientCode)] });
  }

  listByPeriod(period: Period): Promise<Versioned<Meeting>[]> {
    return this.find(inPeriod('start', period));
  }
}

export class GraphAgreementRepository extends SharePointListRepository<Agreement> implements AgreementRepository {
  listByClient(clientCode: string): Promise<Versioned<Agreement>[]> {
    return this.find({ where: [eq('clientCode', clientCode)] });
  }

  listOpen(): Promise<Versioned<Agreement>[]> {
    return this.find({ where: [eq('status', 'open')] });
  }

  listOverdue(today: string): Promise<Versioned<Agreement>[]> {
    // Open agreements are few next to all agreements ever: the status clause narrows first.
    return this.find({ where: [eq('status', 'open'), { property: 'dueOn', op: 'lt', value: today }] });
  }
}

export class GraphComplaintRepository extends SharePointListRepository<Complaint> implements ComplaintRepository {
  listByClient(clientCode: string): Promise<Versioned<Complaint>[]> {
    return this.find({ where: [eq('clientCode', clientCode)] });
  }

  listByStatus(status: ComplaintStatus): Promise<Versioned<Complaint>[]> {
    return this.find({ where: [eq('status', status)] });
  }

  listOpen(): Promise<Versioned<Complaint>[]> {
    return this.find({ where: [{ property: 'status', op: 'ne', value: 'closed' }] });
  }

  listByPeriod(period: Period): Promise<Versioned<Complaint>[]> {
    return this.find(inPeriod('receivedAt', period));
  }
}

export class GraphSurveyCampaignRepository
  extends SharePointListRepository<SurveyCampaign>
  implements SurveyCampaignRepository
{
  listByYear(year: number): Promise<Versioned<SurveyCampaign>[]> {
    return this.find({ where: [eq('year', year)] });
  }
}

export class GraphSurveyInvitationRepository
  extends SharePointListRepository<SurveyInvitation>
  implements SurveyInvitationRepository
{
  listByCampaign(campaignKey: string): Promise<Versioned<SurveyInvitation>[]> {
    return this.find({ where: [eq('campaignKey', campaignKey)] });
  }

  findByToken(token: string): Promise<Versioned<SurveyInvitation> | undefined> {
    return this.findFirst({ where: [eq('token', token)] });
  }
}

export class GraphSurveyResponseRepository
  extends SharePointListRepository<SurveyResponse>
  implements SurveyResponseRepository
{
  listByCampaign(campaignKey: string): Promise<Versioned<SurveyResponse>[]> {
    return this.find({ where: [eq('campaignKey', campaignKey)] });
  }

  listByClient(clientCode: string): Promise<Versioned<SurveyResponse>[]> {
    return this.find({ where: [eq('clientCode', clientCode)] });
  }
}

export class GraphChangeRequestRepository
  extends SharePointListRepository<ChangeRequest>
  implements ChangeRequestRepository
{
  listByClient(clientCode: string): Promise<Versioned<ChangeRequest>[]> {
    return this.find({ where: [eq('clientCode', clientCode)] });
  }

  listByStatus(status: ChangeRequestStatus): Promise<Versioned<ChangeRequest>[]> {
    return this.find({ where: [eq('status', status)] });
  }
}

export class GraphServiceRequestRepository
  extends SharePointListRepository<ServiceRequest>
  implements ServiceRequestRepository
{
  listByClient(clientCode: string): Promise<Versioned<ServiceRequest>[]> {
    return this.find({ where: [eq('clientCode', clientCode)] });
  }

  listByStatus(status: ServiceRequestStatus): Promise<Versioned<ServiceRequest>[]> {
    return this.find({ where: [eq('status', status)] });
  }
}

export class GraphServiceReviewRepository
  extends SharePointListRepository<ServiceReview>
  implements ServiceReviewRepository
{
  listByClient(clientCode: string): Promise<Versioned<ServiceReview>[]> {
    return this.find({ where: [eq('clientCode', clientCode)] });
  }

  listByPeriod(period: Period): Promise<Versioned<ServiceReview>[]> {
    return this.find(inPeriod('reviewedOn', period));
  }
}

export class GraphDecisionRepository extends SharePointListRepository<Decision> implements DecisionRepository {
  listByClient(clientCode: string): Promise<Versioned<Decision>[]> {
    return this.find({ where: [eq('clientCode', clientCode)] });
  }
}

export class GraphAuditLogRepository extends SharePointListRepository<AuditEntry> implements AuditLogRepository {
  listByPeriod(period: Period): Promise<Versioned<AuditEntry>[]> {
    return this.find(inPeriod('at', period));
  }
}

/** The concrete classes, for hosts that need more than the ports (e.g. `clients.findByName`). */
export interface GraphRepositories extends Repositories {
  readonly clients: GraphClientRepository;
  readonly contacts: GraphContactRepository;
  readonly services: GraphServiceRepository;
  readonly meetings: GraphMeetingRepository;
  readonly agreements: GraphAgreementRepository;
  readonly complaints: GraphComplaintRepository;
  readonly surveyCampaigns: GraphSurveyCampaignRepository;
  readonly surveyInvitations: GraphSurveyInvitationRepository;
  readonly surveyResponses: GraphSurveyResponseRepository;
  readonly changeRequests: GraphChangeRequestRepository;
  readonly serviceRequests: GraphServiceRequestRepository;
  readonly serviceReviews: GraphServiceReviewRepository;
  readonly decisions: GraphDecisionRepository;
  readonly auditLog: GraphAuditLogRepository;
}

/**
 * Every repository over the lists of `siteId` (a Graph site id, see `resolveSite`). `listIds`
 * (list name → id, e.g. from the provisioning report) saves the one lookup per list.
 */
export function createGraphRepositories(
  gateway: GraphGateway,
  siteId: string,
  listIds: Readonly<Record<string, string>> = {},
): GraphRepositories {
  const options = (name: string): SharePointListRepositoryOptions => {
    const listId = listIds[name];
    return listId === undefined ? {} : { listId };
  };
  return {
    clients: new GraphClientRepository(gateway, CLIENT_LIST, siteId, options(CLIENT_LIST.name)),
    contacts: new GraphContactRepository(gateway, CONTACT_LIST, siteId, options(CONTACT_LIST.name)),
    services: new GraphServiceRepository(gateway, SERVICE_LIST, siteId, options(SERVICE_LIST.name)),
    meetings: new GraphMeetingRepository(gateway, MEETING_LIST, siteId, options(MEETING_LIST.name)),
    agreements: new GraphAgreementRepository(gateway, AGREEMENT_LIST, siteId, options(AGREEMENT_LIST.name)),
    complaints: new GraphComplaintRepository(gateway, COMPLAINT_LIST, siteId, options(COMPLAINT_LIST.name)),
    surveyCampaigns: new GraphSurveyCampaignRepository(
      gateway,
      SURVEY_CAMPAIGN_LIST,
      siteId,
      options(SURVEY_CAMPAIGN_LIST.name),
    ),
    surveyInvitations: new GraphSurveyInvitationRepository(
      gateway,
      SURVEY_INVITATION_LIST,
      siteId,
      options(SURVEY_INVITATION_LIST.name),
    ),
    surveyResponses: new GraphSurveyResponseRepository(
      gateway,
      SURVEY_RESPONSE_LIST,
      siteId,
      options(SURVEY_RESPONSE_LIST.name),
    ),
    changeRequests: new GraphChangeRequestRepository(
      gateway,
      CHANGE_REQUEST_LIST,
      siteId,
      options(CHANGE_REQUEST_LIST.name),
    ),
    serviceRequests: new GraphServiceRequestRepository(
      gateway,
      SERVICE_REQUEST_LIST,
      siteId,
      options(SERVICE_REQUEST_LIST.name),
    ),
    serviceReviews: new GraphServiceReviewRepository(
      gateway,
      SERVICE_REVIEW_LIST,
      siteId,
      options(SERVICE_REVIEW_LIST.name),
    ),
    decisions: new GraphDecisionRepository(gateway, DECISION_LIST, siteId, options(DECISION_LIST.name)),
    auditLog: new GraphAuditLogRepository(gateway, AUDIT_ENTRY_LIST, siteId, options(AUDIT_ENTRY_LIST.name)),
  };
}
