/**
 * The SharePoint-list repositories against the emulator, through the product's Graph pipeline:
 * CRUD on every list, every query of the ports, conflicts on stale eTags (never an overwrite),
 * unindexed filters refused before any request, quotes escaped in filters, and creates that can
 * be repeated — one by one, in batches of 250, and through injected faults — without duplicates.
 */
import { RecordConflictError, type Versioned } from '../../../src/application/ports/record-store.port';
import { LISTS_BY_ENTITY, type ListEntity, type MappedListDefinition } from '../../../src/adapters/graph/lists';
import { provisionLists, resolveSite } from '../../../src/adapters/graph/provisioning/provision-lists';
import {
  createGraphRepositories,
  GraphComplaintRepository,
  type GraphRepositories,
} from '../../../src/adapters/graph/repositories/graph-repositories';
import type { SharePointListRepository } from '../../../src/adapters/graph/repositories/sharepoint-list.repository';
import type { Client } from '../../../src/domain/client/client.entity';
import type { Complaint } from '../../../src/domain/complaint/complaint.entity';
import { isDomainError } from '../../../src/domain/shared/domain-error';
import * as records from '../../unit/domain/support/records';
import { mx, nextKey, nextToken } from '../../unit/domain/support/records';
import { NASTY_TEXT, readBackOf, samplesFor } from '../../unit/adapters/graph/lists/list-samples';
import { startGraphHarness, type GraphHarness } from '../../support/graph-harness';

type Rec = { readonly key: string };

const REPOSITORY_OF: Readonly<Record<ListEntity, keyof GraphRepositories>> = {
  client: 'clients',
  contact: 'contacts',
  service: 'services',
  meeting: 'meetings',
  agreement: 'agreements',
  complaint: 'complaints',
  surveyCampaign: 'surveyCampaigns',
  surveyInvitation: 'surveyInvitations',
  surveyResponse: 'surveyResponses',
  changeRequest: 'changeRequests',
  serviceRequest: 'serviceRequests',
  serviceReview: 'serviceReviews',
  decision: 'decisions',
  auditEntry: 'auditLog',
};

/** A valid change of each record type, for the update tests. */
const MUTATE: Readonly<Record<ListEntity, (value: Rec) => Rec>> = {
  client: (v) => ({ ...v, name: `${(v as Client).name} (editado) 😀`, status: 'inactive' }),
  contact: (v) => ({ ...v, phone: '+52 81 0000 0000', surveyRecipient: false }),
  service: (v) => ({ ...v, name: 'Soporte 24×7', validTo: '2030-12-31' }),
  meeting: (v) => ({ ...v, minutes: NASTY_TEXT.join('\n') }),
  agreement: (v) => ({ ...v, status: 'done', closedOn: '2026-05-01' }),
  complaint: (v) => ({ ...v, title: `Re: ${NASTY_TEXT[1]}`, reopenCount: 1 }),
  surveyCampaign: (v) => ({ ...v, name: 'Encuesta anual (revisada)' }),
  surveyInvitation: (v) => ({ ...v, reminderCount: 5, remindedAt: mx('2026-10-20T09:00') }),
  surveyResponse: (v) => ({ ...v, comment: NASTY_TEXT[0] }),
  changeRequest: (v) => ({ ...v, justification: NASTY_TEXT[2] }),
  serviceRequest: (v) => ({ ...v, justification: NASTY_TEXT[3] }),
  serviceReview: (v) => ({ ...v, notes: NASTY_TEXT[4] }),
  decision: (v) => ({ ...v, reason: 'Revisado de nuevo' }),
  auditEntry: (v) => ({ ...v, summary: 'Resumen corregido' }),
};

let harness: GraphHarness;
let repos: GraphRepositories;

beforeAll(async () => {
  harness = await startGraphHarness();
  await provisionLists(harness.gateway(), harness.siteId);
  repos = createGraphRepositories(harness.gateway(), harness.siteId);
}, 60_000);

afterAll(async () => {
  await harness.stop();
});

const repositoryOf = (entity: ListEntity): SharePointListRepository<Rec> => repos[REPOSITORY_OF[entity]];
const definitionOf = (entity: ListEntity): MappedListDefinition<Rec> => LISTS_BY_ENTITY[entity];
const values = <T>(found: readonly Versioned<T>[]): T[] => found.map((v) => v.value);
const keys = (found: readonly Versioned<Rec>[]): string[] => found.map((v) => v.value.key).sort();

describe.each(Object.keys(REPOSITORY_OF) as ListEntity[])('%s repository', (entity) => {
  it('creates, reads, updates (with eTag) and deletes every sample', async () => {
    const repository = repositoryOf(entity);
    const definition = definitionOf(entity);
    for (const sample of samplesFor(entity)) {
      const created = await repository.create(sample);
      expect(created.created).toBe(true);
      expect(created.value).toEqual(readBackOf(definition, sample));
      expect(created.eTag).not.toBe('');

      const read = await repository.getByKey(sample.key);
      expect(read).toEqual({ value: readBackOf(definition, sample), id: created.id, eTag: created.eTag });

      const changed = MUTATE[entity](sample);
      const updated = await repository.update(changed, created.eTag);
      expect(updated.value).toEqual(readBackOf(definition, changed));
      expect(updated.id).toBe(created.id);
      expect(updated.eTag).not.toBe(created.eTag);
      expect(await repository.getByKey(sample.key)).toEqual(updated);

      await repository.delete(sample.key, updated.eTag);
      expect(await repository.getByKey(sample.key)).toBeUndefined();
      await expect(repository.delete(sample.key)).resolves.toBeUndefined();
    }
  });

  it('lists every record, following pages', async () => {
    const repository = repositoryOf(entity);
    const samples = samplesFor(entity);
    await repository.createMany(samples);
    const all = await repository.listAll();
    expect(keys(all)).toEqual(expect.arrayContaining(samples.map((s) => s.key)));
    for (const sample of samples) await repository.delete(sample.key);
  });
});

describe('queries', () => {
  it('clients: by code (exact), by name with a quote (escaped), by status', async () => {
    const acme = records.client({ code: 'QA1' });
    const obrien = records.client({ code: 'QB2', name: `O'Brien's "Tienda" <b>'`, status: 'inactive' });
    await repos.clients.createMany([acme, obrien]);
    expect((await repos.clients.findByCode('QA1'))?.value).toEqual(acme);
    expect(await repos.clients.findByCode('qa1')).toBeUndefined();
    expect(await repos.clients.findByCode(`QA1' or fields/Code ne '`)).toBeUndefined();
    expect((await repos.clients.findByName(`O'Brien's "Tienda" <b>'`))?.value).toEqual(obrien);
    expect(await repos.clients.findByName(`o'brien's "tienda" <b>'`)).toBeUndefined();
    const inactive = await repos.clients.listByStatus('inactive');
    expect(keys(inactive)).toContain(obrien.key);
    expect(keys(inactive)).not.toContain(acme.key);
    expect(values(inactive).every((c) => c.status === 'inactive')).toBe(true);
  });

  it('by client: contacts, services, decisions, change and service requests, reviews, responses', async () => {
    const code = 'QBC';
    const made = {
      contacts: [records.contact({ clientCode: code }), records.contact({ clientCode: code, email: 'b@qbc.mx' })],
      services: [records.service({ clientCode: code })],
      decisions: [records.decision({ clientCode: code })],
      changeRequests: [records.changeRequest({ clientCode: code })],
      serviceRequests: [records.serviceRequest({ clientCode: code })],
      serviceReviews: [records.serviceReview({ clientCode: code })],
      surveyResponses: [records.surveyResponse({ clientCode: code })],
      meetings: [records.meeting({ clientCode: code })],
      agreements: [records.agreement({ clientCode: code })],
      complaints: [records.complaint({ clientCode: code })],
    };
    await repos.contacts.create(records.contact({ clientCode: 'OTHER' }));
    for (const [name, list] of Object.entries(made)) {
      const repository = repos[name as keyof typeof made] as unknown as SharePointListRepository<Rec> & {
        listByClient(code: string): Promise<Versioned<Rec>[]>;
      };
      await repository.createMany(list);
      expect({ name, keys: keys(await repository.listByClient(code)) }).toEqual({
        name,
        keys: list.map((r) => r.key).sort(),
      });
    }
    expect(await repos.contacts.listByClient('NOBODY')).toEqual([]);
  });

  it('meetings by period: [from, to), by start, instants or dates', async () => {
    const at = (local: string) =>
      records.meeting({ clientCode: 'QMP', start: mx(local), end: mx(`${local.slice(0, 11)}23:59`) });
    const before = at('2030-01-01T05:59'); // 11:59Z: just before `from`
    const first = at('2030-01-01T06:00'); // exactly `from` (12:00Z): included
    const later = at('2030-01-20T10:00');
    const last = at('2030-01-31T17:59');
    const atEnd = at('2030-01-31T18:00'); // exactly `to` (2030-02-01T00:00Z): excluded
    await repos.meetings.createMany([later, atEnd, first, before, last]);
    const found = await repos.meetings.listByPeriod({ from: '2030-01-01T12:00:00Z', to: '2030-02-01' });
    expect(found.map((m) => m.value.key)).toEqual([first.key, later.key, last.key]);
  });

  it('agreements: open and overdue', async () => {
    const code = 'QAG';
    const late = records.agreement({ clientCode: code, dueOn: '2030-01-10' });
    const due = records.agreement({ clientCode: code, dueOn: '2030-02-01' });
    const done = records.agreement({ clientCode: code, dueOn: '2030-01-05', status: 'done', closedOn: '2030-01-04' });
    await repos.agreements.createMany([late, due, done]);
    const mine = (found: Versioned<Rec>[]) => keys(found.filter((a) => (a.value as typeof late).clientCode === code));
    expect(mine(await repos.agreements.listOpen())).toEqual([late.key, due.key].sort());
    expect(mine(await repos.agreements.listOverdue('2030-02-01'))).toEqual([late.key]);
    expect(mine(await repos.agreements.listOverdue('2030-02-02'))).toEqual([late.key, due.key].sort());
  });

  it('complaints: by status, open, by period', async () => {
    const code = 'QCP';
    const open = records.complaint({
      clientCode: code,
      status: 'inProgress',
      closedAt: undefined,
      receivedAt: mx('2031-03-01T09:00'),
    });
    const closed = records.complaint({
      clientCode: code,
      receivedAt: mx('2031-03-15T09:00'),
      closedAt: mx('2031-03-16T09:00'),
    });
    const april = records.complaint({
      clientCode: code,
      status: 'registered',
      closedAt: undefined,
      receivedAt: '2031-04-01T00:00:00Z',
    });
    await repos.complaints.createMany([open, closed, april]);
    const mine = (found: Versioned<Complaint>[]) => keys(found.filter((c) => c.value.clientCode === code));
    expect(mine(await repos.complaints.listByStatus('inProgress'))).toEqual([open.key]);
    expect(mine(await repos.complaints.listOpen())).toEqual([open.key, april.key].sort());
    const march = await repos.complaints.listByPeriod({ from: '2031-03-01', to: '2031-04-01' });
    expect(march.map((c) => c.value.key)).toEqual([open.key, closed.key]);
  });

  it('survey campaigns by year; invitations by campaign and token; responses by campaign', async () => {
    const campaign = records.surveyCampaign({ year: 2032 });
    await repos.surveyCampaigns.create(campaign);
    await repos.surveyCampaigns.create(records.surveyCampaign({ year: 2033 }));
    expect(keys(await repos.surveyCampaigns.listByYear(2032))).toEqual([campaign.key]);

    const token = nextToken();
    const invitations = [
      records.surveyInvitation({ campaignKey: campaign.key, token }),
      records.surveyInvitation({ campaignKey: campaign.key }),
    ];
    await repos.surveyInvitations.createMany(invitations);
    expect(keys(await repos.surveyInvitations.listByCampaign(campaign.key))).toEqual(
      invitations.map((i) => i.key).sort(),
    );
    expect((await repos.surveyInvitations.findByToken(token))?.value.key).toBe(invitations[0]?.key);
    expect(await repos.surveyInvitations.findByToken(token.toUpperCase())).toBeUndefined();

    const response = records.surveyResponse({ campaignKey: campaign.key, invitationToken: token });
    await repos.surveyResponses.create(response);
    expect(keys(await repos.surveyResponses.listByCampaign(campaign.key))).toEqual([response.key]);
  });

  it('change and service requests by status', async () => {
    const evaluating = records.changeRequest({ clientCode: 'QST', status: 'underEvaluation' });
    const inDesign = records.serviceRequest({ clientCode: 'QST', status: 'inDesign' });
    await repos.changeRequests.create(evaluating);
    await repos.serviceRequests.create(inDesign);
    expect(keys(await repos.changeRequests.listByStatus('underEvaluation'))).toContain(evaluating.key);
    expect(
      values(await repos.changeRequests.listByStatus('underEvaluation')).every((r) => r.status === 'underEvaluation'),
    ).toBe(true);
    expect(keys(await repos.serviceRequests.listByStatus('inDesign'))).toEqual([inDesign.key]);
  });

  it('service reviews and the audit log by period', async () => {
    const reviews = ['2033-05-31', '2033-06-01', '2033-06-30', '2033-07-01'].map((reviewedOn) =>
      records.serviceReview({ clientCode: 'QRV', reviewedOn }),
    );
    await repos.serviceReviews.createMany(reviews);
    const june = await repos.serviceReviews.listByPeriod({ from: '2033-06-01', to: '2033-07-01' });
    expect(june.map((r) => r.value.reviewedOn)).toEqual(['2033-06-01', '2033-06-30']);

    const entries = [
      '2033-06-01T05:59:59Z',
      '2033-06-01T06:00:00Z',
      '2033-06-02T05:59:59Z',
      '2033-06-02T06:00:00Z',
    ].map((at) => records.auditEntry({ at }));
    await repos.auditLog.createMany(entries);
    // A Mexico City day, given as instants with an offset.
    const day = await repos.auditLog.listByPeriod({
      from: '2033-06-01T00:00:00-06:00',
      to: '2033-06-02T00:00:00-06:00',
    });
    expect(day.map((e) => e.value.at)).toEqual(['2033-06-01T06:00:00Z', '2033-06-02T05:59:59Z']);
  });
});

describe('safety', () => {
  it('refuses a filter on an unindexed column before any request', async () => {
    // A fresh repository has not even looked its list up yet: nothing may be sent at all.
    const fresh = new GraphComplaintRepository(harness.gateway(), LISTS_BY_ENTITY.complaint, harness.siteId);
    await harness.resetStats();
    await expect(fresh.find({ where: [{ property: 'severity', op: 'eq', value: 'critical' }] })).rejects.toMatchObject({
      code: 'RECORD.UNINDEXED_FILTER',
      params: { list: 'Quejas', property: 'severity' },
    });
    await expect(
      repos.complaints.find({
        where: [{ property: 'status', op: 'eq', value: 'closed' }],
        orderBy: { property: 'title' },
      }),
    ).rejects.toMatchObject({ code: 'RECORD.UNINDEXED_FILTER', params: { list: 'Quejas', property: 'title' } });
    expect((await harness.stats()).total).toBe(0);
  });

  it('turns a stale eTag into a conflict carrying both versions, and overwrites nothing', async () => {
    const original = records.complaint({ clientCode: 'QET' });
    const first = await repos.complaints.create(original);
    const theirs = await repos.complaints.update({ ...original, title: 'Cambio de otra persona' }, first.eTag);
    const mine = { ...original, title: 'Mi cambio' };

    const failure = await repos.complaints.update(mine, first.eTag).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RecordConflictError);
    const conflict = failure as RecordConflictError<Complaint>;
    expect(conflict.code).toBe('RECORD.CONFLICT');
    expect(conflict.params).toEqual({ entity: 'complaint', key: original.key });
    expect(conflict.mine).toEqual(mine);
    expect(conflict.theirs).toEqual(theirs);
    expect((await repos.complaints.getByKey(original.key))?.value.title).toBe('Cambio de otra persona');

    // A stale delete is a conflict too; with the current eTag it goes through.
    await expect(repos.complaints.delete(original.key, first.eTag)).rejects.toBeInstanceOf(RecordConflictError);
    expect(await repos.complaints.getByKey(original.key)).toBeDefined();
    await repos.complaints.delete(original.key, theirs.eTag);
    expect(await repos.complaints.getByKey(original.key)).toBeUndefined();
  });

  it('a repeated update of the same value (a lost answer retried) is not a conflict', async () => {
    const original = records.meeting({ clientCode: 'QRU' });
    const first = await repos.meetings.create(original);
    const changed = { ...original, minutes: 'Minuta final' };
    const updated = await repos.meetings.update(changed, first.eTag);
    // The same PATCH again, with the eTag it was based on: the stored value is already ours.
    await expect(repos.meetings.update(changed, first.eTag)).resolves.toEqual(updated);
  });

  it('updates a record that does not exist as RECORD.NOT_FOUND', async () => {
    const ghost = records.contact();
    await expect(repos.contacts.update(ghost, '"x,1"')).rejects.toMatchObject({
      code: 'RECORD.NOT_FOUND',
      params: { entity: 'contact', key: ghost.key },
    });
  });

  it('a repeated create returns the first item and creates nothing', async () => {
    const first = records.client({ code: 'QRC', name: 'Primera' });
    const created = await repos.clients.create(first);
    const again = await repos.clients.create({ ...first, name: 'Segunda' });
    expect(again).toEqual({ ...created, created: false });
    expect((await repos.clients.findByCode('QRC'))?.value.name).toBe('Primera');
    const all = await repos.clients.listAll();
    expect(all.filter((c) => c.value.key === first.key)).toHaveLength(1);
  });

  it('createMany of 250 makes 250 items in batches; running it again creates none', async () => {
    const contacts = Array.from({ length: 250 }, (_, i) =>
      records.contact({ clientCode: 'QMANY', name: `Contacto ${i} ${NASTY_TEXT[i % NASTY_TEXT.length] ?? ''}`.trim() }),
    );
    const progress: [number, number | undefined][] = [];
    await harness.resetStats();
    const results = await repos.contacts.createMany(contacts, (done, total) => progress.push([done, total]));
    expect(results).toHaveLength(250);
    expect(results.every((r) => r.created)).toBe(true);
    expect(results.map((r) => r.value.key)).toEqual(contacts.map((c) => c.key));
    expect(progress.at(-1)).toEqual([250, 250]);
    const stats = await harness.stats();
    expect(stats.byRoute['POST /v1.0/$batch']).toBe(13);

    const again = await repos.contacts.createMany(contacts);
    expect(again.every((r) => !r.created)).toBe(true);
    expect(again.map((r) => r.id)).toEqual(results.map((r) => r.id));
    const stored = await repos.contacts.listByClient('QMANY');
    expect(stored).toHaveLength(250);
    expect(new Set(stored.map((c) => c.value.key)).size).toBe(250);
  }, 60_000);

  it('through dropped connections and throttling, creates every record exactly once', async () => {
    const one = Array.from({ length: 20 }, () => records.decision({ clientCode: 'QFLT' }));
    const many = Array.from({ length: 120 }, () => records.decision({ clientCode: 'QFLT' }));
    await harness.faults({ rate429: 0.2, rate503: 0.05, dropRate: 0.1, retryAfterSeconds: 0, seed: 11 });
    await harness.resetStats();
    try {
      for (const decision of one) await repos.decisions.create(decision);
      await repos.decisions.createMany(many);
      await repos.decisions.createMany(many.slice(0, 50));
    } finally {
      await harness.faults(undefined);
    }
    // The faults did happen, including connections cut after the item was written.
    const met = (await harness.emulator.admin('GET', '/emulator/stats')).body.faults as Record<string, number>;
    expect(met['429']).toBeGreaterThan(0);
    expect(met.dropBefore).toBeGreaterThan(0);
    expect(met.dropAfter).toBeGreaterThan(0);
    const stored = await repos.decisions.listByClient('QFLT');
    expect(stored).toHaveLength(140);
    expect(new Set(stored.map((d) => d.value.key))).toEqual(new Set([...one, ...many].map((d) => d.key)));
  }, 120_000);

  it('a list that was never provisioned says so', async () => {
    const calidad = await resolveSite(harness.gateway(), 'https://relaciones.sharepoint.com/sites/calidad');
    const elsewhere = createGraphRepositories(harness.gateway(), calidad.id);
    const failure = await elsewhere.clients.getByKey(nextKey('cli')).catch((error: unknown) => error);
    expect(isDomainError(failure, 'PROVISION.LIST_MISSING')).toBe(true);
    expect(isDomainError(failure) && failure.params).toEqual({ list: 'Clientes' });
  });
});
