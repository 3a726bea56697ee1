/** Textos de ui (es-MX). */
export const ui = {} as const;

export const uiErrors = {} as const;
