/**
 * The states every data view shows in words: loading (a spinner with its label), empty, and a
 * failed load (the error's localised message and «Reintentar»). Loaded with the views.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, DocumentDismissRegular } from '@fluentui/react-icons';
import type { JSX } from 'react';
import { EmptyStateBox } from '../areas/area-layout';
import { useUiText } from '../ui-text';
import { errorText } from './data-unavailable';

const useStyles = makeStyles({
  loading: {
    display: 'flex',
    justifyContent: 'flex-start',
    padding: `${tokens.spacingVerticalM} 0`,
  },
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
  return <EmptyStateBox id={id} icon={<DocumentDismissRegular />} title={title} body={body} testId="catalog-empty" />;
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
