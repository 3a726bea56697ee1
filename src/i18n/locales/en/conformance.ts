/** Conformance texts (en). */
import type { Catalog } from '../../catalog';
import type { conformance as es, conformanceErrors as esErrors } from '../es-MX/conformance';

export const conformance: Catalog<typeof es> = {};

export const conformanceErrors: Catalog<typeof esErrors> = {};
