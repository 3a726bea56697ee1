/**
 * One contact's invitation to a campaign (PR-SGI-015): the opaque token carried in the Forms
 * link (never personal data) and the register of sent / reminded / answered / bounced.
 */
import { z } from 'zod';
import { businessCodeSchema, emailSchema, isoDateTimeSchema, recordKeySchema } from '../shared/primitives';
import { parseWith } from '../shared/validation';

export const invitationStatusSchema = z.enum(['pending', 'sent', 'reminded', 'answered', 'bounced', 'failed']);
export type InvitationStatus = z.infer<typeof invitationStatusSchema>;

/** Opaque, URL-safe, unguessable token (at least 128 bits in base64url). */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, 'invalid invitation token');

export const surveyInvitationSchema = z
  .object({
    key: recordKeySchema,
    campaignKey: recordKeySchema,
    clientCode: businessCodeSchema,
    contactEmail: emailSchema,
    token: invitationTokenSchema,
    status: invitationStatusSchema,
    sentAt: isoDateTimeSchema.optional(),
    remindedAt: isoDateTimeSchema.optional(),
    reminderCount: z.number().int().min(0).max(20),
    answeredAt: isoDateTimeSchema.optional(),
    /** Idempotency header value of the invitation e-mail, to find it after an ambiguous failure. */
    mailKey: z.string().max(128).optional(),
  })
  .strict();
export type SurveyInvitation = z.infer<typeof surveyInvitationSchema>;

export function parseSurveyInvitation(input: unknown): SurveyInvitation {
  return parseWith(surveyInvitationSchema, input, 'SurveyInvitation');
}
