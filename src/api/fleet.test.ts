import { describe, expect, it } from 'vitest';
import { UNKNOWN_ACTIVATION_CODE, VALID_ACTIVATION_CODE } from '@mocks/cloud/fleet-seed';
import {
  assignLicense,
  getExpiryRecipients,
  getFleetSession,
  getLicensesLeft,
  listSensors,
  redeemActivationCode,
  removeQueued,
  setAutoRenewal,
  setExpiryRecipients,
  signInFleetAs,
} from './fleet';

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected a refusal');
}

describe('fleet API over the simulated cloud (LM-1 … LM-7)', () => {
  it('round-trips every call through the handlers and schemas', async () => {
    expect((await getFleetSession()).canManage).toBe(true);
    const { items } = await listSensors();
    expect(items).toHaveLength(40);
    const serial = items.find((s) => s.status === 'unlicensed')?.serial ?? '';
    expect((await redeemActivationCode(VALID_ACTIVATION_CODE)).added).toBe(5);
    expect((await getLicensesLeft()).licensesLeft).toBe(10);
    await assignLicense({ serial, keyId: 'LK-3F9A-22C1' });
    const queued = await assignLicense({ serial, keyId: 'LK-3F9A-22C1' });
    expect(queued.keyLicenseCount).toBe(2);
    const licenseId = queued.queue[0]?.licenseId ?? '';
    expect((await removeQueued({ serial, licenseId })).queue).toEqual([]);
    expect((await setAutoRenewal({ serial, on: false })).autoRenewal).toBe(false);
    const { users } = await getExpiryRecipients();
    const ids = users.slice(0, 2).map((u) => u.id);
    expect((await setExpiryRecipients(ids)).recipientIds).toEqual(ids);
  });

  it('passes the cloud’s refusals through as typed errors', async () => {
    expect(await rejection(redeemActivationCode(UNKNOWN_ACTIVATION_CODE))).toMatchObject({
      status: 404,
      code: 'code_unknown',
    });
    const session = await signInFleetAs('Analyst');
    expect(session.canManage).toBe(false);
    expect(await rejection(listSensors())).toMatchObject({
      status: 403,
      code: 'fleet_role_forbidden',
    });
  });
});
