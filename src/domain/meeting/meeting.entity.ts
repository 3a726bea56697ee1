/**
 * A review meeting with a client (seed steps 1–3): when, what kind, the agenda built in step 2,
 * the minutes, who attended, and the recorded answer to "¿Existe alguna queja o desviación?".
 */
import { z } from 'zod';
import {
  businessCodeSchema,
  emailSchema,
  isoDateTimeSchema,
  longTextSchema,
  recordKeySchema,
  textSchema,
} from '../shared/primitives';
import { parseWith } from '../shared/validation';

export const meetingKindSchema = z.enum(['periodic', 'extraordinary']);
export type MeetingKind = z.infer<typeof meetingKindSchema>;

export const meetingStatusSchema = z.enum(['scheduled', 'held', 'cancelled']);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

export const attendeeSchema = z
  .object({ email: emailSchema, name: textSchema(255).optional(), organizer: z.boolean().optional() })
  .strict();
export type Attendee = z.infer<typeof attendeeSchema>;

export const meetingSchema = z
  .object({
    key: recordKeySchema,
    clientCode: businessCodeSchema,
    subject: textSchema(255),
    start: isoDateTimeSchema,
    end: isoDateTimeSchema,
    kind: meetingKindSchema,
    status: meetingStatusSchema,
    agenda: longTextSchema().optional(),
    minutes: longTextSchema().optional(),
    attendees: z.array(attendeeSchema).max(200),
    /** Step 3 decision; undefined until the meeting is held and the question answered. */
    complaintRaised: z.boolean().optional(),
    /** Graph event id once scheduled in Outlook. */
    eventId: z.string().max(512).optional(),
    /** The recurring series this occurrence belongs to, if any. */
    seriesKey: recordKeySchema.optional(),
  })
  .strict()
  .refine((m) => Date.parse(m.end) > Date.parse(m.start), { path: ['end'], message: 'end must be after start' })
  .refine((m) => m.status === 'held' || m.complaintRaised === undefined, {
    path: ['complaintRaised'],
    message: 'only a held meeting records whether a complaint was raised',
  });
export type Meeting = z.infer<typeof meetingSchema>;

export function parseMeeting(input: unknown): Meeting {
  return parseWith(meetingSchema, input, 'Meeting');
}
