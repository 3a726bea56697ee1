/** The banner: product name, the process it serves, and which host the pane is running in. */
import type { JSX } from 'react';
import { Badge, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { HostKind } from './host-context';
import { useUiText } from './ui-text';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  name: { margin: 0, color: tokens.colorBrandForeground1 },
  tagline: { margin: 0, color: tokens.colorNeutralForeground2 },
  badge: { flexShrink: 0 },
});

export function ShellHeader({ host }: { readonly host: HostKind }): JSX.Element {
  const { t } = useUiText();
  const styles = useStyles();
  const hostName = t(`ui:host.${host}`);
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <Text as="h1" size={500} weight="semibold" className={styles.name}>
          {t('common:appName')}
        </Text>
        <Caption1 as="p" className={styles.tagline}>
          {t('common:appTagline')}
        </Caption1>
      </div>
      <Badge
        appearance="tint"
        color="brand"
        className={styles.badge}
        title={t('ui:shell.hostBadge', { host: hostName })}
        aria-label={t('ui:shell.hostBadge', { host: hostName })}
        data-testid="host-badge"
      >
        {hostName}
      </Badge>
    </header>
  );
}
