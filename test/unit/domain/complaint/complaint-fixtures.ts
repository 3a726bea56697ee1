// Shared fixtures of the complaint tests: the people of the process as actors and complaints
// walked through the lifecycle to each status at known instants (Mexico City, UTC−6).
import type { Complaint, ComplaintStatus } from '../../../../src/domain/complaint/complaint.entity';
import {
  attendComplaint,
  closeComplaint,
  registerComplaint,
  reopenComplaint,
  resolveComplaint,
  routeComplaint,
  type Actor,
  type RegisterComplaintInput,
} from '../../../../src/domain/complaint/complaint-lifecycle';
import type { Role } from '../../../../src/domain/shared/primitives';
import { AUDITOR, COMERCIAL, DIRECCION, LIDER, mx } from '../support/records';

/** The demo users acting in their roles. */
export const comercial: Actor = { email: COMERCIAL, role: 'comercial' };
export const lider: Actor = { email: LIDER, role: 'deliveryLead' };
export const direccion: Actor = { email: DIRECCION, role: 'management' };
export const auditor: Actor = { email: AUDITOR, role: 'auditor' };
export const ACTORS: Readonly<Record<Role, Actor>> = {
  comercial,
  deliveryLead: lider,
  management: direccion,
  auditor,
};

export const baseInput: RegisterComplaintInput = {
  key: 'Q-ACME-0001',
  folio: 'Q-2026-0001',
  clientCode: 'ACME',
  serviceCode: 'SOP-N2',
  title: 'Tickets sin respuesta',
  description: 'El cliente reporta tickets de nivel 2 sin respuesta desde hace tres días.',
  severity: 'high',
  channel: 'meeting',
  reportedBy: 'compras@acme.com.mx',
};

/** Instants at which `complaintIn` takes each step (Tuesday 2026-02-03). */
export const STEP_AT = {
  registered: mx('2026-02-03T10:00'),
  routed: mx('2026-02-03T10:30'),
  inProgress: mx('2026-02-03T11:00'),
  resolved: mx('2026-02-03T12:00'),
  closed: mx('2026-02-03T13:00'),
  reopened: mx('2026-02-03T14:00'),
} as const;

/** A complaint taken through the lifecycle to `status` (reopened = closed, then reopened). */
export function complaintIn(status: ComplaintStatus, input: Partial<RegisterComplaintInput> = {}): Complaint {
  let c = registerComplaint({ ...baseInput, ...input }, comercial, STEP_AT.registered);
  if (status === 'registered') return c;
  c = routeComplaint(c, { assignedTo: lider.email }, comercial, STEP_AT.routed);
  if (status === 'routed') return c;
  c = attendComplaint(c, {}, lider, STEP_AT.inProgress);
  if (status === 'inProgress') return c;
  c = resolveComplaint(c, { resolution: 'Se reasignaron los tickets y se atendieron.' }, lider, STEP_AT.resolved);
  if (status === 'resolved') return c;
  c = closeComplaint(c, { clientConfirmed: true, rootCauseCategory: 'process' }, lider, STEP_AT.closed);
  if (status === 'closed') return c;
  return reopenComplaint(
    c,
    { note: 'El cliente reporta que los tickets siguen sin respuesta.' },
    lider,
    STEP_AT.reopened,
  );
}

/** Freezes `value` and everything inside it, so a mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
