/** Textos de meeting (es-MX). */
export const meeting = {} as const;

export const meetingErrors = {} as const;
