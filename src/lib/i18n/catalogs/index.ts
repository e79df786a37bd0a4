import type { Locale } from '@/lib/i18n/preferences';
import { cmsDe } from './cms.de';
import { cmsEn } from './cms.en';
import { commonDe } from './common.de';
import { commonEn } from './common.en';
import { customerDe } from './customer.de';
import { customerEn } from './customer.en';
import { dashboardDe } from './dashboard.de';
import { dashboardEn } from './dashboard.en';
import { errorsDe } from './errors.de';
import { errorsEn } from './errors.en';
import { fleetBulkDe } from './fleet-bulk.de';
import { fleetBulkEn } from './fleet-bulk.en';
import { fleetForecastDe } from './fleet-forecast.de';
import { fleetForecastEn } from './fleet-forecast.en';
import { fleetDe } from './fleet.de';
import { fleetEn } from './fleet.en';
import { partnerDe } from './partner.de';
import { partnerEn } from './partner.en';
import { sensorPageDe } from './sensor-page.de';
import { sensorPageEn } from './sensor-page.en';
import { shellDe } from './shell.de';
import { shellEn } from './shell.en';
import { simulationDe } from './simulation.de';
import { simulationEn } from './simulation.en';
import { supportDe } from './support.de';
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
  ...partnerEn,
  ...customerEn,
  ...fleetEn,
  ...sensorPageEn,
  ...fleetBulkEn,
  ...fleetForecastEn,
  ...supportEn,
  ...simulationEn,
  ...errorsEn,
};

export type MessageId = keyof typeof en;

const de: { readonly [Id in MessageId]: string } = {
  ...shellDe,
  ...commonDe,
  ...cmsDe,
  ...dashboardDe,
  ...partnerDe,
  ...customerDe,
  ...fleetDe,
  ...sensorPageDe,
  ...fleetBulkDe,
  ...fleetForecastDe,
  ...supportDe,
  ...simulationDe,
  ...errorsDe,
};

export const CATALOGS: Readonly<Record<Locale, { readonly [Id in MessageId]: string }>> = {
  en,
  de,
};
