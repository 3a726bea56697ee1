/**
 * The disposition log (Bitácora) of the demo year: the catalog import, new and retired clients,
 * survey sends, reminders and imports, change and service requests, and one retention purge of
 * a former client whose records reached their disposal date (one entry per deletion).
 */
import { parseAuditEntry, type AuditEntry } from '../../domain/audit/audit-entry.entity';
import type { ChangeRequest } from '../../domain/change/change-request.entity';
import type { ServiceRequest } from '../../domain/change/service-request.entity';
import type { IsoDate, IsoDateTime } from '../../domain/shared/primitives';
import type { SurveyCampaign } from '../../domain/survey/survey-campaign.entity';
import type { SurveyInvitation } from '../../domain/survey/survey-invitation.entity';
import type { SurveyResponse } from '../../domain/survey/survey-response.entity';
import { DEMO_PEOPLE } from './demo-catalog';
import { formatDateMx, type DemoClient, type DemoContext } from './demo-context';

type Draft = Omit<AuditEntry, 'key'>;

export interface AuditInputs {
  readonly campaigns: readonly SurveyCampaign[];
  readonly invitations: readonly SurveyInvitation[];
  readonly responses: readonly SurveyResponse[];
  readonly changeRequests: readonly ChangeRequest[];
  readonly serviceRequests: readonly ServiceRequest[];
}

/** Record-key prefix of the former client's records, which the purge deleted (they no longer exist). */
export const PURGED_KEY_PREFIX = 'demo-former-';

function earliest(instants: readonly IsoDateTime[]): IsoDateTime | undefined {
  return [...instants].sort((a, b) => Date.parse(a) - Date.parse(b))[0];
}

function latest(instants: readonly IsoDateTime[]): IsoDateTime | undefined {
  return [...instants].sort((a, b) => Date.parse(b) - Date.parse(a))[0];
}

function catalogEntries(demos: readonly DemoClient[], ctx: DemoContext): Draft[] {
  const { clock } = ctx;
  const importDay = clock.businessDayOnOrAfter(clock.addMonths(clock.today, -12));
  const importAt = clock.at(importDay, '09:00');
  const drafts: Draft[] = [];
  demos.forEach(({ client }, i) => {
    if (client.validFrom < importDay) {
      drafts.push({
        at: clock.plusMinutes(importAt, Math.floor(i / 10)),
        actor: DEMO_PEOPLE.comercial.email,
        action: 'imported',
        recordType: 'client',
        recordKey: client.key,
        summary: `Cliente ${client.code} (${client.name}) importado al catálogo de clientes desde Clientes.xlsx.`,
      });
    } else {
      drafts.push({
        at: clock.at(client.validFrom, '10:00'),
        actor: client.accountOwner,
        action: 'created',
        recordType: 'client',
        recordKey: client.key,
        summary: `Alta del cliente ${client.code} (${client.name}) en el catálogo de clientes.`,
      });
    }
    if (client.validTo !== undefined && client.validTo < clock.today) {
      drafts.push({
        at: clock.at(client.validTo, '17:00'),
        actor: client.accountOwner,
        action: 'updated',
        recordType: 'client',
        recordKey: client.key,
        summary: `Cliente ${client.code} dado de baja: su contrato concluyó el ${formatDateMx(client.validTo)}.`,
      });
    }
  });
  return drafts;
}

function surveyEntries(inputs: AuditInputs, ctx: DemoContext): Draft[] {
  const { clock } = ctx;
  const actor = DEMO_PEOPLE.lider.email;
  const drafts: Draft[] = [];
  for (const campaign of inputs.campaigns) {
    const invitations = inputs.invitations.filter((i) => i.campaignKey === campaign.key);
    const sentAt = earliest(invitations.flatMap((i) => (i.sentAt === undefined ? [] : [i.sentAt])));
    const sent = (at: IsoDateTime, summary: string): void => {
      drafts.push({ at, actor, action: 'sent', recordType: 'surveyCampaign', recordKey: campaign.key, summary });
    };
    if (sentAt !== undefined) {
      const count = invitations.filter((i) => i.sentAt !== undefined).length;
      sent(sentAt, `Se enviaron ${count} invitaciones de la «${campaign.name}» por correo electrónico.`);
    }
    const once = invitations.filter((i) => i.reminderCount === 1 && i.remindedAt !== undefined);
    const twice = invitations.filter((i) => i.reminderCount === 2 && i.remindedAt !== undefined);
    const firstWave = earliest(once.map((i) => i.remindedAt as IsoDateTime));
    if (firstWave !== undefined) {
      sent(firstWave, `Se enviaron ${once.length + twice.length} recordatorios de la «${campaign.name}».`);
    }
    const secondWave = latest(twice.map((i) => i.remindedAt as IsoDateTime));
    if (secondWave !== undefined) {
      sent(secondWave, `Se envió un segundo recordatorio a ${twice.length} contacto(s) de la «${campaign.name}».`);
    }
    const responses = inputs.responses.filter((r) => r.campaignKey === campaign.key);
    const lastAnswer = latest(responses.map((r) => r.submittedAt));
    if (lastAnswer !== undefined) {
      const importAt =
        campaign.status === 'closed'
          ? clock.at(clock.businessDayOnOrAfter(clock.addDays(campaign.closesOn, 1)), '10:00')
          : clock.plusMinutes(lastAnswer, 30);
      drafts.push({
        at: clock.isPast(importAt) ? importAt : lastAnswer,
        actor,
        action: 'imported',
        recordType: 'surveyCampaign',
        recordKey: campaign.key,
        summary: `Se importaron ${responses.length} respuestas de la «${campaign.name}» desde ${
          responses.some((r) => r.source === 'formsWorkbook')
            ? 'el libro de respuestas de Microsoft Forms'
            : 'la exportación de Microsoft Forms'
        }.`,
      });
    }
  }
  return drafts;
}

function requestEntries(inputs: AuditInputs, ctx: DemoContext): Draft[] {
  const { clock } = ctx;
  const drafts: Draft[] = [];
  for (const request of inputs.changeRequests) {
    const label = `${request.folio ?? request.key} (${request.kind === 'sla' ? 'cambio de SLA' : 'cambio de alcance'})`;
    drafts.push({
      at: clock.at(request.requestedOn, '12:45'),
      actor: request.requestedBy,
      action: 'created',
      recordType: 'changeRequest',
      recordKey: request.key,
      summary: `Solicitud de cambio F-SGI-032 ${label} registrada para ${request.clientCode}/${request.serviceCode}.`,
    });
    if (request.closedOn !== undefined) {
      drafts.push({
        at: clock.at(request.closedOn, '17:30'),
        actor: DEMO_PEOPLE.lider.email,
        action: 'updated',
        recordType: 'changeRequest',
        recordKey: request.key,
        summary: `Solicitud de cambio ${label} ${request.status === 'rejected' ? 'rechazada' : 'cerrada'}.`,
      });
    }
  }
  for (const request of inputs.serviceRequests) {
    drafts.push({
      at: clock.at(request.requestedOn, '16:15'),
      actor: request.requestedBy,
      action: 'created',
      recordType: 'serviceRequest',
      recordKey: request.key,
      summary: `Solicitud P-SGI-009 (${request.kind === 'new' ? 'servicio nuevo' : 'modificación de servicio'}) registrada para ${request.clientCode}.`,
    });
  }
  return drafts;
}

/** A former client whose records reached their disposal date and were purged, one entry each. */
function purgeEntries(ctx: DemoContext): Draft[] {
  const { clock } = ctx;
  const validityEnd: IsoDate = clock.addMonths(clock.today, -15);
  const runOn = clock.businessDayOnOrAfter(clock.addMonths(validityEnd, 12));
  const runAt = clock.at(runOn, '07:30');
  const records: readonly [string, string, string, IsoDate][] = [
    ['client', `${PURGED_KEY_PREFIX}client-0001`, 'MINSIERRA', validityEnd],
    ['contact', `${PURGED_KEY_PREFIX}contact-0001`, 'ramon.villalobos@minerasierra.com.mx', validityEnd],
    ['contact', `${PURGED_KEY_PREFIX}contact-0002`, 'lorena.quintero@minerasierra.com.mx', validityEnd],
    ['service', `${PURGED_KEY_PREFIX}service-0001`, 'MINSIERRA/MESA-AYUDA', validityEnd],
    ['meeting', `${PURGED_KEY_PREFIX}meeting-0001`, 'MINSIERRA', clock.addMonths(validityEnd, -2)],
    ['meeting', `${PURGED_KEY_PREFIX}meeting-0002`, 'MINSIERRA', clock.addMonths(validityEnd, -5)],
  ];
  const listName: Readonly<Record<string, string>> = {
    client: 'Cliente',
    contact: 'Contacto',
    service: 'Servicio',
    meeting: 'Reunión',
  };
  return records.map(([recordType, recordKey, label, end], i) => {
    const disposalDate = clock.addMonths(end, 12);
    const name = recordType === 'meeting' ? `${label} ${end}` : label;
    return {
      at: clock.plusMinutes(runAt, i),
      actor: DEMO_PEOPLE.lider.email,
      action: 'purged' as const,
      recordType,
      recordKey,
      summary: `Eliminación por la regla de retención: ${listName[recordType] ?? recordType} «${name}»; vigencia terminada el ${end}, plazo de retención cumplido el ${disposalDate}.`,
      validityEnd: end,
      disposalDate,
    };
  });
}

/** Every entry of the year, keyed in chronological order; nothing dated today or later. */
export function buildAuditLog(demos: readonly DemoClient[], inputs: AuditInputs, ctx: DemoContext): AuditEntry[] {
  const drafts = [
    ...catalogEntries(demos, ctx),
    ...surveyEntries(inputs, ctx),
    ...requestEntries(inputs, ctx),
    ...purgeEntries(ctx),
  ].filter((d) => ctx.clock.isPast(d.at));
  return drafts
    .map((draft, order) => ({ draft, order }))
    .sort((a, b) => Date.parse(a.draft.at) - Date.parse(b.draft.at) || a.order - b.order)
    .map(({ draft }) => parseAuditEntry({ key: ctx.keys.next('audit'), ...draft }));
}
