/** Acuerdos: agreements taken in meetings; Status and DueOn are indexed for open/overdue queries. */
import { agreementStatusSchema, parseAgreement, type Agreement } from '../../../domain/meeting/agreement.entity';
import { columns, defineList } from './list-mapper';

export const AGREEMENT_LIST = defineList<Agreement>({
  entity: 'agreement',
  name: 'Acuerdos',
  description: 'Acuerdos tomados en reuniones con clientes: responsable, fecha compromiso y estado.',
  // The description may exceed Title's 255 characters: Title is a label, Description holds it all.
  title: { displayName: 'Acuerdo', label: (a) => a.description },
  fields: [
    {
      property: 'meetingKey',
      column: columns.text('MeetingKey', 'Clave de la reunión', { required: true, maxLength: 64 }),
    },
    {
      property: 'clientCode',
      column: columns.text('ClientCode', 'Código de cliente', { required: true, indexed: true, maxLength: 20 }),
    },
    { property: 'description', column: columns.note('Description', 'Descripción', { required: true }) },
    { property: 'owner', column: columns.text('Owner', 'Responsable', { required: true }) },
    { property: 'dueOn', column: columns.dateOnly('DueOn', 'Fecha compromiso', { required: true, indexed: true }) },
    {
      property: 'status',
      column: columns.choice('Status', 'Estado', agreementStatusSchema.options, { required: true, indexed: true }),
    },
    { property: 'closedOn', column: columns.dateOnly('ClosedOn', 'Fecha de cierre') },
  ],
  queryable: { clientCode: 'ClientCode', status: 'Status', dueOn: 'DueOn' },
  parse: parseAgreement,
});
