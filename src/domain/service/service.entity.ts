/**
 * A service contracted by a client, from the service catalog (seed §2), with its SLA targets:
 * availability and, per complaint severity, acknowledgement and resolution times in business hours.
 */
import { z } from 'zod';
import {
  businessCodeSchema,
  endNotBeforeStart,
  isoDateSchema,
  recordKeySchema,
  textSchema,
} from '../shared/primitives';
import { parseWith } from '../shared/validation';

export const severitySchema = z.enum(['critical', 'high', 'medium', 'low']);
export type Severity = z.infer<typeof severitySchema>;
export const SEVERITIES = severitySchema.options;

export const severityTargetSchema = z
  .object({
    acknowledgeHours: z.number().positive().max(2000),
    resolveHours: z.number().positive().max(10000),
  })
  .strict()
  .refine((t) => t.resolveHours >= t.acknowledgeHours, {
    path: ['resolveHours'],
    message: 'resolution target shorter than acknowledgement target',
  });
export type SeverityTarget = z.infer<typeof severityTargetSchema>;

export const slaTargetsSchema = z
  .object({
    availabilityPct: z.number().min(0).max(100).optional(),
    bySeverity: z
      .object({
        critical: severityTargetSchema,
        high: severityTargetSchema,
        medium: severityTargetSchema,
        low: severityTargetSchema,
      })
      .strict(),
  })
  .strict();
export type SlaTargets = z.infer<typeof slaTargetsSchema>;

/** Targets used when a service has no SLA of its own (business hours). */
export const DEFAULT_SLA_TARGETS: SlaTargets = {
  bySeverity: {
    critical: { acknowledgeHours: 1, resolveHours: 8 },
    high: { acknowledgeHours: 4, resolveHours: 24 },
    medium: { acknowledgeHours: 8, resolveHours: 72 },
    low: { acknowledgeHours: 16, resolveHours: 120 },
  },
};

export const serviceSchema = z
  .object({
    key: recordKeySchema,
    clientCode: businessCodeSchema,
    code: businessCodeSchema,
    name: textSchema(255),
    sla: slaTargetsSchema.optional(),
    validFrom: isoDateSchema,
    validTo: isoDateSchema.optional(),
  })
  .strict()
  .refine((s) => endNotBeforeStart(s.validFrom, s.validTo), { path: ['validTo'], message: 'validTo before validFrom' });
export type Service = z.infer<typeof serviceSchema>;

export function parseService(input: unknown): Service {
  return parseWith(serviceSchema, input, 'Service');
}

/** The targets that apply to a complaint of `severity` on `service` (its own SLA or the defaults). */
export function slaTargetFor(service: Pick<Service, 'sla'> | undefined, severity: Severity): SeverityTarget {
  return (service?.sla ?? DEFAULT_SLA_TARGETS).bySeverity[severity];
}
