import { cmsDialogEn } from './cms-dialog.en';
import { cmsEn } from './cms.en';
import { customerEn } from './customer.en';
import { dashboardPopupsEn } from './dashboard-popups.en';
import { fleetBulkEn } from './fleet-bulk.en';
import { fleetForecastEn } from './fleet-forecast.en';
import { fleetEn } from './fleet.en';
import { historyDialogEn } from './history-dialog.en';
import { historyEn } from './history.en';
import { lookupDialogEn } from './lookup-dialog.en';
import { partnerEn } from './partner.en';
import { plannerEn } from './planner.en';
import { refusalsEn } from './refusals.en';
import { sensorPageEn } from './sensor-page.en';
import { simulationEn } from './simulation.en';
import { supportEn } from './support.en';

/**
 * The English words of what loads on demand (load.ts): the Manage Licenses dialog and its views, the
 * dashboard's menus and toasts, History, the lookup dialog, the simulation toolbar, the cloud's refusals by code, the portals,
 * fleet, support and the planner.
 */
export const ENGLISH_AREAS = {
  ...cmsEn,
  ...dashboardPopupsEn,
  ...historyEn,
  ...simulationEn,
  ...refusalsEn,
  ...cmsDialogEn,
  ...historyDialogEn,
  ...lookupDialogEn,
  ...plannerEn,
  ...partnerEn,
  ...customerEn,
  ...fleetEn,
  ...sensorPageEn,
  ...fleetBulkEn,
  ...fleetForecastEn,
  ...supportEn,
};
