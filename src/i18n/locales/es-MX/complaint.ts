/** Textos de quejas (es-MX): estados, acciones, causas raíz, relojes SLA y los errores COMPLAINT, SLA y CALENDAR. */

export const complaint = {
  status: {
    registered: 'Registrada',
    routed: 'Canalizada',
    inProgress: 'En atención',
    resolved: 'Resuelta',
    closed: 'Cerrada',
    reopened: 'Reabierta',
  },
  action: {
    register: 'Registrar queja',
    route: 'Canalizar al Líder de Entrega',
    attend: 'Atender',
    resolve: 'Marcar como resuelta',
    close: 'Cerrar',
    reopen: 'Reabrir',
    pause: 'Pausar reloj SLA (en espera del cliente)',
    resume: 'Reanudar reloj SLA',
  },
  channel: {
    meeting: 'Reunión',
    email: 'Correo electrónico',
    phone: 'Teléfono',
    survey: 'Encuesta',
    portal: 'Portal',
    other: 'Otro',
  },
  rootCause: {
    people: 'Personas',
    process: 'Proceso',
    technology: 'Tecnología',
    supplier: 'Proveedor',
    communication: 'Comunicación',
    clientSide: 'Del lado del cliente',
    other: 'Otra',
  },
  slaState: {
    onTrack: 'En tiempo',
    warning: 'Por vencer',
    breached: 'Vencido',
    paused: 'En pausa',
    met: 'Cumplido',
  },
  slaClock: {
    acknowledgement: 'Atención inicial',
    resolution: 'Resolución',
  },
  sla: {
    remaining: 'Quedan {{hours}} h {{minutes}} min hábiles',
    overdue: 'Vencido por {{hours}} h {{minutes}} min hábiles',
    dueAt: 'Vence: {{date}}',
    pausedSince: 'En pausa desde {{date}}: {{reason}}',
  },
  field: {
    folio: 'Folio',
    title: 'Asunto',
    description: 'Descripción',
    severity: 'Severidad',
    channel: 'Canal',
    receivedAt: 'Recibida',
    reportedBy: 'Reportada por',
    assignedTo: 'Asignada a',
    resolution: 'Resolución',
    rootCauseCategory: 'Categoría de causa raíz',
    rootCause: 'Causa raíz',
    correctiveAction: 'Acción correctiva',
    clientConfirmed: 'Confirmada por el cliente',
    closureReason: 'Motivo de cierre sin confirmación',
    reopenCount: 'Veces reabierta',
    note: 'Nota',
    pauseReason: 'Motivo de la pausa',
  },
} as const;

export const complaintErrors = {
  COMPLAINT: {
    NOT_FOUND:
      'No se encontró la queja «{{key}}». Verifique el folio o actualice la lista; puede haber sido eliminada.',
    ILLEGAL_TRANSITION:
      'Ese cambio de estado no está permitido por el procedimiento PR-SGI-016 ({{fromLabel}} → {{toLabel}}). Siga el orden Registrada → Canalizada → En atención → Resuelta → Cerrada; una queja Resuelta o Cerrada solo puede reabrirse y una Reabierta vuelve a Canalizada o En atención.',
    FORBIDDEN_ROLE:
      'Su rol ({{roleLabel}}) no permite esta acción («{{actionLabel}}»). Registrar y canalizar corresponde al Comercial; atender, resolver, cerrar, reabrir y pausar el reloj SLA, al Líder de Entrega del Servicio. Pida a la persona responsable que lo haga.',
    INVALID_TIME:
      'La fecha y hora «{{value}}» no es válida. Use el formato ISO 8601 con zona horaria, por ejemplo 2026-02-03T10:00:00-06:00.',
    TIME_BEFORE_LAST_CHANGE:
      'El cambio tiene fecha {{now}}, anterior al último movimiento de la queja ({{last}}). Revise la fecha y hora del equipo y vuelva a intentarlo.',
    RECEIVED_AFTER_REGISTRATION:
      'La fecha de recepción ({{receivedAt}}) es posterior al registro ({{now}}). Corrija la fecha en que el cliente reportó la queja.',
    ROUTE_REQUIRES_ASSIGNEE:
      'Para canalizar la queja indique el correo del Líder de Entrega del Servicio que la atenderá.',
    RESOLVE_REQUIRES_RESOLUTION: 'Para marcar la queja como resuelta describa la solución aplicada.',
    CLOSE_REQUIRES_RESOLUTION:
      'No se puede cerrar una queja sin la solución registrada. Márquela como resuelta con la descripción de la solución.',
    CLOSE_REQUIRES_ROOT_CAUSE: 'Para cerrar la queja indique la categoría de la causa raíz (análisis ISO 10002).',
    CLOSE_REQUIRES_CONFIRMATION_OR_REASON:
      'Para cerrar la queja registre que el cliente confirmó la solución o, si no la confirmó, escriba el motivo del cierre.',
    REOPEN_REQUIRES_NOTE:
      'Para reabrir la queja escriba una nota con el motivo (por ejemplo, qué sigue fallando según el cliente).',
    PAUSE_NOT_ALLOWED:
      'El reloj SLA solo se pausa o se reanuda mientras la queja está Canalizada, En atención o Reabierta (estado actual: {{statusLabel}}).',
    PAUSE_REQUIRES_REASON: 'Para pausar el reloj SLA escriba qué se espera del cliente.',
    ALREADY_PAUSED: 'El reloj SLA de esta queja ya está en pausa. Reanúdelo cuando el cliente responda.',
    NOT_PAUSED: 'El reloj SLA de esta queja no está en pausa; no hay nada que reanudar.',
  },
  SLA: {
    INVALID_WARNING_SHARE:
      'El umbral de aviso «{{value}}» no es válido. Use una fracción mayor que 0 y hasta 1 (por ejemplo 0.8 para avisar al 80 %).',
    INVALID_TARGET:
      'El objetivo de SLA de {{hours}} horas no es válido. Corrija los SLA del servicio con un número de horas hábiles mayor que cero.',
  },
  CALENDAR: {
    INVALID_TIME_ZONE: 'La zona horaria «{{timeZone}}» no existe. Use un nombre IANA, por ejemplo America/Mexico_City.',
    INVALID_WORKING_HOURS:
      'El horario laboral {{start}}–{{end}} no es válido: la hora de fin debe ser posterior a la de inicio (formato HH:mm).',
    OVERLAPPING_WORKING_HOURS: 'Los horarios laborales {{first}} y {{second}} se traslapan. Ajuste uno de los dos.',
    NO_WORKING_TIME: 'El calendario laboral no tiene días u horas hábiles. Indique al menos un día y un horario.',
    INVALID_INSTANT:
      'La fecha y hora «{{value}}» no es válida. Use el formato ISO 8601 con zona horaria, por ejemplo 2026-02-03T10:00:00-06:00.',
    INVALID_DATE: 'La fecha «{{value}}» no es válida. Use el formato AAAA-MM-DD, por ejemplo 2026-02-02.',
    INVALID_DURATION:
      'La duración «{{value}}» no es válida. Indique un número de horas o minutos mayor o igual a cero.',
    NO_BUSINESS_TIME:
      'No hay tiempo hábil en el calendario a partir de {{from}}. Revise los días laborales y los días festivos configurados.',
    INVALID_YEAR: 'El año «{{year}}» no es válido. Indique un año entre 1 y 9999.',
    INVALID_HOLIDAY:
      'El día festivo «{{value}}» no es válido. Use MM-DD para un día de cada año (12-12) o AAAA-MM-DD para una sola vez (2026-04-02).',
  },
} as const;
