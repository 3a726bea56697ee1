/** Microsoft 365 connection texts (English): Graph errors, configuration and sign-in. */
import type { Catalog } from '../../catalog';
import type { graph as es, graphErrors as esErrors } from '../es-MX/graph';

export const graph: Catalog<typeof es> = {
  logLine:
    '[graph] {{method}} {{path}} → {{outcome}} in {{ms}} ms (attempt {{attempt}}; client-request-id {{clientRequestId}}; request-id {{requestId}})',
  retrying: 'Microsoft 365 asked us to wait; retry {{attempt}} in {{seconds}} s…',
  signIn: 'Sign in to Microsoft 365: {{message}}',
};

export const graphErrors: Catalog<typeof esErrors> = {
  GRAPH: {
    BAD_REQUEST: 'Microsoft 365 refused the request ({{graphCode}}). Nothing was changed. Request id: {{requestId}}.',
    UNAUTHORIZED:
      'Microsoft 365 did not accept the session (expired or invalid token). Sign in again. Request id: {{requestId}}.',
    FORBIDDEN:
      'Your account is not allowed to do this on the SharePoint site. Ask the administrator for access. Request id: {{requestId}}.',
    NOT_FOUND: 'The resource was not found in Microsoft 365 ({{graphCode}}). Request id: {{requestId}}.',
    CONFLICT: 'A record with that key already exists in Microsoft 365. Request id: {{requestId}}.',
    GONE: 'The sync link expired; a full sync will be done.',
    PRECONDITION_FAILED:
      'Someone else changed the record since you read it. Reload it and make the change again. Request id: {{requestId}}.',
    THROTTLED:
      'Microsoft 365 is throttling requests and the retries ran out. Wait a few minutes and repeat; retrying is safe.',
    UNAVAILABLE: 'Microsoft 365 is unavailable right now (HTTP {{status}}). Repeat in a few minutes; retrying is safe.',
    SERVER_ERROR: 'Microsoft 365 had an internal error (HTTP {{status}}). Request id: {{requestId}}.',
    NETWORK:
      'No connection to Microsoft 365 ({{method}}). Check the network or that local Microsoft 365 is running (`npm start`); retrying is safe.',
    FOREIGN_URL: 'A link to a server other than Microsoft Graph was refused; the session was not sent.',
  },
  CONFIG: {
    INVALID: 'Invalid configuration: "{{setting}}" = "{{value}}".',
    CLIENT_ID_REQUIRED:
      'Connecting to {{graphUrl}} needs the registered application id: set RELACIONES_CLIENT_ID or "clientId" in relaciones.config.json (see docs/graph.md).',
    FILE_INVALID: 'The configuration file {{file}} is not valid: {{reason}}',
    CERTIFICATE_MISSING:
      'The local Microsoft 365 certificate was not found ({{file}}). Start it with `npm start` or `relaciones serve`, or point at its folder with --data or RELACIONES_CA_FILE.',
  },
  AUTH: {
    SIGN_IN_FAILED: 'Could not sign in to Microsoft 365. Try again.',
  },
};
