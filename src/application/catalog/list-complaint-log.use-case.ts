/**
 * The complaint log (PR-SGI-016) as people read it: each complaint with its client's name and
 * the state of its SLA (the worse of its acknowledgement and resolution clocks, in business time
 * on the business calendar, with targets from the complaint's service or the defaults), newest
 * first. Filters by status, client and severity; read-only.
 */
import type { BusinessCalendar } from '../../domain/calendar/business-calendar';
import type { Complaint, ComplaintStatus } from '../../domain/complaint/complaint.entity';
import { computeComplaintSla } from '../../domain/complaint/complaint-sla';
import type { SlaState } from '../../domain/complaint/sla-state';
import type { Service, Severity } from '../../domain/service/service.entity';
import type { IsoDateTime } from '../../domain/shared/primitives';
import type { Versioned } from '../ports/record-store.port';
import type { Repositories } from '../ports/repositories.port';

export interface ComplaintLogRow {
  readonly key: string;
  readonly folio?: string;
  readonly clientCode: string;
  /** The client's name; its code when the client is not in the catalog. */
  readonly clientName: string;
  readonly serviceCode?: string;
  readonly serviceName?: string;
  readonly title: string;
  readonly status: ComplaintStatus;
  readonly severity: Severity;
  readonly receivedAt: IsoDateTime;
  readonly slaState: SlaState;
  /** When the acknowledgement target is (or was) reached; absent while paused. */
  readonly acknowledgementDueAt?: IsoDateTime;
  /** When the resolution target is (or was) reached; absent while paused. */
  readonly resolutionDueAt?: IsoDateTime;
}

export interface ListComplaintLogQuery {
  /** The evaluation instant of the SLA clocks. */
  readonly now: Date;
  readonly status?: ComplaintStatus;
  readonly clientCode?: string;
  readonly severity?: Severity;
  /** The business calendar of the SLA clocks (default: Mexico City, Mon–Fri 09:00–18:00, holidays). */
  readonly calendar?: BusinessCalendar;
}

export type ComplaintLogRepositories = Pick<Repositories, 'complaints' | 'clients' | 'services'>;

/**
 * Reads only what the filters need: one client's complaints (`listByClient`) or one status's
 * (`listByStatus`) through the indexed queries; the other filters apply in memory.
 */
async function loadComplaints(
  repositories: ComplaintLogRepositories,
  query: ListComplaintLogQuery,
): Promise<Versioned<Complaint>[]> {
  if (query.clientCode !== undefined) return repositories.complaints.listByClient(query.clientCode);
  if (query.status !== undefined) return repositories.complaints.listByStatus(query.status);
  return repositories.complaints.listAll();
}

async function loadClientNames(
  repositories: ComplaintLogRepositories,
  clientCode: string | undefined,
): Promise<Map<string, string>> {
  if (clientCode !== undefined) {
    const client = await repositories.clients.findByCode(clientCode);
    return new Map(client === undefined ? [] : [[client.value.code, client.value.name]]);
  }
  const all = await repositories.clients.listAll();
  return new Map(all.map(({ value }) => [value.code, value.name]));
}

const serviceId = (clientCode: string, serviceCode: string): string => `${clientCode}\u0000${serviceCode}`;

async function loadServices(
  repositories: ComplaintLogRepositories,
  clientCode: string | undefined,
): Promise<Map<string, Service>> {
  const stored =
    clientCode !== undefined
      ? await repositories.services.listByClient(clientCode)
      : await repositories.services.listAll();
  return new Map(stored.map(({ value }) => [serviceId(value.clientCode, value.code), value]));
}

/** The log rows matching the filters, newest first (by reception, then key). */
export async function listComplaintLog(
  repositories: ComplaintLogRepositories,
  query: ListComplaintLogQuery,
): Promise<ComplaintLogRow[]> {
  const [stored, clientNames] = await Promise.all([
    loadComplaints(repositories, query),
    loadClientNames(repositories, query.clientCode),
  ]);
  const complaints = stored
    .map(({ value }) => value)
    .filter(
      (c) =>
        (query.clientCode === undefined || c.clientCode === query.clientCode) &&
        (query.status === undefined || c.status === query.status) &&
        (query.severity === undefined || c.severity === query.severity),
    );
  const services = complaints.some((c) => c.serviceCode !== undefined)
    ? await loadServices(repositories, query.clientCode)
    : new Map<string, Service>();
  const now = query.now.toISOString();

  const rows = complaints.map((complaint): ComplaintLogRow => {
    const service =
      complaint.serviceCode === undefined
        ? undefined
        : services.get(serviceId(complaint.clientCode, complaint.serviceCode));
    const sla = computeComplaintSla(complaint, {
      now,
      ...(query.calendar !== undefined ? { calendar: query.calendar } : {}),
      ...(service !== undefined ? { service } : {}),
    });
    return {
      key: complaint.key,
      ...(complaint.folio !== undefined ? { folio: complaint.folio } : {}),
      clientCode: complaint.clientCode,
      clientName: clientNames.get(complaint.clientCode) ?? complaint.clientCode,
      ...(complaint.serviceCode !== undefined ? { serviceCode: complaint.serviceCode } : {}),
      ...(service !== undefined ? { serviceName: service.name } : {}),
      title: complaint.title,
      status: complaint.status,
      severity: complaint.severity,
      receivedAt: complaint.receivedAt,
      slaState: sla.state,
      ...(sla.acknowledgement.dueAt !== undefined ? { acknowledgementDueAt: sla.acknowledgement.dueAt } : {}),
      ...(sla.resolution.dueAt !== undefined ? { resolutionDueAt: sla.resolution.dueAt } : {}),
    };
  });
  return rows.sort((a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt) || a.key.localeCompare(b.key));
}
