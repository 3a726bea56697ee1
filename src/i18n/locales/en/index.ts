/** English catalog, key-for-key the same as es-MX (checked by the type checker). */
import type { Catalog } from '../../catalog';
import type { esMX } from '../es-MX';
import { clientImport, clientImportErrors } from './catalog-import';
import { cli } from './cli';
import { common, commonErrors } from './common';
import { graph, graphErrors } from './graph';
import { complaint, complaintErrors } from './complaint';
import { conformance, conformanceErrors } from './conformance';
import { meeting, meetingErrors } from './meeting';
import { retention, retentionErrors } from './retention';
import { survey, surveyErrors } from './survey';
import { ui, uiErrors } from './ui';

export const en: Catalog<typeof esMX> = {
  common,
  ui,
  complaint,
  survey,
  meeting,
  conformance,
  retention,
  cli,
  graph,
  clientImport,
  errors: {
    ...commonErrors,
    ...graphErrors,
    ...uiErrors,
    ...complaintErrors,
    ...surveyErrors,
    ...meetingErrors,
    ...conformanceErrors,
    ...retentionErrors,
    ...clientImportErrors,
  },
};
