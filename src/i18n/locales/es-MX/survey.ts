/** Textos de survey (es-MX). */
export const survey = {} as const;

export const surveyErrors = {} as const;
