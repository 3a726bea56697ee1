/** Textos de complaint (es-MX). */
export const complaint = {} as const;

export const complaintErrors = {} as const;
