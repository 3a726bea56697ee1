/** Textos de la línea de comandos `relaciones` (es-MX). */
export const cli = {
  description: 'Relaciones con el Negocio: Microsoft 365 local, aprovisionamiento y datos desde la terminal.',
  option: {
    lang: 'idioma de los mensajes: es-MX (predeterminado) o en',
    version: 'muestra la versión',
    help: 'muestra la ayuda de un comando',
  },
  help: {
    usage: 'Uso:',
    options: 'Opciones:',
    commands: 'Comandos:',
    arguments: 'Argumentos:',
    default: 'predeterminado',
    seeHelp: 'Consulte `relaciones {{command}}--help`.',
  },
  helpCommand: 'muestra la ayuda de un comando',
  serve: {
    description:
      'Inicia el Microsoft 365 local (Graph v1.0 emulado, con datos en SQLite) y sirve el complemento compilado.',
    port: 'puerto HTTPS en la interfaz local',
    dataOption: 'carpeta de datos (base SQLite, llaves, certificado)',
    host: 'dirección local donde escuchar (127.0.0.1, ::1 o localhost)',
    static: 'carpeta del complemento compilado',
    ready: 'Microsoft 365 local listo.',
    graph: 'Graph v1.0',
    token: 'Tokens (POST)',
    taskpane: 'Panel de tareas',
    manifest: 'Manifiestos',
    certificate: 'Certificado',
    trustNode: 'Para que Node confíe en él: NODE_EXTRA_CA_CERTS={{file}}',
    data: 'Datos',
    users: 'Usuarios de demostración',
    notBuilt:
      'El complemento no está compilado (falta {{dir}}): ejecute `npm run build` para servir el panel de tareas.',
    stop: 'Presione Ctrl-C para detener.',
    stopping: 'Deteniendo el Microsoft 365 local…',
    stopped: 'Detenido. Los datos quedan en {{dir}}.',
  },
  error: {
    portInUse: 'El puerto {{port}} ya está en uso. Use --port con otro número o detenga el otro proceso.',
    badPort: 'Puerto no válido: «{{value}}». Use un número entre 0 y 65535.',
    badHost:
      'Dirección no permitida: «{{value}}». El Microsoft 365 local solo escucha en la interfaz local (127.0.0.1, ::1 o localhost).',
    unknownOption: 'Opción desconocida: {{value}}.',
    unknownCommand: 'Comando desconocido: {{value}}.',
    missingArgument: 'Falta el argumento {{value}}.',
    optionMissingArgument: 'La opción {{value}} necesita un valor.',
    excessArguments: 'Sobran argumentos.',
    invalidArgument: '{{message}}',
    usage: 'Uso incorrecto: {{message}}',
    unexpected: 'Error inesperado: {{message}}',
  },
} as const;
