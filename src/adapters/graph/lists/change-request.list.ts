/** SolicitudesCambio: service change requests, form F-SGI-032 (SLA or scope), handled by P-SGI-022. */
import {
  changeKindSchema,
  changeRequestStatusSchema,
  parseChangeRequest,
  requestOriginSchema,
  type ChangeRequest,
} from '../../../domain/change/change-request.entity';
import { columns, defineList } from './list-mapper';

export const CHANGE_REQUEST_LIST = defineList<ChangeRequest>({
  entity: 'changeRequest',
  name: 'SolicitudesCambio',
  description: 'Solicitudes de cambio de servicio (F-SGI-032): cambios de SLA o de alcance.',
  title: {
    displayName: 'Solicitud',
    label: (r) => (r.folio === undefined ? r.description : `${r.folio} ${r.description}`),
  },
  fields: [
    { property: 'folio', column: columns.text('Folio', 'Folio', { maxLength: 20 }) },
    {
      property: 'clientCode',
      column: columns.text('ClientCode', 'Código de cliente', { required: true, indexed: true, maxLength: 20 }),
    },
    {
      property: 'serviceCode',
      column: columns.text('ServiceCode', 'Código de servicio', { required: true, maxLength: 20 }),
    },
    {
      property: 'kind',
      column: columns.choice('ChangeKind', 'Tipo de cambio', changeKindSchema.options, { required: true }),
    },
    { property: 'origin', column: columns.choice('Origin', 'Origen', requestOriginSchema.options, { required: true }) },
    { property: 'originKey', column: columns.text('OriginKey', 'Clave del registro de origen', { maxLength: 64 }) },
    { property: 'description', column: columns.note('Description', 'Descripción', { required: true }) },
    { property: 'justification', column: columns.note('Justification', 'Justificación'), emptyAs: '' },
    { property: 'requestedBy', column: columns.text('RequestedBy', 'Solicitada por', { required: true }) },
    { property: 'requestedOn', column: columns.dateOnly('RequestedOn', 'Fecha de solicitud', { required: true }) },
    {
      property: 'status',
      column: columns.choice('Status', 'Estado', changeRequestStatusSchema.options, { required: true, indexed: true }),
    },
    { property: 'decidedOn', column: columns.dateOnly('DecidedOn', 'Fecha de decisión') },
    { property: 'closedOn', column: columns.dateOnly('ClosedOn', 'Fecha de cierre') },
  ],
  queryable: { clientCode: 'ClientCode', status: 'Status' },
  parse: parseChangeRequest,
});
