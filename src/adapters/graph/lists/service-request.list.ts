/** SolicitudesServicio: requests to design a new service or modify one (P-SGI-009). */
import { requestOriginSchema } from '../../../domain/change/change-request.entity';
import {
  parseServiceRequest,
  serviceRequestKindSchema,
  serviceRequestStatusSchema,
  type ServiceRequest,
} from '../../../domain/change/service-request.entity';
import { columns, defineList } from './list-mapper';

export const SERVICE_REQUEST_LIST = defineList<ServiceRequest>({
  entity: 'serviceRequest',
  name: 'SolicitudesServicio',
  description: 'Solicitudes de diseño de un servicio nuevo o de modificación de uno existente (P-SGI-009).',
  title: { displayName: 'Solicitud', label: (r) => r.description },
  fields: [
    {
      property: 'clientCode',
      column: columns.text('ClientCode', 'Código de cliente', { required: true, indexed: true, maxLength: 20 }),
    },
    {
      property: 'kind',
      column: columns.choice('RequestKind', 'Tipo de solicitud', serviceRequestKindSchema.options, { required: true }),
    },
    { property: 'serviceCode', column: columns.text('ServiceCode', 'Código de servicio', { maxLength: 20 }) },
    { property: 'description', column: columns.note('Description', 'Descripción', { required: true }) },
    { property: 'justification', column: columns.note('Justification', 'Justificación'), emptyAs: '' },
    { property: 'origin', column: columns.choice('Origin', 'Origen', requestOriginSchema.options, { required: true }) },
    { property: 'originKey', column: columns.text('OriginKey', 'Clave del registro de origen', { maxLength: 64 }) },
    { property: 'requestedBy', column: columns.text('RequestedBy', 'Solicitada por', { required: true }) },
    { property: 'requestedOn', column: columns.dateOnly('RequestedOn', 'Fecha de solicitud', { required: true }) },
    {
      property: 'status',
      column: columns.choice('Status', 'Estado', serviceRequestStatusSchema.options, { required: true, indexed: true }),
    },
    { property: 'closedOn', column: columns.dateOnly('ClosedOn', 'Fecha de cierre') },
  ],
  queryable: { clientCode: 'ClientCode', status: 'Status' },
  parse: parseServiceRequest,
});
