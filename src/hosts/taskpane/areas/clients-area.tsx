/** Clientes: the client catalog and each client's meeting cadence (seed step 1). */
import type { JSX } from 'react';
import { LazyClientCatalog } from '../catalog/lazy-catalog';
import { DataUnavailableState } from '../catalog/data-unavailable';
import { useData } from '../data/data-context';
import { AreaLayout } from './area-layout';

export function ClientsArea(): JSX.Element {
  const data = useData();
  return (
    <AreaLayout area="clients">
      {data.status === 'ready' ? (
        <LazyClientCatalog data={data} />
      ) : (
        <DataUnavailableState area="clients" data={data} />
      )}
    </AreaLayout>
  );
}
