/**
 * Data tables of the demo organisation: the provider and its people, the service catalog with
 * its SLA tiers and typical complaints, and about forty Mexican client companies. Plain data,
 * read by the generator in demo-organisation.ts. Everything people read is Spanish (es-MX).
 *
 * The companies are fictitious. Their names deliberately carry accents, ñ, ü, an ampersand and
 * an apostrophe, so every screen and report shows real-world text; hostile text (HTML, formulas)
 * belongs in tests, not here.
 */
import type { MeetingCadence } from '../../domain/client/client.entity';
import type { RootCauseCategory } from '../../domain/complaint/complaint.entity';
import type { SlaTargets } from '../../domain/service/service.entity';

// ---------------------------------------------------------------------------------------------
// The provider and its people
// ---------------------------------------------------------------------------------------------

/** The IT-services company that runs the process (the emulator's demo users belong to it). */
export const DEMO_PROVIDER = {
  name: 'Servicios Digitales Tlalli, S.A. de C.V.',
  domain: 'relaciones.example',
} as const;

/** The demo users of the emulator plus two colleagues; the first two own most accounts. */
export const DEMO_PEOPLE = {
  comercial: { email: 'comercial@relaciones.example', name: 'Mariana Solís Herrera' },
  comercialAlt: { email: 'ana.torres@relaciones.example', name: 'Ana Torres Gutiérrez' },
  lider: { email: 'lider@relaciones.example', name: 'Jorge Ramírez Cárdenas' },
  liderAlt: { email: 'ricardo.mendez@relaciones.example', name: 'Ricardo Méndez Ochoa' },
  direccion: { email: 'direccion@relaciones.example', name: 'Patricia Villaseñor Luna' },
} as const;

/** Display name of a provider person by e-mail. */
export function providerPersonName(email: string): string | undefined {
  return Object.values(DEMO_PEOPLE).find((p) => p.email === email)?.name;
}

// ---------------------------------------------------------------------------------------------
// Service catalog
// ---------------------------------------------------------------------------------------------

export type SlaTier = 'oro' | 'plata' | 'bronce';

export const SLA_TIER_LABEL: Readonly<Record<SlaTier, string>> = { oro: 'Oro', plata: 'Plata', bronce: 'Bronce' };

/** SLA targets per tier (business hours); Plata equals the product's defaults. */
export const SLA_TIERS: Readonly<Record<SlaTier, SlaTargets>> = {
  oro: {
    availabilityPct: 99.9,
    bySeverity: {
      critical: { acknowledgeHours: 0.5, resolveHours: 4 },
      high: { acknowledgeHours: 1, resolveHours: 8 },
      medium: { acknowledgeHours: 4, resolveHours: 24 },
      low: { acknowledgeHours: 8, resolveHours: 72 },
    },
  },
  plata: {
    availabilityPct: 99.5,
    bySeverity: {
      critical: { acknowledgeHours: 1, resolveHours: 8 },
      high: { acknowledgeHours: 4, resolveHours: 24 },
      medium: { acknowledgeHours: 8, resolveHours: 72 },
      low: { acknowledgeHours: 16, resolveHours: 120 },
    },
  },
  bronce: {
    availabilityPct: 99,
    bySeverity: {
      critical: { acknowledgeHours: 2, resolveHours: 12 },
      high: { acknowledgeHours: 8, resolveHours: 40 },
      medium: { acknowledgeHours: 16, resolveHours: 96 },
      low: { acknowledgeHours: 24, resolveHours: 160 },
    },
  },
};

/** A typical complaint about a service, with the analysis and fix that closed it. */
export interface ComplaintScenario {
  readonly title: string;
  readonly description: string;
  readonly rootCauseCategory: RootCauseCategory;
  readonly rootCause: string;
  readonly correctiveAction: string;
  readonly resolution: string;
}

export interface CatalogService {
  readonly name: string;
  readonly scenarios: readonly ComplaintScenario[];
}

export type ServiceCode =
  | 'MESA-AYUDA'
  | 'NOC-24X7'
  | 'SOC'
  | 'NUBE-IAAS'
  | 'RESPALDO'
  | 'RED-WAN'
  | 'ERP-SOP'
  | 'DESA-APP'
  | 'SITIO'
  | 'CORREO';

export const SERVICE_CATALOG: Readonly<Record<ServiceCode, CatalogService>> = {
  'MESA-AYUDA': {
    name: 'Mesa de servicio N1 y N2',
    scenarios: [
      {
        title: 'Tickets sin respuesta por más de un día hábil',
        description:
          'El cliente reporta que varios tickets de la mesa de servicio permanecieron sin respuesta durante más de un día hábil, lo que retrasó la operación de sus sucursales.',
        rootCauseCategory: 'people',
        rootCause: 'El turno vespertino operó con un analista menos por incapacidades sin cobertura.',
        correctiveAction: 'Se ajustó el rol de guardias y se incorporó un analista de respaldo para cubrir ausencias.',
        resolution: 'Se atendieron los tickets rezagados y se informó al cliente el estado de cada uno.',
      },
      {
        title: 'Restablecimiento de contraseña sin validar la identidad',
        description:
          'Un analista restableció la contraseña de un usuario del cliente sin aplicar el procedimiento de validación de identidad.',
        rootCauseCategory: 'process',
        rootCause: 'El guion de atención no incluía la validación de identidad para solicitudes telefónicas.',
        correctiveAction: 'Se actualizó el guion de atención y se capacitó a todo el personal de la mesa de servicio.',
        resolution:
          'Se revocó el acceso, se restableció la contraseña con validación y se revisó la bitácora de accesos sin encontrar actividad indebida.',
      },
    ],
  },
  'NOC-24X7': {
    name: 'Monitoreo de infraestructura 24x7 (NOC)',
    scenarios: [
      {
        title: 'Alerta de disco lleno no notificada',
        description:
          'El servidor de base de datos del cliente se quedó sin espacio en disco durante la madrugada y el NOC no notificó la alerta.',
        rootCauseCategory: 'process',
        rootCause: 'El umbral de alerta estaba configurado para un volumen que ya no existe.',
        correctiveAction:
          'Se revisaron los umbrales de todos los servidores del cliente y se programó una revisión trimestral.',
        resolution: 'Se liberó espacio, se amplió el volumen y se restableció el servicio.',
      },
      {
        title: 'Falsos positivos recurrentes en el monitoreo de enlaces',
        description:
          'El cliente recibe alertas de caída de enlace varias veces por semana sin que exista una interrupción real.',
        rootCauseCategory: 'technology',
        rootCause: 'La sonda de monitoreo usaba un intervalo de sondeo demasiado corto para enlaces satelitales.',
        correctiveAction: 'Se ajustaron los intervalos y se agregó una validación cruzada antes de notificar.',
        resolution:
          'Se depuraron las reglas de monitoreo y se confirmó con el cliente la ausencia de falsos positivos durante una semana.',
      },
    ],
  },
  SOC: {
    name: 'Centro de operaciones de seguridad (SOC)',
    scenarios: [
      {
        title: 'Incidente de phishing escalado tarde',
        description:
          'Un correo de phishing dirigido al área de finanzas fue detectado por el SOC, pero se escaló al cliente cuatro horas después.',
        rootCauseCategory: 'process',
        rootCause: 'La matriz de escalamiento del cliente no estaba actualizada con los nuevos responsables.',
        correctiveAction: 'Se actualizó la matriz y se estableció una validación mensual con el cliente.',
        resolution:
          'Se bloqueó el remitente, se eliminaron los correos de los buzones afectados y se confirmó que ningún usuario ingresó sus credenciales.',
      },
      {
        title: 'Reporte mensual de seguridad incompleto',
        description: 'El reporte mensual de eventos de seguridad omitió los eventos de los firewalls perimetrales.',
        rootCauseCategory: 'technology',
        rootCause: 'El conector del SIEM con los firewalls perdió la sincronización tras una actualización.',
        correctiveAction: 'Se reconfiguró el conector y se agregó una alerta de ingesta de datos.',
        resolution: 'Se regeneró y entregó el reporte completo del mes.',
      },
    ],
  },
  'NUBE-IAAS': {
    name: 'Infraestructura administrada en la nube',
    scenarios: [
      {
        title: 'Lentitud en máquinas virtuales de producción',
        description:
          'Las máquinas virtuales del ERP presentan tiempos de respuesta elevados en el horario de cierre contable.',
        rootCauseCategory: 'technology',
        rootCause: 'El clúster de virtualización operaba con sobreasignación de memoria.',
        correctiveAction: 'Se redistribuyeron las cargas y se agregó un nodo al clúster.',
        resolution: 'Se migraron las máquinas virtuales críticas a un nodo con capacidad suficiente.',
      },
      {
        title: 'Cargo no reconocido en la factura de nube',
        description: 'El cliente detectó un cargo por almacenamiento adicional que no solicitó.',
        rootCauseCategory: 'process',
        rootCause: 'Un volumen de pruebas no se eliminó al cerrar el proyecto.',
        correctiveAction: 'Se incorporó la revisión de recursos huérfanos al cierre de cada proyecto.',
        resolution: 'Se eliminó el volumen y se emitió una nota de crédito por el cargo.',
      },
    ],
  },
  RESPALDO: {
    name: 'Respaldo y recuperación de información',
    scenarios: [
      {
        title: 'Respaldos nocturnos fallidos durante tres días',
        description:
          'Los respaldos nocturnos de los servidores de archivos fallaron tres noches consecutivas sin que el cliente fuera notificado.',
        rootCauseCategory: 'technology',
        rootCause: 'La credencial de la cuenta de servicio de respaldo expiró.',
        correctiveAction: 'Se configuró la cuenta con rotación automática y alerta de vencimiento.',
        resolution: 'Se renovó la credencial y se ejecutó un respaldo completo verificado.',
      },
      {
        title: 'Restauración de archivos fuera de tiempo',
        description: 'La restauración de una carpeta solicitada por el área jurídica tardó dos días hábiles.',
        rootCauseCategory: 'people',
        rootCause: 'El personal de guardia desconocía el procedimiento de restauración desde cinta.',
        correctiveAction: 'Se documentó el procedimiento y se realizaron pruebas de restauración con todo el equipo.',
        resolution: 'Se restauró la carpeta completa y el cliente validó la información.',
      },
    ],
  },
  'RED-WAN': {
    name: 'Administración de red WAN y SD-WAN',
    scenarios: [
      {
        title: 'Caída del enlace WAN en sucursal',
        description:
          'La sucursal principal del cliente perdió conectividad durante la mañana, lo que afectó la facturación.',
        rootCauseCategory: 'supplier',
        rootCause: 'Falla del equipo de última milla del operador de telecomunicaciones.',
        correctiveAction: 'Se habilitó un enlace de respaldo LTE con conmutación automática.',
        resolution:
          'El operador reemplazó el equipo y se restableció el enlace; se verificó la conmutación al enlace de respaldo.',
      },
      {
        title: 'Cambio en la red aplicado sin aviso',
        description:
          'Se aplicó un cambio de configuración en el enrutador de una sucursal sin notificación previa al cliente.',
        rootCauseCategory: 'communication',
        rootCause: 'El cambio se registró como estándar y no se notificó al cliente conforme al procedimiento.',
        correctiveAction:
          'Los cambios de red del cliente se reclasificaron como normales, con aviso obligatorio de 48 horas.',
        resolution: 'Se revirtió el cambio y se reprogramó en una ventana acordada con el cliente.',
      },
    ],
  },
  'ERP-SOP': {
    name: 'Soporte a aplicaciones ERP',
    scenarios: [
      {
        title: 'Error en el cálculo de nómina tras una actualización',
        description:
          'Después de la actualización del ERP, el cálculo de la nómina quincenal presentó diferencias en las deducciones.',
        rootCauseCategory: 'process',
        rootCause: 'La actualización se liberó sin ejecutar las pruebas de regresión de nómina.',
        correctiveAction: 'Se incorporaron las pruebas de regresión de nómina al plan de liberación.',
        resolution: 'Se corrigió la configuración de deducciones y se recalculó la nómina.',
      },
      {
        title: 'Solicitudes de soporte cerradas sin confirmación',
        description:
          'El cliente indica que las solicitudes de soporte al ERP se cierran sin confirmar con el usuario que la solución funciona.',
        rootCauseCategory: 'process',
        rootCause: 'El procedimiento permitía cerrar solicitudes sin la confirmación del usuario.',
        correctiveAction: 'Se estableció la confirmación del usuario como requisito para el cierre.',
        resolution: 'Se reabrieron y atendieron las solicitudes pendientes con la confirmación de cada usuario.',
      },
    ],
  },
  'DESA-APP': {
    name: 'Desarrollo y mantenimiento de aplicaciones',
    scenarios: [
      {
        title: 'Entrega con defectos críticos en la aplicación móvil',
        description:
          'La versión entregada de la aplicación móvil presentó errores que impidieron el registro de nuevos clientes.',
        rootCauseCategory: 'process',
        rootCause: 'Las pruebas de aceptación se realizaron en un ambiente distinto al de producción.',
        correctiveAction:
          'Se alineó el ambiente de pruebas con producción y se agregó una prueba automatizada del registro.',
        resolution: 'Se liberó una versión correctiva que resolvió los defectos reportados.',
      },
      {
        title: 'Retraso en la entrega del módulo de reportes',
        description: 'El módulo de reportes comprometido para el mes no se entregó en la fecha acordada.',
        rootCauseCategory: 'people',
        rootCause: 'Rotación de un desarrollador clave sin plan de transición.',
        correctiveAction: 'Se asignó un desarrollador adicional y se documentó el conocimiento del módulo.',
        resolution: 'Se entregó el módulo con una semana de retraso y se acordó un nuevo calendario.',
      },
    ],
  },
  SITIO: {
    name: 'Soporte técnico en sitio',
    scenarios: [
      {
        title: 'El técnico no se presentó a la visita programada',
        description:
          'El técnico de soporte en sitio no acudió a la visita programada en la sucursal del cliente ni avisó del cambio.',
        rootCauseCategory: 'people',
        rootCause: 'Error en la asignación de la agenda de visitas.',
        correctiveAction: 'Se implementó la confirmación de visitas con el cliente un día antes.',
        resolution: 'Se reprogramó la visita y el técnico atendió el requerimiento al día siguiente.',
      },
      {
        title: 'Equipos de cómputo entregados sin configurar',
        description: 'Los equipos nuevos entregados en sitio no tenían instaladas las aplicaciones institucionales.',
        rootCauseCategory: 'process',
        rootCause: 'La lista de verificación de configuración estaba desactualizada.',
        correctiveAction:
          'Se actualizó la lista de verificación y se agregó una revisión de calidad antes de la entrega.',
        resolution: 'Se configuraron los equipos en sitio y el cliente validó su funcionamiento.',
      },
    ],
  },
  CORREO: {
    name: 'Correo y colaboración administrados',
    scenarios: [
      {
        title: 'Correos de proveedores externos rechazados',
        description: 'Los usuarios del cliente no reciben correos de algunos proveedores externos desde hace dos días.',
        rootCauseCategory: 'technology',
        rootCause: 'Una regla antispam bloqueaba dominios con registros SPF incompletos.',
        correctiveAction: 'Se ajustó la regla y se creó con el cliente una lista de remitentes confiables.',
        resolution: 'Se liberaron los mensajes en cuarentena y se restableció la recepción.',
      },
      {
        title: 'Interrupción del correo tras un cambio de DNS',
        description: 'El correo dejó de funcionar después de que el cliente modificó los registros DNS de su dominio.',
        rootCauseCategory: 'clientSide',
        rootCause: 'El proveedor de dominio del cliente eliminó los registros MX durante una migración.',
        correctiveAction:
          'Se acordó que el cliente notifique sus cambios de DNS a la mesa de servicio con anticipación.',
        resolution: 'Se restauraron los registros MX junto con el cliente y se verificó la entrega de mensajes.',
      },
    ],
  },
};

/** The catalog name of a contracted service, without its SLA tier, for use inside sentences. */
export function serviceLabel(service: { readonly code: string; readonly name: string }): string {
  return service.code in SERVICE_CATALOG ? SERVICE_CATALOG[service.code as ServiceCode].name : service.name;
}

// ---------------------------------------------------------------------------------------------
// Clients
// ---------------------------------------------------------------------------------------------

/**
 * Where a client stands against its meeting cadence on the demo's `today`, so the "next due
 * meeting" column shows every state: met recently (`ok`), due within a week (`dueSoon`), late
 * (`overdue`), a new client not met yet (`neverMet`), or a former client (`inactive`).
 */
export type CadenceProfile = 'ok' | 'dueSoon' | 'overdue' | 'neverMet' | 'inactive';

/** How the client feels about the service: drives survey scores and how often it complains. */
export type ClientMood = 'happy' | 'neutral' | 'unhappy';

export interface ClientRow {
  readonly code: string;
  readonly name: string;
  /** Short name used in meeting subjects and texts. */
  readonly short: string;
  readonly city: City;
  readonly domains: readonly string[];
  readonly cadence: MeetingCadence;
  readonly profile: CadenceProfile;
  readonly mood: ClientMood;
  readonly services: readonly (readonly [ServiceCode, SlaTier])[];
  /** Months the relationship has lasted (new clients: fewer than twelve). */
  readonly sinceMonths: number;
  /** Number of contacts (1–4); drawn at random when absent. */
  readonly contacts?: number;
}

export type City =
  | 'Ciudad de México'
  | 'Monterrey'
  | 'Guadalajara'
  | 'Puebla'
  | 'Querétaro'
  | 'León'
  | 'Mérida'
  | 'Hermosillo'
  | 'Culiacán'
  | 'Zacatecas'
  | 'Pachuca'
  | 'Tijuana'
  | 'Manzanillo'
  | 'San Luis Potosí'
  | 'Oaxaca'
  | 'Toluca'
  | 'Chihuahua'
  | 'Tuxtla Gutiérrez'
  | 'Tlaxcala'
  | 'Celaya';

/** Long-distance area code (lada) per city: two digits in the three big metro areas, else three. */
export const CITY_LADA: Readonly<Record<City, string>> = {
  'Ciudad de México': '55',
  Monterrey: '81',
  Guadalajara: '33',
  Puebla: '222',
  Querétaro: '442',
  León: '477',
  Mérida: '999',
  Hermosillo: '662',
  Culiacán: '667',
  Zacatecas: '492',
  Pachuca: '771',
  Tijuana: '664',
  Manzanillo: '314',
  'San Luis Potosí': '444',
  Oaxaca: '951',
  Toluca: '722',
  Chihuahua: '614',
  'Tuxtla Gutiérrez': '961',
  Tlaxcala: '246',
  Celaya: '461',
};

/** The forty client companies of the demo, by sector. */
export const CLIENT_ROWS: readonly ClientRow[] = [
  // Banking and finance
  {
    code: 'CUMBRES',
    name: 'Grupo Financiero Cumbres del Norte, S.A.B. de C.V.',
    short: 'Financiero Cumbres',
    city: 'Monterrey',
    domains: ['cumbresfinanciero.com.mx', 'gfcumbres.mx'],
    cadence: 'monthly',
    profile: 'ok',
    mood: 'happy',
    services: [
      ['MESA-AYUDA', 'oro'],
      ['SOC', 'oro'],
      ['NOC-24X7', 'oro'],
    ],
    sinceMonths: 84,
    contacts: 4,
  },
  {
    code: 'BROCC',
    name: 'Banco Regional de Occidente, S.A., Institución de Banca Múltiple',
    short: 'Banco de Occidente',
    city: 'Guadalajara',
    domains: ['bancoccidente.com.mx'],
    cadence: 'monthly',
    profile: 'overdue',
    mood: 'unhappy',
    services: [
      ['SOC', 'oro'],
      ['RED-WAN', 'oro'],
    ],
    sinceMonths: 60,
    contacts: 3,
  },
  {
    code: 'TEPEYAC',
    name: 'Cooperativa de Ahorro Tepeyac, S.C. de A.P. de R.L. de C.V.',
    short: 'Cooperativa Tepeyac',
    city: 'Ciudad de México',
    domains: ['cooptepeyac.mx'],
    cadence: 'quarterly',
    profile: 'ok',
    mood: 'happy',
    services: [
      ['MESA-AYUDA', 'plata'],
      ['CORREO', 'plata'],
    ],
    sinceMonths: 40,
  },
  {
    code: 'PENASCO',
    name: 'Aseguradora Peñasco, S.A. de C.V.',
    short: 'Aseguradora Peñasco',
    city: 'Ciudad de México',
    domains: ['aseguradorapenasco.com.mx', 'penasco.com'],
    cadence: 'bimonthly',
    profile: 'dueSoon',
    mood: 'neutral',
    services: [
      ['NUBE-IAAS', 'oro'],
      ['RESPALDO', 'oro'],
    ],
    sinceMonths: 52,
  },
  {
    code: 'NUNEZ',
    name: 'Arrendadora Núñez & Asociados, S.A. de C.V.',
    short: 'Arrendadora Núñez',
    city: 'Puebla',
    domains: ['arrendadoranunez.com.mx'],
    cadence: 'quarterly',
    profile: 'ok',
    mood: 'happy',
    services: [['ERP-SOP', 'plata']],
    sinceMonths: 30,
  },
  // Retail
  {
    code: 'LAGUERA',
    name: 'Tiendas La Güera, S.A. de C.V.',
    short: 'Tiendas La Güera',
    city: 'Hermosillo',
    domains: ['tiendaslaguera.com.mx'],
    cadence: 'monthly',
    profile: 'ok',
    mood: 'neutral',
    services: [
      ['SITIO', 'bronce'],
      ['MESA-AYUDA', 'plata'],
      ['RED-WAN', 'plata'],
    ],
    sinceMonths: 70,
  },
  {
    code: 'DONCHEMA',
    name: 'Supermercados Don Chema, S.A. de C.V.',
    short: 'Supermercados Don Chema',
    city: 'Guadalajara',
    domains: ['donchema.com.mx'],
    cadence: 'bimonthly',
    profile: 'ok',
    mood: 'happy',
    services: [
      ['NOC-24X7', 'plata'],
      ['SITIO', 'plata'],
    ],
    sinceMonths: 45,
  },
  {
    code: 'FANGEL',
    name: 'Farmacias del Ángel, S.A. de C.V.',
    short: 'Farmacias del Ángel',
    city: 'Ciudad de México',
    domains: ['farmaciasdelangel.com.mx', 'fdelangel.mx'],
    cadence: 'monthly',
    profile: 'dueSoon',
    mood: 'neutral',
    services: [
      ['ERP-SOP', 'oro'],
      ['MESA-AYUDA', 'oro'],
    ],
    sinceMonths: 66,
  },
  {
    code: 'HOGAR',
    name: 'Mueblerías Hogar Feliz, S.A. de C.V.',
    short: 'Mueblerías Hogar Feliz',
    city: 'León',
    domains: ['hogarfeliz.com.mx'],
    cadence: 'quarterly',
    profile: 'ok',
    mood: 'happy',
    services: [['DESA-APP', 'plata']],
    sinceMonths: 26,
  },
  {
    code: 'LEONBRAVO',
    name: 'Calzado León Bravo, S.A. de C.V.',
    short: 'Calzado León Bravo',
    city: 'León',
    domains: ['calzadoleonbravo.com'],
    cadence: 'semiannual',
    profile: 'ok',
    mood: 'happy',
    services: [['CORREO', 'bronce']],
    sinceMonths: 38,
  },
  {
    code: 'VISION',
    name: 'Ópticas Visión Clara, S.A. de C.V.',
    short: 'Ópticas Visión Clara',
    city: 'Querétaro',
    domains: ['visionclara.com.mx'],
    cadence: 'semiannual',
    profile: 'overdue',
    mood: 'unhappy',
    services: [
      ['DESA-APP', 'plata'],
      ['NUBE-IAAS', 'plata'],
    ],
    sinceMonths: 34,
  },
  // Manufacturing and construction
  {
    code: 'AEMTY',
    name: 'Aceros Estructurales de Monterrey, S.A. de C.V.',
    short: 'Aceros de Monterrey',
    city: 'Monterrey',
    domains: ['acerosmty.com.mx'],
    cadence: 'monthly',
    profile: 'ok',
    mood: 'happy',
    services: [
      ['ERP-SOP', 'oro'],
      ['RED-WAN', 'oro'],
      ['SITIO', 'plata'],
    ],
    sinceMonths: 96,
  },
  {
    code: 'AUTOPQRO',
    name: 'Autopartes de Querétaro, S.A. de C.V.',
    short: 'Autopartes de Querétaro',
    city: 'Querétaro',
    domains: ['autopartesqro.com.mx', 'apq.mx'],
    cadence: 'bimonthly',
    profile: 'ok',
    mood: 'neutral',
    services: [
      ['NOC-24X7', 'plata'],
      ['RESPALDO', 'plata'],
    ],
    sinceMonths: 48,
  },
  {
    code: 'TEXTLAX',
    name: 'Textiles Tlaxcaltecas, S.A. de C.V.',
    short: 'Textiles Tlaxcaltecas',
    city: 'Tlaxcala',
    domains: ['textilestlaxcaltecas.com.mx'],
    cadence: 'quarterly',
    profile: 'ok',
    mood: 'happy',
    services: [
      ['CORREO', 'bronce'],
      ['MESA-AYUDA', 'bronce'],
    ],
    sinceMonths: 28,
  },
  {
    code: 'CEMPAC',
    name: 'Cementos del Pacífico, S.A.B. de C.V.',
    short: 'Cementos del Pacífico',
    city: 'Culiacán',
    domains: ['cementospacifico.com.mx'],
    cadence: 'monthly',
    profile: 'ok',
    mood: 'neutral',
    services: [
      ['SOC', 'plata'],
      ['NUBE-IAAS', 'oro'],
    ],
    sinceMonths: 58,
  },
  {
    code: 'VIDTAP',
    name: 'Vidriera Tapatía, S.A. de C.V.',
    short: 'Vidriera Tapatía',
    city: 'Guadalajara',
    domains: ['vidrieratapatia.com.mx'],
    cadence: 'quarterly',
    profile: 'dueSoon',
    mood: 'happy',
    services: [['RESPALDO', 'plata']],
    sinceMonths: 33,
  },
  {
    code: 'MAYAB',
    name: 'Alimentos del Mayab, S.A. de C.V.',
    short: 'Alimentos del Mayab',
    city: 'Mérida',
    domains: ['alimentosmayab.com.mx'],
    cadence: 'bimonthly',
    profile: 'ok',
    mood: 'happy',
    services: [
      ['ERP-SOP', 'plata'],
      ['SITIO', 'bronce'],
    ],
    sinceMonths: 42,
  },
  {
    code: 'DALBA',
    name: "Constructora D'Alba, S.A. de C.V.",
    short: "Constructora D'Alba",
    city: 'Ciudad de México',
    domains: ['constructoradalba.com.mx'],
    cadence: 'quarterly',
    profile: 'ok',
    mood: 'neutral',
    services: [
      ['MESA-AYUDA', 'plata'],
      ['CORREO', 'plata'],
    ],
    sinceMonths: 36,
  },
  {
    code: 'PLASEMP',
    name: 'Plásticos & Empaques del Centro, S.A. de C.V.',
    short: 'Plásticos & Empaques',
    city: 'Celaya',
    domains: ['plasticosyempaques.com.mx'],
    cadence: 'quarterly',
    profile: 'overdue',
    mood: 'unhappy',
    services: [
      ['NOC-24X7', 'bronce'],
      ['SITIO', 'bronce'],
    ],
    sinceMonths: 31,
  },
  // Government
  {
    code: 'CATZAC',
    name: 'Instituto de Catastro del Estado de Zacatecas',
    short: 'Catastro de Zacatecas',
    city: 'Zacatecas',
    domains: ['catastro.zacatecas.gob.mx'],
    cadence: 'quarterly',
    profile: 'ok',
    mood: 'neutral',
    services: [
      ['DESA-APP', 'plata'],
      ['RESPALDO', 'plata'],
    ],
    sinceMonths: 29,
  },
  {
    code: 'AGUATLA',
    name: 'Organismo de Agua Potable de Tlalnepantla',
    short: 'Agua Potable de Tlalnepantla',
    city: 'Ciudad de México',
    domains: ['aguatlalnepantla.gob.mx'],
    cadence: 'bimonthly',
    profile: 'ok',
    mood: 'happy',
    services: [['NOC-24X7', 'plata']],
    sinceMonths: 24,
  },
  {
    code: 'PCSON',
    name: 'Coordinación Estatal de Protección Civil de Sonora',
    short: 'Protección Civil de Sonora',
    city: 'Hermosillo',
    domains: ['proteccioncivil.sonora.gob.mx'],
    cadence: 'semiannual',
    profile: 'ok',
    mood: 'happy',
    services: [
      ['CORREO', 'plata'],
      ['MESA-AYUDA', 'plata'],
    ],
    sinceMonths: 44,
  },
  {
    code: 'SEMOVH',
    name: 'Secretaría de Movilidad del Estado de Hidalgo',
    short: 'Movilidad de Hidalgo',
    city: 'Pachuca',
    domains: ['semovi.hidalgo.gob.mx'],
    cadence: 'quarterly',
    profile: 'ok',
    mood: 'neutral',
    services: [
      ['DESA-APP', 'oro'],
      ['NUBE-IAAS', 'plata'],
    ],
    sinceMonths: 20,
    contacts: 3,
  },
  // Logistics
  {
    code: 'TFNORTE',
    name: 'Transportes Frontera Norte, S.A. de C.V.',
    short: 'Transportes Frontera Norte',
    city: 'Tijuana',
    domains: ['tfnorte.com.mx'],
    cadence: 'monthly',
    profile: 'ok',
    mood: 'happy',
    services: [
      ['RED-WAN', 'oro'],
      ['NOC-24X7', 'oro'],
    ],
    sinceMonths: 55,
  },
  {
    code: 'LOGPEN',
    name: 'Logística Peninsular del Golfo, S.A. de C.V.',
    short: 'Logística Peninsular',
    city: 'Mérida',
    domains: ['logisticapeninsular.com.mx'],
    cadence: 'bimonthly',
    profile: 'overdue',
    mood: 'neutral',
    services: [
      ['ERP-SOP', 'plata'],
      ['RED-WAN', 'plata'],
    ],
    sinceMonths: 39,
  },
  {
    code: 'AGUILA',
    name: 'Paquetería Veloz Águila, S.A. de C.V.',
    short: 'Paquetería Veloz Águila',
    city: 'Ciudad de México',
    domains: ['velozaguila.com.mx', 'aguila.mx'],
    cadence: 'monthly',
    profile: 'ok',
    mood: 'neutral',
    services: [
      ['MESA-AYUDA', 'oro'],
      ['DESA-APP', 'plata'],
    ],
    sinceMonths: 47,
  },
  {
    code: 'AFBAJIO',
    name: 'Almacenes Fiscales del Bajío, S.A. de C.V.',
    short: 'Almacenes Fiscales del Bajío',
    city: 'Querétaro',
    domains: ['afbajio.com.mx'],
    cadence: 'quarterly',
    profile: 'ok',
    mood: 'happy',
    services: [['RESPALDO', 'bronce']],
    sinceMonths: 27,
  },
  {
    code: 'NAVMZO',
    name: 'Naviera del Puerto de Manzanillo, S.A. de C.V.',
    short: 'Naviera de Manzanillo',
    city: 'Manzanillo',
    domains: ['navieramanzanillo.com.mx'],
    cadence: 'semiannual',
    profile: 'inactive',
    mood: 'neutral',
    services: [['RED-WAN', 'plata']],
    sinceMonths: 50,
  },
  // Health
  {
    code: 'HSJT',
    name: 'Hospital San Judas Tadeo, S.A. de C.V.',
    short: 'Hospital San Judas Tadeo',
    city: 'Puebla',
    domains: ['hospitalsanjudas.com.mx'],
    cadence: 'monthly',
    profile: 'ok',
    mood: 'neutral',
    services: [
      ['NOC-24X7', 'oro'],
      ['RESPALDO', 'oro'],
      ['MESA-AYUDA', 'oro'],
    ],
    sinceMonths: 62,
    contacts: 4,
  },
  {
    code: 'LABAZT',
    name: 'Laboratorios Clínicos Azteca, S.A. de C.V.',
    short: 'Laboratorios Azteca',
    city: 'Ciudad de México',
    domains: ['labazteca.com.mx'],
    cadence: 'bimonthly',
    profile: 'ok',
    mood: 'happy',
    services: [
      ['NUBE-IAAS', 'plata'],
      ['SOC', 'plata'],
    ],
    sinceMonths: 35,
  },
  {
    code: 'SONRISA',
    name: 'Clínicas Dentales Sonrisa & Salud, S.C.',
    short: 'Sonrisa & Salud',
    city: 'Guadalajara',
    domains: ['sonrisaysalud.com.mx'],
    cadence: 'semiannual',
    profile: 'ok',
    mood: 'happy',
    services: [['CORREO', 'bronce']],
    sinceMonths: 23,
  },
  {
    code: 'REDMED',
    name: 'Red Médica Integral del Noreste, S.A. de C.V.',
    short: 'Red Médica del Noreste',
    city: 'Monterrey',
    domains: ['redmedicanoreste.com.mx'],
    cadence: 'quarterly',
    profile: 'neverMet',
    mood: 'neutral',
    services: [
      ['ERP-SOP', 'plata'],
      ['MESA-AYUDA', 'plata'],
    ],
    sinceMonths: 5,
  },
  // Education
  {
    code: 'ALTIPLANO',
    name: 'Universidad Autónoma del Altiplano',
    short: 'Universidad del Altiplano',
    city: 'San Luis Potosí',
    domains: ['ualtiplano.edu.mx'],
    cadence: 'semiannual',
    profile: 'ok',
    mood: 'happy',
    services: [
      ['CORREO', 'plata'],
      ['NUBE-IAAS', 'plata'],
    ],
    sinceMonths: 46,
  },
  {
    code: 'MONTCOY',
    name: 'Colegio Montessori de Coyoacán, A.C.',
    short: 'Montessori Coyoacán',
    city: 'Ciudad de México',
    domains: ['montessoricoyoacan.edu.mx'],
    cadence: 'annual',
    profile: 'ok',
    mood: 'happy',
    services: [['MESA-AYUDA', 'bronce']],
    sinceMonths: 32,
  },
  {
    code: 'ITMIXTECA',
    name: 'Instituto Tecnológico de la Mixteca Alta',
    short: 'Tecnológico de la Mixteca',
    city: 'Oaxaca',
    domains: ['itmixteca.edu.mx'],
    cadence: 'annual',
    profile: 'dueSoon',
    mood: 'neutral',
    services: [['DESA-APP', 'bronce']],
    sinceMonths: 41,
  },
  {
    code: 'SORJUANA',
    name: 'Preparatoria Sor Juana Inés de la Cruz, A.C.',
    short: 'Preparatoria Sor Juana',
    city: 'Toluca',
    domains: ['prepasorjuana.edu.mx'],
    cadence: 'annual',
    profile: 'ok',
    mood: 'happy',
    services: [['CORREO', 'bronce']],
    sinceMonths: 25,
  },
  // Energy, hospitality, agriculture, telecommunications
  {
    code: 'SOLDES',
    name: 'Energía Solar del Desierto, S.A.P.I. de C.V.',
    short: 'Energía Solar del Desierto',
    city: 'Chihuahua',
    domains: ['solardesierto.com.mx'],
    cadence: 'quarterly',
    profile: 'ok',
    mood: 'happy',
    services: [
      ['NOC-24X7', 'plata'],
      ['SOC', 'plata'],
    ],
    sinceMonths: 22,
  },
  {
    code: 'SUMIDERO',
    name: 'Hoteles Cañón del Sumidero, S.A. de C.V.',
    short: 'Hoteles Cañón del Sumidero',
    city: 'Tuxtla Gutiérrez',
    domains: ['hotelessumidero.com.mx', 'canondelsumidero.com'],
    cadence: 'bimonthly',
    profile: 'ok',
    mood: 'neutral',
    services: [
      ['RED-WAN', 'bronce'],
      ['SITIO', 'bronce'],
    ],
    sinceMonths: 37,
  },
  {
    code: 'AGROJAL',
    name: 'Agroindustrias de Jalisco, S.P.R. de R.L.',
    short: 'Agroindustrias de Jalisco',
    city: 'Guadalajara',
    domains: ['agrojalisco.mx'],
    cadence: 'annual',
    profile: 'overdue',
    mood: 'neutral',
    services: [['RESPALDO', 'bronce']],
    sinceMonths: 43,
  },
  {
    code: 'TELSIERRA',
    name: 'Telecomunicaciones Sierra Madre, S.A. de C.V.',
    short: 'Telecomunicaciones Sierra Madre',
    city: 'Chihuahua',
    domains: ['telsierramadre.com.mx'],
    cadence: 'monthly',
    profile: 'neverMet',
    mood: 'neutral',
    services: [
      ['SOC', 'oro'],
      ['NOC-24X7', 'oro'],
    ],
    sinceMonths: 1,
  },
];

// ---------------------------------------------------------------------------------------------
// People at the clients
// ---------------------------------------------------------------------------------------------

export const MALE_NAMES: readonly string[] = [
  'José Luis',
  'Juan Carlos',
  'Miguel Ángel',
  'Héctor',
  'Raúl',
  'Cuauhtémoc',
  'Rodrigo',
  'Alejandro',
  'Fernando',
  'Óscar',
  'Martín',
  'Iván',
  'Ulises',
  'Efraín',
  'Jesús',
  'Gerardo',
];

export const FEMALE_NAMES: readonly string[] = [
  'María Fernanda',
  'Guadalupe',
  'Ximena',
  'Itzel',
  'Mónica',
  'Verónica',
  'Sofía',
  'Alejandra',
  'Lucía',
  'Araceli',
  'Rocío',
  'Begoña',
  'Nayeli',
  'Citlali',
  'Concepción',
  'Noemí',
];

export const SURNAMES: readonly string[] = [
  'Hernández',
  'García',
  'Martínez',
  'López',
  'González',
  'Pérez',
  'Rodríguez',
  'Sánchez',
  'Ramírez',
  'Cruz',
  'Flores',
  'Gómez',
  'Morales',
  'Vázquez',
  'Jiménez',
  'Reyes',
  'Díaz',
  'Gutiérrez',
  'Ruiz',
  'Mendoza',
  'Aguilar',
  'Ortiz',
  'Castillo',
  'Núñez',
  'Muñoz',
  'Peña',
  'Ibáñez',
  'Ordóñez',
  'Saldaña',
  'Zúñiga',
  'Treviño',
  'Montaño',
  'Cisneros',
  'Olvera',
  'Báez',
  'Carreño',
];

/** Job titles at the clients, masculine and feminine; the first one receives the survey. */
export const CONTACT_ROLES: readonly (readonly [string, string])[] = [
  ['Director de Tecnologías de la Información', 'Directora de Tecnologías de la Información'],
  ['Gerente de Infraestructura', 'Gerente de Infraestructura'],
  ['Subdirector de Sistemas', 'Subdirectora de Sistemas'],
  ['Coordinador de Compras', 'Coordinadora de Compras'],
  ['Jefe de Soporte Técnico', 'Jefa de Soporte Técnico'],
  ['Gerente de Seguridad de la Información', 'Gerente de Seguridad de la Información'],
  ['Director de Operaciones', 'Directora de Operaciones'],
  ['Administrador de Contratos', 'Administradora de Contratos'],
];
