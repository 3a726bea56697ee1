/** Props every process area receives: the host context decided at start-up. */
import type { HostContext } from '../host-context';

export interface AreaProps {
  readonly context: HostContext;
}
