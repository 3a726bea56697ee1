/** Servicios: services contracted by each client, with their SLA targets (JSON). */
import { parseService, type Service } from '../../../domain/service/service.entity';
import { columns, defineList } from './list-mapper';

export const SERVICE_LIST = defineList<Service>({
  entity: 'service',
  name: 'Servicios',
  description: 'Servicios contratados por cada cliente y sus objetivos de nivel de servicio.',
  title: { displayName: 'Nombre del servicio', property: 'name' },
  fields: [
    {
      property: 'clientCode',
      column: columns.text('ClientCode', 'Código de cliente', { required: true, indexed: true, maxLength: 20 }),
    },
    { property: 'code', column: columns.text('ServiceCode', 'Código de servicio', { required: true, maxLength: 20 }) },
    { property: 'sla', column: columns.note('Sla', 'Objetivos de SLA (JSON)'), encoding: 'json' },
    { property: 'validFrom', column: columns.dateOnly('ValidFrom', 'Vigente desde', { required: true }) },
    { property: 'validTo', column: columns.dateOnly('ValidTo', 'Vigente hasta') },
  ],
  queryable: { clientCode: 'ClientCode' },
  parse: parseService,
});
