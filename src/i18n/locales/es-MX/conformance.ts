/** Textos de conformance (es-MX). */
export const conformance = {} as const;

export const conformanceErrors = {} as const;
