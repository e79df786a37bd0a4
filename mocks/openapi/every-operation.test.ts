// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { allRoutes, contract } from '@/api/contract';
import { TIMEOUTS } from '../../tests/timeouts';
import { UNKNOWN_ACTIVATION_CODE } from '../cloud/fleet-seed';
import { requireSignIn } from '../cloud/instance';
import { callEveryOperation } from './every-operation-calls';
import { operationCaller } from './operation-caller';

/**
 * Every operation of the contract called through the MSW handlers, its success and refusals: each
 * answer's status must be declared for its operation, its body must match the document, and a
 * refusal's code must be one the operation declares for that status.
 */
const API = 'http://cloud.test/api';
const { call, read, withoutSuccess } = operationCaller((pathAndQuery, init) =>
  fetch(`${API}${pathAndQuery}`, init),
);

const itemsOf = <T extends z.ZodMiniType>(item: T) => z.object({ items: z.array(item) });
const withId = z.object({ id: z.string() });

const { clock, licenses, cloudLicenses, session } = contract;
const { licenseFiles, notifications, partnerPortal, customerPortal } = contract;
const { fleet, simulation } = contract;

afterAll(() => requireSignIn(false));

describe('every operation, as the document declares it', () => {
  it(
    'answers each success with a declared status and a body the document describes',
    async () => {
      await callEveryOperation({ call, read });
      expect(withoutSuccess(allRoutes)).toEqual([]);
    },
    TIMEOUTS.unitTest,
  );

  it('answers malformed input — a non-UUID id, an unknown query parameter, a bad body — with 400', async () => {
    await call(partnerPortal.signIn, {
      body: { partnerId: (await read(partnerPortal.partners, itemsOf(withId))).items[0]?.id },
    });
    const waiting = itemsOf(z.object({ licenseId: z.string() }));
    const [eid] = (await read(cloudLicenses.list, waiting)).items;
    await call(customerPortal.signIn, { body: { eid: eid?.licenseId } });
    const staff = await read(contract.customerSuccess.staff, itemsOf(withId));
    await call(contract.customerSuccess.signIn, { body: { staffId: staff.items[0]?.id } });
    for (const route of allRoutes) {
      const params = { id: 'not-a-uuid', serial: 'S-1', licenseId: 'not-a-uuid' };
      const malformed: Record<string, string> = route.query ? { sort: 'color' } : { unknown: '1' };
      const { status, json } = await call(route, {
        params,
        query: malformed,
        body: route.body ? {} : undefined,
      });
      expect(status, route.operationId).toBe(400);
      expect(json, route.operationId).toMatchObject({ code: 'validation_failed' });
    }
    const id = 'b1b2c3d4-0000-4000-8000-00000000000X'.toLowerCase();
    const path = await call(licenses.updateNote, { params: { id }, body: { note: 'x' } });
    expect(path.status).toBe(400);
    const malformedJson = await fetch(`${API}/session`, { method: 'POST', body: '{' });
    expect(malformedJson.status).toBe(400);
  });

  it('R20 — answers 401 without a session wherever one is needed, before reading the request', async () => {
    requireSignIn(true);
    const needing = allRoutes.filter((route) => route.session && !route.session.optional);
    expect(needing.length).toBeGreaterThan(35);
    for (const route of needing) {
      const { status } = await call(route, {
        params: { id: crypto.randomUUID(), serial: 'S-1', licenseId: crypto.randomUUID() },
        body: route.body ? { not: 'a valid body' } : undefined,
      });
      expect(status, route.operationId).toBe(401);
    }
  });

  it('declares the refusals of the rules: roles, unknown things, conflicts, reused keys', async () => {
    const unknown = crypto.randomUUID();
    expect(
      (await call(licenses.updateNote, { params: { id: unknown }, body: { note: 'x' } })).status,
    ).toBe(404);
    expect((await call(fleet.sensor, { params: { serial: 'NO-SUCH-SENSOR' } })).status).toBe(404);
    expect(
      (await call(fleet.redeem, { body: { code: UNKNOWN_ACTIVATION_CODE }, key: 'u-1' })).status,
    ).toBe(404);
    expect((await call(simulation.reset, { body: { scenario: 'no-such-site' } })).status).toBe(404);
    const big = 'x'.repeat(1_048_577);
    expect(
      (await call(licenseFiles.preview, { body: { text: big, segmentControllerId: null } })).status,
    ).toBe(413);
    expect(
      (
        await call(notifications.saveSettings, {
          body: { recipients: ['not an address'], days: [30], notifyOnActivation: true },
        })
      ).status,
    ).toBe(400);

    const [partner] = (await read(partnerPortal.partners, itemsOf(withId))).items;
    await call(partnerPortal.signIn, { body: { partnerId: partner?.id } });
    const body = { name: 'P-Annex', contactEmails: ['facilities@annex.example'] };
    expect((await call(partnerPortal.createCustomer, { body, key: 'k' })).status).toBe(201);
    expect((await call(partnerPortal.createCustomer, { body, key: 'other' })).status).toBe(409);
    expect(
      (await call(partnerPortal.createCustomer, { body: { ...body, name: 'P-2' }, key: 'k' }))
        .status,
    ).toBe(422);

    await call(session.signIn, { body: { role: 'Admin' } });
    const [license] = (await read(licenses.list, itemsOf(z.object({ licenseId: z.string() }))))
      .items;
    expect(
      (
        await call(licenses.updateNote, {
          params: { id: license?.licenseId ?? '' },
          body: { note: 'x' },
        })
      ).status,
    ).toBe(403);
    expect((await call(cloudLicenses.list)).status).toBe(403);
  });

  it('declares 403 fleet_role_forbidden for an Analyst on the fleet reads', async () => {
    await call(fleet.signIn, { body: { role: 'Analyst' } });
    for (const route of [
      fleet.sensorPage,
      fleet.exportSensors,
      fleet.overview,
      fleet.forecast,
      fleet.licensesLeft,
      fleet.sensor,
    ]) {
      const { status, json } = await call(route, { params: { serial: 'S-1' } });
      expect([route.operationId, status], route.operationId).toEqual([route.operationId, 403]);
      expect(json).toMatchObject({ code: 'fleet_role_forbidden' });
    }
  });

  it('declares 409 for removing a queued license twice, or one that has started', async () => {
    await call(fleet.signIn, { body: { role: 'Manager' } });
    const sensorPage = z.object({ items: z.array(z.object({ serial: z.string() })) });
    const serial =
      (await read(fleet.sensorPage, sensorPage, { query: { limit: '1' } })).items[0]?.serial ?? '';
    const queue = z.object({
      queue: z.array(z.object({ licenseId: z.string(), startDate: z.string() })),
    });
    const assign = (key: string) =>
      read(fleet.assign, queue, { params: { serial }, body: { keyId: 'LK-3F9A-22C1' }, key });
    await assign('q-1');
    const [first] = (await assign('q-2')).queue;
    const remove = (licenseId: string, key: string) =>
      call(fleet.removeQueued, { params: { serial, licenseId }, key });
    expect((await remove(first?.licenseId ?? '', 'rm-1')).status).toBe(200);
    expect((await remove(first?.licenseId ?? '', 'rm-2')).status).toBe(409);
    const [second] = (await assign('q-3')).queue;
    await call(clock.advance, { body: { to: second?.startDate } });
    const started = await remove(second?.licenseId ?? '', 'rm-3');
    expect([started.status, started.json]).toMatchObject([409, { code: 'queued_license_started' }]);
  });
});
