/** The emulator's feature modules, in registration order (path rewriters run in this order too). */
import type { EmulatorModule } from './context';
import { adminModule } from './routes/admin';
import { batchModule } from './routes/batch';
import { calendarModule } from './routes/calendar';
import { driveModule } from './routes/drive';
import { identityModule } from './routes/identity';
import { listsModule } from './routes/lists';
import { mailModule } from './routes/mail';
import { sitesModule } from './routes/sites';

export const EMULATOR_MODULES: readonly EmulatorModule[] = [
  adminModule,
  identityModule,
  sitesModule,
  listsModule,
  calendarModule,
  mailModule,
  driveModule,
  batchModule,
];
