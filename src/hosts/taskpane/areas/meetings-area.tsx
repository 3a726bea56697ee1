/**
 * Reuniones: schedule the periodic meeting, build its agenda, record minutes, agreements and the
 * decision "¿Existe alguna queja?" (seed steps 1–3). Opened from an Outlook appointment (or with
 * `?mode=meeting`) it leads with "Reunión de revisión".
 */
import type { JSX } from 'react';
import type { AreaProps } from './area-props';
import { ActionPanel, AreaLayout, ConnectEmptyState } from './area-layout';
import { useUiText } from '../ui-text';

export function MeetingsArea({ context }: AreaProps): JSX.Element {
  const { t } = useUiText();
  const fromAppointment = context.host === 'outlook' && context.outlookMode === 'appointment';
  return (
    <AreaLayout area="meetings">
      {context.mode === 'meeting' ? (
        <ActionPanel
          id="meeting-action"
          title={t('ui:area.meetings.actionTitle')}
          body={t(fromAppointment ? 'ui:area.meetings.actionBody' : 'ui:area.meetings.actionBodyElsewhere')}
        />
      ) : null}
      <ConnectEmptyState area="meetings" />
    </AreaLayout>
  );
}
