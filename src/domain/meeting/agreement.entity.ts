/** An agreement taken in a meeting (seed step 3): who owes what by when, followed up in step 2. */
import { z } from 'zod';
import { businessCodeSchema, emailSchema, isoDateSchema, recordKeySchema, textSchema } from '../shared/primitives';
import { parseWith } from '../shared/validation';

export const agreementStatusSchema = z.enum(['open', 'done', 'cancelled']);
export type AgreementStatus = z.infer<typeof agreementStatusSchema>;

export const agreementSchema = z
  .object({
    key: recordKeySchema,
    meetingKey: recordKeySchema,
    clientCode: businessCodeSchema,
    description: textSchema(2000),
    owner: emailSchema,
    dueOn: isoDateSchema,
    status: agreementStatusSchema,
    closedOn: isoDateSchema.optional(),
  })
  .strict()
  .refine((a) => (a.status === 'open') === (a.closedOn === undefined), {
    path: ['closedOn'],
    message: 'closedOn is set exactly when the agreement is no longer open',
  });
export type Agreement = z.infer<typeof agreementSchema>;

export function parseAgreement(input: unknown): Agreement {
  return parseWith(agreementSchema, input, 'Agreement');
}

/** An open agreement whose due date has passed on `today` (YYYY-MM-DD). */
export function isAgreementOverdue(agreement: Pick<Agreement, 'status' | 'dueOn'>, today: string): boolean {
  return agreement.status === 'open' && agreement.dueOn < today;
}
