/**
 * The demo organisation: a believable Mexican IT-services company (DEMO_PROVIDER) with about
 * forty clients and one year of "Relaciones con el Negocio" — meetings by cadence, agreements,
 * complaints in every state, a closed annual survey with answers, decisions at every decision
 * point, change and service requests, service reviews and the disposition log.
 *
 * Pure and deterministic: everything derives from `today` and `seed` (no clock, no Math.random),
 * so the same inputs give deep-equal output and seeding twice writes the same keys. Every record
 * is validated with its entity's parse function before it is returned; a schema violation fails
 * loudly here rather than in a repository.
 */
import { z } from 'zod';
import { parseAuditEntry, type AuditEntry } from '../../domain/audit/audit-entry.entity';
import { parseChangeRequest, type ChangeRequest } from '../../domain/change/change-request.entity';
import { parseServiceRequest, type ServiceRequest } from '../../domain/change/service-request.entity';
import { parseServiceReview, type ServiceReview } from '../../domain/change/service-review.entity';
import { parseClient, type Client } from '../../domain/client/client.entity';
import { parseContact, type Contact } from '../../domain/client/contact.entity';
import { parseComplaint, type Complaint } from '../../domain/complaint/complaint.entity';
import { parseDecision, type Decision } from '../../domain/decision/decision.entity';
import { parseAgreement, type Agreement } from '../../domain/meeting/agreement.entity';
import { parseMeeting, type Meeting } from '../../domain/meeting/meeting.entity';
import { parseService, type Service } from '../../domain/service/service.entity';
import { isoDateSchema } from '../../domain/shared/primitives';
import { parseWith } from '../../domain/shared/validation';
import { parseSurveyCampaign, type SurveyCampaign } from '../../domain/survey/survey-campaign.entity';
import { parseSurveyInvitation, type SurveyInvitation } from '../../domain/survey/survey-invitation.entity';
import { parseSurveyResponse, type SurveyResponse } from '../../domain/survey/survey-response.entity';
import { buildAuditLog } from './demo-audit';
import { buildChanges } from './demo-changes';
import { buildClients } from './demo-clients';
import { buildComplaints } from './demo-complaints';
import { createDemoClock, createKeyFactory, type DemoContext } from './demo-context';
import { finalizeMeetings, planMeetings } from './demo-meetings';
import { buildSurveys } from './demo-surveys';
import { createRandom } from './seeded-random';

export { DEMO_PEOPLE, DEMO_PROVIDER } from './demo-catalog';
export { PURGED_KEY_PREFIX } from './demo-audit';

/** The default seed: the date the process "Relaciones con el Negocio" was first issued. */
export const DEFAULT_DEMO_SEED = 20190228;

export interface DemoOptions {
  /** The demo's "today" (`YYYY-MM-DD`): the year of history ends the day before. */
  readonly today: string;
  /** Seed of the pseudo-random choices (names, times, scores); default {@link DEFAULT_DEMO_SEED}. */
  readonly seed?: number;
}

const demoOptionsSchema = z
  .object({
    today: isoDateSchema,
    seed: z.number().int().min(0).max(0xffffffff).optional(),
  })
  .strict();

/** Every record of the demo, one array per record type (the repositories' names). */
export interface DemoOrganisation {
  readonly clients: readonly Client[];
  readonly contacts: readonly Contact[];
  readonly services: readonly Service[];
  readonly meetings: readonly Meeting[];
  readonly agreements: readonly Agreement[];
  readonly complaints: readonly Complaint[];
  readonly surveyCampaigns: readonly SurveyCampaign[];
  readonly surveyInvitations: readonly SurveyInvitation[];
  readonly surveyResponses: readonly SurveyResponse[];
  readonly changeRequests: readonly ChangeRequest[];
  readonly serviceRequests: readonly ServiceRequest[];
  readonly serviceReviews: readonly ServiceReview[];
  readonly decisions: readonly Decision[];
  readonly auditLog: readonly AuditEntry[];
}

/** Record types in dependency order: a record only refers to records of earlier types. */
export const DEMO_RECORD_TYPES = [
  'clients',
  'contacts',
  'services',
  'meetings',
  'agreements',
  'complaints',
  'surveyCampaigns',
  'surveyInvitations',
  'surveyResponses',
  'changeRequests',
  'serviceRequests',
  'serviceReviews',
  'decisions',
  'auditLog',
] as const satisfies readonly (keyof DemoOrganisation)[];
export type DemoRecordType = (typeof DEMO_RECORD_TYPES)[number];

/** The parse function of each record type. */
const PARSERS: { readonly [K in DemoRecordType]: (input: unknown) => DemoOrganisation[K][number] } = {
  clients: parseClient,
  contacts: parseContact,
  services: parseService,
  meetings: parseMeeting,
  agreements: parseAgreement,
  complaints: parseComplaint,
  surveyCampaigns: parseSurveyCampaign,
  surveyInvitations: parseSurveyInvitation,
  surveyResponses: parseSurveyResponse,
  changeRequests: parseChangeRequest,
  serviceRequests: parseServiceRequest,
  serviceReviews: parseServiceReview,
  decisions: parseDecision,
  auditLog: parseAuditEntry,
};

function parseAll<K extends DemoRecordType>(type: K, records: readonly unknown[]): DemoOrganisation[K][number][] {
  return records.map((record) => PARSERS[type](record));
}

const byKey = <T extends { readonly key: string }>(records: readonly T[]): T[] =>
  [...records].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

/**
 * Builds the demo organisation as of `today`. Throws `VALIDATION.INVALID_INPUT` for a malformed
 * `today` or seed, and a DomainError naming the entity if a generated record breaks its schema.
 */
export function buildDemoOrganisation(options: DemoOptions): DemoOrganisation {
  const { today, seed = DEFAULT_DEMO_SEED } = parseWith(demoOptionsSchema, options, 'DemoOptions');
  const ctx: DemoContext = { clock: createDemoClock(today), keys: createKeyFactory(), rng: createRandom(seed) };

  const demos = buildClients(ctx);
  const drafts = planMeetings(demos, ctx);
  const complaintRecords = buildComplaints(demos, drafts, ctx);
  const meetingRecords = finalizeMeetings([...drafts, ...complaintRecords.extraordinary], ctx);
  const surveys = buildSurveys(demos, ctx);
  const changes = buildChanges(
    demos,
    { meetings: meetingRecords.meetings, complaints: complaintRecords.complaints, surveys },
    ctx,
  );
  const auditLog = buildAuditLog(
    demos,
    {
      campaigns: surveys.campaigns,
      invitations: surveys.invitations,
      responses: surveys.responses,
      changeRequests: changes.changeRequests,
      serviceRequests: changes.serviceRequests,
    },
    ctx,
  );

  return {
    clients: parseAll(
      'clients',
      demos.map((d) => d.client),
    ),
    contacts: parseAll('contacts', byKey(demos.flatMap((d) => d.contacts))),
    services: parseAll('services', byKey(demos.flatMap((d) => d.services))),
    meetings: parseAll('meetings', byKey(meetingRecords.meetings)),
    agreements: parseAll('agreements', byKey(meetingRecords.agreements)),
    complaints: parseAll('complaints', byKey(complaintRecords.complaints)),
    surveyCampaigns: parseAll('surveyCampaigns', byKey(surveys.campaigns)),
    surveyInvitations: parseAll('surveyInvitations', byKey(surveys.invitations)),
    surveyResponses: parseAll('surveyResponses', byKey(surveys.responses)),
    changeRequests: parseAll('changeRequests', byKey(changes.changeRequests)),
    serviceRequests: parseAll('serviceRequests', byKey(changes.serviceRequests)),
    serviceReviews: parseAll('serviceReviews', byKey(changes.serviceReviews)),
    decisions: parseAll('decisions', byKey([...meetingRecords.decisions, ...surveys.decisions, ...changes.decisions])),
    auditLog: parseAll('auditLog', byKey(auditLog)),
  };
}
