/**
 * Quejas: the complaint lifecycle of PR-SGI-016 (seed step 4). Opened from an Outlook message (or
 * with `?mode=complaint`) it leads with "Registrar queja".
 */
import type { JSX } from 'react';
import type { AreaProps } from './area-props';
import { ActionPanel, AreaLayout, ConnectEmptyState } from './area-layout';
import { useUiText } from '../ui-text';

export function ComplaintsArea({ context }: AreaProps): JSX.Element {
  const { t } = useUiText();
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
      <ConnectEmptyState area="complaints" />
    </AreaLayout>
  );
}
