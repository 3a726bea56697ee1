/**
 * `relaciones seed --demo` and `serve --demo`: writes the demo organisation through the
 * repositories, one record type at a time in dependency order (clients before the records that
 * name them). Idempotent: every record has a deterministic key and `createMany` is idempotent by
 * key, so a second run with the same `today` creates nothing and reports everything as existing.
 */
import type { CreateResult, RecordStore } from '../ports/record-store.port';
import type { Repositories } from '../ports/repositories.port';
import {
  buildDemoOrganisation,
  DEMO_RECORD_TYPES,
  type DemoOrganisation,
  type DemoRecordType,
} from './demo-organisation';

export interface SeedDemoOptions {
  /** The demo's "today" (`YYYY-MM-DD`). */
  readonly today: string;
  /** Seed of the generator's pseudo-random choices (see buildDemoOrganisation). */
  readonly seed?: number;
  /** Progress per record type: `step` is the record type, `done` of `total` records written. */
  readonly onProgress?: (step: DemoRecordType, done: number, total: number) => void;
}

export interface SeedCount {
  readonly created: number;
  readonly existing: number;
}

export type DemoSeedCounts = { readonly [K in DemoRecordType]: SeedCount };

async function seedType<T extends { readonly key: string }>(
  step: DemoRecordType,
  store: RecordStore<T>,
  values: readonly T[],
  onProgress: SeedDemoOptions['onProgress'],
): Promise<SeedCount> {
  onProgress?.(step, 0, values.length);
  const results: CreateResult<T>[] =
    values.length === 0
      ? []
      : await store.createMany(values, (done, total) => onProgress?.(step, done, total ?? values.length));
  const created = results.filter((r) => r.created).length;
  onProgress?.(step, values.length, values.length);
  return { created, existing: results.length - created };
}

/**
 * Seeds the demo organisation as of `options.today` and returns, per record type, how many
 * records were created and how many already existed. Stops at the first failing type (what was
 * written stays; running again completes it without duplicates).
 */
export async function seedDemoOrganisation(
  repositories: Repositories,
  options: SeedDemoOptions,
): Promise<DemoSeedCounts> {
  const organisation: DemoOrganisation = buildDemoOrganisation({
    today: options.today,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  const { onProgress } = options;
  // One call per type keeps each store typed with its own record (a loop over the keys would not).
  const seeders: { readonly [K in DemoRecordType]: () => Promise<SeedCount> } = {
    clients: () => seedType('clients', repositories.clients, organisation.clients, onProgress),
    contacts: () => seedType('contacts', repositories.contacts, organisation.contacts, onProgress),
    services: () => seedType('services', repositories.services, organisation.services, onProgress),
    meetings: () => seedType('meetings', repositories.meetings, organisation.meetings, onProgress),
    agreements: () => seedType('agreements', repositories.agreements, organisation.agreements, onProgress),
    complaints: () => seedType('complaints', repositories.complaints, organisation.complaints, onProgress),
    surveyCampaigns: () =>
      seedType('surveyCampaigns', repositories.surveyCampaigns, organisation.surveyCampaigns, onProgress),
    surveyInvitations: () =>
      seedType('surveyInvitations', repositories.surveyInvitations, organisation.surveyInvitations, onProgress),
    surveyResponses: () =>
      seedType('surveyResponses', repositories.surveyResponses, organisation.surveyResponses, onProgress),
    changeRequests: () =>
      seedType('changeRequests', repositories.changeRequests, organisation.changeRequests, onProgress),
    serviceRequests: () =>
      seedType('serviceRequests', repositories.serviceRequests, organisation.serviceRequests, onProgress),
    serviceReviews: () =>
      seedType('serviceReviews', repositories.serviceReviews, organisation.serviceReviews, onProgress),
    decisions: () => seedType('decisions', repositories.decisions, organisation.decisions, onProgress),
    auditLog: () => seedType('auditLog', repositories.auditLog, organisation.auditLog, onProgress),
  };
  const counts: Partial<Record<DemoRecordType, SeedCount>> = {};
  for (const type of DEMO_RECORD_TYPES) {
    counts[type] = await seeders[type]();
  }
  return counts as DemoSeedCounts;
}
