/** Respuestas: answers to a campaign; CampaignKey and ClientCode are indexed. */
import {
  parseSurveyResponse,
  responseSourceSchema,
  type SurveyResponse,
} from '../../../domain/survey/survey-response.entity';
import { columns, defineList } from './list-mapper';

export const SURVEY_RESPONSE_LIST = defineList<SurveyResponse>({
  entity: 'surveyResponse',
  name: 'Respuestas',
  description: 'Respuestas a la encuesta de satisfacción (CSAT, NPS, CES y demás preguntas).',
  title: { displayName: 'Respuesta', label: (r) => `${r.clientCode} · ${r.submittedAt}` },
  fields: [
    {
      property: 'campaignKey',
      column: columns.text('CampaignKey', 'Clave de la campaña', { required: true, indexed: true, maxLength: 64 }),
    },
    {
      property: 'invitationToken',
      column: columns.text('InvitationToken', 'Token de la invitación', { maxLength: 64 }),
    },
    {
      property: 'clientCode',
      column: columns.text('ClientCode', 'Código de cliente', { required: true, indexed: true, maxLength: 20 }),
    },
    { property: 'serviceCode', column: columns.text('ServiceCode', 'Código de servicio', { maxLength: 20 }) },
    { property: 'submittedAt', column: columns.dateTime('SubmittedAt', 'Enviada', { required: true }) },
    { property: 'csat', column: columns.integer('Csat', 'CSAT (1–5)') },
    { property: 'nps', column: columns.integer('Nps', 'NPS (0–10)') },
    { property: 'ces', column: columns.integer('Ces', 'CES (1–7)') },
    { property: 'answers', column: columns.note('Answers', 'Otras respuestas (JSON)'), encoding: 'json' },
    { property: 'comment', column: columns.note('Comment', 'Comentario') },
    {
      property: 'source',
      column: columns.choice('ResponseSource', 'Origen', responseSourceSchema.options, { required: true }),
    },
    { property: 'sourceId', column: columns.text('SourceId', 'Id en el origen', { maxLength: 128 }) },
  ],
  queryable: { campaignKey: 'CampaignKey', clientCode: 'ClientCode' },
  parse: parseSurveyResponse,
});
