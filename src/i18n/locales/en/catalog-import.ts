/**
 * Client catalog import texts (en): field names as users know them, why a value is not valid,
 * the summary and the CLIENT_IMPORT errors.
 */
import type { Catalog } from '../../catalog';
import type { clientImport as es, clientImportErrors as esErrors } from '../es-MX/catalog-import';

export const clientImport: Catalog<typeof es> = {
  field: {
    key: 'Internal key',
    code: 'Code',
    name: 'Name',
    taxId: 'Tax ID (RFC)',
    emailDomains: 'Email domains',
    accountOwner: 'Account manager',
    deliveryLead: 'Service Delivery Lead',
    cadence: 'Meeting cadence',
    status: 'Status',
    validFrom: 'Valid from',
    validTo: 'Valid to',
  },
  reason: {
    required: 'it is required and empty',
    code: '"{{value}}" is not a valid code; use 2 to 20 upper-case letters, digits, "-" or "_", without spaces',
    tooLong: 'it is longer than {{max}} characters',
    taxId: '"{{value}}" is not a valid RFC (12 characters for companies, 13 for persons)',
    domain: '"{{value}}" is not a valid email domain (for example, client.com.mx)',
    duplicateDomain: 'the domain "{{value}}" appears more than once',
    tooManyDomains: 'it has more than {{max}} domains',
    email: '"{{value}}" is not a valid email address',
    cadence:
      '"{{value}}" is not a valid cadence; use mensual, bimestral, trimestral, semestral or anual (or monthly, bimonthly, quarterly, semiannual, annual)',
    status: '"{{value}}" is not a valid status; use activo or inactivo (or active, inactive)',
    date: '"{{value}}" is not a valid date; use the YYYY-MM-DD format',
    validToBeforeValidFrom: 'the date "{{value}}" is before "Valid from"',
    invalid: 'the value "{{value}}" is not valid',
  },
  summary: {
    written: 'Import finished: {{imported}} new client(s), {{updated}} updated and {{unchanged}} unchanged.',
    rejected: 'Nothing was saved: the file has {{count}} error(s). Fix them and import it again.',
  },
  progress: 'Importing clients',
};

export const clientImportErrors: Catalog<typeof esErrors> = {
  CLIENT_IMPORT: {
    FILE_NOT_FOUND: 'The file "{{file}}" was not found.',
    UNSUPPORTED_FORMAT: 'The file "{{file}}" cannot be imported: use a .csv file (UTF-8) or an Excel .xlsx workbook.',
    UNREADABLE_FILE:
      'The file "{{file}}" could not be read: it is damaged or it is not a valid CSV file or Excel workbook (.xlsx).',
    NOT_UTF8:
      'The file "{{file}}" is not UTF-8 encoded (line {{line}}). In Excel, save it as "CSV UTF-8 (Comma delimited)" and import it again.',
    EMPTY_FILE:
      'The file "{{file}}" has no clients: the first row must hold the headers and every following row one client.',
    TOO_LARGE: 'The file "{{file}}" is too large: at most {{maxRows}} data rows and {{maxMiB}} MiB are accepted.',
    MALFORMED_CSV:
      'The file "{{file}}" has an unclosed or misplaced quote near line {{line}}. Put values containing commas, semicolons or line breaks between double quotes, and double the quotes that are part of the text.',
    MISSING_HEADER: 'Row {{line}}: the required column "{{header}}" (or "{{alias}}") is missing from the headers.',
    UNKNOWN_HEADER:
      'Row {{line}}: column {{column}}, "{{header}}", is not a known column. Accepted columns: {{accepted}}.',
    DUPLICATE_HEADER:
      'Row {{line}}: column {{column}}, "{{header}}", repeats the field of column "{{firstHeader}}"; keep only one.',
    BLANK_HEADER: 'Row {{line}}: column {{column}} has data but no header.',
    INVALID_ROW: 'Row {{line}}: the field "{{field}}" is not valid: {{reason}}.',
    TOO_MANY_CELLS:
      'Row {{line}}: it has {{count}} cells with data but the headers have only {{expected}} columns. Check that values with commas or semicolons are quoted.',
    DUPLICATE_CODE: 'Row {{line}}: the code "{{code}}" already appears on row {{firstLine}}.',
    DUPLICATE_DOMAIN:
      'Row {{line}}: the domain "{{domain}}" of "{{code}}" is already assigned to "{{firstCode}}" on row {{firstLine}}.',
    DOMAIN_IN_USE:
      'Row {{line}}: the domain "{{domain}}" of "{{code}}" already belongs to the catalog client "{{otherCode}}".',
    KEY_IN_USE:
      'Row {{line}}: the internal key "{{key}}" that "{{code}}" would get is already used by client "{{otherCode}}".',
    INVALID_OPTIONS: 'Invalid import option: {{option}} = "{{value}}".',
  },
};
