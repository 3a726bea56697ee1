/**
 * Textos de la importación del catálogo de clientes (es-MX): nombres de los campos como los
 * conoce el usuario, motivos por los que un valor no es válido, resumen y errores CLIENT_IMPORT.
 */
export const clientImport = {
  /** Nombre de cada campo del cliente, para los mensajes y los encabezados. */
  field: {
    key: 'Clave interna',
    code: 'Código',
    name: 'Nombre',
    taxId: 'RFC',
    emailDomains: 'Dominios de correo',
    accountOwner: 'Comercial',
    deliveryLead: 'Líder de Entrega del Servicio',
    cadence: 'Periodicidad',
    status: 'Estado',
    validFrom: 'Vigente desde',
    validTo: 'Vigente hasta',
  },
  /** Por qué un valor de una fila no es válido (`{{reason}}` de CLIENT_IMPORT.INVALID_ROW). */
  reason: {
    required: 'es obligatorio y está vacío',
    code: '«{{value}}» no es un código válido; use de 2 a 20 letras mayúsculas, dígitos, «-» o «_», sin espacios',
    tooLong: 'tiene más de {{max}} caracteres',
    taxId: '«{{value}}» no es un RFC válido (12 caracteres para personas morales, 13 para personas físicas)',
    domain: '«{{value}}» no es un dominio de correo válido (por ejemplo, cliente.com.mx)',
    duplicateDomain: 'el dominio «{{value}}» aparece más de una vez',
    tooManyDomains: 'tiene más de {{max}} dominios',
    email: '«{{value}}» no es una dirección de correo válida',
    cadence: '«{{value}}» no es una periodicidad válida; use mensual, bimestral, trimestral, semestral o anual',
    status: '«{{value}}» no es un estado válido; use activo o inactivo',
    date: '«{{value}}» no es una fecha válida; use el formato AAAA-MM-DD',
    validToBeforeValidFrom: 'la fecha «{{value}}» es anterior a «Vigente desde»',
    invalid: 'el valor «{{value}}» no es válido',
  },
  summary: {
    written:
      'Importación terminada: {{imported}} cliente(s) nuevo(s), {{updated}} actualizado(s) y {{unchanged}} sin cambios.',
    rejected: 'No se guardó nada: el archivo tiene {{count}} error(es). Corríjalos y vuelva a importarlo.',
  },
  progress: 'Importando clientes',
} as const;

export const clientImportErrors = {
  CLIENT_IMPORT: {
    FILE_NOT_FOUND: 'No se encontró el archivo «{{file}}».',
    UNSUPPORTED_FORMAT:
      'El archivo «{{file}}» no se puede importar: use un archivo .csv (UTF-8) o un libro de Excel .xlsx.',
    UNREADABLE_FILE:
      'No se pudo leer el archivo «{{file}}»: está dañado o no es un CSV ni un libro de Excel (.xlsx) válido.',
    NOT_UTF8:
      'El archivo «{{file}}» no está codificado en UTF-8 (línea {{line}}). En Excel, guárdelo como «CSV UTF-8 (delimitado por comas)» y vuelva a importarlo.',
    EMPTY_FILE:
      'El archivo «{{file}}» no tiene clientes: la primera fila debe tener los encabezados y cada fila siguiente, un cliente.',
    TOO_LARGE:
      'El archivo «{{file}}» es demasiado grande: se admiten hasta {{maxRows}} filas de datos y {{maxMiB}} MiB.',
    MALFORMED_CSV:
      'El archivo «{{file}}» tiene comillas sin cerrar o mal colocadas cerca de la línea {{line}}. Encierre entre comillas dobles los valores que contienen comas, punto y coma o saltos de línea, y duplique las comillas que forman parte del texto.',
    MISSING_HEADER: 'Fila {{line}}: falta la columna obligatoria «{{header}}» (o «{{alias}}») en los encabezados.',
    UNKNOWN_HEADER:
      'Fila {{line}}: la columna {{column}}, «{{header}}», no es una columna conocida. Columnas aceptadas: {{accepted}}.',
    DUPLICATE_HEADER:
      'Fila {{line}}: la columna {{column}}, «{{header}}», repite el campo de la columna «{{firstHeader}}»; deje solo una.',
    BLANK_HEADER: 'Fila {{line}}: la columna {{column}} tiene datos pero no tiene encabezado.',
    INVALID_ROW: 'Fila {{line}}: el campo «{{field}}» no es válido: {{reason}}.',
    TOO_MANY_CELLS:
      'Fila {{line}}: tiene {{count}} celdas con datos y los encabezados solo tienen {{expected}} columnas. Revise que los valores con comas o punto y coma estén entre comillas.',
    DUPLICATE_CODE: 'Fila {{line}}: el código «{{code}}» ya aparece en la fila {{firstLine}}.',
    DUPLICATE_DOMAIN:
      'Fila {{line}}: el dominio «{{domain}}» de «{{code}}» ya está asignado a «{{firstCode}}» en la fila {{firstLine}}.',
    DOMAIN_IN_USE:
      'Fila {{line}}: el dominio «{{domain}}» de «{{code}}» ya pertenece al cliente «{{otherCode}}» del catálogo.',
    KEY_IN_USE:
      'Fila {{line}}: la clave interna «{{key}}» que le tocaría a «{{code}}» ya la usa el cliente «{{otherCode}}».',
    INVALID_OPTIONS: 'Opción de importación no válida: {{option}} = «{{value}}».',
  },
} as const;
