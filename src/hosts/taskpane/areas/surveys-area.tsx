/** Encuestas: satisfaction survey campaigns, PR-SGI-015 (seed step 5). */
import type { JSX } from 'react';
import { AreaLayout, ConnectEmptyState } from './area-layout';

export function SurveysArea(): JSX.Element {
  return (
    <AreaLayout area="surveys">
      <ConnectEmptyState area="surveys" />
    </AreaLayout>
  );
}
