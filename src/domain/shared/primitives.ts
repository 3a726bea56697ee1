/**
 * Value schemas shared by every entity: keys, codes, dates, e-mail addresses, domains, roles.
 * Dates cross the boundary as ISO 8601 strings; instants always carry an offset or Z.
 */
// `iso` is imported by name: webpack 5.113 mis-resolves the chained `z.iso.date` to `z.date` in the
// task-pane bundle, so every ISO date failed validation in the browser (Node was unaffected).
import { iso, z } from 'zod';

/** Client-generated idempotency key of a record (also the unique key column of its list). */
export const recordKeySchema = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'key must be letters, digits, "-" or "_"');
export type RecordKey = z.infer<typeof recordKeySchema>;

/** Business code of a client or service: short, upper case, no spaces (e.g. `ACME`, `SOP-N2`). */
export const businessCodeSchema = z
  .string()
  .trim()
  .min(2)
  .max(20)
  .regex(/^[A-Z0-9][A-Z0-9_-]*$/, 'code must be upper-case letters, digits, "-" or "_"');

/** Free text a person typed: kept exactly as given (trimmed of outer blanks), never interpreted. */
export const textSchema = (max = 255) => z.string().trim().min(1).max(max);
export const longTextSchema = (max = 20000) => z.string().max(max);

/** Calendar date `YYYY-MM-DD` (a due date, a validity end). */
export const isoDateSchema = iso.date();
export type IsoDate = z.infer<typeof isoDateSchema>;

/** Instant with an explicit offset or `Z` (a received-at, a meeting start). */
export const isoDateTimeSchema = iso.datetime({ offset: true });
export type IsoDateTime = z.infer<typeof isoDateTimeSchema>;

export const emailSchema = z
  .email()
  .max(254)
  .transform((value) => value.toLowerCase());

/** An internet domain used to recognise a client's senders (`cliente.com.mx`). */
export const emailDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'invalid e-mail domain');

/** Roles of the process (seed §5) plus the read-only readers of its evidence. */
export const roleSchema = z.enum(['comercial', 'deliveryLead', 'management', 'auditor']);
export type Role = z.infer<typeof roleSchema>;

/** Mexican RFC: 12 characters for companies, 13 for persons. */
export const taxIdSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-ZÑ&]{3,4}\d{6}[A-Z0-9]{3}$/, 'invalid RFC');

/** A validity window; `validTo` absent means still valid. */
export const validitySchema = z.object({
  validFrom: isoDateSchema,
  validTo: isoDateSchema.optional(),
});

/** Checks that an optional end does not precede its start (ISO strings compare in order). */
export function endNotBeforeStart(start: string, end: string | undefined): boolean {
  return end === undefined || end >= start;
}
