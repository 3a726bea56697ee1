/**
 * Strict request bodies for the mail routes: a message for create (`POST …/messages`), the same
 * without `internetMessageHeaders` semantics for update (`PATCH`, checked in the service), and
 * `sendMail`'s `{message, saveToSentItems}`. Unknown properties and wrong types are 400s that
 * name the property (see `http/body.ts`). Enumerations are case-insensitive, as Graph's
 * (`"contentType": "HTML"` and `"importance": "High"` are accepted); strings are kept as given.
 */
import { z } from 'zod';
import { parseInstant } from '../odata/filter';
import type { FlagStatus } from './model';

/** Emulator limit for `subject` (Outlook's own user interface stops at 255 characters). */
export const MAX_SUBJECT_LENGTH = 255;
export const MAX_RECIPIENTS_PER_LIST = 500;

function caseInsensitiveEnum<const T extends string>(values: readonly T[]) {
  return z.string().transform((value, ctx) => {
    const found = values.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
    if (found === undefined) {
      ctx.addIssue({ code: 'custom', message: `'${value.slice(0, 40)}' is not one of ${values.join(', ')}` });
      return z.NEVER;
    }
    return found;
  });
}

const emailAddressSchema = z
  .object({
    address: z.string().max(320),
    name: z.string().max(255).nullable().optional(),
    '@odata.type': z.literal('#microsoft.graph.emailAddress').optional(),
  })
  .strict();

export const recipientSchema = z
  .object({
    emailAddress: emailAddressSchema,
    '@odata.type': z.literal('#microsoft.graph.recipient').optional(),
  })
  .strict();

const recipientsSchema = z.array(recipientSchema).max(MAX_RECIPIENTS_PER_LIST);

const bodySchema = z
  .object({
    contentType: caseInsensitiveEnum(['text', 'html'] as const).optional(),
    content: z.string().nullable().optional(),
    '@odata.type': z.literal('#microsoft.graph.itemBody').optional(),
  })
  .strict();

const dateTimeTimeZoneSchema = z
  .object({
    dateTime: z
      .string()
      .max(40)
      .refine((value) => parseInstant(value) !== undefined, 'not a date-time'),
    timeZone: z.string().min(1).max(100),
  })
  .strict();

const flagSchema = z
  .object({
    flagStatus: caseInsensitiveEnum<FlagStatus>(['notFlagged', 'complete', 'flagged']),
    startDateTime: dateTimeTimeZoneSchema.optional(),
    dueDateTime: dateTimeTimeZoneSchema.optional(),
    completedDateTime: dateTimeTimeZoneSchema.optional(),
  })
  .strict();

const headerSchema = z.object({ name: z.string().max(200), value: z.string().max(4096) }).strict();

const extendedPropertySchema = z
  .object({ id: z.string().min(1).max(512), value: z.string().max(32_768).nullable() })
  .strict();

/** Every property a client may write on a message (create, update, sendMail). */
export const messageSchema = z
  .object({
    '@odata.type': z.enum(['#microsoft.graph.message', 'microsoft.graph.message']).optional(),
    subject: z.string().max(MAX_SUBJECT_LENGTH).nullable().optional(),
    body: bodySchema.optional(),
    toRecipients: recipientsSchema.optional(),
    ccRecipients: recipientsSchema.optional(),
    bccRecipients: recipientsSchema.optional(),
    replyTo: recipientsSchema.optional(),
    from: recipientSchema.nullable().optional(),
    sender: recipientSchema.nullable().optional(),
    importance: caseInsensitiveEnum(['low', 'normal', 'high'] as const).optional(),
    categories: z.array(z.string().min(1).max(255)).max(25).optional(),
    flag: flagSchema.optional(),
    isRead: z.boolean().optional(),
    isDeliveryReceiptRequested: z.boolean().optional(),
    isReadReceiptRequested: z.boolean().optional(),
    inferenceClassification: caseInsensitiveEnum(['focused', 'other'] as const).optional(),
    internetMessageId: z.string().max(255).optional(),
    internetMessageHeaders: z.array(headerSchema).max(100).optional(),
    singleValueExtendedProperties: z.array(extendedPropertySchema).max(100).optional(),
    /** Accepted by Graph; the emulator answers 501 (see the service). */
    attachments: z.array(z.unknown()).optional(),
  })
  .strict();

export type MessageInput = z.output<typeof messageSchema>;

/** `saveToSentItems` as Graph reads it: a boolean, or the strings "true"/"false" its own docs use. */
const looseBoolean = z.union([
  z.boolean(),
  z
    .string()
    .regex(/^(true|false)$/i, 'expected true or false')
    .transform((value) => value.toLowerCase() === 'true'),
]);

export const sendMailSchema = z
  .object({
    message: messageSchema,
    saveToSentItems: looseBoolean.optional(),
  })
  .strict();

export type SendMailInput = z.output<typeof sendMailSchema>;
