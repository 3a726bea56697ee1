/** Contactos: people at each client, meeting attendees and survey recipients. */
import { parseContact, type Contact } from '../../../domain/client/contact.entity';
import { columns, defineList } from './list-mapper';

export const CONTACT_LIST = defineList<Contact>({
  entity: 'contact',
  name: 'Contactos',
  description: 'Personas de cada cliente: asistentes a reuniones y destinatarios de la encuesta.',
  title: { displayName: 'Nombre', property: 'name' },
  fields: [
    {
      property: 'clientCode',
      column: columns.text('ClientCode', 'Código de cliente', { required: true, indexed: true, maxLength: 20 }),
    },
    { property: 'email', column: columns.text('Email', 'Correo electrónico', { required: true }) },
    { property: 'role', column: columns.text('ContactRole', 'Puesto', { maxLength: 120 }) },
    { property: 'phone', column: columns.text('Phone', 'Teléfono', { maxLength: 40 }) },
    { property: 'surveyRecipient', column: columns.boolean('SurveyRecipient', 'Recibe la encuesta') },
    { property: 'validTo', column: columns.dateOnly('ValidTo', 'Vigente hasta') },
  ],
  queryable: { clientCode: 'ClientCode' },
  parse: parseContact,
});
