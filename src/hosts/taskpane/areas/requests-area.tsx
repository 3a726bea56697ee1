/** Solicitudes: SLA/scope change requests F-SGI-032 and service requests P-SGI-009 (seed steps 5–7). */
import type { JSX } from 'react';
import { AreaLayout, ConnectEmptyState } from './area-layout';

export function RequestsArea(): JSX.Element {
  return (
    <AreaLayout area="requests">
      <ConnectEmptyState area="requests" />
    </AreaLayout>
  );
}
