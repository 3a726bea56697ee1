/**
 * Reportes y evidencia: the annual satisfaction workbook for management and the per-client,
 * per-period evidence an auditor follows (ISO/IEC 20000-1 8.3.2, 8.3.3; ISO 10002; retention).
 */
import type { JSX } from 'react';
import { Body1, makeStyles } from '@fluentui/react-components';
import type { AreaProps } from './area-props';
import { AreaLayout, ConnectEmptyState } from './area-layout';
import { useUiText } from '../ui-text';

const useStyles = makeStyles({ text: { margin: 0 } });

export function ReportsArea({ context }: AreaProps): JSX.Element {
  const { t } = useUiText();
  const styles = useStyles();
  return (
    <AreaLayout area="reports">
      <Body1 as="p" className={styles.text}>
        {t(context.host === 'excel' ? 'ui:area.reports.workbookExcel' : 'ui:area.reports.workbookElsewhere')}
      </Body1>
      <ConnectEmptyState area="reports" />
    </AreaLayout>
  );
}
