/**
 * A service change request, form F-SGI-032: an SLA change (seed step 5) or a scope change
 * (step 7), raised from a survey, a service review or a complaint, then handled through
 * change management P-SGI-022.
 */
import { z } from 'zod';
import {
  businessCodeSchema,
  emailSchema,
  isoDateSchema,
  longTextSchema,
  recordKeySchema,
  textSchema,
} from '../shared/primitives';
import { parseWith } from '../shared/validation';

export const changeKindSchema = z.enum(['sla', 'scope']);
export type ChangeKind = z.infer<typeof changeKindSchema>;
export const requestOriginSchema = z.enum(['survey', 'review', 'complaint', 'meeting']);
export type RequestOrigin = z.infer<typeof requestOriginSchema>;

/** P-SGI-022 states. */
export const changeRequestStatusSchema = z.enum([
  'submitted',
  'underEvaluation',
  'approved',
  'rejected',
  'implemented',
  'closed',
]);
export type ChangeRequestStatus = z.infer<typeof changeRequestStatusSchema>;

export const changeRequestSchema = z
  .object({
    key: recordKeySchema,
    folio: z
      .string()
      .regex(/^CR-\d{4}-\d{4,6}$/)
      .optional(),
    clientCode: businessCodeSchema,
    serviceCode: businessCodeSchema,
    kind: changeKindSchema,
    origin: requestOriginSchema,
    /** Key of the survey response, review or complaint that originated it. */
    originKey: recordKeySchema.optional(),
    description: textSchema(4000),
    justification: longTextSchema(8000),
    requestedBy: emailSchema,
    requestedOn: isoDateSchema,
    status: changeRequestStatusSchema,
    decidedOn: isoDateSchema.optional(),
    closedOn: isoDateSchema.optional(),
  })
  .strict()
  .refine((r) => (r.status === 'closed' || r.status === 'rejected') === (r.closedOn !== undefined), {
    path: ['closedOn'],
    message: 'closedOn is set exactly when the request is closed or rejected',
  });
export type ChangeRequest = z.infer<typeof changeRequestSchema>;

export function parseChangeRequest(input: unknown): ChangeRequest {
  return parseWith(changeRequestSchema, input, 'ChangeRequest');
}

export function isChangeRequestPending(status: ChangeRequestStatus): boolean {
  return status === 'submitted' || status === 'underEvaluation' || status === 'approved';
}
