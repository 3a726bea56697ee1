/**
 * Sample records of every list for the mapper and repository tests: the domain fixtures plus the
 * text that must survive SharePoint byte for byte (HTML, quotes, formula-looking text, emoji,
 * line breaks), every optional field filled, and the edge values of each mapping (empty arrays,
 * empty long texts, labels longer than Title holds).
 */
import type { ListEntity, MappedListDefinition } from '../../../../../src/adapters/graph/lists';
import { toUtcSeconds } from '../../../../../src/adapters/graph/lists/list-mapper';
import * as records from '../../../domain/support/records';
import { COMERCIAL, LIDER, mx, nextKey, nextToken } from '../../../domain/support/records';

export const NASTY_TEXT = [
  '<img src=x onerror=alert(1)>',
  `O'Brien & "Hermanos" S.A. de C.V.`,
  '=HYPERLINK("https://evil.example","Clic")',
  '+52 (55) 1234-5678; -1; @SUM(A1)',
  'Café ñandú 😀👍🏽 línea 1\nlínea 2\ttab',
] as const;

const SLA = {
  availabilityPct: 99.5,
  bySeverity: {
    critical: { acknowledgeHours: 0.5, resolveHours: 4 },
    high: { acknowledgeHours: 2, resolveHours: 16 },
    medium: { acknowledgeHours: 4, resolveHours: 40 },
    low: { acknowledgeHours: 8, resolveHours: 80 },
  },
};

/** An emoji straddling position 255, so a Title label cut there must not split it. */
const LONG_TEXT = `${'x'.repeat(254)}😀 y ${'z'.repeat(300)}`;

type Sample = { readonly key: string };

/** Records of `entity` (each with a fresh key), parsed by the domain. */
export function samplesFor(entity: ListEntity): Sample[] {
  switch (entity) {
    case 'client':
      return [
        records.client(),
        records.client({
          code: 'OBR-2',
          name: NASTY_TEXT[1],
          taxId: 'OBR850101AB1',
          emailDomains: ['obrien.com.mx', 'mail.obrien.mx'],
          cadence: 'monthly',
          status: 'inactive',
          validTo: '2026-12-31',
        }),
        records.client({ code: 'XSS', name: NASTY_TEXT[0], emailDomains: [] }),
        records.client({ code: 'FORMULA', name: NASTY_TEXT[2] }),
        records.client({ code: 'EMOJI', name: 'Café ñandú 😀👍🏽' }),
      ];
    case 'contact':
      return [
        records.contact(),
        records.contact({
          name: NASTY_TEXT[1],
          role: NASTY_TEXT[0],
          phone: '+52 55 1234 5678',
          surveyRecipient: false,
          validTo: '2026-06-30',
        }),
      ];
    case 'service':
      return [
        records.service(),
        records.service({ code: 'MON-24', name: NASTY_TEXT[2], sla: SLA, validTo: '2027-01-31' }),
      ];
    case 'meeting':
      return [
        records.meeting(),
        records.meeting({
          subject: NASTY_TEXT[0],
          status: 'scheduled',
          kind: 'extraordinary',
          complaintRaised: undefined,
          agenda: `<h1>Agenda</h1>\n${NASTY_TEXT.join('\n')}`,
          minutes: NASTY_TEXT[4],
          attendees: [
            { email: 'ana@acme.com.mx', name: NASTY_TEXT[1], organizer: true },
            { email: 'luis@acme.com.mx' },
          ],
          eventId: `AAMkAD${'a'.repeat(300)}=`,
          seriesKey: nextKey('ser'),
        }),
        records.meeting({
          attendees: [],
          agenda: undefined,
          complaintRaised: true,
          start: mx('2026-01-31T23:30'),
          end: mx('2026-02-01T00:30'),
        }),
      ];
    case 'agreement':
      return [
        records.agreement(),
        records.agreement({ description: LONG_TEXT, status: 'done', closedOn: '2026-03-30' }),
        records.agreement({ description: NASTY_TEXT[2], status: 'cancelled', closedOn: '2026-04-02' }),
      ];
    case 'complaint':
      return [
        records.complaint(),
        records.complaint({
          folio: 'Q-2026-0042',
          serviceCode: 'SOP-N2',
          title: NASTY_TEXT[0],
          description: `${NASTY_TEXT.join('\n')}\n${LONG_TEXT}`,
          severity: 'critical',
          channel: 'email',
          status: 'resolved',
          closedAt: undefined,
          assignedTo: LIDER,
          acknowledgedAt: mx('2026-03-02T09:30'),
          resolvedAt: '2026-03-03T18:00:00.000Z',
          resolution: NASTY_TEXT[2],
          rootCauseCategory: 'technology',
          rootCause: NASTY_TEXT[1],
          correctiveAction: 'Reinicio programado',
          clientConfirmed: false,
          closureReason: 'Pendiente',
          reopenCount: 2,
          pauses: [
            { from: mx('2026-03-02T12:00'), to: mx('2026-03-02T13:00'), reason: NASTY_TEXT[1] },
            { from: '2026-03-03T10:00:00.123Z' },
          ],
          history: [
            { at: mx('2026-03-02T09:00'), by: COMERCIAL, role: 'comercial', from: null, to: 'registered' },
            {
              at: mx('2026-03-02T09:30'),
              by: LIDER,
              role: 'deliveryLead',
              from: 'registered',
              to: 'routed',
              note: NASTY_TEXT[0],
            },
          ],
          meetingKey: nextKey('mtg'),
          sourceMessageId: `<${'m'.repeat(400)}@mail.acme.com.mx>`,
        }),
        records.complaint({ description: '', status: 'registered', closedAt: undefined }),
      ];
    case 'surveyCampaign':
      return [
        records.surveyCampaign(),
        records.surveyCampaign({
          name: NASTY_TEXT[1],
          kind: 'project',
          status: 'open',
          closedOn: undefined,
          resultsSentOn: undefined,
          clientCodes: ['ACME', 'OBR-2'],
          formId: 'F'.repeat(256),
        }),
        records.surveyCampaign({ year: 2025, clientCodes: [] }),
      ];
    case 'surveyInvitation':
      return [
        records.surveyInvitation(),
        records.surveyInvitation({
          status: 'reminded',
          answeredAt: undefined,
          remindedAt: mx('2026-10-08T09:00'),
          reminderCount: 3,
          mailKey: `mail-${nextToken()}`,
        }),
        records.surveyInvitation({ status: 'pending', sentAt: undefined, answeredAt: undefined }),
      ];
    case 'surveyResponse':
      return [
        records.surveyResponse(),
        records.surveyResponse({
          invitationToken: nextToken(),
          serviceCode: 'SOP-N2',
          csat: 1,
          nps: 0,
          ces: 7,
          answers: { q1: 5, q2: NASTY_TEXT[0], 'q-3': NASTY_TEXT[2], q4: 0.5 },
          comment: NASTY_TEXT.join('\n'),
          source: 'formsWorkbook',
          sourceId: '42',
        }),
        records.surveyResponse({ csat: undefined, nps: undefined, answers: {} }),
      ];
    case 'changeRequest':
      return [
        records.changeRequest(),
        records.changeRequest({
          folio: 'CR-2026-0007',
          kind: 'sla',
          origin: 'complaint',
          originKey: nextKey('cmp'),
          description: LONG_TEXT,
          justification: NASTY_TEXT.join('\n'),
          status: 'closed',
          decidedOn: '2026-12-05',
          closedOn: '2026-12-20',
        }),
        records.changeRequest({ justification: '' }),
      ];
    case 'serviceRequest':
      return [
        records.serviceRequest(),
        records.serviceRequest({
          kind: 'modify',
          serviceCode: 'SOP-N2',
          description: NASTY_TEXT[0],
          justification: '',
          origin: 'meeting',
          originKey: nextKey('mtg'),
          status: 'done',
          closedOn: '2026-12-15',
        }),
      ];
    case 'serviceReview':
      return [
        records.serviceReview(),
        records.serviceReview({
          agreementsMet: false,
          commitmentsMet: true,
          requirementsMet: false,
          notes: '',
          scopeChangeRequired: true,
          changeRequestKey: nextKey('cr'),
        }),
      ];
    case 'decision':
      return [
        records.decision(),
        records.decision({
          point: 'scopeChangeNeeded',
          serviceCode: 'SOP-N2',
          answer: true,
          role: 'management',
          reason: NASTY_TEXT.join('\n'),
          links: [
            { list: 'serviceReview', key: nextKey('rev') },
            { list: 'changeRequest', key: nextKey('cr') },
          ],
        }),
      ];
    case 'auditEntry':
      return [
        records.auditEntry(),
        records.auditEntry({
          action: 'imported',
          summary: LONG_TEXT,
          validityEnd: undefined,
          disposalDate: undefined,
          at: mx('2026-11-28T21:15'),
        }),
      ];
  }
}

/**
 * A record as it reads back from its list: instants of dateTime columns in UTC to the second
 * (SharePoint's precision), everything else unchanged.
 */
export function readBackOf<T extends Sample>(definition: MappedListDefinition<T>, record: T): T {
  const out: Record<string, unknown> = { ...record };
  for (const column of definition.columns) {
    const property = definition.propertyOf[column.name];
    const value = property === undefined ? undefined : out[property];
    if (column.kind === 'dateTime' && property !== undefined && typeof value === 'string') {
      out[property] = toUtcSeconds(value);
    }
  }
  return out as T;
}
