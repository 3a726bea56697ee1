/** Invitaciones: one contact's invitation to a campaign; CampaignKey and Token are indexed. */
import {
  invitationStatusSchema,
  parseSurveyInvitation,
  type SurveyInvitation,
} from '../../../domain/survey/survey-invitation.entity';
import { columns, defineList } from './list-mapper';

export const SURVEY_INVITATION_LIST = defineList<SurveyInvitation>({
  entity: 'surveyInvitation',
  name: 'Invitaciones',
  description: 'Invitaciones a la encuesta: token opaco y registro de envío, recordatorios y respuesta.',
  title: { displayName: 'Invitación', label: (i) => `${i.clientCode} · ${i.contactEmail}` },
  fields: [
    {
      property: 'campaignKey',
      column: columns.text('CampaignKey', 'Clave de la campaña', { required: true, indexed: true, maxLength: 64 }),
    },
    {
      property: 'clientCode',
      column: columns.text('ClientCode', 'Código de cliente', { required: true, maxLength: 20 }),
    },
    { property: 'contactEmail', column: columns.text('ContactEmail', 'Correo del contacto', { required: true }) },
    { property: 'token', column: columns.text('Token', 'Token', { required: true, indexed: true, maxLength: 64 }) },
    {
      property: 'status',
      column: columns.choice('Status', 'Estado', invitationStatusSchema.options, { required: true }),
    },
    { property: 'sentAt', column: columns.dateTime('SentAt', 'Enviada') },
    { property: 'remindedAt', column: columns.dateTime('RemindedAt', 'Último recordatorio') },
    { property: 'reminderCount', column: columns.integer('ReminderCount', 'Recordatorios', { required: true }) },
    { property: 'answeredAt', column: columns.dateTime('AnsweredAt', 'Respondida') },
    { property: 'mailKey', column: columns.text('MailKey', 'Clave del correo', { maxLength: 128 }) },
  ],
  queryable: { campaignKey: 'CampaignKey', token: 'Token' },
  parse: parseSurveyInvitation,
});
