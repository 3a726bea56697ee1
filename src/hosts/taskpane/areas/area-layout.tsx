/**
 * Building blocks every process area shares: the heading with its seed step, the honest empty
 * state (no data layer yet, no sample data) and the panel for the action the host opened us for.
 */
import { Body1, Caption1, makeStyles, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import { PlugDisconnectedRegular } from '@fluentui/react-icons';
import type { JSX, ReactNode } from 'react';
import type { AreaId } from '../host-context';
import { useUiText } from '../ui-text';

const useStyles = makeStyles({
  article: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    // Readable line length when the pane runs as a web page in a wide browser window.
    maxWidth: '44rem',
  },
  heading: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  step: {
    color: tokens.colorBrandForeground1,
    margin: 0,
  },
  title: { margin: 0 },
  text: { margin: 0 },
  empty: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'start',
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  emptyIcon: {
    gridRow: '1 / span 2',
    fontSize: '24px',
    color: tokens.colorNeutralForeground3,
  },
  action: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
  },
});

export interface AreaLayoutProps {
  readonly area: AreaId;
  readonly children?: ReactNode;
}

/** An area: its seed step, title and explanation, then whatever the area adds. */
export function AreaLayout({ area, children }: AreaLayoutProps): JSX.Element {
  const { t } = useUiText();
  const styles = useStyles();
  const headingId = `area-heading-${area}`;
  return (
    <article className={styles.article} aria-labelledby={headingId}>
      <div className={styles.heading}>
        <Caption1 as="p" className={styles.step}>
          {t(`ui:area.${area}.step`)}
        </Caption1>
        <Subtitle1 as="h2" id={headingId} className={styles.title}>
          {t(`ui:area.${area}.title`)}
        </Subtitle1>
      </div>
      <Body1 as="p" className={styles.text}>
        {t(`ui:area.${area}.summary`)}
      </Body1>
      {children}
    </article>
  );
}

export interface EmptyStateBoxProps {
  readonly id: string;
  readonly icon: JSX.Element;
  readonly title: string;
  readonly body: string;
  readonly testId: string;
}

/** The dashed box every "nothing to show" state uses: an icon, a title and one sentence. */
export function EmptyStateBox({ id, icon, title, body, testId }: EmptyStateBoxProps): JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.empty} aria-labelledby={id} data-testid={testId}>
      <span aria-hidden className={styles.emptyIcon}>
        {icon}
      </span>
      <Subtitle2 as="h3" id={id} className={styles.text}>
        {title}
      </Subtitle2>
      <Body1 as="p" className={styles.text}>
        {body}
      </Body1>
    </section>
  );
}

/** "Conecte con Microsoft 365 para ver …": what the area will show once the Graph layer exists. */
export function ConnectEmptyState({ area }: { readonly area: AreaId }): JSX.Element {
  const { t } = useUiText();
  return (
    <EmptyStateBox
      id={`empty-${area}`}
      icon={<PlugDisconnectedRegular />}
      title={t(`ui:area.${area}.empty`)}
      body={t('ui:empty.dataLayer')}
      testId="empty-state"
    />
  );
}

export interface ActionPanelProps {
  readonly id: string;
  readonly title: string;
  readonly body: string;
}

/** The task the host opened the pane for ("Registrar queja", "Reunión de revisión"). */
export function ActionPanel({ id, title, body }: ActionPanelProps): JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.action} aria-labelledby={id} data-testid="action-panel">
      <Subtitle2 as="h3" id={id} className={styles.text}>
        {title}
      </Subtitle2>
      <Body1 as="p" className={styles.text}>
        {body}
      </Body1>
    </section>
  );
}
