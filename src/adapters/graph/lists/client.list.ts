/** Clientes: the client catalog (seed step 1). Title is the client's name, indexed for lookups by name. */
import {
  clientStatusSchema,
  meetingCadenceSchema,
  parseClient,
  type Client,
} from '../../../domain/client/client.entity';
import { columns, defineList } from './list-mapper';

export const CLIENT_LIST = defineList<Client>({
  entity: 'client',
  name: 'Clientes',
  description: 'Catálogo de clientes: dominios de correo, responsables y periodicidad de revisión.',
  title: { displayName: 'Nombre', property: 'name', indexed: true },
  fields: [
    { property: 'code', column: columns.text('Code', 'Código', { required: true, indexed: true, maxLength: 20 }) },
    { property: 'taxId', column: columns.text('TaxId', 'RFC', { maxLength: 13 }) },
    // Domains are lower-case host names (no ";"), so a ";"-joined list reads well in SharePoint.
    { property: 'emailDomains', column: columns.note('EmailDomains', 'Dominios de correo'), encoding: 'joined' },
    { property: 'accountOwner', column: columns.text('AccountOwner', 'Comercial', { required: true }) },
    { property: 'deliveryLead', column: columns.text('DeliveryLead', 'Líder de entrega', { required: true }) },
    {
      property: 'cadence',
      column: columns.choice('Cadence', 'Periodicidad', meetingCadenceSchema.options, { required: true }),
    },
    {
      property: 'status',
      column: columns.choice('Status', 'Estado', clientStatusSchema.options, { required: true, indexed: true }),
    },
    { property: 'validFrom', column: columns.dateOnly('ValidFrom', 'Vigente desde', { required: true }) },
    { property: 'validTo', column: columns.dateOnly('ValidTo', 'Vigente hasta') },
  ],
  queryable: { code: 'Code', status: 'Status', name: 'Title' },
  parse: parseClient,
});
