/** Textos de encuestas de satisfacción (es-MX): métricas, estados de invitación, propuestas y sus motivos. */
export const survey = {
  metric: {
    csat: 'CSAT (satisfacción)',
    csatTop2Box: 'CSAT: % de respuestas 4–5 (top-2-box)',
    csatMean: 'CSAT promedio (1–5)',
    nps: 'NPS (índice de recomendación neta)',
    ces: 'CES (esfuerzo del cliente, 1–7)',
    responseRate: 'Tasa de respuesta',
    coverage: 'Cobertura de clientes activos',
    coverageWeighted: 'Cobertura ponderada por servicios activos',
  },
  stats: {
    interval: 'IC {{confidence}} %: {{low}} a {{high}}',
    sampleSize: 'n = {{n}}',
    smallSample: 'Muestra pequeña (n = {{n}}, menos de 30): interprete el resultado con cautela.',
    finitePopulation: 'Con corrección por población finita (N = {{population}}).',
    significantUp: 'Mejora significativa respecto al periodo anterior.',
    significantDown: 'Baja significativa respecto al periodo anterior.',
    notSignificant: 'Sin cambio significativo respecto al periodo anterior.',
  },
  invitationStatus: {
    pending: 'Pendiente',
    sent: 'Enviada',
    reminded: 'Recordatorio enviado',
    answered: 'Respondida',
    bounced: 'Rebotada',
    failed: 'Falló el envío',
  },
  proposalKind: {
    followUpAction: 'Acción de seguimiento',
    slaChangeRequest: 'Solicitud de cambio de SLA (F-SGI-032)',
    serviceRequest: 'Solicitud de servicio (P-SGI-009)',
  },
  priority: { high: 'Alta', medium: 'Media', low: 'Baja' },
  scope: { response: 'Respuesta', client: 'Cliente', service: 'Servicio' },
  reason: {
    response: {
      csat: 'Una respuesta de {{clientCode}} calificó la satisfacción (CSAT) con {{value}} (regla: {{condition}}).',
      nps: 'Una respuesta de {{clientCode}} dio {{value}} de recomendación (NPS 0–10) (regla: {{condition}}).',
      ces: 'Una respuesta de {{clientCode}} calificó el esfuerzo (CES) con {{value}} (regla: {{condition}}).',
      answer:
        'Una respuesta de {{clientCode}} contestó «{{value}}» a la pregunta {{questionKey}} (regla: {{condition}}).',
    },
    group: {
      csat: 'El CSAT promedio de {{subject}} es {{value}} con {{responses}} respuesta(s) (regla: {{condition}}).',
      nps: 'El NPS de {{subject}} es {{value}} (de −1 a 1) con {{responses}} respuesta(s) (regla: {{condition}}).',
      ces: 'El CES promedio de {{subject}} es {{value}} con {{responses}} respuesta(s) (regla: {{condition}}).',
      csatTop2Box:
        'La proporción de CSAT 4–5 de {{subject}} es {{value}} con {{responses}} respuesta(s) (regla: {{condition}}).',
      answer:
        '{{responses}} respuesta(s) de {{subject}} contestaron «{{value}}» a la pregunta {{questionKey}} (regla: {{condition}}).',
    },
  },
  proposalNote: 'Es una propuesta: la decisión la toma el Líder de Entrega del Servicio y queda registrada.',
} as const;

export const surveyErrors = {
  SURVEY: {
    RULES: {
      INVALID:
        'Las reglas de decisión de la encuesta no son válidas ({{count}} problema(s); el primero en «{{field}}»). Corrija las reglas; no se evaluó ninguna.',
    },
    METRICS: {
      INVALID_PERIOD: 'El periodo de las métricas no es válido: inicia el {{from}} y termina el {{to}}.',
    },
    STATS: {
      INVALID_ARGUMENT: 'Dato no válido para el cálculo estadístico: {{name}} = {{value}}.',
    },
  },
} as const;
