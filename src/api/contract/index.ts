import { activationRoutes } from './activations';
import { clockRoutes } from './clock';
import { cloudLicenseRoutes } from './cloud-licenses';
import { customerPortalRoutes } from './customer-portal';
import { customerSuccessRoutes } from './customer-success';
import { deviceRoutes } from './devices';
import { fleetRoutes } from './fleet';
import { fleetBulkRoutes } from './fleet-bulk';
import { historyRoutes } from './history';
import { licenseFileRoutes } from './license-files';
import { licenseRoutes } from './licenses';
import { lookupRoutes } from './lookup';
import { notificationRoutes } from './notifications';
import { partnerPortalRoutes } from './partner-portal';
import { planRoutes } from './plans';
import type { Route } from './route';
import { segmentControllerRoutes } from './segment-controllers';
import { sessionRoutes } from './session';
import { simulationRoutes } from './simulation';
import { transferRoutes } from './transfers';

/** Every route of the licensing cloud, grouped by resource: the handlers and the document walk it. */
export const contract = {
  session: sessionRoutes,
  clock: clockRoutes,
  segmentControllers: segmentControllerRoutes,
  licenses: licenseRoutes,
  cloudLicenses: cloudLicenseRoutes,
  activations: activationRoutes,
  transfers: transferRoutes,
  plans: planRoutes,
  devices: deviceRoutes,
  licenseFiles: licenseFileRoutes,
  notifications: notificationRoutes,
  partnerPortal: partnerPortalRoutes,
  customerPortal: customerPortalRoutes,
  fleet: fleetRoutes,
  fleetBulk: fleetBulkRoutes,
  customerSuccess: customerSuccessRoutes,
  history: historyRoutes,
  lookup: lookupRoutes,
  simulation: simulationRoutes,
} satisfies Record<string, Record<string, Route>>;

export const allRoutes: readonly Route[] = Object.values(contract).flatMap((group) =>
  Object.values<Route>(group),
);
