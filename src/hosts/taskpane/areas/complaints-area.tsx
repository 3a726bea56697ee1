/**
 * Quejas: the complaint lifecycle of PR-SGI-016 (seed step 4) and the complaint log. Opened from
 * an Outlook message (or with `?mode=complaint`) it leads with "Registrar queja".
 */
import type { JSX } from 'react';
import { DataUnavailableState } from '../catalog/data-unavailable';
import { LazyComplaintLog } from '../catalog/lazy-catalog';
import { useData } from '../data/data-context';
import type { AreaProps } from './area-props';
import { ActionPanel, AreaLayout } from './area-layout';
import { useUiText } from '../ui-text';

export function ComplaintsArea({ context }: AreaProps): JSX.Element {
  const { t } = useUiText();
  const data = useData();
  const fromMessage = context.host === 'outlook' && context.outlookMode === 'message';
  return (
    <AreaLayout area="complaints">
      {context.mode === 'complaint' ? (
        <ActionPanel
          id="complaint-action"
          title={t('ui:area.complaints.actionTitle')}
          body={t(fromMessage ? 'ui:area.complaints.actionBody' : 'ui:area.complaints.actionBodyElsewhere')}
        />
      ) : null}
      {data.status === 'ready' ? (
        <LazyComplaintLog data={data} />
      ) : (
        <DataUnavailableState area="complaints" data={data} />
      )}
    </AreaLayout>
  );
}
