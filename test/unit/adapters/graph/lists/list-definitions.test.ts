/**
 * The list definitions are sane before anything reaches SharePoint: the 14 lists by their exact
 * names, a unique indexed key column first, valid internal names, indexes exactly where
 * repositories filter, choices equal to the domain's enums, and every record property mapped.
 */
import type { z } from 'zod';
import {
  KEY_COLUMN,
  LIST_DEFINITIONS,
  LISTS_BY_ENTITY,
  type ListEntity,
  type MappedListDefinition,
} from '../../../../../src/adapters/graph/lists';
import { auditEntrySchema } from '../../../../../src/domain/audit/audit-entry.entity';
import { changeRequestSchema } from '../../../../../src/domain/change/change-request.entity';
import { serviceRequestSchema } from '../../../../../src/domain/change/service-request.entity';
import { serviceReviewSchema } from '../../../../../src/domain/change/service-review.entity';
import { clientSchema } from '../../../../../src/domain/client/client.entity';
import { contactSchema } from '../../../../../src/domain/client/contact.entity';
import { complaintSchema } from '../../../../../src/domain/complaint/complaint.entity';
import { decisionSchema } from '../../../../../src/domain/decision/decision.entity';
import { agreementSchema } from '../../../../../src/domain/meeting/agreement.entity';
import { meetingSchema } from '../../../../../src/domain/meeting/meeting.entity';
import { serviceSchema } from '../../../../../src/domain/service/service.entity';
import { surveyCampaignSchema } from '../../../../../src/domain/survey/survey-campaign.entity';
import { surveyInvitationSchema } from '../../../../../src/domain/survey/survey-invitation.entity';
import { surveyResponseSchema } from '../../../../../src/domain/survey/survey-response.entity';

type AnyMapped = MappedListDefinition<{ readonly key: string }>;

const SCHEMAS: Readonly<Record<ListEntity, z.ZodObject>> = {
  client: clientSchema,
  contact: contactSchema,
  service: serviceSchema,
  meeting: meetingSchema,
  agreement: agreementSchema,
  complaint: complaintSchema,
  surveyCampaign: surveyCampaignSchema,
  surveyInvitation: surveyInvitationSchema,
  surveyResponse: surveyResponseSchema,
  changeRequest: changeRequestSchema,
  serviceRequest: serviceRequestSchema,
  serviceReview: serviceReviewSchema,
  decision: decisionSchema,
  auditEntry: auditEntrySchema,
};

/** What the repositories filter or sort on, per list (ports in repositories.port.ts). */
const QUERIED: Readonly<Record<ListEntity, readonly string[]>> = {
  client: ['key', 'code', 'status', 'name'],
  contact: ['key', 'clientCode'],
  service: ['key', 'clientCode'],
  meeting: ['key', 'clientCode', 'start'],
  agreement: ['key', 'clientCode', 'status', 'dueOn'],
  complaint: ['key', 'clientCode', 'status', 'receivedAt'],
  surveyCampaign: ['key', 'year'],
  surveyInvitation: ['key', 'campaignKey', 'token'],
  surveyResponse: ['key', 'campaignKey', 'clientCode'],
  changeRequest: ['key', 'clientCode', 'status'],
  serviceRequest: ['key', 'clientCode', 'status'],
  serviceReview: ['key', 'clientCode', 'reviewedOn'],
  decision: ['key', 'clientCode'],
  auditEntry: ['key', 'at'],
};

const SYSTEM_NAMES = [
  'title',
  'id',
  'contenttype',
  'modified',
  'created',
  'author',
  'editor',
  '_uiversionstring',
  'attachments',
];
const ENTITIES = Object.keys(LISTS_BY_ENTITY) as ListEntity[];
const definitionOf = (entity: ListEntity): AnyMapped => LISTS_BY_ENTITY[entity];

describe('list definitions', () => {
  it('are the 14 lists of the process, in provisioning order, each once', () => {
    expect(LIST_DEFINITIONS.map((d) => d.name)).toEqual([
      'Clientes',
      'Contactos',
      'Servicios',
      'Reuniones',
      'Acuerdos',
      'Quejas',
      'Encuestas',
      'Invitaciones',
      'Respuestas',
      'SolicitudesCambio',
      'SolicitudesServicio',
      'RevisionesServicio',
      'Decisiones',
      'Bitacora',
    ]);
    expect(new Set(LIST_DEFINITIONS.map((d) => d.entity)).size).toBe(14);
    for (const entity of ENTITIES) expect(LISTS_BY_ENTITY[entity].entity).toBe(entity);
  });

  describe.each(ENTITIES)('%s', (entity) => {
    const definition = definitionOf(entity);

    it('starts with the RecordKey column: required, indexed, unique, 64 characters', () => {
      expect(definition.columns[0]).toEqual(
        expect.objectContaining({
          name: KEY_COLUMN,
          kind: 'text',
          required: true,
          indexed: true,
          unique: true,
          maxLength: 64,
        }),
      );
      expect(definition.columns.filter((c) => c.unique === true).map((c) => c.name)).toEqual([KEY_COLUMN]);
    });

    it('has valid, distinct internal names that do not clash with SharePoint system columns', () => {
      const names = definition.columns.map((c) => c.name);
      expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
      for (const name of names) {
        expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
        expect(name.length).toBeLessThanOrEqual(32);
        expect(SYSTEM_NAMES).not.toContain(name.toLowerCase());
        expect(name.endsWith('LookupId')).toBe(false);
      }
    });

    it('has Spanish display names, a description and a Title display name', () => {
      expect(definition.description.length).toBeGreaterThan(10);
      expect(definition.title.displayName).not.toBe('');
      for (const column of definition.columns) expect(column.displayName.trim()).not.toBe('');
    });

    it('indexes exactly the columns its repository queries, and those can be indexed', () => {
      expect(Object.keys(definition.queryable).sort()).toEqual([...QUERIED[entity]].sort());
      const queriedColumns = new Set(Object.values(definition.queryable));
      for (const name of queriedColumns) {
        if (name === 'Title') expect(definition.title.indexed).toBe(true);
        else expect(definition.columns.find((c) => c.name === name)?.indexed).toBe(true);
      }
      for (const column of definition.columns) {
        expect(column.indexed === true).toBe(queriedColumns.has(column.name));
        if (column.indexed === true) expect(column.kind).not.toBe('note');
      }
      expect(definition.title.indexed === true).toBe(queriedColumns.has('Title'));
    });

    it('maps every property of the record, and nothing twice', () => {
      const properties = Object.values(definition.propertyOf);
      expect(new Set(properties).size).toBe(properties.length);
      const schema = SCHEMAS[entity];
      const mapped = [...properties].sort();
      expect(mapped).toEqual(Object.keys(schema.shape).sort());
    });

    it('lists the domain enum values as the choices of choice columns', () => {
      for (const column of definition.columns.filter((c) => c.kind === 'choice')) {
        const property = definition.propertyOf[column.name] ?? '';
        const field = SCHEMAS[entity].shape[property] as z.ZodType;
        const inner = (field as unknown as { unwrap?: () => z.ZodType }).unwrap?.() ?? field;
        expect([...(column.choices ?? [])]).toEqual((inner as unknown as { options: string[] }).options);
      }
    });

    it('keeps single-line text within 255 characters', () => {
      for (const column of definition.columns.filter((c) => c.kind === 'text')) {
        expect(column.maxLength).toBeGreaterThan(0);
        expect(column.maxLength).toBeLessThanOrEqual(255);
      }
    });
  });
});
