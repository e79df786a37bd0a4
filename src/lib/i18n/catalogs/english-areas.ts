import { customerEn } from './customer.en';
import { fleetBulkEn } from './fleet-bulk.en';
import { fleetForecastEn } from './fleet-forecast.en';
import { fleetEn } from './fleet.en';
import { partnerEn } from './partner.en';
import { plannerEn } from './planner.en';
import { sensorPageEn } from './sensor-page.en';
import { supportEn } from './support.en';

/** The English words of the areas that load on demand (load.ts): portals, fleet, support, planner. */
export const ENGLISH_AREAS = {
  ...plannerEn,
  ...partnerEn,
  ...customerEn,
  ...fleetEn,
  ...sensorPageEn,
  ...fleetBulkEn,
  ...fleetForecastEn,
  ...supportEn,
};
