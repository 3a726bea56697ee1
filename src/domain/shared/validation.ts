/**
 * Turns untrusted input into typed values with a zod schema, or a DomainError
 * (`VALIDATION.INVALID_INPUT`) that lists every field issue. Used by every entity's `parse*`.
 */
import type { z } from 'zod';
import { DomainError, type FieldIssue } from './domain-error';

export function parseWith<S extends z.ZodType>(schema: S, input: unknown, entity: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) {
    return result.data;
  }
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  throw new DomainError(
    'VALIDATION.INVALID_INPUT',
    { entity, field: first?.path ?? '', count: issues.length },
    { issues, cause: result.error },
  );
}
