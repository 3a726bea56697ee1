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
} as const;

export const commonErrors = {
  VALIDATION: {
    INVALID_INPUT:
      'Los datos de {{entity}} no son válidos ({{count}} problema(s); el primero en «{{field}}»). Corrija los datos y vuelva a intentarlo; no se guardó nada.',
  },
  UNKNOWN: {
    ERROR: 'Ocurrió un error inesperado ({{code}}). Vuelva a intentarlo; si persiste, avise a soporte con este código.',
  },
} as const;
