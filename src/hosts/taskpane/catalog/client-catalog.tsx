/**
 * Clientes: the client catalog with each client's cadence, the date its next periodic review is
 * due and where it stands (al día / por vencer / vencida / sin reuniones), and its open
 * complaints; a search box narrows it by name or code. Read-only. Every value a person typed
 * (names, codes) is rendered as React text, never as HTML.
 */
import {
  Badge,
  Caption1,
  Field,
  makeStyles,
  SearchBox,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { type JSX, useDeferredValue, useMemo, useState } from 'react';
import {
  listClientOverview,
  matchesClientSearch,
  type ClientOverviewRow,
} from '../../../application/catalog/list-client-overview.use-case';
import { localDateOf, MEETING_TIME_ZONE } from '../../../domain/meeting/meeting-cadence';
import type { DataReady } from '../data/data-context';
import { useUiText } from '../ui-text';
import { CadenceBadge } from './catalog-badges';
import { CatalogEmptyState, LoadErrorState, LoadingState } from './catalog-states';
import { formatCalendarDate } from './format';
import { type LoadState, useLoad } from './use-load';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  count: { margin: 0, color: tokens.colorNeutralForeground2 },
  table: { minWidth: 0 },
  nextColumn: { width: '34%' },
  complaintsColumn: { width: '18%' },
  name: { overflowWrap: 'break-word' },
  stack: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  noMatch: { margin: 0 },
});

export interface ClientCatalogViewProps {
  readonly state: LoadState<readonly ClientOverviewRow[]>;
  readonly search: string;
  /** The search the table is filtered with (a deferred copy of `search` while typing). */
  readonly appliedSearch?: string;
  readonly onSearchChange: (value: string) => void;
  readonly onRetry: () => void;
}

function ClientRow({ row }: { readonly row: ClientOverviewRow }): JSX.Element {
  const { t, locale } = useUiText();
  const styles = useStyles();
  const description = `${row.code} · ${t(`common:cadence.${row.cadence}`)}`;
  return (
    <TableRow data-testid="client-row" data-code={row.code}>
      <TableCell>
        <TableCellLayout description={description}>
          <span className={styles.name} data-testid="client-name">
            {row.name}
          </span>
          {row.status === 'inactive' ? (
            <>
              {' '}
              <Badge appearance="outline" color="subtle" size="small">
                {t('common:clientStatus.inactive')}
              </Badge>
            </>
          ) : null}
        </TableCellLayout>
      </TableCell>
      <TableCell>
        <div className={styles.stack}>
          <Text size={200}>{formatCalendarDate(row.nextDueOn, locale)}</Text>
          <CadenceBadge status={row.cadenceStatus} />
          {row.nextScheduledOn !== undefined ? (
            <Caption1>
              {t('ui:catalog.clients.scheduledOn', { date: formatCalendarDate(row.nextScheduledOn, locale) })}
            </Caption1>
          ) : null}
        </div>
      </TableCell>
      <TableCell className={styles.number}>
        <Text size={200}>{row.openComplaints}</Text>
      </TableCell>
    </TableRow>
  );
}

/** The catalog for a given load state; pure presentation, so it renders the same on a server. */
export function ClientCatalogView({
  state,
  search,
  appliedSearch = search,
  onSearchChange,
  onRetry,
}: ClientCatalogViewProps): JSX.Element {
  const { t } = useUiText();
  const styles = useStyles();
  const rows = state.status === 'ready' ? state.value : undefined;
  const shown = useMemo(
    () => (rows === undefined ? [] : rows.filter((row) => matchesClientSearch(row, appliedSearch))),
    [rows, appliedSearch],
  );

  if (state.status === 'loading') return <LoadingState label={t('ui:catalog.clients.loading')} />;
  if (state.status === 'error') {
    return <LoadErrorState title={t('ui:catalog.clients.loadFailed')} error={state.error} onRetry={onRetry} />;
  }
  if (rows === undefined || rows.length === 0) {
    return (
      <CatalogEmptyState
        id="clients-empty"
        title={t('ui:catalog.clients.empty')}
        body={t('ui:catalog.clients.emptyHint')}
      />
    );
  }

  return (
    <div className={styles.root} data-testid="client-catalog">
      <Field label={t('ui:catalog.clients.searchLabel')}>
        <SearchBox
          value={search}
          placeholder={t('ui:catalog.clients.searchPlaceholder')}
          onChange={(_event, data) => onSearchChange(data.value)}
        />
      </Field>
      <Caption1 as="p" role="status" aria-live="polite" className={styles.count} data-testid="client-count">
        {t('ui:catalog.clients.count', { shown: shown.length, total: rows.length })}
      </Caption1>
      {shown.length === 0 ? (
        <Text as="p" className={styles.noMatch} data-testid="client-no-match">
          {t('ui:catalog.clients.noMatch', { search: appliedSearch.trim() })}
        </Text>
      ) : (
        <Table size="small" className={styles.table} aria-label={t('ui:catalog.clients.tableLabel')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('ui:catalog.clients.column.client')}</TableHeaderCell>
              <TableHeaderCell className={styles.nextColumn}>
                {t('ui:catalog.clients.column.nextMeeting')}
              </TableHeaderCell>
              <TableHeaderCell className={styles.complaintsColumn}>
                {t('ui:catalog.clients.column.openComplaints')}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((row) => (
              <ClientRow key={row.code} row={row} />
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}

/** Loads the overview from the repositories (cadence assessed on today's date in Mexico City). */
export function ClientCatalog({ data }: { readonly data: DataReady }): JSX.Element {
  const [search, setSearch] = useState('');
  const appliedSearch = useDeferredValue(search);
  const { state, retry } = useLoad(
    () => listClientOverview(data.repositories, { today: localDateOf(data.now(), MEETING_TIME_ZONE) }),
    [data],
  );
  return (
    <ClientCatalogView
      state={state}
      search={search}
      appliedSearch={appliedSearch}
      onSearchChange={setSearch}
      onRetry={retry}
    />
  );
}
