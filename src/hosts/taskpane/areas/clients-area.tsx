/** Clientes: the client catalog and each client's meeting cadence (seed step 1). */
import type { JSX } from 'react';
import { AreaLayout, ConnectEmptyState } from './area-layout';

export function ClientsArea(): JSX.Element {
  return (
    <AreaLayout area="clients">
      <ConnectEmptyState area="clients" />
    </AreaLayout>
  );
}
