/** Textos de la regla de retención (es-MX): listas, disposiciones, motivos y la entrada de bitácora de cada eliminación. */
export const retention = {
  rule: 'Tiempo de retención: {{years}} año(s) posterior(es) a su vigencia. Disposición final: eliminación del repositorio documental.',
  list: {
    client: 'Cliente',
    contact: 'Contacto',
    service: 'Servicio',
    meeting: 'Reunión',
    agreement: 'Acuerdo',
    complaint: 'Queja',
    surveyCampaign: 'Campaña de encuesta',
    surveyInvitation: 'Invitación a encuesta',
    surveyResponse: 'Respuesta de encuesta',
    changeRequest: 'Solicitud de cambio F-SGI-032',
    serviceRequest: 'Solicitud de servicio P-SGI-009',
    serviceReview: 'Revisión del servicio',
    decision: 'Decisión',
  },
  disposition: {
    purge: 'Se elimina',
    heldBack: 'Retenido',
    retained: 'Se conserva',
  },
  reason: {
    disposalDateReached:
      'Su vigencia terminó el {{validityEnd}} y el plazo de retención se cumplió el {{disposalDate}}: se elimina y queda en la bitácora.',
    referencedByKeptRecord:
      'El plazo de retención se cumplió el {{disposalDate}}, pero queda retenido por referencia de {{refs}}.',
    withinRetention: 'Su vigencia terminó el {{validityEnd}}; se conserva hasta el {{disposalDate}}.',
    stillValid: 'Registro vigente: el plazo de retención empieza a contar cuando termine su vigencia.',
    parentMissing: 'Su vigencia depende de {{parent}}, que no está en el repositorio; se conserva hasta aclararlo.',
  },
  ref: '{{list}} «{{label}}»',
  audit: {
    summary:
      'Eliminación por la regla de retención: {{list}} «{{label}}»; vigencia terminada el {{validityEnd}}, plazo de retención cumplido el {{disposalDate}}.',
  },
  plan: {
    summary:
      'Depuración al {{today}}: {{purge}} registro(s) por eliminar, {{heldBack}} retenido(s) por referencia, {{retained}} se conservan.',
  },
} as const;

export const retentionErrors = {
  RETENTION: {
    INVALID_DATE: 'La fecha de corte «{{date}}» no es válida; use el formato AAAA-MM-DD. No se eliminó nada.',
    INVALID_OPTION:
      'El valor «{{value}}» no es válido para la opción «{{option}}» de la retención. No se eliminó nada.',
    DUPLICATE_RECORD:
      'El registro {{key}} aparece más de una vez en la lista {{list}}; corrija los datos antes de depurar. No se eliminó nada.',
  },
} as const;
