/** Bitacora: the disposition and audit log; At is indexed for the by-period query. */
import { auditActionSchema, parseAuditEntry, type AuditEntry } from '../../../domain/audit/audit-entry.entity';
import { columns, defineList } from './list-mapper';

export const AUDIT_ENTRY_LIST = defineList<AuditEntry>({
  entity: 'auditEntry',
  name: 'Bitacora',
  description: 'Bitácora de disposición y auditoría: eliminaciones por retención y otras acciones auditadas.',
  title: { displayName: 'Resumen', label: (e) => e.summary },
  fields: [
    { property: 'at', column: columns.dateTime('At', 'Fecha y hora', { required: true, indexed: true }) },
    { property: 'actor', column: columns.text('Actor', 'Persona', { required: true }) },
    {
      property: 'action',
      column: columns.choice('AuditAction', 'Acción', auditActionSchema.options, { required: true }),
    },
    {
      property: 'recordType',
      column: columns.text('RecordType', 'Tipo de registro', { required: true, maxLength: 64 }),
    },
    // RecordKey is this entry's own key column; the audited record's key has its own column.
    {
      property: 'recordKey',
      column: columns.text('SubjectKey', 'Clave del registro auditado', { required: true, maxLength: 64 }),
    },
    { property: 'summary', column: columns.note('Summary', 'Resumen completo', { required: true }) },
    { property: 'validityEnd', column: columns.dateOnly('ValidityEnd', 'Fin de vigencia') },
    { property: 'disposalDate', column: columns.dateOnly('DisposalDate', 'Fecha de disposición') },
  ],
  queryable: { at: 'At' },
  parse: parseAuditEntry,
});
