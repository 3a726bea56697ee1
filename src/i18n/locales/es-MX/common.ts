/** Textos comunes (es-MX): nombre del producto, roles, severidades, periodicidades, errores de validación. */
export const common = {
  appName: 'Relaciones',
  appTagline: 'Relaciones con el Negocio',
  yes: 'Sí',
  no: 'No',
  none: 'Ninguno',
  role: {
    comercial: 'Comercial',
    deliveryLead: 'Líder de Entrega del Servicio',
    management: 'Dirección',
    auditor: 'Auditor',
  },
  severity: { critical: 'Crítica', high: 'Alta', medium: 'Media', low: 'Baja' },
  cadence: {
    monthly: 'Mensual',
    bimonthly: 'Bimestral',
    quarterly: 'Trimestral',
    semiannual: 'Semestral',
    annual: 'Anual',
  },
  clientStatus: { active: 'Activo', inactive: 'Inactivo' },
  /** Names of the records, for messages about them. */
  entity: {
    Actor: 'Persona que actúa',
    Agreement: 'Acuerdo',
    AuditEntry: 'Entrada de bitácora',
    BusinessCalendar: 'Calendario laboral',
    ChangeRequest: 'Solicitud de cambio (F-SGI-032)',
    Client: 'Cliente',
    Complaint: 'Queja',
    Contact: 'Contacto',
    Decision: 'Decisión',
    Meeting: 'Reunión',
    MeetingSeries: 'Serie de reuniones',
    Service: 'Servicio',
    ServiceRequest: 'Solicitud de servicio (P-SGI-009)',
    ServiceReview: 'Revisión del servicio',
    ServiceSlaSummary: 'Resumen de SLA del servicio',
    SurveyCampaign: 'Campaña de encuesta',
    SurveyInvitation: 'Invitación a la encuesta',
    SurveyResponse: 'Respuesta de encuesta',
    SurveyResultSummary: 'Resultado de encuesta',
  },
} as const;

export const commonErrors = {
  VALIDATION: {
    INVALID_INPUT:
      '{{entityLabel}}: los datos no son válidos ({{count}} problema(s); el primero en «{{field}}»). Corrija los datos y vuelva a intentarlo; no se guardó nada.',
  },
  UNKNOWN: {
    ERROR: 'Ocurrió un error inesperado ({{code}}). Vuelva a intentarlo; si persiste, avise a soporte con este código.',
  },
  RECORD: {
    MALFORMED:
      'El elemento {{id}} de la lista «{{list}}» tiene un valor no válido en la columna «{{field}}». Corríjalo en SharePoint (o restaure una versión anterior del elemento) y vuelva a intentarlo.',
    UNINDEXED_FILTER:
      'La lista «{{list}}» no se puede filtrar ni ordenar por «{{property}}» porque esa columna no está indexada. No se envió nada; avise a soporte.',
    NOT_FOUND: '{{entityLabel}} con clave {{key}} ya no existe (quizá alguien lo eliminó). Vuelva a cargar los datos.',
    CONFLICT:
      '{{entityLabel}} ({{key}}) cambió desde que lo abrió. No se guardó su cambio: revise la versión actual y repítalo.',
  },
  PROVISION: {
    MISMATCH:
      'La lista «{{list}}» de SharePoint no coincide con la definición de Relaciones: columna «{{column}}», {{property}} esperado «{{expected}}», encontrado «{{actual}}» ({{count}} diferencia(s)). Corrija la lista en SharePoint o pida ayuda al administrador del sitio.',
    LIST_MISSING:
      'Falta la lista «{{list}}» en el sitio de SharePoint. Ejecute `relaciones provision` para crear las listas y vuelva a intentarlo.',
  },
} as const;
