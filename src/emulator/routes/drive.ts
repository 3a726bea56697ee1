/**
 * Document libraries and files (`/sites/{site}/drive…`, `/drives/{id}…`): one library,
 * "Documentos", per site; upload, replace, get, list, download (302 to a pre-authenticated
 * `/emulator/download/…` URL) and delete files; and the read side of the Excel workbook API on
 * .xlsx files (worksheets, tables, rows, ranges). See `src/emulator/drive/`.
 */
import type { EmulatorModule } from '../context';
import { rewriteDriveAddressing } from '../drive/addressing';
import { registerDownloadRoute } from '../drive/download-route';
import { DRIVE_SCHEMA, ensureDrive } from '../drive/drive-store';
import { downloadKey } from '../drive/item-json';
import { registerItemRoutes } from '../drive/item-routes';
import { registerWorkbookRoutes } from '../drive/workbook-routes';

export const driveModule: EmulatorModule = {
  name: 'drive',
  schema: DRIVE_SCHEMA,
  register(router) {
    router.rewrite((path) => rewriteDriveAddressing(path));
    // Workbook routes first: their templates are longer and never overlap the item routes.
    registerWorkbookRoutes(router);
    registerItemRoutes(router);
    registerDownloadRoute(router);
  },
  initialise(ctx) {
    downloadKey(ctx);
    const sites = ctx.store.db.prepare('SELECT id FROM sites').all() as { id: string }[];
    for (const site of sites) ensureDrive(ctx, site.id);
  },
};
