import { cmsHandlers } from './cms';
import { customerPortalHandlers } from './customer-portal';
import { faultHandlers } from './faults';
import { fleetHandlers } from './fleet';
import { licenseFileHandlers } from './license-files';
import { notificationHandlers } from './notifications';
import { partnerPortalHandlers } from './partner-portal';
import { sessionHandlers } from './session';
import { simulationHandlers } from './simulation';

/** Every route of the simulated cloud; the fault handler must stay first. */
export const handlers = [
  ...faultHandlers,
  ...simulationHandlers,
  ...sessionHandlers,
  ...cmsHandlers,
  ...licenseFileHandlers,
  ...notificationHandlers,
  ...partnerPortalHandlers,
  ...customerPortalHandlers,
  ...fleetHandlers,
];
