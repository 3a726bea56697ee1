/** State badges of the catalog views: the text carries the state, the colour only repeats it. */
import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { SlaState } from '../../../domain/complaint/sla-state';
import type { CadenceStatus } from '../../../domain/meeting/meeting-cadence';
import { useUiText } from '../ui-text';

type BadgeColor = NonNullable<BadgeProps['color']>;

const CADENCE_COLORS: Readonly<Record<CadenceStatus, BadgeColor>> = {
  ok: 'success',
  dueSoon: 'warning',
  overdue: 'danger',
  neverMet: 'informative',
};

const SLA_COLORS: Readonly<Record<SlaState, BadgeColor>> = {
  onTrack: 'success',
  warning: 'warning',
  breached: 'danger',
  paused: 'informative',
  met: 'subtle',
};

/** Al día / Por vencer / Vencida / Sin reuniones. */
export function CadenceBadge({ status }: { readonly status: CadenceStatus }): JSX.Element {
  const { t } = useUiText();
  return (
    <Badge appearance="tint" shape="rounded" color={CADENCE_COLORS[status]} data-state={status}>
      {t(`ui:catalog.cadenceState.${status}`)}
    </Badge>
  );
}

/** En tiempo / Por vencer / Vencido / En pausa / Cumplido (the catalog `complaint:slaState`). */
export function SlaBadge({ state }: { readonly state: SlaState }): JSX.Element {
  const { t } = useUiText();
  return (
    <Badge appearance="tint" shape="rounded" color={SLA_COLORS[state]} data-state={state}>
      {t(`complaint:slaState.${state}`)}
    </Badge>
  );
}
