/** An entry of the disposition log (Bitácora): every deletion under the retention rule, and other audited actions. */
import { z } from 'zod';
import { emailSchema, isoDateSchema, isoDateTimeSchema, recordKeySchema, textSchema } from '../shared/primitives';
import { parseWith } from '../shared/validation';

export const auditActionSchema = z.enum(['purged', 'created', 'updated', 'deleted', 'imported', 'sent']);

export const auditEntrySchema = z
  .object({
    key: recordKeySchema,
    at: isoDateTimeSchema,
    actor: emailSchema,
    action: auditActionSchema,
    /** List (record type) of the record, e.g. `complaint`. */
    recordType: textSchema(64),
    recordKey: recordKeySchema,
    summary: textSchema(2000),
    /** For a purge: the date the record stopped being valid and the disposal date it reached. */
    validityEnd: isoDateSchema.optional(),
    disposalDate: isoDateSchema.optional(),
  })
  .strict();
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export function parseAuditEntry(input: unknown): AuditEntry {
  return parseWith(auditEntrySchema, input, 'AuditEntry');
}
