import { describe, expect, it } from 'vitest';
import { cloud } from '@mocks/cloud/instance';
import { found, inspect } from '@tests/builders';
import { USED_ACTIVATION_CODE, VALID_ACTIVATION_CODE } from '@mocks/cloud/fleet-seed';
import { callApi, cloudSnapshot, type ApiCall } from './call-api';
import { expectRefusedOnRecord } from './refusal-record';

/**
 * Quality R7, R10: every command of the licensing cloud, sent twice with one Idempotency-Key, is
 * applied once and answered the same; the key with another request is refused and changes nothing.
 *
 * Not here, because repeating them is harmless by nature (they set a value, or change nothing):
 * saving a Customer ID, a note, notification settings, Auto Renewal or expiry e-mail recipients
 * (PUT/PATCH of a whole value); provisioning devices (already provisioned ones stay so); issuing
 * an offline file (CP-3, PP-7: no cloud state changes, each file is usable once); signing in/out.
 */

const controller = (name: string) =>
  found(
    inspect().segmentControllers.find((c) => c.name === name),
    name,
  );

interface Command {
  /** Two different, valid requests of the same command. */
  requests: () => Promise<{ first: ApiCall; other: ApiCall }>;
  /** The part of the cloud the command changes, to show it changed exactly once. */
  effect: () => unknown;
  status: number;
}

const COMMANDS: Record<string, Command> = {
  'activate (POST /cms/activation-jobs)': {
    requests: async () => {
      const [a, b] = cloud().listCloudLicenses();
      const item = (row: typeof a) => ({
        segmentControllerId: found(row, 'cloud license').segmentControllerIds[0],
        licenseId: found(row, 'cloud license').licenseId,
      });
      return {
        first: { method: 'POST', path: '/cms/activation-jobs', body: { items: [item(a)] } },
        other: { method: 'POST', path: '/cms/activation-jobs', body: { items: [item(b)] } },
      };
    },
    effect: () => inspect().activationJobs.length,
    status: 202,
  },
  'transfer to cloud (POST /cms/license-transfers)': {
    requests: async () => {
      const mainHall = controller('Main Hall').id;
      const ids = inspect()
        .licenses.filter(
          (l) =>
            l.activation?.segmentControllerId === mainHall &&
            (l.kind === 'capacity' || l.kind === 'maintenance'),
        )
        .map((l) => l.id);
      return {
        first: { method: 'POST', path: '/cms/license-transfers', body: { licenseIds: ids } },
        other: {
          method: 'POST',
          path: '/cms/license-transfers',
          body: { licenseIds: ids.slice(1) },
        },
      };
    },
    effect: () => inspect().licenses.filter((l) => l.activation === null).length,
    status: 200,
  },
  'carry out a plan (POST /cms/plan, PL-1)': {
    requests: async () => {
      const mainHall = controller('Main Hall').id;
      const ids = inspect()
        .licenses.filter(
          (l) => l.activation?.segmentControllerId === mainHall && l.kind === 'maintenance',
        )
        .map((l) => l.id);
      const plan = (transfer: string[]) => ({
        method: 'POST' as const,
        path: '/cms/plan',
        body: { activate: [], transfer, letExpire: [] },
      });
      return { first: plan(ids), other: plan(ids.slice(1)) };
    },
    effect: () => inspect().licenses.filter((l) => l.activation === null).length,
    status: 200,
  },
  'add license file (POST /cms/license-files/activate)': {
    requests: async () => {
      const plantRoom = controller('Plant Room');
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
      const text = await cloud().issueOfflineFile({
        installCode: plantRoom.installCode,
        licenseIds: [waiting.id],
      });
      const path = '/cms/license-files/activate';
      return {
        first: { method: 'POST', path, body: { text, segmentControllerId: plantRoom.id } },
        other: {
          method: 'POST',
          path,
          body: { text, segmentControllerId: controller('Main Hall').id },
        },
      };
    },
    effect: () => inspect().usedOfflineFileIds.length,
    status: 200,
  },
  'create customer (POST /partner/customers)': {
    requests: async () => {
      cloud().signInPartner(found(inspect().partners[0], 'partner').id);
      const body = (name: string) => ({ name, contactEmails: ['facilities@annex.example'] });
      return {
        first: { method: 'POST', path: '/partner/customers', body: body('P-Annex') },
        other: { method: 'POST', path: '/partner/customers', body: body('P-Annex 2') },
      };
    },
    effect: () => inspect().customers.length,
    status: 201,
  },
  'transfer to customer (POST /partner/transfers)': {
    requests: async () => {
      cloud().signInPartner(found(inspect().partners[0], 'partner').id);
      const [a, b] = cloud().partnerInventory().myInventory;
      const customerId = found(cloud().partnerCustomers()[0], 'customer').id;
      const body = (license: typeof a) => ({
        licenseIds: [found(license, 'license in My Inventory').licenseId],
        customerId,
      });
      return {
        first: { method: 'POST', path: '/partner/transfers', body: body(a) },
        other: { method: 'POST', path: '/partner/transfers', body: body(b) },
      };
    },
    effect: () => inspect().licenses.length,
    status: 200,
  },
  'redeem activation code (POST /fleet/activation-codes)': {
    requests: async () => ({
      first: {
        method: 'POST',
        path: '/fleet/activation-codes',
        body: { code: VALID_ACTIVATION_CODE },
      },
      other: {
        method: 'POST',
        path: '/fleet/activation-codes',
        body: { code: USED_ACTIVATION_CODE },
      },
    }),
    effect: () => inspect().fleet.pool.length,
    status: 200,
  },
  'assign / queue a license (POST /fleet/sensors/:serial/licenses)': {
    requests: async () => {
      const sensor = found(
        inspect().fleet.sensors.find((s) => s.current !== null && s.queue.length === 0),
        'sensor with a license',
      );
      const path = `/fleet/sensors/${sensor.serial}/licenses`;
      return {
        first: { method: 'POST', path, body: { keyId: 'LK-3F9A-22C1' } },
        other: { method: 'POST', path, body: { keyId: 'LK-7B10-90DE' } },
      };
    },
    effect: () => inspect().fleet.pool.length,
    status: 200,
  },
  'remove a queued license (DELETE /fleet/sensors/:serial/queue/:licenseId)': {
    requests: async () => {
      const sensor = found(
        inspect().fleet.sensors.find((s) => s.queue.length === 2),
        'sensor with two queued licenses',
      );
      const path = (i: number) =>
        `/fleet/sensors/${sensor.serial}/queue/${found(sensor.queue[i], 'queued license').licenseId}`;
      return {
        first: { method: 'DELETE', path: path(0) },
        other: { method: 'DELETE', path: path(1) },
      };
    },
    effect: () => inspect().fleet.pool.length,
    status: 200,
  },
};

const table = Object.entries(COMMANDS);

describe(`Idempotency-Key on every command of the cloud (${table.length} commands)`, () => {
  it.each(table)(
    '%s: a replay is answered the same and applied once',
    async (_name, { requests, effect, status }) => {
      const { first } = await requests();
      const before = effect();
      const key = { 'Idempotency-Key': crypto.randomUUID() };

      const answer = await callApi(first, key);
      expect(answer.status).toBe(status);
      const applied = cloudSnapshot();
      const afterOnce = effect();
      expect(afterOnce).not.toEqual(before);

      const replay = await callApi(first, key);
      expect(replay).toEqual(answer);
      expect(effect()).toEqual(afterOnce);
      expect(cloudSnapshot()).toEqual(applied);
    },
  );

  it.each(table)(
    '%s: the same key with another request is refused 422 and changes nothing',
    async (_name, { requests, status }) => {
      const { first, other } = await requests();
      const key = { 'Idempotency-Key': crypto.randomUUID() };
      expect((await callApi(first, key)).status).toBe(status);
      const applied = cloudSnapshot();

      const refused = await callApi(other, key);
      expect(refused).toEqual({
        status: 422,
        body: {
          code: 'idempotency_key_reused',
          message: 'This request key was already used for a different request.',
        },
      });
      expectRefusedOnRecord(applied, { status: 422, code: 'idempotency_key_reused', call: other });
    },
  );
});
