/** Textos de reuniones (es-MX): periodicidad y su estado, agenda de la reunión de revisión y errores MEETING/AGENDA. */
export const meeting = {
  /** Formatos del idioma: patrón de fecha (date-fns) y etiqueta BCP 47 para los números. */
  format: {
    date: 'dd/MM/yyyy',
    numberLocale: 'es-MX',
  },
  unit: {
    days: { one: '1 día', other: '{{count}} días' },
  },
  kind: { periodic: 'Periódica', extraordinary: 'Extraordinaria' },
  status: { scheduled: 'Programada', held: 'Realizada', cancelled: 'Cancelada' },
  agreementStatus: { open: 'Abierto', done: 'Cumplido', cancelled: 'Cancelado' },
  cadence: {
    status: {
      ok: 'Al día',
      dueSoon: 'Próxima a vencer',
      overdue: 'Vencida',
      neverMet: 'Sin reuniones',
    },
    summary: {
      ok: 'Al día: la próxima reunión de revisión toca a más tardar el {{date}}.',
      dueSoon: 'Próxima a vencer: la reunión de revisión toca en {{days}} (a más tardar el {{date}}).',
      dueToday: 'Próxima a vencer: la reunión de revisión toca hoy, {{date}}.',
      overdue: 'Vencida: la reunión de revisión tocaba el {{date}} (hace {{days}}).',
      neverMet: 'Sin reuniones realizadas: la primera reunión de revisión toca a más tardar el {{date}}.',
      neverMetOverdue: 'Sin reuniones realizadas: la primera reunión de revisión tocaba el {{date}} (hace {{days}}).',
    },
  },
  agenda: {
    title: 'Agenda de la reunión de revisión del servicio — {{client}} ({{code}})',
    preparedOn: 'Preparada el {{date}} con la información vigente a esa fecha.',
    noFolio: 'sin folio',
    section: {
      agreements: 'Seguimiento de acuerdos abiertos',
      complaints: 'Quejas abiertas',
      slaCompliance: 'Cumplimiento de SLA',
      lastSurvey: 'Última encuesta de satisfacción',
      pendingRequests: 'Solicitudes pendientes',
      general: 'Asuntos generales',
    },
    empty: {
      agreements: 'Sin acuerdos abiertos.',
      complaints: 'Sin quejas abiertas.',
      slaCompliance: 'Sin datos de cumplimiento de SLA para el periodo.',
      lastSurvey: 'Sin encuestas de satisfacción con resultados.',
      pendingRequests: 'Sin solicitudes pendientes.',
    },
    agreement: {
      line: '{{description}} — responsable: {{owner}}; fecha compromiso: {{dueOn}}.',
      overdue: 'VENCIDO hace {{days}}: {{description}} — responsable: {{owner}}; fecha compromiso: {{dueOn}}.',
    },
    complaint: {
      line: '{{reference}}: {{title}} — servicio: {{service}}; severidad: {{severity}}; abierta hace {{age}}; SLA: {{slaState}}.',
      noService: 'sin servicio asignado',
    },
    slaState: {
      onTrack: 'En tiempo',
      warning: 'Por vencer',
      breached: 'Vencida',
      paused: 'En pausa (esperando al cliente)',
      met: 'Cumplida',
    },
    sla: {
      line: '{{service}} ({{code}}) — {{availability}}; {{complaints}}.',
      availability: 'disponibilidad {{actual}} % con meta de {{target}} %: {{verdict}}',
      availabilityNoTarget: 'disponibilidad {{actual}} % (sin meta definida)',
      availabilityNotMeasured: 'disponibilidad sin medición (meta de {{target}} %)',
      availabilityNone: 'sin meta ni medición de disponibilidad',
      met: 'cumple',
      notMet: 'no cumple',
      complaints: 'quejas atendidas dentro de SLA: {{within}} de {{total}} ({{pct}} %)',
      noComplaints: 'sin quejas en el periodo',
    },
    survey: {
      line: '{{campaign}} ({{date}}): {{csat}}; {{nps}}; {{responses}}.',
      csat: 'satisfacción (CSAT, 4 y 5) {{pct}} %',
      csatNone: 'satisfacción (CSAT) no medida',
      nps: 'NPS {{nps}}',
      npsNone: 'NPS no medido',
      responses: { one: '1 respuesta', other: '{{count}} respuestas' },
    },
    request: {
      change:
        'Solicitud de cambio F-SGI-032 {{reference}} ({{kind}}, servicio {{service}}) — {{status}} desde el {{requestedOn}}: {{description}}',
      service:
        'Solicitud de servicio P-SGI-009 ({{kind}}, servicio {{service}}) — {{status}} desde el {{requestedOn}}: {{description}}',
      newService: 'por crear',
      changeKind: { sla: 'cambio de SLA', scope: 'cambio de alcance' },
      serviceKind: { new: 'servicio nuevo', modify: 'modificación de servicio' },
      changeStatus: {
        submitted: 'enviada',
        underEvaluation: 'en evaluación',
        approved: 'aprobada, por implementar',
        rejected: 'rechazada',
        implemented: 'implementada',
        closed: 'cerrada',
      },
      serviceStatus: {
        submitted: 'enviada',
        inDesign: 'en diseño',
        inTransition: 'en transición',
        done: 'terminada',
        rejected: 'rechazada',
      },
    },
    general: {
      complaintQuestion: '¿Existe alguna queja o desviación en el servicio? (registrar la respuesta en la minuta)',
      other: 'Necesidades y requerimientos nuevos del cliente.',
    },
  },
} as const;

export const meetingErrors = {
  MEETING: {
    INVALID_DATE: 'La fecha «{{value}}» no es válida; use el formato AAAA-MM-DD.',
    INVALID_DUE_SOON_WINDOW:
      'El aviso de reunión próxima a vencer debe ser un número entero de días entre 0 y 366 (se recibió {{days}}).',
    INVALID_RECURRENCE: 'No se pudo leer la regla de recurrencia «{{rule}}». Revise la serie e inténtelo de nuevo.',
    UNSUPPORTED_RECURRENCE:
      'La regla de recurrencia «{{rule}}» no se puede programar en Outlook: use una serie mensual o anual en un día del mes o en el primer, segundo, tercer, cuarto o último día de la semana indicado.',
    RECURRENCE_ENDS_BEFORE_START:
      'La serie termina el {{until}}, antes de su primera reunión ({{startOn}}). Elija una fecha de fin posterior.',
    INVALID_OCCURRENCE_COUNT:
      'Se pidieron {{count}} reuniones de la serie; indique un número entero entre 1 y {{max}}.',
  },
  AGENDA: {
    FOREIGN_ITEM:
      'El registro {{key}} pertenece al cliente {{foreignClientCode}}, no a {{clientCode}}; no se generó la agenda para no mezclar información de clientes.',
  },
} as const;
