/** Client catalog import files (.csv, .xlsx): reading them and wording their errors. */
export { parseClientImportCsv, detectDelimiter } from './client-import-csv.reader';
export { parseClientImportXlsx, cellValueText } from './client-import-xlsx.reader';
export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type ClientImportFormat } from './client-import-limits';
export { readClientImportFile, clientImportFormat, type ClientImportSource } from './read-client-import-file';
export { formatImportError, formatImportErrors, localiseImportErrors } from './format-import-errors';
