/** A request to design a new service or modify one (seed step 6, procedure P-SGI-009). */
import { z } from 'zod';
import {
  businessCodeSchema,
  emailSchema,
  isoDateSchema,
  longTextSchema,
  recordKeySchema,
  textSchema,
} from '../shared/primitives';
import { requestOriginSchema } from './change-request.entity';
import { parseWith } from '../shared/validation';

export const serviceRequestKindSchema = z.enum(['new', 'modify']);
export const serviceRequestStatusSchema = z.enum(['submitted', 'inDesign', 'inTransition', 'done', 'rejected']);
export type ServiceRequestStatus = z.infer<typeof serviceRequestStatusSchema>;

export const serviceRequestSchema = z
  .object({
    key: recordKeySchema,
    clientCode: businessCodeSchema,
    kind: serviceRequestKindSchema,
    serviceCode: businessCodeSchema.optional(),
    description: textSchema(4000),
    justification: longTextSchema(8000),
    origin: requestOriginSchema,
    originKey: recordKeySchema.optional(),
    requestedBy: emailSchema,
    requestedOn: isoDateSchema,
    status: serviceRequestStatusSchema,
    closedOn: isoDateSchema.optional(),
  })
  .strict()
  .refine((r) => r.kind === 'new' || r.serviceCode !== undefined, {
    path: ['serviceCode'],
    message: 'a modification names the service it modifies',
  })
  .refine((r) => (r.status === 'done' || r.status === 'rejected') === (r.closedOn !== undefined), {
    path: ['closedOn'],
    message: 'closedOn is set exactly when the request is done or rejected',
  });
export type ServiceRequest = z.infer<typeof serviceRequestSchema>;

export function parseServiceRequest(input: unknown): ServiceRequest {
  return parseWith(serviceRequestSchema, input, 'ServiceRequest');
}

export function isServiceRequestPending(status: ServiceRequestStatus): boolean {
  return status === 'submitted' || status === 'inDesign' || status === 'inTransition';
}
