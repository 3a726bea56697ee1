/** Textos de retention (es-MX). */
export const retention = {} as const;

export const retentionErrors = {} as const;
