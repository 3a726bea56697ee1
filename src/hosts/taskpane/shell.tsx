/**
 * The task pane shell: banner, navigation between the areas of the process (a Fluent TabList,
 * arrow keys move between tabs) and the selected area, each behind its own error boundary.
 */
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  tokens,
  type SelectTabData,
  type SelectTabEvent,
} from '@fluentui/react-components';
import { type JSX, useCallback, useState } from 'react';
import { AREAS, isAreaId } from './areas/area-registry';
import { ErrorBoundary } from './error-boundary';
import { initialArea, type AreaId, type HostContext } from './host-context';
import { ShellHeader } from './shell-header';
import { useUiText } from './ui-text';

const PANEL_ID = 'area-panel';
const tabId = (area: AreaId): string => `tab-${area}`;

const useStyles = makeStyles({
  shell: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    minWidth: 0,
  },
  skipLink: {
    position: 'absolute',
    left: '-10000px',
    top: 'auto',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    ':focus': {
      position: 'static',
      width: 'auto',
      height: 'auto',
      padding: tokens.spacingHorizontalS,
    },
  },
  nav: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tabs: { flexWrap: 'wrap', rowGap: tokens.spacingVerticalXXS },
  main: {
    flexGrow: 1,
    padding: tokens.spacingHorizontalM,
    ':focus': { outline: 'none' },
  },
});

export function Shell({ context }: { readonly context: HostContext }): JSX.Element {
  const { t, locale } = useUiText();
  const styles = useStyles();
  const [area, setArea] = useState<AreaId>(() => initialArea(context));
  const onTabSelect = useCallback((_event: SelectTabEvent, data: SelectTabData) => {
    if (isAreaId(data.value)) setArea(data.value);
  }, []);
  const current = AREAS.find((definition) => definition.id === area) ?? AREAS[0];

  return (
    <div className={styles.shell}>
      <a href="#contenido" className={styles.skipLink}>
        {t('ui:shell.skipToContent')}
      </a>
      <ShellHeader host={context.host} />
      <nav className={styles.nav} aria-label={t('ui:shell.navLabel')}>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={area}
          onTabSelect={onTabSelect}
          aria-label={t('ui:shell.navLabel')}
        >
          {AREAS.map(({ id, Icon }) => (
            <Tab key={id} id={tabId(id)} value={id} icon={<Icon />} aria-controls={PANEL_ID}>
              {t(`ui:nav.${id}`)}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main id="contenido" className={styles.main} tabIndex={-1} aria-label={t('ui:shell.contentLabel')}>
        <div role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(area)}>
          {current ? (
            <ErrorBoundary
              key={area}
              locale={locale}
              code="UI.AREA_FAILED"
              params={{ area: t(`ui:nav.${area}`) }}
              renderFallback={(message) => (
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>{message}</MessageBarBody>
                </MessageBar>
              )}
            >
              <current.Component context={context} />
            </ErrorBoundary>
          ) : null}
        </div>
      </main>
    </div>
  );
}
