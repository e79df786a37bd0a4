import { cmsDialogEn } from './cms-dialog.en';
import { customerEn } from './customer.en';
import { fleetBulkEn } from './fleet-bulk.en';
import { fleetForecastEn } from './fleet-forecast.en';
import { fleetEn } from './fleet.en';
import { historyDialogEn } from './history-dialog.en';
import { lookupDialogEn } from './lookup-dialog.en';
import { partnerEn } from './partner.en';
import { plannerEn } from './planner.en';
import { sensorPageEn } from './sensor-page.en';
import { supportEn } from './support.en';

/**
 * The English words of what loads on demand (load.ts): the Manage Licenses dialog's views, History,
 * the lookup dialog, the portals, fleet, support and the planner.
 */
export const ENGLISH_AREAS = {
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
