/** Shared assertions for the OData query-option tests. */
import { ODataQueryError } from '../../../../src/emulator/odata/odata-error';

/** Asserts `fn` throws an ODataQueryError('invalidRequest') whose message matches `message`; returns the error. */
export function expectODataError(fn: () => unknown, message: RegExp): ODataQueryError {
  let thrown: unknown = 'no error thrown';
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ODataQueryError);
  const error = thrown as ODataQueryError;
  expect(error.code).toBe('invalidRequest');
  expect(error.name).toBe('ODataQueryError');
  expect(error.message).toMatch(message);
  return error;
}
