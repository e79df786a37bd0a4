import { cmsEn } from './cms.en';
import { commonEn } from './common.en';
import { customerEn } from './customer.en';
import { dashboardEn } from './dashboard.en';
import { errorsEn } from './errors.en';
import { fleetBulkEn } from './fleet-bulk.en';
import { fleetForecastEn } from './fleet-forecast.en';
import { fleetEn } from './fleet.en';
import { historyEn } from './history.en';
import { lookupEn } from './lookup.en';
import { partnerEn } from './partner.en';
import { plannerEn } from './planner.en';
import { sensorPageEn } from './sensor-page.en';
import { shellEn } from './shell.en';
import { simulationEn } from './simulation.en';
import { supportEn } from './support.en';

/**
 * One catalog per area so each area's texts sit together; ids are prefixed with the area
 * (`cms.download.title`), which keeps them unique when merged here.
 */
const en = {
  ...shellEn,
  ...commonEn,
  ...cmsEn,
  ...dashboardEn,
  ...plannerEn,
  ...partnerEn,
  ...customerEn,
  ...fleetEn,
  ...sensorPageEn,
  ...fleetBulkEn,
  ...fleetForecastEn,
  ...supportEn,
  ...historyEn,
  ...lookupEn,
  ...simulationEn,
  ...errorsEn,
};

export type MessageId = keyof typeof en;

/** A locale's messages: every id of the English ones. */
export type Messages = { readonly [Id in MessageId]: string };

/** English is in the first load; another language arrives when it is chosen (german.ts, load.ts). */
export const ENGLISH: Messages = en;
