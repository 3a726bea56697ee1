/** Domain errors in tests: which code a call fails with, and asserting it. */
import { DomainError } from '../../../../src/domain/shared/domain-error';

function codeOfThrown(error: unknown): string {
  return error instanceof DomainError ? error.code : `not a DomainError: ${String(error)}`;
}

/** The DomainError code `fn` throws, or undefined when it does not throw (anything else thrown is named as such). */
export function errorCodeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return codeOfThrown(error);
  }
  return undefined;
}

/** Asserts that `fn` throws a DomainError with `code`, and returns it for further checks. */
export function expectDomainError(fn: () => unknown, code: string): DomainError {
  let thrown: unknown;
  let threw = false;
  try {
    fn();
  } catch (error) {
    thrown = error;
    threw = true;
  }
  expect(threw ? codeOfThrown(thrown) : 'no error thrown').toBe(code);
  return thrown as DomainError;
}
