/**
 * Client of the catalog (seed step 1, evidence "Catálogo de Clientes"): who the client is, how
 * to recognise its senders, who owns the relationship and how often it must be met.
 */
import { z } from 'zod';
import {
  businessCodeSchema,
  emailDomainSchema,
  emailSchema,
  endNotBeforeStart,
  isoDateSchema,
  recordKeySchema,
  taxIdSchema,
  textSchema,
} from '../shared/primitives';
import { parseWith } from '../shared/validation';

/** How often the periodic review meeting (seed policy 1) is held with a client. */
export const meetingCadenceSchema = z.enum(['monthly', 'bimonthly', 'quarterly', 'semiannual', 'annual']);
export type MeetingCadence = z.infer<typeof meetingCadenceSchema>;
export const MEETING_CADENCES = meetingCadenceSchema.options;

/** Months between two periodic reviews, per cadence. */
export const CADENCE_MONTHS: Readonly<Record<MeetingCadence, number>> = {
  monthly: 1,
  bimonthly: 2,
  quarterly: 3,
  semiannual: 6,
  annual: 12,
};

export function cadenceIntervalMonths(cadence: MeetingCadence): number {
  return CADENCE_MONTHS[cadence];
}

export const clientStatusSchema = z.enum(['active', 'inactive']);
export type ClientStatus = z.infer<typeof clientStatusSchema>;

export const clientSchema = z
  .object({
    key: recordKeySchema,
    code: businessCodeSchema,
    name: textSchema(255),
    taxId: taxIdSchema.optional(),
    emailDomains: z.array(emailDomainSchema).max(20),
    accountOwner: emailSchema,
    deliveryLead: emailSchema,
    cadence: meetingCadenceSchema,
    status: clientStatusSchema,
    validFrom: isoDateSchema,
    validTo: isoDateSchema.optional(),
  })
  .strict()
  .refine((c) => endNotBeforeStart(c.validFrom, c.validTo), { path: ['validTo'], message: 'validTo before validFrom' })
  .refine((c) => new Set(c.emailDomains).size === c.emailDomains.length, {
    path: ['emailDomains'],
    message: 'duplicate e-mail domain',
  });
export type Client = z.infer<typeof clientSchema>;

export function parseClient(input: unknown): Client {
  return parseWith(clientSchema, input, 'Client');
}

/** The client whose e-mail domains match the sender (sub-domains count), or undefined. */
export function findClientBySenderEmail<C extends Pick<Client, 'emailDomains' | 'status'>>(
  clients: readonly C[],
  senderEmail: string,
): C | undefined {
  const at = senderEmail.lastIndexOf('@');
  if (at < 0) return undefined;
  const domain = senderEmail
    .slice(at + 1)
    .trim()
    .toLowerCase();
  let best: { client: C; length: number } | undefined;
  for (const client of clients) {
    for (const d of client.emailDomains) {
      if ((domain === d || domain.endsWith(`.${d}`)) && (best === undefined || d.length > best.length)) {
        best = { client, length: d.length };
      }
    }
  }
  return best?.client;
}
