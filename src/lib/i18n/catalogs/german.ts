import type { Messages } from './index';
import { cmsDialogDe } from './cms-dialog.de';
import { cmsDe } from './cms.de';
import { commonDe } from './common.de';
import { customerDe } from './customer.de';
import { dashboardPopupsDe } from './dashboard-popups.de';
import { dashboardDe } from './dashboard.de';
import { errorsDe } from './errors.de';
import { fleetBulkDe } from './fleet-bulk.de';
import { fleetForecastDe } from './fleet-forecast.de';
import { fleetDe } from './fleet.de';
import { historyDialogDe } from './history-dialog.de';
import { historyDe } from './history.de';
import { lookupDialogDe } from './lookup-dialog.de';
import { lookupDe } from './lookup.de';
import { partnerDe } from './partner.de';
import { plannerDe } from './planner.de';
import { refusalsDe } from './refusals.de';
import { sensorPageDe } from './sensor-page.de';
import { shellDe } from './shell.de';
import { simulationDe } from './simulation.de';
import { supportDe } from './support.de';

/** German, loaded only when someone chooses it (load.ts): English users never download it. */
export const GERMAN: Messages = {
  ...shellDe,
  ...commonDe,
  ...cmsDe,
  ...cmsDialogDe,
  ...dashboardDe,
  ...dashboardPopupsDe,
  ...plannerDe,
  ...partnerDe,
  ...customerDe,
  ...fleetDe,
  ...sensorPageDe,
  ...fleetBulkDe,
  ...fleetForecastDe,
  ...supportDe,
  ...historyDe,
  ...historyDialogDe,
  ...lookupDe,
  ...lookupDialogDe,
  ...simulationDe,
  ...errorsDe,
  ...refusalsDe,
};
