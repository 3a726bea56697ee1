/** Retention texts (en). */
import type { Catalog } from '../../catalog';
import type { retention as es, retentionErrors as esErrors } from '../es-MX/retention';

export const retention: Catalog<typeof es> = {};

export const retentionErrors: Catalog<typeof esErrors> = {};
