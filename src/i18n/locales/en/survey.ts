/** Survey texts (en). */
import type { Catalog } from '../../catalog';
import type { survey as es, surveyErrors as esErrors } from '../es-MX/survey';

export const survey: Catalog<typeof es> = {};

export const surveyErrors: Catalog<typeof esErrors> = {};
