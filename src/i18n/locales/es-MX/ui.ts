/** Textos del panel de tareas (es-MX): encabezado, navegación, una sección por paso del proceso y errores de la interfaz. */
export const ui = {
  shell: {
    loading: 'Cargando Relaciones…',
    skipToContent: 'Ir al contenido',
    navLabel: 'Áreas del proceso',
    hostBadge: 'Abierto en {{host}}',
    contentLabel: 'Contenido del área seleccionada',
  },
  host: {
    excel: 'Excel',
    outlook: 'Outlook',
    browser: 'Navegador',
  },
  nav: {
    home: 'Inicio',
    clients: 'Clientes',
    meetings: 'Reuniones',
    complaints: 'Quejas',
    surveys: 'Encuestas',
    requests: 'Solicitudes',
    reviews: 'Revisiones',
    reports: 'Reportes',
  },
  empty: {
    dataLayer:
      'Los datos llegan con la capa de Microsoft Graph, que esta versión todavía no incluye. No se muestran datos de ejemplo.',
  },
  area: {
    home: {
      step: 'Proceso completo',
      title: 'Inicio',
      summary:
        'Relaciones acompaña cada paso del proceso Relaciones con el Negocio: reuniones periódicas con cada cliente, quejas, encuestas de satisfacción, solicitudes de cambio y de servicio, revisiones del servicio y la evidencia que pide la auditoría (ISO/IEC 20000-1 8.3.2 y 8.3.3, ISO 10002).',
      stepsTitle: 'Los pasos del proceso',
      steps: {
        s1: 'Reuniones periódicas con cada cliente.',
        s2: 'Identificar las actividades de la reunión: la agenda.',
        s3: 'Realizar la reunión: ¿existe alguna queja?',
        s4: 'Atender las quejas (PR-SGI-016).',
        s5: 'Encuesta de satisfacción (PR-SGI-015): ¿es necesario modificar los SLAs?',
        s6: '¿Se requiere crear o modificar un servicio? (P-SGI-009)',
        s7: 'Revisión del servicio: ¿se requiere cambio de alcance? (F-SGI-032)',
      },
      hostTitle: 'En esta aplicación',
      host: {
        excel:
          'En Excel: la bitácora de quejas como tabla, las gráficas de satisfacción y el libro anual, construidos en el libro abierto.',
        outlook:
          'En Outlook: registrar una queja desde el correo de un cliente y programar la reunión de revisión desde una cita.',
        browser: 'En el navegador: el mismo panel como aplicación web, sin las acciones sobre el libro de Excel.',
      },
      empty: 'Conecte con Microsoft 365 para ver el estado de sus clientes',
    },
    clients: {
      step: 'Paso 1 · Reuniones periódicas',
      title: 'Catálogo de Clientes',
      summary:
        'Cada cliente tiene un responsable comercial y una periodicidad de reunión, de mensual a anual. Aquí verá qué reunión toca, cuáles están vencidas y con quién hablar.',
      empty: 'Conecte con Microsoft 365 para ver los clientes',
    },
    meetings: {
      step: 'Pasos 1 a 3 · Reuniones',
      title: 'Reuniones con el cliente',
      summary:
        'Programe la reunión periódica, llegue con una agenda armada con los acuerdos abiertos, las quejas abiertas, el cumplimiento de los SLAs y la última encuesta, y registre la minuta, los acuerdos (responsable y fecha) y la respuesta a «¿Existe alguna queja?».',
      empty: 'Conecte con Microsoft 365 para ver las reuniones',
      actionTitle: 'Reunión de revisión',
      actionBody:
        'Desde esta cita: elija el cliente; los asistentes y la agenda se proponen en la invitación, con la recurrencia de la periodicidad del cliente, y la reunión queda registrada en Reuniones.',
      actionBodyElsewhere:
        'Abra Relaciones desde una cita de Outlook para programar la reunión de revisión con sus asistentes y su agenda.',
    },
    complaints: {
      step: 'Paso 4 · Atención de quejas (PR-SGI-016)',
      title: 'Quejas',
      summary:
        'Cada queja sigue su ciclo: Registrada → Canalizada → En atención → Resuelta → Cerrada (con la confirmación del cliente) o Reabierta, con plazos por severidad, aviso antes del vencimiento, escalamiento, causa raíz y acción correctiva.',
      empty: 'Conecte con Microsoft 365 para ver las quejas',
      actionTitle: 'Registrar queja',
      actionBody:
        'Desde este correo: el cliente se identifica por el dominio del remitente, el texto se prellena y el mensaje se conserva como evidencia; la queja se canaliza al Líder de Entrega del Servicio.',
      actionBodyElsewhere:
        'Abra Relaciones desde el correo del cliente en Outlook para registrar la queja con el mensaje como evidencia.',
    },
    surveys: {
      step: 'Paso 5 · Encuesta de satisfacción (PR-SGI-015)',
      title: 'Encuestas',
      summary:
        'Campañas anuales o por proyecto: un enlace personal de Microsoft Forms por contacto, invitaciones y recordatorios, importación de respuestas y resultados CSAT y NPS con intervalos, que llegan al Comercial para decidir si cambian los SLAs.',
      empty: 'Conecte con Microsoft 365 para ver las campañas de encuesta',
    },
    requests: {
      step: 'Pasos 5 a 7 · Decisiones',
      title: 'Solicitudes de cambio y de servicio',
      summary:
        'Cada decisión del proceso queda registrada con quién, cuándo y por qué: cambio de SLA o de alcance (F-SGI-032) y creación o modificación de un servicio (P-SGI-009).',
      empty: 'Conecte con Microsoft 365 para ver las solicitudes',
    },
    reviews: {
      step: 'Paso 7 · Revisión del servicio',
      title: 'Revisiones del servicio',
      summary:
        'Revise por servicio los acuerdos, compromisos y requisitos con el cliente, y registre si se requiere un cambio de alcance (F-SGI-032).',
      empty: 'Conecte con Microsoft 365 para ver las revisiones',
    },
    reports: {
      step: 'Evidencia para la auditoría',
      title: 'Reportes y evidencia',
      summary:
        'El libro anual de satisfacción para la Dirección (puntuaciones, tendencias, quejas y acciones por cliente y servicio) y, para el Auditor, la evidencia por cliente y periodo de que cada paso ocurrió. Los registros se conservan un año después de terminar su vigencia.',
      empty: 'Conecte con Microsoft 365 para generar reportes',
      workbookExcel: 'En Excel, el libro anual se construirá en el libro abierto.',
      workbookElsewhere: 'Para construir el libro anual en un libro abierto, use Relaciones en Excel.',
    },
  },
  catalog: {
    retry: 'Reintentar',
    loadFailedHint: 'Revise la conexión con Microsoft 365 y vuelva a intentarlo.',
    connectionFailed: 'No se pudo conectar con Microsoft 365',
    cadenceState: {
      ok: 'Al día',
      dueSoon: 'Por vencer',
      overdue: 'Vencida',
      neverMet: 'Sin reuniones',
    },
    clients: {
      loading: 'Cargando clientes…',
      loadFailed: 'No se pudieron cargar los clientes',
      empty: 'No hay clientes en el catálogo',
      emptyHint:
        'Importe el catálogo con «relaciones clients import» o agregue los clientes en la lista Clientes de SharePoint.',
      searchLabel: 'Buscar por nombre o código',
      searchPlaceholder: 'Nombre o código del cliente',
      tableLabel: 'Clientes del catálogo',
      count: 'Clientes mostrados: {{shown}} de {{total}}',
      noMatch: 'Ningún cliente coincide con «{{search}}».',
      scheduledOn: 'Programada: {{date}}',
      column: {
        client: 'Cliente',
        nextMeeting: 'Próxima reunión',
        openComplaints: 'Quejas abiertas',
      },
    },
    complaints: {
      loading: 'Cargando quejas…',
      loadFailed: 'No se pudieron cargar las quejas',
      empty: 'No hay quejas registradas',
      emptyHint: 'Las quejas se registran desde el correo del cliente en Outlook o en la reunión de revisión.',
      filtersLabel: 'Filtrar la bitácora',
      statusLabel: 'Estado',
      clientLabel: 'Cliente',
      severityLabel: 'Severidad',
      allStatuses: 'Todos',
      allClients: 'Todos',
      allSeverities: 'Todas',
      clearFilters: 'Quitar filtros',
      tableLabel: 'Bitácora de quejas',
      count: 'Quejas mostradas: {{count}}',
      noMatch: 'Ninguna queja coincide con los filtros.',
      noFolio: 'Sin folio',
      severity: 'Severidad: {{severity}}',
      column: {
        complaint: 'Queja',
        status: 'Estado',
        sla: 'SLA',
      },
    },
  },
} as const;

export const uiErrors = {
  UI: {
    AREA_FAILED:
      'No se pudo mostrar el área «{{area}}». Las demás áreas siguen disponibles; recargue el panel y, si se repite, avise a soporte.',
    APP_FAILED: 'Relaciones no pudo iniciar. Recargue el panel; si el problema continúa, avise a soporte.',
  },
} as const;
