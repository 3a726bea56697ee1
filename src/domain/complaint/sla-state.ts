/**
 * The state of a complaint's SLA clock as shown to people (PR-SGI-016): on track, past the
 * warning share of its target, breached, paused while waiting on the client, or met.
 */
export type SlaState = 'onTrack' | 'warning' | 'breached' | 'paused' | 'met';
export const SLA_STATES: readonly SlaState[] = ['onTrack', 'warning', 'breached', 'paused', 'met'];
