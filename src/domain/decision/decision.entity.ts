/**
 * A recorded answer to one of the seed's decision points, with who, when, why and the records it
 * links, so that an audit can follow complaint → root cause → decision → change request → closure.
 */
import { z } from 'zod';
import {
  businessCodeSchema,
  emailSchema,
  isoDateTimeSchema,
  recordKeySchema,
  roleSchema,
  textSchema,
} from '../shared/primitives';
import { parseWith } from '../shared/validation';

/** Step 3 "¿queja o desviación?", step 5 "¿modificar SLAs?", step 6 "¿crear/modificar servicio?", step 7 "¿cambio de alcance?". */
export const decisionPointSchema = z.enum([
  'complaintRaised',
  'slaChangeNeeded',
  'serviceChangeNeeded',
  'scopeChangeNeeded',
]);
export type DecisionPoint = z.infer<typeof decisionPointSchema>;
export const DECISION_POINTS = decisionPointSchema.options;

export const linkedRecordSchema = z
  .object({
    list: z.enum([
      'meeting',
      'complaint',
      'surveyCampaign',
      'surveyResponse',
      'changeRequest',
      'serviceRequest',
      'serviceReview',
      'service',
    ]),
    key: recordKeySchema,
  })
  .strict();
export type LinkedRecord = z.infer<typeof linkedRecordSchema>;

export const decisionSchema = z
  .object({
    key: recordKeySchema,
    point: decisionPointSchema,
    clientCode: businessCodeSchema,
    serviceCode: businessCodeSchema.optional(),
    answer: z.boolean(),
    decidedBy: emailSchema,
    role: roleSchema,
    decidedAt: isoDateTimeSchema,
    reason: textSchema(4000),
    links: z.array(linkedRecordSchema).max(50),
  })
  .strict();
export type Decision = z.infer<typeof decisionSchema>;

export function parseDecision(input: unknown): Decision {
  return parseWith(decisionSchema, input, 'Decision');
}
