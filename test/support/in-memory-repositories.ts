/**
 * In-memory implementations of the repository ports (src/application/ports), for use-case and
 * UI tests without I/O. They keep the ports' contracts: creates are idempotent by key, updates
 * check the eTag and throw RecordConflictError with both versions, reads return copies.
 */
import {
  RecordConflictError,
  type CreateResult,
  type ProgressListener,
  type RecordStore,
  type Versioned,
} from '../../src/application/ports/record-store.port';
import type { Period, Repositories } from '../../src/application/ports/repositories.port';
import { DomainError } from '../../src/domain/shared/domain-error';

const clone = <T>(value: T): T => structuredClone(value);

export class InMemoryStore<T extends { readonly key: string }> implements RecordStore<T> {
  private readonly items = new Map<string, { id: string; eTag: string; value: T; version: number }>();
  private nextId = 1;
  /** Every write, for assertions: `create`, `update` or `delete` with the key. */
  readonly writes: { op: 'create' | 'update' | 'delete'; key: string }[] = [];

  constructor(readonly entity: string) {}

  private versioned(entry: { id: string; eTag: string; value: T }): Versioned<T> {
    return { id: entry.id, eTag: entry.eTag, value: clone(entry.value) };
  }

  getByKey(key: string): Promise<Versioned<T> | undefined> {
    const entry = this.items.get(key);
    return Promise.resolve(entry === undefined ? undefined : this.versioned(entry));
  }

  create(value: T): Promise<CreateResult<T>> {
    return Promise.resolve(this.createNow(value));
  }

  private createNow(value: T): CreateResult<T> {
    const existing = this.items.get(value.key);
    if (existing !== undefined) return { ...this.versioned(existing), created: false };
    const id = String(this.nextId++);
    const entry = { id, eTag: `"${id},1"`, value: clone(value), version: 1 };
    this.items.set(value.key, entry);
    this.writes.push({ op: 'create', key: value.key });
    return { ...this.versioned(entry), created: true };
  }

  async createMany(values: readonly T[], onProgress?: ProgressListener): Promise<CreateResult<T>[]> {
    const results: CreateResult<T>[] = [];
    for (const value of values) {
      results.push(await this.create(value));
      onProgress?.(results.length, values.length);
    }
    return results;
  }

  update(value: T, eTag: string): Promise<Versioned<T>> {
    try {
      return Promise.resolve(this.updateNow(value, eTag));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private updateNow(value: T, eTag: string): Versioned<T> {
    const entry = this.items.get(value.key);
    if (entry === undefined) throw new DomainError('RECORD.NOT_FOUND', { entity: this.entity, key: value.key });
    if (entry.eTag !== eTag) {
      throw new RecordConflictError(this.entity, value.key, clone(value), this.versioned(entry));
    }
    entry.version += 1;
    entry.eTag = `"${entry.id},${entry.version}"`;
    entry.value = clone(value);
    this.writes.push({ op: 'update', key: value.key });
    return this.versioned(entry);
  }

  delete(key: string, eTag?: string): Promise<void> {
    const entry = this.items.get(key);
    if (entry === undefined) return Promise.resolve();
    if (eTag !== undefined && entry.eTag !== eTag) {
      return Promise.reject(new RecordConflictError(this.entity, key, clone(entry.value), this.versioned(entry)));
    }
    this.items.delete(key);
    this.writes.push({ op: 'delete', key });
    return Promise.resolve();
  }

  listAll(onProgress?: ProgressListener): Promise<Versioned<T>[]> {
    const all = [...this.items.values()].map((e) => this.versioned(e));
    onProgress?.(all.length, all.length);
    return Promise.resolve(all);
  }

  /** Records matching `predicate`, optionally sorted by `sortBy`. */
  where(predicate: (value: T) => boolean, sortBy?: (value: T) => string): Promise<Versioned<T>[]> {
    const found = [...this.items.values()].filter((e) => predicate(e.value)).map((e) => this.versioned(e));
    if (sortBy !== undefined) found.sort((a, b) => sortBy(a.value).localeCompare(sortBy(b.value)));
    return Promise.resolve(found);
  }

  get size(): number {
    return this.items.size;
  }
}

const inPeriod = (value: string, period: Period): boolean => {
  const at = Date.parse(value);
  return at >= Date.parse(period.from) && at < Date.parse(period.to);
};

/** In-memory stores behind every repository port, with each port's queries. */
export function createInMemoryRepositories() {
  const clients = new InMemoryStore<import('../../src/domain/client/client.entity').Client>('client');
  const contacts = new InMemoryStore<import('../../src/domain/client/contact.entity').Contact>('contact');
  const services = new InMemoryStore<import('../../src/domain/service/service.entity').Service>('service');
  const meetings = new InMemoryStore<import('../../src/domain/meeting/meeting.entity').Meeting>('meeting');
  const agreements = new InMemoryStore<import('../../src/domain/meeting/agreement.entity').Agreement>('agreement');
  const complaints = new InMemoryStore<import('../../src/domain/complaint/complaint.entity').Complaint>('complaint');
  const surveyCampaigns = new InMemoryStore<import('../../src/domain/survey/survey-campaign.entity').SurveyCampaign>(
    'surveyCampaign',
  );
  const surveyInvitations = new InMemoryStore<
    import('../../src/domain/survey/survey-invitation.entity').SurveyInvitation
  >('surveyInvitation');
  const surveyResponses = new InMemoryStore<import('../../src/domain/survey/survey-response.entity').SurveyResponse>(
    'surveyResponse',
  );
  const changeRequests = new InMemoryStore<import('../../src/domain/change/change-request.entity').ChangeRequest>(
    'changeRequest',
  );
  const serviceRequests = new InMemoryStore<import('../../src/domain/change/service-request.entity').ServiceRequest>(
    'serviceRequest',
  );
  const serviceReviews = new InMemoryStore<import('../../src/domain/change/service-review.entity').ServiceReview>(
    'serviceReview',
  );
  const decisions = new InMemoryStore<import('../../src/domain/decision/decision.entity').Decision>('decision');
  const auditLog = new InMemoryStore<import('../../src/domain/audit/audit-entry.entity').AuditEntry>('auditEntry');

  const repositories = {
    clients: Object.assign(clients, {
      findByCode: async (code: string) => (await clients.where((c) => c.code === code))[0],
      listByStatus: (status: string) => clients.where((c) => c.status === status),
    }),
    contacts: Object.assign(contacts, {
      listByClient: (code: string) => contacts.where((c) => c.clientCode === code),
    }),
    services: Object.assign(services, {
      listByClient: (code: string) => services.where((s) => s.clientCode === code),
    }),
    meetings: Object.assign(meetings, {
      listByClient: (code: string) => meetings.where((m) => m.clientCode === code),
      listByPeriod: (period: Period) =>
        meetings.where(
          (m) => inPeriod(m.start, period),
          (m) => m.start,
        ),
    }),
    agreements: Object.assign(agreements, {
      listByClient: (code: string) => agreements.where((a) => a.clientCode === code),
      listOpen: () => agreements.where((a) => a.status === 'open'),
      listOverdue: (today: string) => agreements.where((a) => a.status === 'open' && a.dueOn < today),
    }),
    complaints: Object.assign(complaints, {
      listByClient: (code: string) => complaints.where((c) => c.clientCode === code),
      listByStatus: (status: string) => complaints.where((c) => c.status === status),
      listOpen: () => complaints.where((c) => c.status !== 'closed'),
      listByPeriod: (period: Period) =>
        complaints.where(
          (c) => inPeriod(c.receivedAt, period),
          (c) => c.receivedAt,
        ),
    }),
    surveyCampaigns: Object.assign(surveyCampaigns, {
      listByYear: (year: number) => surveyCampaigns.where((c) => c.year === year),
    }),
    surveyInvitations: Object.assign(surveyInvitations, {
      listByCampaign: (key: string) => surveyInvitations.where((i) => i.campaignKey === key),
      findByToken: async (token: string) => (await surveyInvitations.where((i) => i.token === token))[0],
    }),
    surveyResponses: Object.assign(surveyResponses, {
      listByCampaign: (key: string) => surveyResponses.where((r) => r.campaignKey === key),
      listByClient: (code: string) => surveyResponses.where((r) => r.clientCode === code),
    }),
    changeRequests: Object.assign(changeRequests, {
      listByClient: (code: string) => changeRequests.where((r) => r.clientCode === code),
      listByStatus: (status: string) => changeRequests.where((r) => r.status === status),
    }),
    serviceRequests: Object.assign(serviceRequests, {
      listByClient: (code: string) => serviceRequests.where((r) => r.clientCode === code),
      listByStatus: (status: string) => serviceRequests.where((r) => r.status === status),
    }),
    serviceReviews: Object.assign(serviceReviews, {
      listByClient: (code: string) => serviceReviews.where((r) => r.clientCode === code),
      listByPeriod: (period: Period) =>
        serviceReviews.where(
          (r) => inPeriod(r.reviewedOn, period),
          (r) => r.reviewedOn,
        ),
    }),
    decisions: Object.assign(decisions, {
      listByClient: (code: string) => decisions.where((d) => d.clientCode === code),
    }),
    auditLog: Object.assign(auditLog, {
      listByPeriod: (period: Period) =>
        auditLog.where(
          (e) => inPeriod(e.at, period),
          (e) => e.at,
        ),
    }),
  } satisfies Repositories;
  return repositories;
}

export type InMemoryRepositories = ReturnType<typeof createInMemoryRepositories>;
