// @vitest-environment node
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allRoutes, contract } from '@/api/contract';
import type { Route } from '@/api/contract/route';
import { TIMEOUTS } from '../../tests/timeouts';
import { UNKNOWN_ACTIVATION_CODE, VALID_ACTIVATION_CODE } from '../cloud/fleet-seed';
import { requireSignIn } from '../cloud/instance';
import { openApiDocument } from './document';

/**
 * Every operation of the contract called through the MSW handlers, its success and refusals: each
 * answer's status must be declared for its operation, and its body must match the document.
 */
const API = 'http://cloud.test/api';
const document = openApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...document, $id: 'openapi.json' });

const pointer = (...parts: string[]) =>
  parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/** What each operation answered, to check that every one was called with success. */
const answered = new Map<string, Set<number>>();

interface Call {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  key?: string;
}

/** Calls a route, checks its answer against the document, and returns the parsed body. */
async function call(route: Route, { params = {}, query, body, key }: Call = {}) {
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? ''),
  );
  const search = query ? `?${new URLSearchParams(query).toString()}` : '';
  const response = await fetch(`${API}${path}${search}`, {
    method: route.method.toUpperCase(),
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(key ? { 'Idempotency-Key': key } : {}),
    },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const status = response.status;
  answered.set(route.operationId, (answered.get(route.operationId) ?? new Set()).add(status));
  const declared = document.paths[route.path]?.[route.method]?.responses[status];
  expect(
    declared,
    `${route.operationId} answered ${status}, which it does not declare`,
  ).toBeDefined();
  const text = await response.text();
  const type = response.headers.get('Content-Type') ?? '';
  const media = type.includes('csv') ? 'text/csv' : 'application/json';
  const json: unknown = text !== '' && media === 'application/json' ? JSON.parse(text) : text;
  if (text !== '') {
    const ref = `openapi.json#/${pointer('paths', route.path, route.method, 'responses', String(status), 'content', media, 'schema')}`;
    const validate = ajv.getSchema(ref);
    expect(validate, `${route.operationId} ${status} has no ${media} schema`).toBeDefined();
    const valid = validate?.(json);
    expect(valid ? [] : validate?.errors, `${route.operationId} ${status}`).toEqual([]);
  }
  return { status, json };
}

const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const withId = z.object({ id: z.string() });

async function read<T extends z.ZodType>(route: Route, schema: T, input?: Call) {
  const { json } = await call(route, input);
  return schema.parse(json);
}

const { session, clock, segmentControllers, licenses, cloudLicenses, activations } = contract;
const { transfers, devices, licenseFiles, notifications, partnerPortal, customerPortal } = contract;
const { fleet, simulation } = contract;

afterAll(() => requireSignIn(false));

describe('every operation, as the document declares it', () => {
  it(
    'answers each success with a declared status and a body the document describes',
    async () => {
      // CMS reads, then the commands on what they list.
      await call(session.get);
      expect((await call(session.signIn, { body: { role: 'Owner' } })).status).toBe(200);
      await call(clock.get);
      const controllers = (
        await read(
          segmentControllers.list,
          itemsOf(z.object({ id: z.string(), installCode: z.string() })),
        )
      ).items;
      const [controller] = controllers;
      const id = controller?.id ?? '';
      await call(segmentControllers.saveCustomerId, { params: { id }, body: { customerId: null } });
      const [license] = (await read(licenses.list, itemsOf(z.object({ licenseId: z.string() }))))
        .items;
      await call(licenses.updateNote, {
        params: { id: license?.licenseId ?? '' },
        body: { note: 'Paid by facilities' },
      });
      const waiting = (
        await read(
          cloudLicenses.list,
          itemsOf(
            z.object({ licenseId: z.string(), segmentControllerId: z.string(), kind: z.string() }),
          ),
        )
      ).items;
      await call(activations.list);
      const fileLicense = waiting.find((l) => l.kind === 'capacity') ?? waiting[0];
      const target = controllers.find((c) => c.id === fileLicense?.segmentControllerId);
      const issued = await read(licenseFiles.issue, z.object({ text: z.string() }), {
        body: { installCode: target?.installCode, licenseIds: [fileLicense?.licenseId] },
      });
      await call(licenseFiles.preview, { body: { text: issued.text, segmentControllerId: null } });
      const activated = await call(licenseFiles.activate, {
        body: { text: issued.text, segmentControllerId: fileLicense?.segmentControllerId },
        key: 'file-1',
      });
      expect(activated.status).toBe(200);
      const toActivate = waiting.find((l) => l.licenseId !== fileLicense?.licenseId);
      await call(activations.start, {
        body: {
          items: [
            {
              segmentControllerId: toActivate?.segmentControllerId,
              licenseId: toActivate?.licenseId,
            },
          ],
        },
        key: 'start-1',
      });
      await call(transfers.toCloud, {
        body: { licenseIds: [license?.licenseId] },
        key: 'transfer-1',
      });
      const deviceList = await read(
        devices.list,
        itemsOf(z.object({ id: z.string(), segmentControllerId: z.string(), state: z.string() })),
      );
      const blue = deviceList.items.find((device) => device.state === 'unprovisioned');
      await call(devices.provision, {
        body: { segmentControllerId: blue?.segmentControllerId ?? id, deviceIds: null },
      });
      await call(notifications.settings);
      await call(notifications.saveSettings, {
        body: { recipients: ['ops@example.com'], days: [30], notifyOnActivation: true },
      });
      await call(notifications.outbox);
      await call(clock.advance, { body: { days: 1 } });

      // The License Partner Portal.
      const [partner] = (await read(partnerPortal.partners, itemsOf(withId))).items;
      await call(partnerPortal.signIn, { body: { partnerId: partner?.id } });
      await call(partnerPortal.session);
      const inventory = await read(
        partnerPortal.inventory,
        z.object({
          myInventory: z.array(z.object({ licenseId: z.string() })),
          customerInventory: z.array(
            z.object({
              licenseId: z.string(),
              kind: z.string(),
              activatedOn: z.string().nullable(),
              supersededBy: z.string().nullable(),
            }),
          ),
        }),
      );
      await call(partnerPortal.customers);
      const customer = await read(partnerPortal.createCustomer, withId, {
        body: { name: 'P-Annex', contactEmails: ['facilities@annex.example'] },
        key: 'customer-1',
      });
      await call(partnerPortal.transfer, {
        body: { licenseIds: [inventory.myInventory[0]?.licenseId], customerId: customer.id },
        key: 'partner-transfer-1',
      });
      const maintenance = inventory.customerInventory.find(
        (l) => l.kind === 'maintenance' && l.activatedOn === null && l.supersededBy === null,
      );
      await call(partnerPortal.maintenanceFile, {
        body: { licenseId: maintenance?.licenseId, installCode: controller?.installCode },
      });
      await call(partnerPortal.signOut);

      // The License Customer Portal, signed in with a license waiting in the cloud.
      const capacity = (
        await read(
          cloudLicenses.list,
          itemsOf(z.object({ licenseId: z.string(), kind: z.string() })),
        )
      ).items.find((l) => l.kind === 'capacity');
      await call(customerPortal.signIn, { body: { eid: capacity?.licenseId } });
      await call(customerPortal.session);
      await call(customerPortal.licenses);
      await call(customerPortal.createCapacityFile, {
        body: { installCode: controller?.installCode, licenseIds: [capacity?.licenseId] },
      });
      await call(customerPortal.signOut);

      // The License Manager.
      await call(fleet.signIn, { body: { role: 'Manager' } });
      await call(fleet.session);
      const page = await read(
        fleet.sensorPage,
        z.object({ items: z.array(z.object({ serial: z.string() })) }),
        {
          query: { limit: '5' },
        },
      );
      const serial = page.items[0]?.serial ?? '';
      await call(fleet.exportSensors, { query: { status: 'unlicensed' } });
      await call(fleet.sensor, { params: { serial } });
      await call(fleet.overview);
      await call(fleet.licensesLeft);
      await call(fleet.redeem, { body: { code: VALID_ACTIVATION_CODE }, key: 'redeem-1' });
      await call(fleet.assign, { params: { serial }, body: { keyId: 'LK-3F9A-22C1' }, key: 'a-1' });
      const queued = await read(
        fleet.assign,
        z.object({ queue: z.array(z.object({ licenseId: z.string() })) }),
        { params: { serial }, body: { keyId: 'LK-3F9A-22C1' }, key: 'a-2' },
      );
      await call(fleet.removeQueued, {
        params: { serial, licenseId: queued.queue[0]?.licenseId ?? '' },
        key: 'r-1',
      });
      await call(fleet.setAutoRenewal, { params: { serial }, body: { on: false } });
      const recipients = await read(fleet.expiryRecipients, z.object({ users: z.array(withId) }));
      await call(fleet.setExpiryRecipients, { body: { recipientIds: [recipients.users[0]?.id] } });
      await call(fleet.signOut);

      // The simulation's controls, and signing out of the CMS.
      const { scenarios } = await read(
        simulation.get,
        z.object({ scenarios: z.array(z.object({ name: z.string() })) }),
      );
      await call(simulation.setFaults, {
        body: { latencyMs: 0, errorRate: 0, unreachable: false },
      });
      await call(simulation.setActivationPace, { body: { activationMsPerLicense: 0 } });
      await call(simulation.expireSessions);
      await call(simulation.reset, { body: { scenario: scenarios[0]?.name } });
      await call(session.signOut);

      const failed = allRoutes.filter((route) => {
        const statuses = answered.get(route.operationId);
        return !statuses || ![...statuses].includes(route.response.status);
      });
      expect(
        failed.map(
          (route) =>
            `${route.operationId}: ${[...(answered.get(route.operationId) ?? [])].join(', ')}`,
        ),
      ).toEqual([]);
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
