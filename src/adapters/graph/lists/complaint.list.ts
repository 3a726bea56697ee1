/**
 * Quejas: the complaint log (PR-SGI-016). Status and ReceivedAt are indexed for the open, by-status
 * and by-period queries; the transition history and SLA clock pauses are JSON.
 */
import {
  complaintChannelSchema,
  complaintStatusSchema,
  parseComplaint,
  rootCauseCategorySchema,
  type Complaint,
} from '../../../domain/complaint/complaint.entity';
import { severitySchema } from '../../../domain/service/service.entity';
import { columns, defineList } from './list-mapper';

export const COMPLAINT_LIST = defineList<Complaint>({
  entity: 'complaint',
  name: 'Quejas',
  description: 'Registro de quejas y desviaciones del servicio, con su ciclo de vida e historial.',
  title: { displayName: 'Título', property: 'title' },
  fields: [
    { property: 'folio', column: columns.text('Folio', 'Folio', { maxLength: 20 }) },
    {
      property: 'clientCode',
      column: columns.text('ClientCode', 'Código de cliente', { required: true, indexed: true, maxLength: 20 }),
    },
    { property: 'serviceCode', column: columns.text('ServiceCode', 'Código de servicio', { maxLength: 20 }) },
    // The domain allows an empty description; SharePoint stores "" as no value.
    { property: 'description', column: columns.note('Description', 'Descripción'), emptyAs: '' },
    {
      property: 'severity',
      column: columns.choice('Severity', 'Severidad', severitySchema.options, { required: true }),
    },
    {
      property: 'channel',
      column: columns.choice('Channel', 'Canal', complaintChannelSchema.options, { required: true }),
    },
    {
      property: 'receivedAt',
      column: columns.dateTime('ReceivedAt', 'Recibida', { required: true, indexed: true }),
    },
    { property: 'reportedBy', column: columns.text('ReportedBy', 'Registrada por', { required: true }) },
    {
      property: 'status',
      column: columns.choice('Status', 'Estado', complaintStatusSchema.options, { required: true, indexed: true }),
    },
    { property: 'assignedTo', column: columns.text('AssignedTo', 'Asignada a') },
    { property: 'acknowledgedAt', column: columns.dateTime('AcknowledgedAt', 'Acusada') },
    { property: 'resolvedAt', column: columns.dateTime('ResolvedAt', 'Resuelta') },
    { property: 'closedAt', column: columns.dateTime('ClosedAt', 'Cerrada') },
    { property: 'resolution', column: columns.note('Resolution', 'Resolución') },
    {
      property: 'rootCauseCategory',
      column: columns.choice('RootCauseCategory', 'Categoría de causa raíz', rootCauseCategorySchema.options),
    },
    { property: 'rootCause', column: columns.note('RootCause', 'Causa raíz') },
    { property: 'correctiveAction', column: columns.note('CorrectiveAction', 'Acción correctiva') },
    { property: 'clientConfirmed', column: columns.boolean('ClientConfirmed', 'Confirmada por el cliente') },
    { property: 'closureReason', column: columns.note('ClosureReason', 'Motivo de cierre') },
    { property: 'reopenCount', column: columns.integer('ReopenCount', 'Reaperturas', { required: true }) },
    { property: 'pauses', column: columns.note('Pauses', 'Pausas del reloj de SLA (JSON)'), encoding: 'json' },
    { property: 'history', column: columns.note('History', 'Historial (JSON)'), encoding: 'json' },
    { property: 'meetingKey', column: columns.text('MeetingKey', 'Clave de la reunión', { maxLength: 64 }) },
    // An Internet message id may be up to 998 characters.
    { property: 'sourceMessageId', column: columns.note('SourceMessageId', 'Id del correo de origen') },
  ],
  queryable: { clientCode: 'ClientCode', status: 'Status', receivedAt: 'ReceivedAt' },
  parse: parseComplaint,
});
