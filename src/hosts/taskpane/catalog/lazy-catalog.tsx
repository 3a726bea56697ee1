/**
 * The catalog views, loaded on first use: they bring the domain's rules (cadence, SLA clocks on
 * the business calendar, record schemas) and the table components, which the pane's first paint
 * does not need. While the code arrives the view says «Cargando…» in words.
 */
import { type JSX, lazy, Suspense } from 'react';
import type { DataReady } from '../data/data-context';
import { useUiText } from '../ui-text';
import { PendingState } from './data-unavailable';

const ClientCatalogLazy = lazy(() => import('./client-catalog').then((m) => ({ default: m.ClientCatalog })));
const ComplaintLogLazy = lazy(() => import('./complaint-log').then((m) => ({ default: m.ComplaintLog })));

export function LazyClientCatalog({ data }: { readonly data: DataReady }): JSX.Element {
  const { t } = useUiText();
  return (
    <Suspense fallback={<PendingState label={t('ui:catalog.clients.loading')} />}>
      <ClientCatalogLazy data={data} />
    </Suspense>
  );
}

export function LazyComplaintLog({ data }: { readonly data: DataReady }): JSX.Element {
  const { t } = useUiText();
  return (
    <Suspense fallback={<PendingState label={t('ui:catalog.complaints.loading')} />}>
      <ComplaintLogLazy data={data} />
    </Suspense>
  );
}
