/** Ui texts (en). */
import type { Catalog } from '../../catalog';
import type { ui as es, uiErrors as esErrors } from '../es-MX/ui';

export const ui: Catalog<typeof es> = {};

export const uiErrors: Catalog<typeof esErrors> = {};
