/**
 * One answer to a campaign (PR-SGI-015), from the Forms export, the Forms workbook or a flow.
 * CSAT 1–5, NPS 0–10 and CES 1–7 are optional: a form may not ask all of them.
 */
import { z } from 'zod';
import { businessCodeSchema, isoDateTimeSchema, longTextSchema, recordKeySchema } from '../shared/primitives';
import { invitationTokenSchema } from './survey-invitation.entity';
import { parseWith } from '../shared/validation';

export const responseSourceSchema = z.enum(['formsExport', 'formsWorkbook', 'flow', 'manual']);

export const surveyResponseSchema = z
  .object({
    key: recordKeySchema,
    campaignKey: recordKeySchema,
    invitationToken: invitationTokenSchema.optional(),
    clientCode: businessCodeSchema,
    serviceCode: businessCodeSchema.optional(),
    submittedAt: isoDateTimeSchema,
    csat: z.number().int().min(1).max(5).optional(),
    nps: z.number().int().min(0).max(10).optional(),
    ces: z.number().int().min(1).max(7).optional(),
    /** Other questions by their key: a score or the text given. */
    answers: z.record(z.string().max(128), z.union([z.number(), z.string().max(4000)])),
    comment: longTextSchema(8000).optional(),
    source: responseSourceSchema,
    /** Row id in the source (Forms "Id" column) for deduplication. */
    sourceId: z.string().max(128).optional(),
  })
  .strict();
export type SurveyResponse = z.infer<typeof surveyResponseSchema>;

export function parseSurveyResponse(input: unknown): SurveyResponse {
  return parseWith(surveyResponseSchema, input, 'SurveyResponse');
}
