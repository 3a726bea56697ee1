/** Complaint texts (en). */
import type { Catalog } from '../../catalog';
import type { complaint as es, complaintErrors as esErrors } from '../es-MX/complaint';

export const complaint: Catalog<typeof es> = {};

export const complaintErrors: Catalog<typeof esErrors> = {};
