import { expect } from 'vitest';
import { z } from 'zod/mini';
import { contract } from '@/api/contract';
import { VALID_ACTIVATION_CODE } from '../cloud/fleet-seed';
import type { OperationCaller } from './operation-caller';

const itemsOf = <T extends z.ZodMiniType>(item: T) => z.object({ items: z.array(item) });
const withId = z.object({ id: z.string() });

const { session, clock, segmentControllers, licenses, cloudLicenses, activations } = contract;
const { transfers, devices, licenseFiles, notifications, partnerPortal, customerPortal } = contract;
const { fleet, fleetBulk, simulation, customerSuccess, history, plans } = contract;

/**
 * Calls every operation of the contract with success, in an order the seed allows: the CMS reads
 * and commands, the License Partner Portal, the License Customer Portal, the Customer Success
 * console, the License Manager, and last the simulation's controls. Each app is signed in to through its own sign-in route.
 */
export async function callEveryOperation({ call, read }: Pick<OperationCaller, 'call' | 'read'>) {
  // Signing in to the CMS, its reads, then the commands on what they list.
  expect((await call(session.signIn, { body: { role: 'Owner' } })).status).toBe(200);
  await call(session.get);
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
  const activatedLicenses = (
    await read(
      licenses.list,
      itemsOf(
        z.object({
          licenseId: z.string(),
          segmentControllerId: z.nullable(z.string()),
          kind: z.string(),
        }),
      ),
    )
  ).items;
  const [license] = activatedLicenses;
  await call(licenses.updateNote, {
    params: { id: license?.licenseId ?? '' },
    body: { note: 'Paid by facilities' },
  });
  await call(history.cmsLicense, { params: { id: license?.licenseId ?? '' } });
  const waiting = (
    await read(
      cloudLicenses.list,
      itemsOf(
        z.object({
          licenseId: z.string(),
          segmentControllerIds: z.array(z.string()),
          kind: z.string(),
        }),
      ),
    )
  ).items;
  await call(activations.list);
  const fileLicense = waiting.find((l) => l.kind === 'capacity') ?? waiting[0];
  const fileTarget = fileLicense?.segmentControllerIds[0];
  const target = controllers.find((c) => c.id === fileTarget);
  const issued = await read(licenseFiles.issue, z.object({ text: z.string() }), {
    body: { installCode: target?.installCode, licenseIds: [fileLicense?.licenseId] },
  });
  await call(licenseFiles.preview, { body: { text: issued.text, segmentControllerId: null } });
  const activated = await call(licenseFiles.activate, {
    body: { text: issued.text, segmentControllerId: fileTarget },
    key: 'file-1',
  });
  expect(activated.status).toBe(200);
  const toActivate = waiting.find((l) => l.licenseId !== fileLicense?.licenseId);
  await call(activations.start, {
    body: {
      items: [
        {
          segmentControllerId: toActivate?.segmentControllerIds[0],
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
  // PL-1: a plan that sends another license of the same segment controller back.
  const planned = activatedLicenses.find(
    (l) =>
      l.licenseId !== license?.licenseId &&
      l.segmentControllerId === license?.segmentControllerId &&
      l.kind === 'maintenance',
  );
  await call(plans.carryOut, {
    body: { activate: [], transfer: [planned?.licenseId], letExpire: [] },
    key: 'plan-1',
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
  // The segment controller's life (SS-70): an older release is always allowed.
  await call(segmentControllers.reimage, { params: { id }, body: { softwareVersion: '4.0' } });
  await call(segmentControllers.resetDatabases, { params: { id } });
  await call(segmentControllers.restoreFactorySettings, { params: { id } });
  await call(clock.advance, { body: { days: 1 } });

  // The License Partner Portal.
  const [partner] = (await read(partnerPortal.partners, itemsOf(withId))).items;
  await call(partnerPortal.signIn, { body: { partnerId: partner?.id } });
  await call(partnerPortal.session);
  await call(partnerPortal.order, {
    body: {
      kind: 'maintenance',
      deviceCount: 50,
      termYears: 3,
      quantity: 2,
      purchaseOrder: 'PO-5001',
    },
    key: 'order-1',
  });
  const inventory = await read(
    partnerPortal.inventory,
    z.object({
      myInventory: z.array(z.object({ licenseId: z.string() })),
      customerInventory: z.array(
        z.object({
          licenseId: z.string(),
          kind: z.string(),
          activatedOn: z.nullable(z.string()),
          supersededBy: z.nullable(z.string()),
        }),
      ),
    }),
  );
  await call(partnerPortal.customers);
  const customer = await read(partnerPortal.createCustomer, withId, {
    body: { name: 'P-Annex', contactEmails: ['facilities@annex.example'] },
    key: 'customer-1',
  });
  await call(partnerPortal.updateCustomer, {
    params: { id: customer.id },
    body: { name: 'P-Annex West', contactEmails: ['facilities@annex.example'] },
  });
  const spare = await read(partnerPortal.createCustomer, withId, {
    body: { name: 'P-Spare', contactEmails: ['spare@annex.example'] },
    key: 'customer-2',
  });
  await call(partnerPortal.deleteCustomer, { params: { id: spare.id } });
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
  await call(history.partnerLicense, {
    params: { id: inventory.myInventory[0]?.licenseId ?? '' },
  });
  await call(history.partnerAccount, { params: { id: customer.id } });
  await call(partnerPortal.signOut);

  // The License Customer Portal, signed in with a license waiting in the cloud.
  const capacity = (
    await read(cloudLicenses.list, itemsOf(z.object({ licenseId: z.string(), kind: z.string() })))
  ).items.find((l) => l.kind === 'capacity');
  await call(customerPortal.signIn, { body: { eid: capacity?.licenseId } });
  await call(customerPortal.session);
  await call(customerPortal.licenses);
  await call(history.customerLicense, { params: { id: capacity?.licenseId ?? '' } });
  await call(customerPortal.createCapacityFile, {
    body: { installCode: controller?.installCode, licenseIds: [capacity?.licenseId] },
  });
  await call(customerPortal.signOut);

  // The Customer Success console, as its license administrator.
  const [administrator] = (await read(customerSuccess.staff, itemsOf(withId))).items;
  await call(customerSuccess.signIn, { body: { staffId: administrator?.id } });
  await call(customerSuccess.session);
  await call(customerSuccess.search, { query: { q: controller?.installCode ?? '' } });
  const withCapacity = (
    await read(
      licenses.list,
      itemsOf(z.object({ kind: z.string(), segmentControllerId: z.nullable(z.string()) })),
    )
  ).items.find((l) => l.kind === 'capacity');
  const failed = { id: withCapacity?.segmentControllerId ?? '' };
  await call(customerSuccess.segmentController, { params: failed });
  await call(customerSuccess.returnLicenses, {
    params: failed,
    body: { reference: 'RMA-20261205' },
    key: 'return-1',
  });
  await call(customerSuccess.account, { params: { id: customer.id } });
  await call(history.supportAccount, { params: { id: customer.id } });
  await call(history.supportLicense, { params: { id: capacity?.licenseId ?? '' } });
  await call(customerSuccess.remoteCms, {
    body: {
      customerId: customer.id,
      segmentControllerLimit: 10,
      cmsName: 'cms.annex.example',
      reference: 'CASE-7781',
    },
    key: 'remote-cms-1',
  });
  const maintenanceAgain = (
    await read(cloudLicenses.list, itemsOf(z.object({ licenseId: z.string(), kind: z.string() })))
  ).items.find((l) => l.kind === 'maintenance');
  await call(customerSuccess.maintenanceFile, {
    body: { licenseId: maintenanceAgain?.licenseId, installCode: controller?.installCode },
  });
  await call(customerSuccess.signOut);

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
  await call(fleet.sensorHistory, { params: { serial }, query: { days: '30' } });
  await call(history.fleetSensor, { params: { serial } });
  await call(fleet.overview);
  await call(fleet.forecast);
  await call(fleet.licensesLeft);
  await call(fleet.redeem, { body: { code: VALID_ACTIVATION_CODE }, key: 'redeem-1' });
  await call(fleet.addSensors, {
    body: { sensors: [{ serial: 'C0FFEE', name: 'Dock 99' }], location: 'Warehouse' },
    key: 'add-sensors-1',
  });
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
  await call(fleetBulk.run, {
    body: {
      action: { kind: 'autoRenewal', on: true },
      target: { kind: 'selected', serials: [serial] },
    },
    key: 'bulk-1',
  });
  const recipients = await read(fleet.expiryRecipients, z.object({ users: z.array(withId) }));
  await call(fleet.setExpiryRecipients, { body: { recipientIds: [recipients.users[0]?.id] } });
  await call(fleet.signOut);

  // AU-2: the lookup, in whatever apps the caller is still signed in to (the CMS here).
  await call(contract.lookup.lookup, { query: { q: 'Main' } });

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
}
