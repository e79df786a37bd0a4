import { describe, expect, it } from 'vitest';
import type { CmsRole } from '@/api/contract/session';
import type { FleetRole } from '@/api/contract/fleet';
import { cloud } from '@mocks/cloud/instance';
import { found, inspect } from '@tests/builders';
import { VALID_ACTIVATION_CODE } from '@mocks/cloud/fleet-seed';
import { callApi, cloudSnapshot, type ApiCall } from './call-api';
import { expectRefusedOnRecord } from './refusal-record';

/**
 * Quality R12: the model refuses a role without rights even when the UI is bypassed. Each route is
 * called directly, with a request that the entitled role gets answered with 2xx (checked too), so
 * the 403 is the role's doing and nothing else's.
 */

const controller = (name: string) =>
  found(
    inspect().segmentControllers.find((c) => c.name === name),
    name,
  );

const activatedOn = (name: string) =>
  inspect().licenses.filter(
    (l) => l.activation?.segmentControllerId === controller(name).id && l.kind === 'capacity',
  );

async function plantRoomFile() {
  const waiting = found(
    inspect().licenses.find(
      (l) =>
        l.kind === 'capacity' &&
        l.customerId !== null &&
        l.activation === null &&
        l.supersededBy === null,
    ),
    'capacity license in the cloud',
  );
  return cloud().issueOfflineFile({
    installCode: controller('Plant Room').installCode,
    licenseIds: [waiting.id],
  });
}

/** SS-1: the Manage Licenses dialog's reads and commands, Owner only. */
const OWNER_ROUTES: Record<string, () => Promise<ApiCall>> = {
  'PUT /cms/segment-controllers/:id/customer-id': async () => ({
    method: 'PUT',
    path: `/cms/segment-controllers/${controller('Parking Garage').id}/customer-id`,
    body: { customerId: found(controller('Main Hall').customerId, 'saved Customer ID') },
  }),
  'PATCH /cms/licenses/:id (note)': async () => ({
    method: 'PATCH',
    path: `/cms/licenses/${found(activatedOn('Main Hall')[0], 'license').id}`,
    body: { note: 'Paid by facilities' },
  }),
  'GET /cms/cloud-licenses': async () => ({ method: 'GET', path: '/cms/cloud-licenses' }),
  'GET /cms/activation-jobs': async () => ({ method: 'GET', path: '/cms/activation-jobs' }),
  'POST /cms/activation-jobs': async () => {
    cloud().signInAs('Owner');
    const row = found(cloud().listCloudLicenses()[0], 'cloud license');
    return {
      method: 'POST',
      path: '/cms/activation-jobs',
      body: {
        items: [{ segmentControllerId: row.segmentControllerIds[0], licenseId: row.licenseId }],
      },
    };
  },
  'POST /cms/license-transfers': async () => ({
    method: 'POST',
    path: '/cms/license-transfers',
    body: { licenseIds: activatedOn('Main Hall').map((l) => l.id) },
  }),
  'POST /cms/plan': async () => ({
    method: 'POST',
    path: '/cms/plan',
    body: {
      activate: [],
      transfer: activatedOn('Main Hall').map((l) => l.id),
      letExpire: [],
    },
  }),
  'POST /cms/devices/provision': async () => ({
    method: 'POST',
    path: '/cms/devices/provision',
    body: { segmentControllerId: controller('Main Hall').id, deviceIds: null },
  }),
  'POST /cms/license-files/preview': async () => ({
    method: 'POST',
    path: '/cms/license-files/preview',
    body: { text: await plantRoomFile(), segmentControllerId: null },
  }),
  'POST /cms/license-files/activate': async () => ({
    method: 'POST',
    path: '/cms/license-files/activate',
    body: { text: await plantRoomFile(), segmentControllerId: controller('Plant Room').id },
  }),
  'GET /cms/notification-settings': async () => ({
    method: 'GET',
    path: '/cms/notification-settings',
  }),
  'PUT /cms/notification-settings': async () => ({
    method: 'PUT',
    path: '/cms/notification-settings',
    body: { recipients: ['facilities@riverside.example'], days: [30, 0], notifyOnActivation: true },
  }),
  'GET /cms/outbox': async () => ({ method: 'GET', path: '/cms/outbox' }),
};

/** SS-1, SS-3: what the read-only License Status display needs, open to every CMS user. */
const OPEN_CMS_READS: ApiCall[] = [
  { method: 'GET', path: '/cms/segment-controllers' },
  { method: 'GET', path: '/cms/licenses' },
  { method: 'GET', path: '/cms/devices' },
];

const sensorWith = (queued: number) =>
  found(
    inspect().fleet.sensors.find((s) => s.current !== null && s.queue.length === queued),
    `sensor with ${queued} queued`,
  );

/** LM-1: the License Manager, Administrators and Managers only; an Analyst may only ask why. */
const FLEET_ROUTES: Record<string, () => ApiCall> = {
  'POST /fleet/activation-codes': () => ({
    method: 'POST',
    path: '/fleet/activation-codes',
    body: { code: VALID_ACTIVATION_CODE },
  }),
  'POST /fleet/sensors/:serial/licenses': () => ({
    method: 'POST',
    path: `/fleet/sensors/${sensorWith(0).serial}/licenses`,
    body: { keyId: 'LK-3F9A-22C1' },
  }),
  'DELETE /fleet/sensors/:serial/queue/:licenseId': () => {
    const sensor = sensorWith(2);
    const queued = found(sensor.queue[0], 'queued license');
    return { method: 'DELETE', path: `/fleet/sensors/${sensor.serial}/queue/${queued.licenseId}` };
  },
  'PUT /fleet/sensors/:serial/auto-renewal': () => ({
    method: 'PUT',
    path: `/fleet/sensors/${sensorWith(0).serial}/auto-renewal`,
    body: { on: false },
  }),
  'POST /fleet/bulk': () => ({
    method: 'POST',
    path: '/fleet/bulk',
    body: {
      action: { kind: 'autoRenewal', on: false },
      target: { kind: 'selected', serials: [sensorWith(0).serial] },
    },
  }),
  'PUT /fleet/expiry-recipients': () => ({
    method: 'PUT',
    path: '/fleet/expiry-recipients',
    body: {
      recipientIds: inspect()
        .fleet.users.slice(0, 1)
        .map((u) => u.id),
    },
  }),
  'GET /fleet/sensors/page': () => ({
    method: 'GET',
    path: '/fleet/sensors/page?offset=0&limit=10',
  }),
  'GET /fleet/sensors/export': () => ({ method: 'GET', path: '/fleet/sensors/export' }),
  'GET /fleet/sensors/:serial': () => ({
    method: 'GET',
    path: `/fleet/sensors/${sensorWith(0).serial}`,
  }),
  'GET /fleet/overview': () => ({ method: 'GET', path: '/fleet/overview' }),
  'GET /fleet/forecast': () => ({ method: 'GET', path: '/fleet/forecast' }),
  'GET /fleet/licenses-left': () => ({ method: 'GET', path: '/fleet/licenses-left' }),
  'GET /fleet/expiry-recipients': () => ({ method: 'GET', path: '/fleet/expiry-recipients' }),
};

const NON_OWNERS: CmsRole[] = ['Admin', 'Supervisor', 'User'];
const MANAGERS: FleetRole[] = ['Administrator', 'Manager'];
const ownerRoutes = Object.entries(OWNER_ROUTES);
const fleetRoutes = Object.entries(FLEET_ROUTES);

const ownerChecks = ownerRoutes.flatMap(([route, request]) =>
  NON_OWNERS.map((role) => ({ route, role, request })),
);

describe(`CMS licensing, Owner only (SS-1): ${ownerRoutes.length} calls × ${NON_OWNERS.length} roles`, () => {
  it.each(ownerChecks)(
    '$route as $role: 403 owner_only, nothing changed, the refusal on record (AU-1)',
    async ({ role, request }) => {
      const call = await request();
      cloud().signInAs(role);
      const before = cloudSnapshot();
      expect(await callApi(call)).toEqual({
        status: 403,
        body: {
          code: 'owner_only',
          message: `Only the Owner can manage licenses; you are signed in as ${role}.`,
        },
      });
      expectRefusedOnRecord(before, {
        status: 403,
        code: 'owner_only',
        role,
        call,
      });
    },
  );

  it.each(ownerRoutes)('%s as Owner: answered (the same request is valid)', async (_, request) => {
    const call = await request();
    cloud().signInAs('Owner');
    const { status } = await callApi(call);
    expect(status).toBeGreaterThanOrEqual(200);
    expect(status).toBeLessThan(300);
  });

  it.each(OPEN_CMS_READS.flatMap((call) => NON_OWNERS.map((role) => ({ ...call, role }))))(
    'GET $path as $role: open to the read-only License Status display (SS-3)',
    async ({ role, ...call }) => {
      cloud().signInAs(role);
      expect((await callApi(call)).status).toBe(200);
    },
  );
});

describe(`License Manager, Administrators and Managers only (LM-1): ${fleetRoutes.length} calls × 1 role`, () => {
  it.each(fleetRoutes)(
    '%s as Analyst: 403 fleet_role_forbidden, nothing changed, the refusal on record (AU-1)',
    async (_, request) => {
      const call = request();
      cloud().signInFleetAs('Analyst');
      const before = cloudSnapshot();
      expect(await callApi(call)).toEqual({
        status: 403,
        body: {
          code: 'fleet_role_forbidden',
          message:
            'Only Administrators and Managers can manage sensor licenses; you are signed in as Analyst.',
          details: { role: 'Analyst' },
        },
      });
      expectRefusedOnRecord(before, {
        status: 403,
        code: 'fleet_role_forbidden',
        role: 'Analyst',
        call,
      });
    },
  );

  it.each(
    fleetRoutes.flatMap(([route, request]) => MANAGERS.map((role) => ({ route, role, request }))),
  )('$route as $role: answered (the same request is valid)', async ({ role, request }) => {
    const call = request();
    cloud().signInFleetAs(role);
    const { status } = await callApi(call);
    expect(status).toBe(200);
  });

  it('tells an Analyst why, through the one call open to every fleet user', async () => {
    cloud().signInFleetAs('Analyst');
    expect(await callApi({ method: 'GET', path: '/fleet/session' })).toMatchObject({
      status: 200,
      body: { canManage: false, reason: expect.stringContaining('signed in as Analyst') },
    });
  });

  it('gives an Analyst no answer stored for a Manager’s Idempotency-Key', async () => {
    const key = { 'Idempotency-Key': crypto.randomUUID() };
    const redeem = FLEET_ROUTES['POST /fleet/activation-codes'];
    if (!redeem) throw new Error('No redeem route');
    cloud().signInFleetAs('Manager');
    expect((await callApi(redeem(), key)).status).toBe(200);
    cloud().signInFleetAs('Analyst');
    expect(await callApi(redeem(), key)).toMatchObject({
      status: 403,
      body: { code: 'fleet_role_forbidden' },
    });
  });
});
