/** Decisiones: recorded answers to the seed's decision points, with the records they link (JSON). */
import { decisionPointSchema, parseDecision, type Decision } from '../../../domain/decision/decision.entity';
import { roleSchema } from '../../../domain/shared/primitives';
import { columns, defineList } from './list-mapper';

export const DECISION_LIST = defineList<Decision>({
  entity: 'decision',
  name: 'Decisiones',
  description: 'Decisiones registradas en los puntos de decisión del proceso, con quién, cuándo y por qué.',
  title: { displayName: 'Decisión', label: (d) => `${d.clientCode} · ${d.point} · ${d.answer ? 'sí' : 'no'}` },
  fields: [
    {
      property: 'point',
      column: columns.choice('DecisionPoint', 'Punto de decisión', decisionPointSchema.options, { required: true }),
    },
    {
      property: 'clientCode',
      column: columns.text('ClientCode', 'Código de cliente', { required: true, indexed: true, maxLength: 20 }),
    },
    { property: 'serviceCode', column: columns.text('ServiceCode', 'Código de servicio', { maxLength: 20 }) },
    { property: 'answer', column: columns.boolean('Answer', 'Respuesta') },
    { property: 'decidedBy', column: columns.text('DecidedBy', 'Decidió', { required: true }) },
    { property: 'role', column: columns.choice('DeciderRole', 'Rol', roleSchema.options, { required: true }) },
    { property: 'decidedAt', column: columns.dateTime('DecidedAt', 'Fecha de decisión', { required: true }) },
    { property: 'reason', column: columns.note('Reason', 'Motivo', { required: true }) },
    { property: 'links', column: columns.note('Links', 'Registros vinculados (JSON)'), encoding: 'json' },
  ],
  queryable: { clientCode: 'ClientCode' },
  parse: parseDecision,
});
