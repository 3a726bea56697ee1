/**
 * A complaint or service deviation (seed steps 3–4, procedure PR-SGI-016), with its lifecycle
 * state, the facts its SLA clocks need and the full history of transitions.
 * The rules that move it between states live in complaint-lifecycle.ts.
 */
import { z } from 'zod';
import { severitySchema } from '../service/service.entity';
import {
  businessCodeSchema,
  emailSchema,
  isoDateTimeSchema,
  longTextSchema,
  recordKeySchema,
  roleSchema,
  textSchema,
} from '../shared/primitives';
import { parseWith } from '../shared/validation';

/** Registrada → Canalizada → En atención → Resuelta → Cerrada; Reabierta from Resuelta/Cerrada. */
export const complaintStatusSchema = z.enum(['registered', 'routed', 'inProgress', 'resolved', 'closed', 'reopened']);
export type ComplaintStatus = z.infer<typeof complaintStatusSchema>;
export const COMPLAINT_STATUSES = complaintStatusSchema.options;

export const complaintChannelSchema = z.enum(['meeting', 'email', 'phone', 'survey', 'portal', 'other']);
export type ComplaintChannel = z.infer<typeof complaintChannelSchema>;

/** Root-cause categories for the corrective action (ISO 10002 analysis). */
export const rootCauseCategorySchema = z.enum([
  'people',
  'process',
  'technology',
  'supplier',
  'communication',
  'clientSide',
  'other',
]);
export type RootCauseCategory = z.infer<typeof rootCauseCategorySchema>;

export const complaintHistoryEntrySchema = z
  .object({
    at: isoDateTimeSchema,
    by: emailSchema,
    role: roleSchema,
    from: complaintStatusSchema.nullable(),
    to: complaintStatusSchema,
    note: longTextSchema(4000).optional(),
  })
  .strict();
export type ComplaintHistoryEntry = z.infer<typeof complaintHistoryEntrySchema>;

/** A span during which the SLA clock stops because the provider waits on the client. */
export const clockPauseSchema = z
  .object({ from: isoDateTimeSchema, to: isoDateTimeSchema.optional(), reason: textSchema(500).optional() })
  .strict();
export type ClockPause = z.infer<typeof clockPauseSchema>;

export const complaintSchema = z
  .object({
    key: recordKeySchema,
    /** Human folio, e.g. `Q-2026-0042`. */
    folio: z
      .string()
      .regex(/^Q-\d{4}-\d{4,6}$/)
      .optional(),
    clientCode: businessCodeSchema,
    serviceCode: businessCodeSchema.optional(),
    title: textSchema(255),
    description: longTextSchema(),
    severity: severitySchema,
    channel: complaintChannelSchema,
    receivedAt: isoDateTimeSchema,
    reportedBy: emailSchema,
    status: complaintStatusSchema,
    assignedTo: emailSchema.optional(),
    acknowledgedAt: isoDateTimeSchema.optional(),
    resolvedAt: isoDateTimeSchema.optional(),
    closedAt: isoDateTimeSchema.optional(),
    resolution: longTextSchema(8000).optional(),
    rootCauseCategory: rootCauseCategorySchema.optional(),
    rootCause: longTextSchema(4000).optional(),
    correctiveAction: longTextSchema(4000).optional(),
    clientConfirmed: z.boolean().optional(),
    closureReason: longTextSchema(4000).optional(),
    reopenCount: z.number().int().min(0),
    pauses: z.array(clockPauseSchema),
    history: z.array(complaintHistoryEntrySchema),
    meetingKey: recordKeySchema.optional(),
    /** Internet message id of the e-mail kept as evidence. */
    sourceMessageId: z.string().max(998).optional(),
  })
  .strict();
export type Complaint = z.infer<typeof complaintSchema>;

export function parseComplaint(input: unknown): Complaint {
  return parseWith(complaintSchema, input, 'Complaint');
}

/** A complaint is open until it is closed (a resolved one still awaits the client's confirmation). */
export function isComplaintOpen(status: ComplaintStatus): boolean {
  return status !== 'closed';
}
