import { fleetRoutes, type AddSensorsBody } from '@/api/contract/fleet';
import { normalizeSerial } from '@/domain/fleet';
import { command } from '../command';
import * as fleet from '../fleet';
import { poolForecast } from '../fleet-forecast';
import { addSensors } from '../fleet-onboarding';
import * as fleetQuery from '../fleet-query';
import * as history from '../sensor-history';
import { endSession, sessionToken, startSession } from '../sessions';
import type { CloudState } from '../state';

/*
 * The License Manager (LM-1 … LM-9). Every call but the session is for Administrators and Managers
 * (LM-1); the role is checked before a replay, so a key never lends an answer to an Analyst.
 */

const sensorBySerial = (state: CloudState, serial: string) => ({
  [serial]: state.fleet.sensors.find((s) => s.serial === serial),
});

/** LM-1: every fleet user may ask; `canManage` and `reason` tell an Analyst why not. */
export const fleetSession = command({
  name: 'fleet.session',
  access: 'fleet',
  run: ({ actor }) => fleet.fleetSession(actor),
  http: { route: fleetRoutes.session, input: () => undefined },
});

/** Simulated sign-in to the License Manager: a new session as the first user of a role. */
export const signInFleetAs = command({
  name: 'fleet.signInAs',
  access: 'public',
  run: ({ state, caller, nowMs }, role: Parameters<typeof fleet.firstFleetUserOf>[1]) => {
    const user = fleet.firstFleetUserOf(state, role);
    const session = startSession(state, caller, 'fleet', user.id, nowMs);
    return { ...fleet.fleetSession(user), ...sessionToken(session) };
  },
  http: {
    route: fleetRoutes.signIn,
    input: ({ body }) => body.role,
    cookie: { app: 'fleet', on: 'sign-in' },
  },
});

/** R20: the caller's License Manager session ends. */
export const signOutFleet = command({
  name: 'fleet.signOut',
  access: 'public',
  run: ({ state, caller }) => {
    endSession(state, caller, 'fleet');
    return undefined;
  },
  http: {
    route: fleetRoutes.signOut,
    input: () => undefined,
    cookie: { app: 'fleet', on: 'sign-out' },
  },
});

export const listSensors = command({
  name: 'fleet.listSensors',
  access: 'manager',
  run: ({ state }) => fleet.listSensors(state),
});

type Query = Parameters<typeof fleetQuery.querySensors>[1];

/** LM-3, LM-8: one window of the searched, filtered and sorted fleet. */
export const querySensors = command({
  name: 'fleet.querySensors',
  access: 'manager',
  run: ({ state }, input: { query: Query; offset: number; limit: number }) =>
    fleetQuery.querySensors(state, input.query, input.offset, input.limit),
  http: {
    route: fleetRoutes.sensorPage,
    input: ({ query: { offset, limit, ...query } }) => ({ query, offset, limit }),
  },
});

export const getSensor = command({
  name: 'fleet.getSensor',
  access: 'manager',
  run: ({ state }, serial: string) => fleetQuery.getSensor(state, serial),
  http: { route: fleetRoutes.sensor, input: ({ params }) => params.serial },
});

export const overview = command({
  name: 'fleet.overview',
  access: 'manager',
  run: ({ state }) => fleetQuery.fleetOverview(state),
  http: { route: fleetRoutes.overview, input: () => undefined },
});

/** LM-9: the file in chunks, which the handler streams (fleet-query.ts sensorsCsv). */
export const exportCsv = command({
  name: 'fleet.exportSensorsCsv',
  access: 'manager',
  run: ({ state }, query: Query) => fleetQuery.sensorsCsv(state, query),
  http: { route: fleetRoutes.exportSensors, input: ({ query }) => query },
});

/** LM-2 */
export const licensesLeft = command({
  name: 'fleet.licensesLeft',
  access: 'manager',
  run: ({ state }) => fleet.licensesLeft(state),
  http: { route: fleetRoutes.licensesLeft, input: () => undefined },
});

/** LM-2: the code is used up and a new key with its licenses joins the pool. */
export const redeemCode = command({
  name: 'fleet.redeemActivationCode',
  access: 'manager',
  run: ({ state }, code: string) => fleet.redeemActivationCode(state, code),
  write: {
    idempotency: { route: 'activation-code', fingerprint: (code: string) => code },
    touches: (state, code, result) => {
      const record = fleet.activationCodeRecord(state, code);
      const touched: Record<string, unknown> = record ? { [record.code]: record } : {};
      if (result) touched[result.key.id] = state.fleet.keys.find((k) => k.id === result.key.id);
      return touched;
    },
  },
  http: { route: fleetRoutes.redeem, input: ({ body }) => body.code },
});

/** LM-10: a retried paste (same Idempotency-Key) adds its sensors once. */
export const addNewSensors = command({
  name: 'fleet.addSensors',
  access: 'manager',
  run: ({ state }, body: AddSensorsBody) => addSensors(state, body),
  write: {
    idempotency: { route: 'add-sensors', fingerprint: (body: AddSensorsBody) => body },
    touches: (state, body) =>
      Object.fromEntries(
        body.sensors.map((s) => {
          const serial = normalizeSerial(s.serial);
          return [serial, state.fleet.sensors.find((sensor) => sensor.serial === serial)];
        }),
      ),
  },
  http: { route: fleetRoutes.addSensors, input: ({ body }) => body },
});

/** LM-5 */
export const assignLicense = command({
  name: 'fleet.assignLicense',
  access: 'manager',
  run: ({ state }, { serial, keyId }: { serial: string; keyId: string }) =>
    fleet.assignLicense(state, serial, keyId),
  write: {
    idempotency: {
      route: 'assign',
      fingerprint: (body: { serial: string; keyId: string }) => body,
    },
    touches: (state, { serial }) => sensorBySerial(state, serial),
  },
  http: {
    route: fleetRoutes.assign,
    input: ({ params, body }) => ({ serial: params.serial, keyId: body.keyId }),
  },
});

/** LM-5 */
export const removeQueued = command({
  name: 'fleet.removeQueued',
  access: 'manager',
  run: ({ state }, { serial, licenseId }: { serial: string; licenseId: string }) =>
    fleet.removeQueued(state, serial, licenseId),
  write: {
    idempotency: {
      route: 'unqueue',
      fingerprint: (body: { serial: string; licenseId: string }) => body,
    },
    touches: (state, { serial }) => sensorBySerial(state, serial),
  },
  http: {
    route: fleetRoutes.removeQueued,
    input: ({ params }) => ({ serial: params.serial, licenseId: params.licenseId }),
  },
});

/** LM-6 */
export const setAutoRenewal = command({
  name: 'fleet.setAutoRenewal',
  access: 'manager',
  run: ({ state }, { serial, on }: { serial: string; on: boolean }) =>
    fleet.setAutoRenewal(state, serial, on),
  write: { touches: (state, { serial }) => sensorBySerial(state, serial) },
  http: {
    route: fleetRoutes.setAutoRenewal,
    input: ({ params, body }) => ({ serial: params.serial, on: body.on }),
  },
});

/** LM-7 */
export const expiryRecipients = command({
  name: 'fleet.expiryRecipients',
  access: 'manager',
  run: ({ state }) => fleet.expiryRecipients(state),
  http: { route: fleetRoutes.expiryRecipients, input: () => undefined },
});

/** LM-7 */
export const setExpiryRecipients = command({
  name: 'fleet.setExpiryRecipients',
  access: 'manager',
  run: ({ state }, ids: string[]) => fleet.setExpiryRecipients(state, ids),
  write: { touches: (state) => ({ 'expiry-recipients': state.fleet.expiryRecipientIds }) },
  http: { route: fleetRoutes.setExpiryRecipients, input: ({ body }) => body.recipientIds },
});

/** LM-13: renewals due per month, when the pool runs out and how many licenses to order. */
export const forecast = command({
  name: 'fleet.forecast',
  access: 'manager',
  run: ({ state }) => poolForecast(state),
  http: { route: fleetRoutes.forecast, input: () => undefined },
});

/** LM-14: a sensor's page: simulated measurements, past alerts and license events. */
export const sensorHistory = command({
  name: 'fleet.sensorHistory',
  access: 'manager',
  run: ({ state }, { serial, days }: { serial: string; days: number }) =>
    history.sensorHistory(state, serial, days),
  http: {
    route: fleetRoutes.sensorHistory,
    input: ({ params, query }) => ({ serial: params.serial, days: query.days }),
  },
});
