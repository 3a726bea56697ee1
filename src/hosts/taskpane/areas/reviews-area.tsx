/** Revisiones: service reviews of agreements, commitments and requirements (seed step 7). */
import type { JSX } from 'react';
import { AreaLayout, ConnectEmptyState } from './area-layout';

export function ReviewsArea(): JSX.Element {
  return (
    <AreaLayout area="reviews">
      <ConnectEmptyState area="reviews" />
    </AreaLayout>
  );
}
