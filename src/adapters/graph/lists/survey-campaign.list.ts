/** Encuestas: satisfaction-survey campaigns (PR-SGI-015); Year is indexed for the by-year query. */
import {
  campaignKindSchema,
  campaignStatusSchema,
  parseSurveyCampaign,
  type SurveyCampaign,
} from '../../../domain/survey/survey-campaign.entity';
import { columns, defineList } from './list-mapper';

export const SURVEY_CAMPAIGN_LIST = defineList<SurveyCampaign>({
  entity: 'surveyCampaign',
  name: 'Encuestas',
  description: 'Campañas de la encuesta de satisfacción: formulario, ventana y envío de resultados.',
  title: { displayName: 'Nombre de la campaña', property: 'name' },
  fields: [
    {
      property: 'kind',
      column: columns.choice('CampaignKind', 'Tipo', campaignKindSchema.options, { required: true }),
    },
    { property: 'year', column: columns.integer('Year', 'Año', { required: true, indexed: true }) },
    // A Forms id may be 256 characters, one more than a single line holds.
    { property: 'formId', column: columns.note('FormId', 'Id del formulario de Forms', { required: true }) },
    {
      property: 'tokenQuestionKey',
      column: columns.text('TokenQuestionKey', 'Pregunta con el token', { required: true, maxLength: 128 }),
    },
    { property: 'opensOn', column: columns.dateOnly('OpensOn', 'Abre', { required: true }) },
    { property: 'closesOn', column: columns.dateOnly('ClosesOn', 'Cierra', { required: true }) },
    {
      property: 'status',
      column: columns.choice('Status', 'Estado', campaignStatusSchema.options, { required: true }),
    },
    { property: 'clientCodes', column: columns.note('ClientCodes', 'Clientes (JSON)'), encoding: 'json' },
    { property: 'resultsSentOn', column: columns.dateOnly('ResultsSentOn', 'Resultados enviados a Comercial') },
    { property: 'closedOn', column: columns.dateOnly('ClosedOn', 'Fecha de cierre') },
  ],
  queryable: { year: 'Year' },
  parse: parseSurveyCampaign,
});
