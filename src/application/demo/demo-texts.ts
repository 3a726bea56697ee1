/**
 * Spanish (es-MX) sentences of the demo organisation: meeting agendas and minutes, agreements,
 * survey comments, review notes, change and service requests, decision reasons. Plain data and
 * small builders; the generator picks among them with its seeded random source.
 */
import type { MeetingCadence } from '../../domain/client/client.entity';
import type { ClientMood } from './demo-catalog';

export const CADENCE_LABEL: Readonly<Record<MeetingCadence, string>> = {
  monthly: 'mensual',
  bimonthly: 'bimestral',
  quarterly: 'trimestral',
  semiannual: 'semestral',
  annual: 'anual',
};

/** The agenda built in step 2 (open agreements, complaints, SLA results, last survey, changes). */
export function meetingAgenda(cadence: MeetingCadence, serviceNames: readonly string[]): string {
  return [
    `Agenda de la reunión de revisión ${CADENCE_LABEL[cadence]}`,
    '1. Seguimiento de los acuerdos de la reunión anterior',
    '2. Quejas y desviaciones abiertas',
    `3. Cumplimiento de niveles de servicio: ${serviceNames.join('; ')}`,
    '4. Resultados de la última encuesta de satisfacción',
    '5. Solicitudes de cambio pendientes',
    '6. Asuntos generales',
  ].join('\n');
}

/** Things said in a review that are neither agreements nor complaints. */
export const MEETING_TOPICS: readonly string[] = [
  'El cliente comentó que la atención de la mesa de servicio mejoró durante el periodo.',
  'Se presentó el calendario de mantenimientos programados para el siguiente periodo.',
  'El cliente solicitó información sobre la renovación del contrato.',
  'Se revisó el avance del proyecto de actualización de infraestructura.',
  'El cliente pidió reforzar la comunicación previa a los cambios programados.',
  'Se comentó la cobertura acordada durante las vacaciones del personal clave.',
  'Se revisaron los resultados de la última encuesta de satisfacción.',
  'El cliente expresó su conformidad con el cumplimiento de los niveles de servicio.',
  'El cliente anunció la apertura de una nueva sucursal durante el siguiente trimestre.',
  'Se acordó revisar en la próxima reunión el consumo de licencias.',
];

/** Agreement descriptions; `{service}` is replaced by a service name. */
export const AGREEMENT_TEMPLATES: readonly string[] = [
  'Enviar el reporte de disponibilidad y cumplimiento de SLA del periodo de {service}.',
  'Actualizar la matriz de escalamiento con los nuevos contactos del cliente.',
  'Programar la ventana de mantenimiento para la actualización de parches de {service}.',
  'Compartir la propuesta técnica para ampliar {service}.',
  'Validar con el área de compras del cliente la renovación del contrato.',
  'Entregar el plan de pruebas de recuperación ante desastres.',
  'Revisar con el cliente el inventario de equipos y licencias.',
  'Presentar el análisis de causa raíz de los incidentes del periodo.',
  'Capacitar a los usuarios clave en el uso del portal de autoservicio.',
  'Documentar los requerimientos del nuevo reporte solicitado por el cliente.',
  'Enviar la minuta firmada a todos los asistentes.',
  'Confirmar con el cliente los contactos para la encuesta anual de satisfacción.',
];

export const PAUSE_REASONS: readonly string[] = [
  'En espera de que el cliente proporcione acceso remoto al equipo afectado.',
  'En espera de la ventana de mantenimiento autorizada por el cliente.',
  'En espera de evidencia adicional (capturas de pantalla y registros) por parte del cliente.',
  'En espera de que el cliente valide la solución en su ambiente de pruebas.',
];

export const REOPEN_NOTES: readonly string[] = [
  'El cliente reportó que la falla se presentó nuevamente dos días después de la solución.',
  'El cliente no está de acuerdo con la solución: el problema persiste en otra sucursal.',
  'La validación del cliente mostró que la corrección no cubre todos los casos reportados.',
];

export const SURVEY_COMMENTS: Readonly<Record<ClientMood, readonly string[]>> = {
  happy: [
    'Excelente atención; el equipo siempre está disponible.',
    'Muy buen servicio: resuelven rápido y con profesionalismo.',
    'Estamos muy satisfechos con el seguimiento del líder del servicio.',
    'La comunicación es clara y oportuna. ¡Gracias!',
    'Buen servicio; nos gustaría recibir reportes más detallados.',
  ],
  neutral: [
    'El servicio es bueno, aunque los tiempos de respuesta pueden mejorar.',
    'Cumplen con lo acordado, pero falta proactividad.',
    'Sería útil recibir los reportes mensuales a tiempo.',
    'En general bien; hubo algunos retrasos en la atención en sitio.',
  ],
  unhappy: [
    'Los tiempos de resolución no cubren nuestras necesidades de operación.',
    'Hemos tenido varias fallas sin aviso previo; necesitamos mejor comunicación.',
    'El SLA actual no refleja la criticidad de nuestro negocio.',
    'La atención depende mucho de quién tome el ticket; falta consistencia.',
  ],
};

export const REVIEW_NOTES_OK: readonly string[] = [
  'Se revisaron los acuerdos, compromisos y requerimientos específicos del cliente; el servicio los cumple.',
  'El servicio cumple con lo contratado. El cliente no requiere cambios de alcance por ahora.',
  'Se verificó el cumplimiento de los niveles de servicio y de los entregables del periodo sin observaciones.',
];

export const REVIEW_NOTES_ISSUES: readonly string[] = [
  'Hubo retrasos en la entrega de los reportes mensuales; se acordó un calendario de entregas.',
  'El cliente señaló compromisos pendientes de la reunión anterior; se les dará seguimiento.',
  'Los requerimientos de seguridad del cliente cambiaron y el servicio aún no los cubre por completo.',
];

/** Scope changes found in a service review (step 7 → F-SGI-032); `{service}` is replaced. */
export const SCOPE_CHANGES: readonly string[] = [
  'Ampliar la cobertura de {service} a tres sucursales adicionales.',
  'Incluir atención en horario extendido (sábados de 9:00 a 14:00) en {service}.',
  'Agregar al alcance de {service} los servidores del nuevo centro de datos alterno.',
  'Incorporar a {service} la atención a los usuarios de la nueva planta de producción.',
  'Reducir el alcance de {service}: el cliente retirará dos sitios remotos.',
];

/** SLA changes after the survey (step 5 → F-SGI-032); `{service}` is replaced. */
export const SLA_CHANGES: readonly string[] = [
  'Reducir el tiempo de resolución de incidentes de severidad alta en {service}.',
  'Aumentar la disponibilidad comprometida de {service} a 99.9 %.',
  'Reducir el tiempo de atención inicial de severidad crítica en {service} a 30 minutos.',
];

export const NEW_SERVICES: readonly string[] = [
  'Servicio de monitoreo del desempeño de aplicaciones (APM) para el portal de clientes.',
  'Servicio administrado de firewall para las sucursales.',
  'Mesa de servicio bilingüe para la operación en Estados Unidos.',
];

/** Modifications of a service (P-SGI-009); `{service}` is replaced. */
export const SERVICE_MODIFICATIONS: readonly string[] = [
  'Agregar respaldo en la nube a {service}.',
  'Ampliar {service} con soporte a dispositivos móviles.',
  'Incorporar reportes de tendencias trimestrales a {service}.',
];

export function fill(template: string, service: string): string {
  return template.split('{service}').join(service);
}
