import { describe, expect, it } from 'vitest';
import { UNKNOWN_ACTIVATION_CODE, VALID_ACTIVATION_CODE } from '@mocks/cloud/fleet-seed';
import { request } from './client';
import { DEFAULT_SENSOR_QUERY, fleetRoutes, normalizeActivationCode } from './contract/fleet';
import { exportSensorsCsv, signInFleetAs } from './fleet';

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
    expect((await request(fleetRoutes.session, {})).canManage).toBe(true);
    const unlicensed = { ...DEFAULT_SENSOR_QUERY, status: 'unlicensed' as const };
    const page = await request(fleetRoutes.sensorPage, {
      query: { ...unlicensed, offset: 0, limit: 2 },
    });
    expect(page.items).toHaveLength(2);
    expect(page.total).toBe(page.counts.unlicensed);
    const serial = page.items[0]?.serial ?? '';
    expect((await request(fleetRoutes.sensor, { params: { serial } })).status).toBe('unlicensed');
    expect((await request(fleetRoutes.overview, {})).fleetSize).toBe(40);
    expect(await exportSensorsCsv(unlicensed)).toContain(serial);
    expect(
      (
        await request(fleetRoutes.redeem, {
          body: { code: VALID_ACTIVATION_CODE },
          idempotencyKey: 'k1',
        })
      ).added,
    ).toBe(5);
    expect((await request(fleetRoutes.licensesLeft, {})).licensesLeft).toBe(10);
    await request(fleetRoutes.assign, {
      params: { serial },
      body: { keyId: 'LK-3F9A-22C1' },
      idempotencyKey: 'a1',
    });
    const queued = await request(fleetRoutes.assign, {
      params: { serial },
      body: { keyId: 'LK-3F9A-22C1' },
      idempotencyKey: 'a2',
    });
    expect(queued.keyLicenseCount).toBe(2);
    const licenseId = queued.queue[0]?.licenseId ?? '';
    expect(
      (
        await request(fleetRoutes.removeQueued, {
          params: { serial, licenseId },
          idempotencyKey: 'r1',
        })
      ).queue,
    ).toEqual([]);
    expect(
      (await request(fleetRoutes.setAutoRenewal, { params: { serial }, body: { on: false } }))
        .autoRenewal,
    ).toBe(false);
    const { users } = await request(fleetRoutes.expiryRecipients, {});
    const ids = users.slice(0, 2).map((u) => u.id);
    expect(
      (await request(fleetRoutes.setExpiryRecipients, { body: { recipientIds: ids } }))
        .recipientIds,
    ).toEqual(ids);
  });

  it('passes the cloud’s refusals through as typed errors', async () => {
    expect(
      await rejection(
        request(fleetRoutes.redeem, {
          body: { code: UNKNOWN_ACTIVATION_CODE },
          idempotencyKey: 'k',
        }),
      ),
    ).toMatchObject({
      status: 404,
      code: 'code_unknown',
    });
    const session = await signInFleetAs('Analyst');
    expect(session.canManage).toBe(false);
    expect(
      await rejection(
        request(fleetRoutes.sensorPage, {
          query: { ...DEFAULT_SENSOR_QUERY, offset: 0, limit: 10 },
        }),
      ),
    ).toMatchObject({
      status: 403,
      code: 'fleet_role_forbidden',
    });
  });

  it('refuses a malformed table query with 400', async () => {
    const res = await fetch(
      `${window.location.origin}/api/fleet/sensors/page?sort=color&limit=9999`,
    );
    expect(res.status).toBe(400);
  });
});

describe('typed activation codes (LM-2)', () => {
  it.each([
    [' ef7q 2k9m xr4d 81nb ', 'EF7Q-2K9M-XR4D-81NB'],
    ['ef7q2k9mxr4d81nb', 'EF7Q-2K9M-XR4D-81NB'],
    ['EF7Q - 2K9M - XR4D - 81NB', 'EF7Q-2K9M-XR4D-81NB'],
    ['EF7Q-2K9M', 'EF7Q-2K9M'],
  ])('reads %j as %j', (typed, normalized) => {
    expect(normalizeActivationCode(typed)).toBe(normalized);
  });

  it('keeps a no-break space, so it is refused by name as a look-alike', () => {
    expect(normalizeActivationCode('EF7Q\u00a02K9M')).toBe('EF7Q\u00a02K9M');
  });

  it('redeems a code typed with spaces and in lower case', async () => {
    const typed = VALID_ACTIVATION_CODE.toLowerCase().replaceAll('-', ' ');
    const result = await request(fleetRoutes.redeem, {
      body: { code: typed },
      idempotencyKey: 'typed-with-spaces',
    });
    expect(result.added).toBe(5);
  });
});
