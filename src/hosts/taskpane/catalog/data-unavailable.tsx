/**
 * What an area shows when there is no data source: not configured (the honest «Conecte con
 * Microsoft 365» state) or the source failed to start (its localised error). Loaded with the
 * shell, so it uses only components the shell already has.
 */
import { Body1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import { describeError, type Locale, type Translate } from '../../../i18n';
import { ConnectEmptyState } from '../areas/area-layout';
import type { DataUnavailable } from '../data/data-context';
import type { AreaId } from '../host-context';
import { useUiText } from '../ui-text';

const useStyles = makeStyles({
  pending: { margin: 0, padding: `${tokens.spacingVerticalM} 0`, color: tokens.colorNeutralForeground2 },
});

/** True when `error` carries a stable code the `errors` catalog can explain (a DomainError). */
function hasErrorCode(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string';
}

/** The sentence shown for a failure: the catalog's message for a coded error, else a generic hint. */
export function errorText(error: unknown, locale: Locale, t: Translate): string {
  return hasErrorCode(error) ? describeError(error, locale) : t('ui:catalog.loadFailedHint');
}

export function DataUnavailableState({
  area,
  data,
}: {
  readonly area: AreaId;
  readonly data: DataUnavailable;
}): JSX.Element {
  const { t, locale } = useUiText();
  if (data.reason === 'notConfigured') return <ConnectEmptyState area={area} />;
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="error-state">
      <MessageBarBody>
        <MessageBarTitle>{t('ui:catalog.connectionFailed')}</MessageBarTitle> {errorText(data.error, locale, t)}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Shown while a view's code arrives (the view then shows its own spinner while its data loads). */
export function PendingState({ label }: { readonly label: string }): JSX.Element {
  const styles = useStyles();
  return (
    <Body1 as="p" role="status" className={styles.pending} data-testid="loading-state">
      {label}
    </Body1>
  );
}
