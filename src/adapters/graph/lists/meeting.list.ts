/** Reuniones: review meetings with clients; Start is indexed for the by-period queries. */
import {
  meetingKindSchema,
  meetingStatusSchema,
  parseMeeting,
  type Meeting,
} from '../../../domain/meeting/meeting.entity';
import { columns, defineList } from './list-mapper';

export const MEETING_LIST = defineList<Meeting>({
  entity: 'meeting',
  name: 'Reuniones',
  description: 'Reuniones de revisión con clientes: agenda, minuta, asistentes y pregunta de quejas.',
  title: { displayName: 'Asunto', property: 'subject' },
  fields: [
    {
      property: 'clientCode',
      column: columns.text('ClientCode', 'Código de cliente', { required: true, indexed: true, maxLength: 20 }),
    },
    { property: 'start', column: columns.dateTime('Start', 'Inicio', { required: true, indexed: true }) },
    { property: 'end', column: columns.dateTime('End', 'Fin', { required: true }) },
    { property: 'kind', column: columns.choice('MeetingKind', 'Tipo', meetingKindSchema.options, { required: true }) },
    {
      property: 'status',
      column: columns.choice('Status', 'Estado', meetingStatusSchema.options, { required: true }),
    },
    { property: 'agenda', column: columns.note('Agenda', 'Agenda') },
    { property: 'minutes', column: columns.note('Minutes', 'Minuta') },
    { property: 'attendees', column: columns.note('Attendees', 'Asistentes (JSON)'), encoding: 'json' },
    { property: 'complaintRaised', column: columns.boolean('ComplaintRaised', '¿Hubo queja o desviación?') },
    // Graph event ids can exceed a single line's 255 characters (the domain allows 512).
    { property: 'eventId', column: columns.note('EventId', 'Id del evento de Outlook') },
    { property: 'seriesKey', column: columns.text('SeriesKey', 'Clave de la serie', { maxLength: 64 }) },
  ],
  queryable: { clientCode: 'ClientCode', start: 'Start' },
  parse: parseMeeting,
});
