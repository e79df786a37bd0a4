import type { cmsDialogEn } from './cms-dialog.en';
import type { cmsEn } from './cms.en';
import { commonEn } from './common.en';
import type { customerEn } from './customer.en';
import type { dashboardPopupsEn } from './dashboard-popups.en';
import { dashboardEn } from './dashboard.en';
import { errorsEn } from './errors.en';
import type { fleetBulkEn } from './fleet-bulk.en';
import type { fleetForecastEn } from './fleet-forecast.en';
import type { fleetEn } from './fleet.en';
import type { historyDialogEn } from './history-dialog.en';
import type { historyEn } from './history.en';
import type { lookupDialogEn } from './lookup-dialog.en';
import { lookupEn } from './lookup.en';
import type { partnerEn } from './partner.en';
import type { plannerEn } from './planner.en';
import type { refusalsEn } from './refusals.en';
import type { sensorPageEn } from './sensor-page.en';
import { shellEn } from './shell.en';
import type { simulationEn } from './simulation.en';
import type { supportEn } from './support.en';

/**
 * One catalog per area so each area's texts sit together; ids are prefixed with the area
 * (`cms.download.title`), which keeps them unique when merged. The first load carries the words of
 * the shell and the CMS dashboard only; dialogs' and other areas' words arrive with their code
 * (english-areas.ts, load.ts), so they cost the dashboard nothing (quality P1).
 */
const firstLoad = {
  ...shellEn,
  ...commonEn,
  ...dashboardEn,
  ...lookupEn,
  ...errorsEn,
};

type English = typeof firstLoad &
  typeof cmsEn &
  typeof historyEn &
  typeof simulationEn &
  typeof dashboardPopupsEn &
  typeof refusalsEn &
  typeof cmsDialogEn &
  typeof historyDialogEn &
  typeof lookupDialogEn &
  typeof plannerEn &
  typeof partnerEn &
  typeof customerEn &
  typeof fleetEn &
  typeof sensorPageEn &
  typeof fleetBulkEn &
  typeof fleetForecastEn &
  typeof supportEn;

export type MessageId = keyof English;

/** A locale's messages: every id of the English ones. */
export type Messages = { readonly [Id in MessageId]: string };

/** English in the first load: the shell's and the CMS dashboard's words. */
export const FIRST_LOAD_ENGLISH = firstLoad;
