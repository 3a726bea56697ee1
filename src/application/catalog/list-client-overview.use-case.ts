/**
 * "Catálogo de Clientes" overview (seed step 1): every client with its meeting cadence, where it
 * stands against it (last held review, the date the next one is due, al día / por vencer /
 * vencida / sin reuniones) and how many complaints it has open. Read-only.
 */
import type { Client, ClientStatus, MeetingCadence } from '../../domain/client/client.entity';
import { isComplaintOpen } from '../../domain/complaint/complaint.entity';
import type { Meeting } from '../../domain/meeting/meeting.entity';
import { assessCadence, type CadenceOptions, type CadenceStatus } from '../../domain/meeting/meeting-cadence';
import type { IsoDate } from '../../domain/shared/primitives';
import type { Repositories } from '../ports/repositories.port';
import { compareNames, matchesSearch } from './text-search';

export interface ClientOverviewRow {
  readonly code: string;
  readonly name: string;
  readonly cadence: MeetingCadence;
  readonly status: ClientStatus;
  readonly accountOwner: string;
  readonly deliveryLead: string;
  /** Local date (Mexico City) of the last held periodic review; absent when none was held. */
  readonly lastMeetingOn?: IsoDate;
  /** Date by which the next periodic review must be held (see `assessCadence`). */
  readonly nextDueOn: IsoDate;
  /** Local date of the earliest review already scheduled on or after `today`, if any. */
  readonly nextScheduledOn?: IsoDate;
  readonly cadenceStatus: CadenceStatus;
  /** Days past `nextDueOn` (0 when not overdue). */
  readonly daysOverdue: number;
  /** Complaints not closed (a resolved one still awaits the client's confirmation). */
  readonly openComplaints: number;
}

export interface ListClientOverviewQuery {
  /** The calendar date the cadence is assessed on (Mexico City), `YYYY-MM-DD`. */
  readonly today: IsoDate;
  /** Part of the name or the code; case- and accent-insensitive. Blank means every client. */
  readonly search?: string;
  /** Only clients in this status (uses the repository's status query). */
  readonly status?: ClientStatus;
  /** Cadence rules (due-soon window, zone); the domain's defaults when omitted. */
  readonly cadenceOptions?: CadenceOptions;
}

export type ClientOverviewRepositories = Pick<Repositories, 'clients' | 'meetings' | 'complaints'>;

/** True when the client's name or code contains `search` (case- and accent-insensitive). */
export function matchesClientSearch(client: Pick<Client, 'name' | 'code'>, search: string | undefined): boolean {
  return matchesSearch(search, client.name, client.code);
}

function groupByClient<T extends { readonly clientCode: string }>(values: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const group = groups.get(value.clientCode);
    if (group === undefined) groups.set(value.clientCode, [value]);
    else group.push(value);
  }
  return groups;
}

/** The overview rows, sorted by name (Spanish collation), then code. */
export async function listClientOverview(
  repositories: ClientOverviewRepositories,
  query: ListClientOverviewQuery,
): Promise<ClientOverviewRow[]> {
  const [storedClients, storedMeetings, openComplaints] = await Promise.all([
    query.status === undefined ? repositories.clients.listAll() : repositories.clients.listByStatus(query.status),
    repositories.meetings.listAll(),
    repositories.complaints.listOpen(),
  ]);
  const clients = storedClients.map((stored) => stored.value).filter((c) => matchesClientSearch(c, query.search));
  const meetingsByClient = groupByClient<Meeting>(storedMeetings.map((stored) => stored.value));
  const openByClient = new Map<string, number>();
  for (const { value } of openComplaints) {
    // listOpen already excludes closed ones; checked again so a looser store cannot inflate counts.
    if (!isComplaintOpen(value.status)) continue;
    openByClient.set(value.clientCode, (openByClient.get(value.clientCode) ?? 0) + 1);
  }

  const rows = clients.map((client): ClientOverviewRow => {
    const assessment = assessCadence(
      client,
      meetingsByClient.get(client.code) ?? [],
      query.today,
      query.cadenceOptions,
    );
    return {
      code: client.code,
      name: client.name,
      cadence: client.cadence,
      status: client.status,
      accountOwner: client.accountOwner,
      deliveryLead: client.deliveryLead,
      ...(assessment.lastHeldOn !== undefined ? { lastMeetingOn: assessment.lastHeldOn } : {}),
      nextDueOn: assessment.dueOn,
      ...(assessment.nextScheduledOn !== undefined ? { nextScheduledOn: assessment.nextScheduledOn } : {}),
      cadenceStatus: assessment.status,
      daysOverdue: assessment.daysOverdue,
      openComplaints: openByClient.get(client.code) ?? 0,
    };
  });
  return rows.sort((a, b) => compareNames(a.name, b.name) || compareNames(a.code, b.code));
}
