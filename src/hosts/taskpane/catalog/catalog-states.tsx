/**
 * The states every data view shows in words: loading (a spinner with its label), empty, and a
 * failed load (the error's localised message and «Reintentar»). Loaded with the views.
 */
import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, DocumentDismissRegular } from '@fluentui/react-icons';
import type { JSX } from 'react';
import { useUiText } from '../ui-text';
import { errorText } from './data-unavailable';

const useStyles = makeStyles({
  loading: {
    display: 'flex',
    justifyContent: 'flex-start',
    padding: `${tokens.spacingVerticalM} 0`,
  },
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
  text: { margin: 0 },
});

export function LoadingState({ label }: { readonly label: string }): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.loading} data-testid="loading-state">
      <Spinner size="small" labelPosition="after" label={label} />
    </div>
  );
}

export interface CatalogEmptyStateProps {
  readonly id: string;
  readonly title: string;
  readonly body: string;
}

/** Nothing to list (the catalog is empty), said in words. */
export function CatalogEmptyState({ id, title, body }: CatalogEmptyStateProps): JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.empty} aria-labelledby={id} data-testid="catalog-empty">
      <DocumentDismissRegular aria-hidden className={styles.emptyIcon} />
      <Subtitle2 as="h3" id={id} className={styles.text}>
        {title}
      </Subtitle2>
      <Body1 as="p" className={styles.text}>
        {body}
      </Body1>
    </section>
  );
}

export interface LoadErrorStateProps {
  readonly title: string;
  readonly error: unknown;
  readonly onRetry?: () => void;
}

/** A failed load: what failed, why (localised), and «Reintentar». */
export function LoadErrorState({ title, error, onRetry }: LoadErrorStateProps): JSX.Element {
  const { t, locale } = useUiText();
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="error-state">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {errorText(error, locale, t)}
      </MessageBarBody>
      {onRetry !== undefined ? (
        <MessageBarActions>
          <Button appearance="primary" size="small" icon={<ArrowClockwiseRegular />} onClick={onRetry}>
            {t('ui:catalog.retry')}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
