/** Textos de conformidad del proceso (es-MX): pasos 1–7, verificaciones, estados y mensajes con sus parámetros. */
export const conformance = {
  title: 'Conformidad del proceso Relaciones con el Negocio',
  overall: 'Conformidad de {{client}} del {{from}} al {{to}}: {{status}}',
  status: {
    ok: 'Cumple',
    warning: 'Advertencia',
    missing: 'Falta evidencia',
  },
  step: {
    '1': 'Realizar reuniones periódicas con el Cliente',
    '2': 'Identificar actividades a realizar',
    '3': 'Llevar a cabo la reunión con el Cliente',
    '4': 'Atender las quejas',
    '5': 'Programar la aplicación de la encuesta del servicio',
    '6': 'Evaluar si se requiere la creación y/o modificación de algún servicio',
    '7': 'Realizar revisión del servicio',
  },
  check: {
    meetingCadence: 'Reuniones periódicas dentro de la periodicidad del cliente',
    meetingAgenda: 'Agenda registrada en cada reunión realizada',
    meetingComplaintDecision: 'Respuesta a «¿Existe alguna queja o desviación en el servicio?» en cada reunión',
    complaintSla: 'Quejas atendidas dentro del SLA (PR-SGI-016)',
    surveyCoverage: 'Cliente encuestado en el periodo (PR-SGI-015)',
    surveyResultsSent: 'Resultados de la encuesta enviados a Comercial',
    slaChangeDecision: 'Decisión «¿Es necesario modificar los SLAs del servicio?» registrada',
    serviceChangeDecision: 'Decisión «¿Se requiere la creación o modificación de un servicio?» registrada',
    serviceReview: 'Revisión de cada servicio activo',
    scopeChangeDecision: 'Decisión «¿Se requiere cambio de alcance?» con su solicitud F-SGI-032',
  },
  message: {
    meetingCadence: {
      ok: 'Se realizaron {{held}} reunión(es) periódica(s), todas dentro de la periodicidad de {{months}} mes(es) con {{toleranceDays}} día(s) de tolerancia.',
      okNotDue:
        'No venció ninguna reunión periódica en el periodo (periodicidad de {{months}} mes(es), {{toleranceDays}} día(s) de tolerancia).',
      warning:
        'Se realizaron {{held}} reunión(es) periódica(s), pero {{late}} intervalo(s) excedieron la periodicidad de {{months}} mes(es) más {{toleranceDays}} día(s) de tolerancia.',
      missing:
        'No se realizó ninguna reunión periódica en el periodo aunque venció la periodicidad de {{months}} mes(es) más {{toleranceDays}} día(s) de tolerancia.',
    },
    meetingAgenda: {
      ok: 'Las {{total}} reunión(es) realizada(s) tienen agenda registrada.',
      okNone: 'No hubo reuniones realizadas en el periodo, ni se esperaba alguna.',
      warning: '{{missingCount}} de {{total}} reunión(es) realizada(s) no tienen agenda registrada.',
      missing: 'Ninguna de las {{total}} reunión(es) realizada(s) tiene agenda registrada.',
      missingNone: 'No hay reuniones realizadas en el periodo, por lo que no hay agenda registrada.',
    },
    meetingComplaintDecision: {
      ok: 'Las {{total}} reunión(es) realizada(s) registran si hubo queja o desviación, y cada queja está canalizada.',
      okNone: 'No hubo reuniones realizadas en el periodo, ni se esperaba alguna.',
      warning:
        '{{missingCount}} de {{total}} reunión(es) no registran si hubo queja o desviación, o no tienen la queja canalizada.',
      missing:
        'Ninguna de las {{total}} reunión(es) registra si hubo queja o desviación con su queja canalizada (PR-SGI-016).',
      missingNone: 'No hay reuniones realizadas en el periodo, por lo que no hay respuesta registrada sobre quejas.',
    },
    complaintSla: {
      ok: 'Las {{total}} queja(s) del periodo se atendieron dentro del SLA ({{closed}} cerrada(s), {{open}} abierta(s) en tiempo).',
      okNone: 'Sin quejas en el periodo.',
      warning: '{{breached}} de {{closed}} queja(s) cerrada(s) se cerraron fuera del SLA.',
      missing: '{{openPastSla}} queja(s) siguen abiertas después de vencer su SLA.',
    },
    surveyCoverage: {
      ok: 'El cliente respondió la encuesta «{{campaign}}» ({{responses}} respuesta(s)).',
      warning:
        'El cliente fue invitado a la encuesta «{{campaign}}» ({{invited}} invitación(es)) pero no ha respondido.',
      missing: 'El cliente no fue invitado a ninguna de las {{campaigns}} encuesta(s) del periodo.',
      missingNoCampaign: 'No hay campaña de encuesta de satisfacción en el periodo que incluya al cliente.',
    },
    surveyResultsSent: {
      ok: 'Los resultados de la encuesta «{{campaign}}» se enviaron a Comercial el {{sentOn}}.',
      pending: 'La encuesta «{{campaign}}» sigue en curso; sus resultados aún no se envían a Comercial.',
      missing: 'Los resultados de la encuesta «{{campaign}}» no se han enviado a Comercial.',
      missingNoCampaign: 'No hay campaña de encuesta en el periodo cuyos resultados enviar a Comercial.',
    },
    slaChangeDecision: {
      okNo: 'Tras la encuesta «{{campaign}}» se decidió el {{decidedOn}} que no es necesario modificar los SLAs.',
      okYes:
        'Tras la encuesta «{{campaign}}» se decidió el {{decidedOn}} modificar los SLAs y se registró la solicitud de cambio F-SGI-032.',
      pending: 'La encuesta «{{campaign}}» sigue en curso; la decisión sobre los SLAs se registra al concluir.',
      warningNoRequest:
        'Tras la encuesta «{{campaign}}» se decidió el {{decidedOn}} modificar los SLAs, pero no hay solicitud de cambio F-SGI-032 registrada.',
      missing: 'No se registró la decisión «¿Es necesario modificar los SLAs?» después de la encuesta «{{campaign}}».',
      missingNoCampaign: 'No hay encuesta en el periodo, por lo que no hay decisión registrada sobre los SLAs.',
    },
    serviceChangeDecision: {
      okNo: 'El {{decidedOn}} se decidió que no se requiere crear ni modificar servicios.',
      okYes: 'El {{decidedOn}} se decidió crear o modificar un servicio y se registró la solicitud P-SGI-009.',
      warningNoRequest:
        'El {{decidedOn}} se decidió crear o modificar un servicio, pero no hay solicitud P-SGI-009 registrada.',
      missing: 'No se registró en el periodo la decisión «¿Se requiere la creación o modificación de un servicio?».',
    },
    serviceReview: {
      ok: 'Se revisaron los {{total}} servicio(s) activo(s) del cliente.',
      okNone: 'El cliente no tuvo servicios activos en el periodo.',
      warning: '{{missingCount}} de {{total}} servicio(s) activo(s) no tienen revisión en el periodo.',
      missing: 'Ninguno de los {{total}} servicio(s) activo(s) tiene revisión en el periodo.',
    },
    scopeChangeDecision: {
      ok: 'Las {{total}} revisión(es) que requieren cambio de alcance tienen su solicitud F-SGI-032.',
      okNone: 'No se requirieron revisiones de servicio en el periodo.',
      okNoChange: 'Las {{total}} revisión(es) del periodo registran que no se requiere cambio de alcance.',
      warning:
        '{{missingCount}} de {{total}} revisión(es) que requieren cambio de alcance no tienen solicitud F-SGI-032.',
      missing: 'Ninguna de las {{total}} revisión(es) que requieren cambio de alcance tiene solicitud F-SGI-032.',
      missingNone: 'Sin revisiones de servicio en el periodo, no hay decisión registrada sobre el cambio de alcance.',
    },
  },
} as const;

export const conformanceErrors = {
  CONFORMANCE: {
    INVALID_PERIOD:
      'El periodo del «{{from}}» al «{{to}}» no es válido: use fechas AAAA-MM-DD y una fecha inicial no posterior a la final.',
    INVALID_OPTION: 'El valor «{{value}}» no es válido para la opción «{{option}}» de la evaluación de conformidad.',
    CLIENT_NOT_FOUND: 'El cliente {{clientCode}} no está en el Catálogo de Clientes; revise el código.',
  },
} as const;
