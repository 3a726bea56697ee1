/**
 * Client import errors as text in the reader's language: the message of each code (`errors`
 * catalog), with the field named by its label (`clientImport.field`) and the reason of an invalid
 * value spelled out (`clientImport.reason`). Values typed in the file are inserted literally.
 */
import type { ClientImportError } from '../../../application/clients/import-client-errors';
import type { Translate, TranslateParams } from '../../../domain/shared/translate';

/** The localised message of one import error. */
export function formatImportError(error: ClientImportError, translate: Translate): string {
  const params: Record<string, TranslateParams[string]> = { ...error.params, line: error.line };
  if (error.field !== undefined) params.field = translate(`clientImport:field.${error.field}`);
  const { reason } = error.params;
  if (typeof reason === 'string') params.reason = translate(`clientImport:reason.${reason}`, error.params);
  return translate(`errors:${error.code}`, params);
}

/** One line of text per error, in the order given (the use case returns them in file order). */
export function formatImportErrors(errors: readonly ClientImportError[], translate: Translate): string[] {
  return errors.map((error) => formatImportError(error, translate));
}

/** The errors with their `message` filled in (for `--json` output). */
export function localiseImportErrors(
  errors: readonly ClientImportError[],
  translate: Translate,
): (ClientImportError & { readonly message: string })[] {
  return errors.map((error) => ({ ...error, message: formatImportError(error, translate) }));
}
