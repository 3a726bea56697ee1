/** Textos de la conexión con Microsoft 365 (es-MX): errores de Graph, configuración e inicio de sesión. */
export const graph = {
  logLine:
    '[graph] {{method}} {{path}} → {{outcome}} en {{ms}} ms (intento {{attempt}}; client-request-id {{clientRequestId}}; request-id {{requestId}})',
  retrying: 'Microsoft 365 pidió esperar; reintento {{attempt}} en {{seconds}} s…',
  signIn: 'Inicie sesión en Microsoft 365: {{message}}',
} as const;

export const graphErrors = {
  GRAPH: {
    BAD_REQUEST:
      'Microsoft 365 rechazó la solicitud ({{graphCode}}). No se cambió nada. Id. de solicitud: {{requestId}}.',
    UNAUTHORIZED:
      'Microsoft 365 no aceptó la sesión (token vencido o inválido). Vuelva a iniciar sesión. Id. de solicitud: {{requestId}}.',
    FORBIDDEN:
      'Su cuenta no tiene permiso para esta operación en el sitio de SharePoint. Pida acceso al administrador. Id. de solicitud: {{requestId}}.',
    NOT_FOUND: 'No se encontró el recurso en Microsoft 365 ({{graphCode}}). Id. de solicitud: {{requestId}}.',
    CONFLICT: 'Ya existe un registro con esa clave en Microsoft 365. Id. de solicitud: {{requestId}}.',
    GONE: 'El enlace de sincronización venció; se hará una sincronización completa.',
    PRECONDITION_FAILED:
      'Alguien más cambió el registro desde que lo leyó. Vuelva a cargarlo y repita el cambio. Id. de solicitud: {{requestId}}.',
    THROTTLED:
      'Microsoft 365 está limitando las solicitudes y los reintentos se agotaron. Espere unos minutos y repita; es seguro reintentar.',
    UNAVAILABLE:
      'Microsoft 365 no está disponible por el momento (HTTP {{status}}). Repita en unos minutos; es seguro reintentar.',
    SERVER_ERROR: 'Microsoft 365 tuvo un error interno (HTTP {{status}}). Id. de solicitud: {{requestId}}.',
    NETWORK:
      'No hay conexión con Microsoft 365 ({{method}}). Revise la red o que el Microsoft 365 local esté en marcha (`npm start`); es seguro reintentar.',
    FOREIGN_URL: 'Se rechazó un enlace a otro servidor distinto de Microsoft Graph; no se envió la sesión.',
  },
  CONFIG: {
    INVALID: 'Configuración no válida: «{{setting}}» = «{{value}}».',
    CLIENT_ID_REQUIRED:
      'Para conectarse a {{graphUrl}} hace falta el id. de la aplicación registrada: use RELACIONES_CLIENT_ID o «clientId» en relaciones.config.json (vea docs/graph.md).',
    FILE_INVALID: 'El archivo de configuración {{file}} no es válido: {{reason}}',
    CERTIFICATE_MISSING:
      'No se encontró el certificado del Microsoft 365 local ({{file}}). Inícielo con `npm start` o `relaciones serve`, o indique la carpeta con --data o RELACIONES_CA_FILE.',
  },
  AUTH: {
    SIGN_IN_FAILED: 'No se pudo iniciar sesión en Microsoft 365. Vuelva a intentarlo.',
  },
} as const;
