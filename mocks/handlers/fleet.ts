import { fleetRoutes } from '@/api/contract/fleet';
import { handle } from './handle';

/** LM-1 … LM-7: the License Manager of a sensor fleet. */
export const fleetHandlers = [
  handle(fleetRoutes.session, ({ cloud }) => cloud.fleetSession()),
  handle(fleetRoutes.signIn, ({ cloud, body }) => cloud.signInFleetAs(body.role), {
    cookie: { app: 'fleet', on: 'sign-in' },
  }),
  handle(
    fleetRoutes.signOut,
    ({ cloud }) => {
      cloud.signOutFleet();
      return undefined;
    },
    { cookie: { app: 'fleet', on: 'sign-out' } },
  ),
  // Before `/fleet/sensors/{serial}`, which would match these paths too.
  handle(fleetRoutes.sensorPage, ({ cloud, query: { offset, limit, ...query } }) =>
    cloud.querySensors(query, offset, limit),
  ),
  handle(fleetRoutes.exportSensors, ({ cloud, query }) => cloud.exportSensorsCsv(query)),
  handle(fleetRoutes.sensor, ({ cloud, params }) => cloud.getSensor(params.serial)),
  handle(fleetRoutes.overview, ({ cloud }) => cloud.fleetOverview()),
  handle(fleetRoutes.licensesLeft, ({ cloud }) => cloud.licensesLeft()),
  handle(fleetRoutes.redeem, ({ cloud, body, idempotencyKey }) =>
    cloud.redeemActivationCode(body.code, idempotencyKey),
  ),
  handle(fleetRoutes.assign, ({ cloud, params, body, idempotencyKey }) =>
    cloud.assignLicense(params.serial, body.keyId, idempotencyKey),
  ),
  handle(fleetRoutes.removeQueued, ({ cloud, params, idempotencyKey }) =>
    cloud.removeQueued(params.serial, params.licenseId, idempotencyKey),
  ),
  handle(fleetRoutes.setAutoRenewal, ({ cloud, params, body }) =>
    cloud.setAutoRenewal(params.serial, body.on),
  ),
  handle(fleetRoutes.expiryRecipients, ({ cloud }) => cloud.expiryRecipients()),
  handle(fleetRoutes.setExpiryRecipients, ({ cloud, body }) =>
    cloud.setExpiryRecipients(body.recipientIds),
  ),
];
