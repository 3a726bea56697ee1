/**
 * The retention rule of the process ("Tiempo de retención: 1 año posterior a su vigencia;
 * disposición final: eliminación del repositorio documental"): when each record stops being valid,
 * when it may be deleted, and the purge plan for a date, which never deletes a record that a kept
 * record still references and drafts one disposition-log (Bitácora) entry per deletion.
 */
import { parseAuditEntry, type AuditEntry } from '../audit/audit-entry.entity';
import type { ChangeRequest, RequestOrigin } from '../change/change-request.entity';
import type { ServiceRequest } from '../change/service-request.entity';
import type { ServiceReview } from '../change/service-review.entity';
import type { Client } from '../client/client.entity';
import type { Contact } from '../client/contact.entity';
import type { Complaint } from '../complaint/complaint.entity';
import type { Decision } from '../decision/decision.entity';
import type { Agreement } from '../meeting/agreement.entity';
import type { Meeting } from '../meeting/meeting.entity';
import type { Service } from '../service/service.entity';
import { isValidTimeZone, localDateIn, requireIsoDate, shiftDate } from '../shared/calendar-dates';
import { DomainError } from '../shared/domain-error';
import type { IsoDate, RecordKey } from '../shared/primitives';
import type { Translate } from '../shared/translate';
import type { SurveyCampaign } from '../survey/survey-campaign.entity';
import type { SurveyInvitation } from '../survey/survey-invitation.entity';
import type { SurveyResponse } from '../survey/survey-response.entity';

// ---------------------------------------------------------------------------------------------
// Record types and snapshot
// ---------------------------------------------------------------------------------------------

/**
 * The record types (lists) the rule applies to, in the order plans list them. Audit entries are
 * not among them: the disposition log is what proves each deletion, so this rule never purges it.
 */
export const RECORD_TYPES = [
  'client',
  'contact',
  'service',
  'meeting',
  'agreement',
  'complaint',
  'surveyCampaign',
  'surveyInvitation',
  'surveyResponse',
  'changeRequest',
  'serviceRequest',
  'serviceReview',
  'decision',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export interface RecordTypeMap {
  client: Client;
  contact: Contact;
  service: Service;
  meeting: Meeting;
  agreement: Agreement;
  complaint: Complaint;
  surveyCampaign: SurveyCampaign;
  surveyInvitation: SurveyInvitation;
  surveyResponse: SurveyResponse;
  changeRequest: ChangeRequest;
  serviceRequest: ServiceRequest;
  serviceReview: ServiceReview;
  decision: Decision;
}

/** Every record of the repository, by record type; an absent type has no records. */
export type RetentionSnapshot = { readonly [K in RecordType]?: readonly RecordTypeMap[K][] };

export interface RecordRef {
  readonly list: RecordType;
  readonly key: RecordKey;
}

/** A kept record that holds another back, with a label people recognise (folio, code, name). */
export interface BlockingRef extends RecordRef {
  readonly label: string;
}

export interface RetentionOptions {
  /** Calendar years a record is kept after its validity ends (default 1, as the process says). */
  readonly retentionYears?: number;
  /** Time zone that turns instants (closedAt, meeting end, decidedAt) into calendar dates. */
  readonly timeZone?: string;
}

export const DEFAULT_RETENTION_OPTIONS = { retentionYears: 1, timeZone: 'America/Mexico_City' } as const;

/** When a record stops being valid: on a date, not yet, or it follows a parent that is missing. */
export type Validity =
  | { readonly state: 'ended'; readonly validityEnd: IsoDate }
  | { readonly state: 'valid' }
  | { readonly state: 'parentMissing'; readonly parent: RecordRef };

export type RetentionDisposition = 'purge' | 'heldBack' | 'retained';

/**
 * Why: `disposalDateReached` (purge), `referencedByKeptRecord` (due but held back),
 * `withinRetention` (validity ended, disposal date not reached), `stillValid` (no validity end),
 * `parentMissing` (its validity follows a record that is not in the snapshot).
 */
export type RetentionReason =
  'disposalDateReached' | 'referencedByKeptRecord' | 'withinRetention' | 'stillValid' | 'parentMissing';

export interface RetentionItem extends RecordRef {
  readonly label: string;
  readonly disposition: RetentionDisposition;
  readonly reason: RetentionReason;
  readonly validityEnd?: IsoDate;
  readonly disposalDate?: IsoDate;
  /** For a held-back record: the kept records that reference it directly. Empty otherwise. */
  readonly blockedBy: readonly BlockingRef[];
  /** For `parentMissing`: the record whose validity it follows. */
  readonly parent?: RecordRef;
}

/** The disposition-log entry of one deletion, short of the key, time and actor of the purge run. */
export interface PurgeAuditDraft {
  readonly action: 'purged';
  readonly recordType: RecordType;
  readonly recordKey: RecordKey;
  readonly label: string;
  readonly validityEnd: IsoDate;
  readonly disposalDate: IsoDate;
}

export interface PurgePlan {
  readonly today: IsoDate;
  readonly retentionYears: number;
  /**
   * Records to delete, ordered so that each comes before every record it references (a response
   * before its campaign, a complaint before its client): deleting in this order never leaves a
   * dangling reference, even if the run stops half-way.
   */
  readonly purge: readonly RetentionItem[];
  /** Due records that a kept record still references. */
  readonly heldBack: readonly RetentionItem[];
  /** Records whose disposal date has not come (or that have none). */
  readonly retained: readonly RetentionItem[];
  /** One draft per record of `purge`, in the same order. */
  readonly auditDrafts: readonly PurgeAuditDraft[];
}

// ---------------------------------------------------------------------------------------------
// Rules per record type
// ---------------------------------------------------------------------------------------------

/** A reference to another record: its type and a lookup (`key:<key>` or a type-specific alias). */
export interface Lookup {
  readonly list: RecordType;
  readonly lookup: string;
}

/** What a rule may consult besides the record: the calendar date of an instant, a campaign by key. */
export interface RuleContext {
  readonly dateOf: (instant: string) => IsoDate;
  readonly campaign: (key: string) => SurveyCampaign | undefined;
}

/** How the retention rule applies to one record type. */
export interface RetentionRule<R> {
  readonly validity: (record: R, ctx: RuleContext) => Validity;
  /** The records this one references through its key fields. */
  readonly references: (record: R) => readonly (Lookup | undefined)[];
  /** Lookups other than `key:<key>` under which others reference this record. */
  readonly aliases: (record: R) => readonly string[];
  readonly label: (record: R, ctx: RuleContext) => string;
}

const byKey = (list: RecordType, key: string | undefined): Lookup | undefined =>
  key === undefined ? undefined : { list, lookup: `key:${key}` };
const clientCodeAlias = (code: string): string => `code:${code}`;
const serviceAlias = (clientCode: string, code: string): string => `code:${clientCode}/${code}`;
const contactAlias = (clientCode: string, email: string): string => `email:${clientCode}/${email.toLowerCase()}`;
const tokenAlias = (token: string): string => `token:${token}`;
const toClient = (code: string): Lookup => ({ list: 'client', lookup: clientCodeAlias(code) });
const toService = (clientCode: string, code: string | undefined): Lookup | undefined =>
  code === undefined ? undefined : { list: 'service', lookup: serviceAlias(clientCode, code) };

/** The record a change or service request came from, by its origin. */
const ORIGIN_LIST: Readonly<Record<RequestOrigin, RecordType>> = {
  survey: 'surveyResponse',
  review: 'serviceReview',
  complaint: 'complaint',
  meeting: 'meeting',
};

const ended = (validityEnd: IsoDate): Validity => ({ state: 'ended', validityEnd });
const STILL_VALID: Validity = { state: 'valid' };
const untilValidTo = (record: { readonly validTo?: IsoDate }): Validity =>
  record.validTo === undefined ? STILL_VALID : ended(record.validTo);
const untilClosedOn = (record: { readonly closedOn?: IsoDate }): Validity =>
  record.closedOn === undefined ? STILL_VALID : ended(record.closedOn);

/** A closed campaign ends on `closedOn`; draft and open campaigns are still valid. */
function campaignValidity(campaign: SurveyCampaign): Validity {
  return campaign.status === 'closed' ? untilClosedOn(campaign) : STILL_VALID;
}

/** Invitations and responses follow their campaign. */
function followCampaign(campaignKey: string, ctx: RuleContext): Validity {
  const campaign = ctx.campaign(campaignKey);
  return campaign === undefined
    ? { state: 'parentMissing', parent: { list: 'surveyCampaign', key: campaignKey } }
    : campaignValidity(campaign);
}

/** When each record stops being valid, what it references and how people recognise it. */
export const RETENTION_RULES: { readonly [K in RecordType]: RetentionRule<RecordTypeMap[K]> } = {
  client: {
    validity: untilValidTo,
    references: () => [],
    aliases: (r) => [clientCodeAlias(r.code)],
    label: (r) => r.code,
  },
  contact: {
    validity: untilValidTo,
    references: (r) => [toClient(r.clientCode)],
    aliases: (r) => [contactAlias(r.clientCode, r.email)],
    label: (r) => r.key,
  },
  service: {
    validity: untilValidTo,
    references: (r) => [toClient(r.clientCode)],
    aliases: (r) => [serviceAlias(r.clientCode, r.code)],
    label: (r) => `${r.clientCode}/${r.code}`,
  },
  meeting: {
    validity: (r, ctx) => (r.status === 'scheduled' ? STILL_VALID : ended(ctx.dateOf(r.end))),
    references: (r) => [toClient(r.clientCode)],
    aliases: () => [],
    label: (r, ctx) => `${r.clientCode} ${ctx.dateOf(r.start)}`,
  },
  agreement: {
    validity: (r) => (r.status === 'open' ? STILL_VALID : untilClosedOn(r)),
    references: (r) => [toClient(r.clientCode), byKey('meeting', r.meetingKey)],
    aliases: () => [],
    label: (r) => r.key,
  },
  complaint: {
    validity: (r, ctx) => {
      if (r.status !== 'closed') return STILL_VALID;
      const closedAt = r.closedAt ?? r.history.filter((h) => h.to === 'closed').at(-1)?.at;
      return closedAt === undefined ? STILL_VALID : ended(ctx.dateOf(closedAt));
    },
    references: (r) => [toClient(r.clientCode), toService(r.clientCode, r.serviceCode), byKey('meeting', r.meetingKey)],
    aliases: () => [],
    label: (r) => r.folio ?? r.key,
  },
  surveyCampaign: {
    validity: campaignValidity,
    references: (r) => (r.clientCodes ?? []).map(toClient),
    aliases: () => [],
    label: (r) => r.name,
  },
  surveyInvitation: {
    validity: (r, ctx) => followCampaign(r.campaignKey, ctx),
    references: (r) => [
      byKey('surveyCampaign', r.campaignKey),
      toClient(r.clientCode),
      { list: 'contact', lookup: contactAlias(r.clientCode, r.contactEmail) },
    ],
    aliases: (r) => [tokenAlias(r.token)],
    label: (r) => r.key,
  },
  surveyResponse: {
    validity: (r, ctx) => followCampaign(r.campaignKey, ctx),
    references: (r) => [
      byKey('surveyCampaign', r.campaignKey),
      toClient(r.clientCode),
      toService(r.clientCode, r.serviceCode),
      r.invitationToken === undefined ? undefined : { list: 'surveyInvitation', lookup: tokenAlias(r.invitationToken) },
    ],
    aliases: () => [],
    label: (r) => r.key,
  },
  changeRequest: {
    validity: untilClosedOn,
    references: (r) => [
      toClient(r.clientCode),
      toService(r.clientCode, r.serviceCode),
      byKey(ORIGIN_LIST[r.origin], r.originKey),
    ],
    aliases: () => [],
    label: (r) => r.folio ?? r.key,
  },
  serviceRequest: {
    validity: untilClosedOn,
    references: (r) => [
      toClient(r.clientCode),
      toService(r.clientCode, r.serviceCode),
      byKey(ORIGIN_LIST[r.origin], r.originKey),
    ],
    aliases: () => [],
    label: (r) => r.key,
  },
  serviceReview: {
    validity: (r) => ended(r.reviewedOn),
    references: (r) => [
      toClient(r.clientCode),
      toService(r.clientCode, r.serviceCode),
      byKey('changeRequest', r.changeRequestKey),
    ],
    aliases: () => [],
    label: (r) => `${r.clientCode}/${r.serviceCode} ${r.reviewedOn}`,
  },
  decision: {
    validity: (r, ctx) => ended(ctx.dateOf(r.decidedAt)),
    references: (r) => [
      toClient(r.clientCode),
      toService(r.clientCode, r.serviceCode),
      ...r.links.map((l) => byKey(l.list, l.key)),
    ],
    aliases: () => [],
    label: (r) => r.key,
  },
};

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

/**
 * The disposal date: `validityEnd` plus `retentionYears` calendar years. A 29 February becomes
 * 28 February of a common year (the month's last day).
 */
export function disposalDateFor(validityEnd: IsoDate, retentionYears: number = 1): IsoDate {
  return shiftDate(validityEnd, { years: retentionYears });
}

/**
 * When one record stops being valid. Invitations and responses follow their campaign, found in
 * `campaigns` (they are `parentMissing` when it is absent).
 */
export function validityOf<K extends RecordType>(
  type: K,
  record: RecordTypeMap[K],
  options: RetentionOptions & { readonly campaigns?: readonly SurveyCampaign[] } = {},
): Validity {
  const settings = resolveOptions(options);
  return RETENTION_RULES[type].validity(record, ruleContext(settings.timeZone, options.campaigns ?? []));
}

// ---------------------------------------------------------------------------------------------
// The purge plan
// ---------------------------------------------------------------------------------------------

interface RecordNode extends RecordRef {
  readonly id: string;
  readonly label: string;
  readonly validity: Validity;
  readonly disposalDate?: IsoDate;
  readonly due: boolean;
  readonly lookups: readonly Lookup[];
}

/**
 * The purge plan for `today` (YYYY-MM-DD): every record whose disposal date is on or before
 * `today` is purged, unless a kept record references it, directly or through a chain (a client
 * with a kept complaint, a campaign with a kept response, a change request with a kept review or
 * decision). Kept records are the ones not yet due and, transitively, the due ones they hold back
 * (computed to a fixed point by walking the references out of the kept set).
 * @throws DomainError `RETENTION.INVALID_DATE`, `RETENTION.INVALID_OPTION`, `RETENTION.DUPLICATE_RECORD`
 */
export function planPurge(snapshot: RetentionSnapshot, today: IsoDate, options: RetentionOptions = {}): PurgePlan {
  requireIsoDate(today, 'RETENTION.INVALID_DATE', { date: String(today) });
  const { retentionYears, timeZone } = resolveOptions(options);
  const ctx = ruleContext(timeZone, snapshot.surveyCampaign ?? []);

  // 1. One node per record, with its validity, disposal date and references.
  const nodes = new Map<string, RecordNode>();
  const index = new Map<string, string[]>();
  const addToIndex = (list: RecordType, lookup: string, id: string): void => {
    const slot = `${list}|${lookup}`;
    const ids = index.get(slot);
    if (ids === undefined) index.set(slot, [id]);
    else ids.push(id);
  };
  const collect = <K extends RecordType>(list: K): void => {
    const rule: RetentionRule<RecordTypeMap[K]> = RETENTION_RULES[list];
    const records: readonly RecordTypeMap[K][] = snapshot[list] ?? [];
    for (const record of records) {
      const id = `${list}:${record.key}`;
      if (nodes.has(id)) throw new DomainError('RETENTION.DUPLICATE_RECORD', { list, key: record.key });
      const validity = rule.validity(record, ctx);
      const disposalDate =
        validity.state === 'ended' ? disposalDateFor(validity.validityEnd, retentionYears) : undefined;
      nodes.set(id, {
        id,
        list,
        key: record.key,
        label: rule.label(record, ctx),
        validity,
        disposalDate,
        due: disposalDate !== undefined && disposalDate <= today,
        lookups: rule.references(record).filter((l) => l !== undefined),
      });
      addToIndex(list, `key:${record.key}`, id);
      for (const alias of rule.aliases(record)) addToIndex(list, alias, id);
    }
  };
  for (const list of RECORD_TYPES) collect(list);

  // 2. Resolve references to nodes; remember who references whom.
  const targetsOf = new Map<string, Set<string>>();
  const referrersOf = new Map<string, Set<string>>();
  for (const node of nodes.values()) {
    const targets = new Set<string>();
    for (const { list, lookup } of node.lookups) {
      for (const target of index.get(`${list}|${lookup}`) ?? []) if (target !== node.id) targets.add(target);
    }
    targetsOf.set(node.id, targets);
    for (const target of targets) {
      const referrers = referrersOf.get(target) ?? new Set<string>();
      referrers.add(node.id);
      referrersOf.set(target, referrers);
    }
  }

  // 3. Everything reachable from a kept record through references is kept too.
  const heldBack = new Set<string>();
  const queue = [...nodes.values()].filter((n) => !n.due).map((n) => n.id);
  for (let i = 0; i < queue.length; i += 1) {
    for (const target of targetsOf.get(queue[i] ?? '') ?? []) {
      if (nodes.get(target)?.due === true && !heldBack.has(target)) {
        heldBack.add(target);
        queue.push(target);
      }
    }
  }

  // 4. Items, in a stable order.
  const purgeIds = new Set([...nodes.values()].filter((n) => n.due && !heldBack.has(n.id)).map((n) => n.id));
  const toItem = (node: RecordNode): RetentionItem => {
    const base = {
      list: node.list,
      key: node.key,
      label: node.label,
      validityEnd: node.validity.state === 'ended' ? node.validity.validityEnd : undefined,
      disposalDate: node.disposalDate,
    };
    if (purgeIds.has(node.id)) {
      return { ...base, disposition: 'purge', reason: 'disposalDateReached', blockedBy: [] };
    }
    if (heldBack.has(node.id)) {
      const blockedBy = [...(referrersOf.get(node.id) ?? [])]
        .map((id) => nodes.get(id))
        .filter((n): n is RecordNode => n !== undefined && !purgeIds.has(n.id))
        .sort(byTypeThenKey)
        .map((n) => ({ list: n.list, key: n.key, label: n.label }));
      return { ...base, disposition: 'heldBack', reason: 'referencedByKeptRecord', blockedBy };
    }
    if (node.validity.state === 'parentMissing') {
      return { ...base, disposition: 'retained', reason: 'parentMissing', blockedBy: [], parent: node.validity.parent };
    }
    const reason = node.validity.state === 'valid' ? 'stillValid' : 'withinRetention';
    return { ...base, disposition: 'retained', reason, blockedBy: [] };
  };
  const sorted = [...nodes.values()].sort(byTypeThenKey);
  const purge = deletionOrder(
    sorted.filter((n) => purgeIds.has(n.id)),
    targetsOf,
  ).map(toItem);
  const auditDrafts = purge.map((item): PurgeAuditDraft => ({
    action: 'purged',
    recordType: item.list,
    recordKey: item.key,
    label: item.label,
    validityEnd: item.validityEnd ?? '',
    disposalDate: item.disposalDate ?? '',
  }));
  return {
    today,
    retentionYears,
    purge,
    heldBack: sorted.filter((n) => heldBack.has(n.id)).map(toItem),
    retained: sorted.filter((n) => !n.due).map(toItem),
    auditDrafts,
  };
}

/**
 * Orders the records to delete so that a record comes before the ones it references (Kahn's
 * algorithm on the purge set; a cycle, e.g. a change request and the review that links it, is
 * broken at its first record in type-then-key order).
 */
function deletionOrder(
  purge: readonly RecordNode[],
  targetsOf: ReadonlyMap<string, ReadonlySet<string>>,
): RecordNode[] {
  const byId = new Map(purge.map((n) => [n.id, n]));
  const pendingReferrers = new Map<string, number>(purge.map((n) => [n.id, 0]));
  for (const node of purge) {
    for (const target of targetsOf.get(node.id) ?? []) {
      const count = pendingReferrers.get(target);
      if (count !== undefined) pendingReferrers.set(target, count + 1);
    }
  }
  const ordered: RecordNode[] = [];
  const done = new Set<string>();
  const ready = purge.filter((n) => pendingReferrers.get(n.id) === 0);
  let head = 0;
  let cursor = 0;
  while (ordered.length < purge.length) {
    let next = ready[head];
    if (next !== undefined) {
      head += 1;
    } else {
      // Only cycles are left: break one at the first remaining record.
      while (cursor < purge.length && done.has(purge[cursor]?.id ?? '')) cursor += 1;
      next = purge[cursor];
      if (next === undefined) break;
    }
    if (done.has(next.id)) continue;
    ordered.push(next);
    done.add(next.id);
    for (const target of targetsOf.get(next.id) ?? []) {
      const count = pendingReferrers.get(target);
      if (count === undefined || done.has(target)) continue;
      pendingReferrers.set(target, count - 1);
      const node = byId.get(target);
      if (count - 1 === 0 && node !== undefined) ready.push(node);
    }
  }
  return ordered;
}

function byTypeThenKey(a: RecordRef, b: RecordRef): number {
  return RECORD_TYPES.indexOf(a.list) - RECORD_TYPES.indexOf(b.list) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// Texts and the disposition log
// ---------------------------------------------------------------------------------------------

/** Why an item is purged, held back or retained, in the language of `t`. */
export function describeRetentionItem(item: RetentionItem, t: Translate): string {
  const refs = item.blockedBy
    .map((r) => t('retention:ref', { list: t(`retention:list.${r.list}`), label: r.label }))
    .join(', ');
  const parent =
    item.parent === undefined
      ? ''
      : t('retention:ref', { list: t(`retention:list.${item.parent.list}`), label: item.parent.key });
  return t(`retention:reason.${item.reason}`, {
    validityEnd: item.validityEnd ?? '',
    disposalDate: item.disposalDate ?? '',
    refs,
    parent,
  });
}

/** One line that sums up a plan, in the language of `t`. */
export function describePurgePlan(plan: PurgePlan, t: Translate): string {
  return t('retention:plan.summary', {
    today: plan.today,
    purge: plan.purge.length,
    heldBack: plan.heldBack.length,
    retained: plan.retained.length,
  });
}

/**
 * The disposition-log entry of one deletion, validated as an AuditEntry. `key` is the entry's
 * idempotency key, `at` and `actor` the time and the person (or service account) of the purge run.
 */
export function toAuditEntry(
  draft: PurgeAuditDraft,
  entry: { readonly key: RecordKey; readonly at: string; readonly actor: string; readonly translate: Translate },
): AuditEntry {
  const summary = entry.translate('retention:audit.summary', {
    list: entry.translate(`retention:list.${draft.recordType}`),
    label: draft.label,
    validityEnd: draft.validityEnd,
    disposalDate: draft.disposalDate,
  });
  return parseAuditEntry({
    key: entry.key,
    at: entry.at,
    actor: entry.actor,
    action: draft.action,
    recordType: draft.recordType,
    recordKey: draft.recordKey,
    summary,
    validityEnd: draft.validityEnd,
    disposalDate: draft.disposalDate,
  });
}

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

function resolveOptions(options: RetentionOptions): { retentionYears: number; timeZone: string } {
  const retentionYears = options.retentionYears ?? DEFAULT_RETENTION_OPTIONS.retentionYears;
  if (!Number.isInteger(retentionYears) || retentionYears < 1 || retentionYears > 100) {
    throw new DomainError('RETENTION.INVALID_OPTION', { option: 'retentionYears', value: String(retentionYears) });
  }
  const timeZone = options.timeZone ?? DEFAULT_RETENTION_OPTIONS.timeZone;
  if (!isValidTimeZone(timeZone)) {
    throw new DomainError('RETENTION.INVALID_OPTION', { option: 'timeZone', value: timeZone });
  }
  return { retentionYears, timeZone };
}

function ruleContext(timeZone: string, campaigns: readonly SurveyCampaign[]): RuleContext {
  const byKeyMap = new Map(campaigns.map((c) => [c.key, c]));
  return {
    dateOf: (instant) => localDateIn(instant, timeZone),
    campaign: (key) => byKeyMap.get(key),
  };
}
