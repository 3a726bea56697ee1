/** RevisionesServicio: service reviews (seed step 7); ReviewedOn is indexed for the by-period query. */
import { parseServiceReview, type ServiceReview } from '../../../domain/change/service-review.entity';
import { columns, defineList } from './list-mapper';

export const SERVICE_REVIEW_LIST = defineList<ServiceReview>({
  entity: 'serviceReview',
  name: 'RevisionesServicio',
  description: 'Revisiones del servicio: cumplimiento de acuerdos, compromisos y requisitos del cliente.',
  title: { displayName: 'Revisión', label: (r) => `${r.clientCode} · ${r.serviceCode} · ${r.reviewedOn}` },
  fields: [
    {
      property: 'clientCode',
      column: columns.text('ClientCode', 'Código de cliente', { required: true, indexed: true, maxLength: 20 }),
    },
    {
      property: 'serviceCode',
      column: columns.text('ServiceCode', 'Código de servicio', { required: true, maxLength: 20 }),
    },
    {
      property: 'reviewedOn',
      column: columns.dateOnly('ReviewedOn', 'Fecha de revisión', { required: true, indexed: true }),
    },
    { property: 'reviewer', column: columns.text('Reviewer', 'Revisó', { required: true }) },
    { property: 'agreementsMet', column: columns.boolean('AgreementsMet', 'Acuerdos cumplidos') },
    { property: 'commitmentsMet', column: columns.boolean('CommitmentsMet', 'Compromisos cumplidos') },
    { property: 'requirementsMet', column: columns.boolean('RequirementsMet', 'Requisitos cumplidos') },
    { property: 'notes', column: columns.note('Notes', 'Notas'), emptyAs: '' },
    { property: 'scopeChangeRequired', column: columns.boolean('ScopeChangeRequired', '¿Requiere cambio de alcance?') },
    {
      property: 'changeRequestKey',
      column: columns.text('ChangeRequestKey', 'Clave de la solicitud de cambio', { maxLength: 64 }),
    },
  ],
  queryable: { clientCode: 'ClientCode', reviewedOn: 'ReviewedOn' },
  parse: parseServiceReview,
});
