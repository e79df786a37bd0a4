import { historyRoutes } from '@/api/contract/history';
import { command } from '../command';
import { accountHistory, licenseHistory } from '../license-history';
import * as trail from '../sensor-trail';

/** AU-1: the History of a license or an account, read from each app where it appears. */

const byId = { input: ({ params }: { params: { id: string } }) => params.id };

export const cmsLicenseHistory = command({
  name: 'cms.licenseHistory',
  access: 'cms',
  run: ({ state }, licenseId: string) => licenseHistory(state, { app: 'cms' }, licenseId),
  http: { route: historyRoutes.cmsLicense, ...byId },
});

export const partnerLicenseHistory = command({
  name: 'partner.licenseHistory',
  access: 'partner',
  run: ({ state, actor }, licenseId: string) =>
    licenseHistory(state, { app: 'partner', partnerId: actor.id }, licenseId),
  http: { route: historyRoutes.partnerLicense, ...byId },
});

export const customerLicenseHistory = command({
  name: 'customer.licenseHistory',
  access: 'customer',
  run: ({ state, actor }, licenseId: string) =>
    licenseHistory(state, { app: 'customer', customerId: actor.id }, licenseId),
  http: { route: historyRoutes.customerLicense, ...byId },
});

export const supportLicenseHistory = command({
  name: 'support.licenseHistory',
  access: 'support',
  run: ({ state }, licenseId: string) => licenseHistory(state, { app: 'support' }, licenseId),
  http: { route: historyRoutes.supportLicense, ...byId },
});

export const partnerAccountHistory = command({
  name: 'partner.accountHistory',
  access: 'partner',
  run: ({ state, actor }, customerId: string) =>
    accountHistory(state, { app: 'partner', partnerId: actor.id }, customerId),
  http: { route: historyRoutes.partnerAccount, ...byId },
});

export const supportAccountHistory = command({
  name: 'support.accountHistory',
  access: 'support',
  run: ({ state }, customerId: string) => accountHistory(state, { app: 'support' }, customerId),
  http: { route: historyRoutes.supportAccount, ...byId },
});

/** AU-1: a sensor's History, for those who may manage the fleet (LM-1). */
export const sensorTrail = command({
  name: 'fleet.sensorTrail',
  access: 'manager',
  run: ({ state }, serial: string) => trail.sensorTrail(state, serial),
  http: { route: historyRoutes.fleetSensor, input: ({ params }) => params.serial },
});
