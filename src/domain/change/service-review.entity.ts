/**
 * A service review (seed step 7): are the agreements, commitments and specific requirements of
 * the client met, and is a scope change needed (→ F-SGI-032)?
 */
import { z } from 'zod';
import { businessCodeSchema, emailSchema, isoDateSchema, longTextSchema, recordKeySchema } from '../shared/primitives';
import { parseWith } from '../shared/validation';

export const serviceReviewSchema = z
  .object({
    key: recordKeySchema,
    clientCode: businessCodeSchema,
    serviceCode: businessCodeSchema,
    reviewedOn: isoDateSchema,
    reviewer: emailSchema,
    agreementsMet: z.boolean(),
    commitmentsMet: z.boolean(),
    requirementsMet: z.boolean(),
    notes: longTextSchema(8000),
    scopeChangeRequired: z.boolean(),
    changeRequestKey: recordKeySchema.optional(),
  })
  .strict()
  .refine((r) => r.scopeChangeRequired || r.changeRequestKey === undefined, {
    path: ['changeRequestKey'],
    message: 'only a review that requires a scope change links a change request',
  });
export type ServiceReview = z.infer<typeof serviceReviewSchema>;

export function parseServiceReview(input: unknown): ServiceReview {
  return parseWith(serviceReviewSchema, input, 'ServiceReview');
}
