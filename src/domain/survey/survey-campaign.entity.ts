/**
 * A satisfaction-survey campaign (seed step 5, PR-SGI-015): annual or for a project, the
 * Microsoft Forms form it uses, its window and whether its results reached Comercial.
 */
import { z } from 'zod';
import { businessCodeSchema, isoDateSchema, recordKeySchema, textSchema } from '../shared/primitives';
import { parseWith } from '../shared/validation';

export const campaignKindSchema = z.enum(['annual', 'project']);
export const campaignStatusSchema = z.enum(['draft', 'open', 'closed']);
export type CampaignStatus = z.infer<typeof campaignStatusSchema>;

export const surveyCampaignSchema = z
  .object({
    key: recordKeySchema,
    name: textSchema(255),
    kind: campaignKindSchema,
    year: z.number().int().min(2000).max(2100),
    /** Microsoft Forms form id and the question that carries the per-invitation token. */
    formId: z
      .string()
      .trim()
      .min(1)
      .max(256)
      .regex(/^[A-Za-z0-9_-]+$/),
    tokenQuestionKey: z
      .string()
      .trim()
      .min(1)
      .max(128)
      .regex(/^[A-Za-z0-9_]+$/),
    opensOn: isoDateSchema,
    closesOn: isoDateSchema,
    status: campaignStatusSchema,
    /** Clients in scope; absent means every active client. */
    clientCodes: z.array(businessCodeSchema).optional(),
    /** Step 5: date the results were sent to Comercial for review. */
    resultsSentOn: isoDateSchema.optional(),
    closedOn: isoDateSchema.optional(),
  })
  .strict()
  .refine((c) => c.closesOn >= c.opensOn, { path: ['closesOn'], message: 'closesOn before opensOn' })
  .refine((c) => (c.status === 'closed') === (c.closedOn !== undefined), {
    path: ['closedOn'],
    message: 'closedOn is set exactly when the campaign is closed',
  });
export type SurveyCampaign = z.infer<typeof surveyCampaignSchema>;

export function parseSurveyCampaign(input: unknown): SurveyCampaign {
  return parseWith(surveyCampaignSchema, input, 'SurveyCampaign');
}
