/** Meeting texts (en). */
import type { Catalog } from '../../catalog';
import type { meeting as es, meetingErrors as esErrors } from '../es-MX/meeting';

export const meeting: Catalog<typeof es> = {};

export const meetingErrors: Catalog<typeof esErrors> = {};
