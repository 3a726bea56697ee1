/**
 * Quejas: the complaint log (PR-SGI-016), newest first, filtered by status, client and severity,
 * each complaint with its folio, client, title, status, severity and SLA state. Read-only. Every
 * value a person typed (titles, client names) is rendered as React text, never as HTML.
 */
import {
  Button,
  Caption1,
  Field,
  makeStyles,
  Select,
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
import { type JSX, useCallback, useState } from 'react';
import { listClientChoices, type ClientChoice } from '../../../application/catalog/list-client-choices.use-case';
import { listComplaintLog, type ComplaintLogRow } from '../../../application/catalog/list-complaint-log.use-case';
import { COMPLAINT_STATUSES, type ComplaintStatus } from '../../../domain/complaint/complaint.entity';
import { SEVERITIES, type Severity } from '../../../domain/service/service.entity';
import type { DataReady } from '../data/data-context';
import { useUiText } from '../ui-text';
import { SlaBadge } from './catalog-badges';
import { CatalogEmptyState, LoadErrorState, LoadingState } from './catalog-states';
import { formatInstantDate } from './format';
import { type LoadState, useLoad } from './use-load';

/** The log's filters; an absent one means "all". */
export interface ComplaintFilters {
  readonly status?: ComplaintStatus;
  readonly clientCode?: string;
  readonly severity?: Severity;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(9rem, 1fr))',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  // A long client name in the options must not widen the pane: the controls shrink to their cell.
  field: { minWidth: 0 },
  select: { width: '100%', minWidth: 0 },
  selectControl: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
  },
  summary: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
  },
  count: { margin: 0, color: tokens.colorNeutralForeground2 },
  statusColumn: { width: '30%' },
  slaColumn: { width: '26%' },
  title: { overflowWrap: 'break-word' },
  stack: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  noMatch: { margin: 0 },
});

export interface ComplaintLogViewProps {
  readonly state: LoadState<readonly ComplaintLogRow[]>;
  /** The clients of the filter (empty while they load). */
  readonly clients: readonly ClientChoice[];
  readonly filters: ComplaintFilters;
  readonly onFiltersChange: (filters: ComplaintFilters) => void;
  readonly onRetry: () => void;
}

const hasFilters = (filters: ComplaintFilters): boolean =>
  filters.status !== undefined || filters.clientCode !== undefined || filters.severity !== undefined;

function asStatus(value: string): ComplaintStatus | undefined {
  return (COMPLAINT_STATUSES as readonly string[]).includes(value) ? (value as ComplaintStatus) : undefined;
}

function asSeverity(value: string): Severity | undefined {
  return (SEVERITIES as readonly string[]).includes(value) ? (value as Severity) : undefined;
}

/** Replaces one filter; `undefined` removes it. */
function withFilter<K extends keyof ComplaintFilters>(
  filters: ComplaintFilters,
  key: K,
  value: ComplaintFilters[K] | undefined,
): ComplaintFilters {
  const next: { -readonly [P in keyof ComplaintFilters]: ComplaintFilters[P] } = { ...filters };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

function ComplaintFiltersForm({
  clients,
  filters,
  onFiltersChange,
}: Pick<ComplaintLogViewProps, 'clients' | 'filters' | 'onFiltersChange'>): JSX.Element {
  const { t } = useUiText();
  const styles = useStyles();
  const knownClient = filters.clientCode === undefined || clients.some((c) => c.code === filters.clientCode);
  return (
    <fieldset className={styles.filters} data-testid="complaint-filters">
      <legend className={styles.legend}>
        <Caption1>{t('ui:catalog.complaints.filtersLabel')}</Caption1>
      </legend>
      <Field className={styles.field} label={t('ui:catalog.complaints.statusLabel')}>
        <Select
          className={styles.select}
          select={{ className: styles.selectControl }}
          value={filters.status ?? ''}
          onChange={(_event, data) => onFiltersChange(withFilter(filters, 'status', asStatus(data.value)))}
        >
          <option value="">{t('ui:catalog.complaints.allStatuses')}</option>
          {COMPLAINT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`complaint:status.${status}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field className={styles.field} label={t('ui:catalog.complaints.clientLabel')}>
        <Select
          className={styles.select}
          select={{ className: styles.selectControl }}
          value={filters.clientCode ?? ''}
          onChange={(_event, data) =>
            onFiltersChange(withFilter(filters, 'clientCode', data.value === '' ? undefined : data.value))
          }
        >
          <option value="">{t('ui:catalog.complaints.allClients')}</option>
          {!knownClient && filters.clientCode !== undefined ? (
            <option value={filters.clientCode}>{filters.clientCode}</option>
          ) : null}
          {clients.map((client) => (
            <option key={client.code} value={client.code}>
              {client.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field className={styles.field} label={t('ui:catalog.complaints.severityLabel')}>
        <Select
          className={styles.select}
          select={{ className: styles.selectControl }}
          value={filters.severity ?? ''}
          onChange={(_event, data) => onFiltersChange(withFilter(filters, 'severity', asSeverity(data.value)))}
        >
          <option value="">{t('ui:catalog.complaints.allSeverities')}</option>
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {t(`common:severity.${severity}`)}
            </option>
          ))}
        </Select>
      </Field>
    </fieldset>
  );
}

function ComplaintRow({ row }: { readonly row: ComplaintLogRow }): JSX.Element {
  const { t, locale } = useUiText();
  const styles = useStyles();
  const description = [
    row.folio ?? t('ui:catalog.complaints.noFolio'),
    row.clientName,
    formatInstantDate(row.receivedAt, locale),
  ].join(' · ');
  return (
    <TableRow data-testid="complaint-row" data-key={row.key}>
      <TableCell>
        <TableCellLayout description={description}>
          <span className={styles.title}>{row.title}</span>
        </TableCellLayout>
      </TableCell>
      <TableCell>
        <div className={styles.stack}>
          <Text size={200}>{t(`complaint:status.${row.status}`)}</Text>
          <Caption1>{t('ui:catalog.complaints.severity', { severity: t(`common:severity.${row.severity}`) })}</Caption1>
        </div>
      </TableCell>
      <TableCell>
        <div className={styles.stack}>
          <SlaBadge state={row.slaState} />
        </div>
      </TableCell>
    </TableRow>
  );
}

function ComplaintTable({ rows }: { readonly rows: readonly ComplaintLogRow[] }): JSX.Element {
  const { t } = useUiText();
  const styles = useStyles();
  return (
    <Table size="small" aria-label={t('ui:catalog.complaints.tableLabel')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('ui:catalog.complaints.column.complaint')}</TableHeaderCell>
          <TableHeaderCell className={styles.statusColumn}>{t('ui:catalog.complaints.column.status')}</TableHeaderCell>
          <TableHeaderCell className={styles.slaColumn}>{t('ui:catalog.complaints.column.sla')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <ComplaintRow key={row.key} row={row} />
        ))}
      </TableBody>
    </Table>
  );
}

/** The log for a given load state and filters; pure presentation, so it renders the same on a server. */
export function ComplaintLogView({
  state,
  clients,
  filters,
  onFiltersChange,
  onRetry,
}: ComplaintLogViewProps): JSX.Element {
  const { t } = useUiText();
  const styles = useStyles();
  const filtered = hasFilters(filters);

  let body: JSX.Element;
  if (state.status === 'loading') {
    body = <LoadingState label={t('ui:catalog.complaints.loading')} />;
  } else if (state.status === 'error') {
    body = <LoadErrorState title={t('ui:catalog.complaints.loadFailed')} error={state.error} onRetry={onRetry} />;
  } else if (state.value.length === 0 && !filtered) {
    body = (
      <CatalogEmptyState
        id="complaints-empty"
        title={t('ui:catalog.complaints.empty')}
        body={t('ui:catalog.complaints.emptyHint')}
      />
    );
  } else {
    body = (
      <>
        <div className={styles.summary}>
          <Caption1 as="p" role="status" aria-live="polite" className={styles.count} data-testid="complaint-count">
            {t('ui:catalog.complaints.count', { count: state.value.length })}
          </Caption1>
          {filtered ? (
            <Button appearance="subtle" size="small" onClick={() => onFiltersChange({})}>
              {t('ui:catalog.complaints.clearFilters')}
            </Button>
          ) : null}
        </div>
        {state.value.length === 0 ? (
          <Text as="p" className={styles.noMatch} data-testid="complaint-no-match">
            {t('ui:catalog.complaints.noMatch')}
          </Text>
        ) : (
          <ComplaintTable rows={state.value} />
        )}
      </>
    );
  }

  return (
    <div className={styles.root} data-testid="complaint-log">
      <ComplaintFiltersForm clients={clients} filters={filters} onFiltersChange={onFiltersChange} />
      {body}
    </div>
  );
}

/** Loads the log (and the clients of its filter) from the repositories, SLAs as of `data.now()`. */
export function ComplaintLog({ data }: { readonly data: DataReady }): JSX.Element {
  const [filters, setFilters] = useState<ComplaintFilters>({});
  const choices = useLoad(() => listClientChoices(data.repositories), [data]);
  const log = useLoad(
    () => listComplaintLog(data.repositories, { now: data.now(), ...filters }),
    [data, filters.status, filters.clientCode, filters.severity],
  );
  const retryChoices = choices.retry;
  const retryLog = log.retry;
  const retry = useCallback(() => {
    retryChoices();
    retryLog();
  }, [retryChoices, retryLog]);
  // A failure to list the clients of the filter is a failure of the view: show it, with retry.
  const state: LoadState<readonly ComplaintLogRow[]> =
    choices.state.status === 'error' && log.state.status !== 'error' ? choices.state : log.state;
  return (
    <ComplaintLogView
      state={state}
      clients={choices.state.status === 'ready' ? choices.state.value : []}
      filters={filters}
      onFiltersChange={setFilters}
      onRetry={retry}
    />
  );
}
