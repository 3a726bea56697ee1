/** A person at a client: meeting attendee and, when flagged, recipient of the survey (PR-SGI-015). */
import { z } from 'zod';
import { businessCodeSchema, emailSchema, isoDateSchema, recordKeySchema, textSchema } from '../shared/primitives';
import { parseWith } from '../shared/validation';

export const contactSchema = z
  .object({
    key: recordKeySchema,
    clientCode: businessCodeSchema,
    name: textSchema(255),
    email: emailSchema,
    role: textSchema(120).optional(),
    phone: z.string().trim().max(40).optional(),
    surveyRecipient: z.boolean(),
    validTo: isoDateSchema.optional(),
  })
  .strict();
export type Contact = z.infer<typeof contactSchema>;

export function parseContact(input: unknown): Contact {
  return parseWith(contactSchema, input, 'Contact');
}
