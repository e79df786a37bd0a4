import { cms, fleet, fleetBulk, history, lookup, support } from './commands';
import { VALID_ACTIVATION_CODE } from './fleet-seed';
import type { CloudModel } from './model';
import { SUPPORT_STAFF } from './seed';

/*
 * One call of every command of the cloud on the typical-site seed, for audit.test.ts: each write
 * with the id its audit event must name, each read to show it changes nothing. A new command
 * needs an entry here, so it cannot slip in unaudited.
 */

function found<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`The seed has no ${what}`);
  return value;
}

const controller = (model: CloudModel, name: string) =>
  found(
    model.listSegmentControllers().find((c) => c.name === name),
    name,
  );

const campusId = (model: CloudModel) =>
  found(
    model.state.customers.find((c) => c.name === 'P2022-0208'),
    'campus',
  ).id;

const partnerId = (model: CloudModel, name: string) =>
  found(
    model.listPartners().find((p) => p.name === name),
    name,
  ).id;

/** A campus license waiting in the cloud, the Plant Room ready to take it. */
function plantRoomWithWaitingLicense(model: CloudModel) {
  const plantRoom = controller(model, 'Plant Room');
  model.saveCustomerId(plantRoom.id, campusId(model));
  const license = found(
    model.listCloudLicenses().find((l) => l.kind === 'capacity'),
    'waiting capacity license',
  );
  return { plantRoom, licenseId: license.licenseId };
}

const INSTALL_CODE = 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE';

/** A campus license no segment controller has yet, read without changing anything. */
const waitingCampusLicense = (model: CloudModel) =>
  found(
    model.state.licenses.find(
      (l) =>
        l.customerId === campusId(model) &&
        l.kind === 'capacity' &&
        l.activation === null &&
        l.supersededBy === null,
    ),
    'waiting campus license',
  );

const issueForPlantRoom = (model: CloudModel) =>
  model.issueOfflineFile({
    installCode: controller(model, 'Plant Room').installCode,
    licenseIds: [waitingCampusLicense(model).id],
  });

/** CS-1: the seed's license administrator signs in to the Customer Success console. */
function asAdministrator(model: CloudModel): CloudModel {
  const administrator = found(
    SUPPORT_STAFF.find((s) => s.role === 'License administrator'),
    'license administrator',
  );
  model.run(support.signInSupport, administrator.id);
  return model;
}

const EVERY_SENSOR: Parameters<CloudModel['querySensors']>[0] = {
  search: '',
  status: null,
  location: null,
  sort: 'expiresAt',
  direction: 'asc',
};

const sensorWithQueue = (model: CloudModel) =>
  found(
    model.listSensors().find((s) => s.queue.length > 0),
    'sensor with a queued license',
  );

/** Returns the id the command's audit event must name. */
export const WRITES: Record<string, (model: CloudModel) => string | Promise<string>> = {
  'customer.createCapacityFile': async (model) => {
    const { id } = waitingCampusLicense(model);
    model.signInCustomer({ eid: id });
    await model.createCapacityFile({ installCode: INSTALL_CODE, licenseIds: [id] });
    return found(model.state.customerFiles.at(-1), 'issued file').id;
  },
  'clock.advance': (model) => (model.advanceClock({ days: 1 }), 'clock'),
  'cms.updateNote': (model) => {
    const { licenseId } = found(model.listActivatedLicenses()[0], 'activated license');
    model.updateNote(licenseId, 'Rack 3');
    return licenseId;
  },
  'cms.saveCustomerId': (model) => {
    const { id } = controller(model, 'Plant Room');
    model.saveCustomerId(id, campusId(model));
    return id;
  },
  'cms.startActivation': (model) => {
    const { plantRoom, licenseId } = plantRoomWithWaitingLicense(model);
    model.startActivation([{ segmentControllerId: plantRoom.id, licenseId }], null);
    return licenseId;
  },
  'cms.transferToCloud': (model) => {
    const { licenseId } = found(model.listActivatedLicenses()[0], 'activated license');
    model.transferToCloud([licenseId], null);
    return licenseId;
  },
  'cms.carryOutPlan': (model) => {
    const mainHall = controller(model, 'Main Hall');
    const waiting = found(
      model.listCloudLicenses().find((l) => l.segmentControllerIds.includes(mainHall.id)),
      'license waiting for Main Hall',
    );
    model.run(cms.carryOutCoveragePlan, {
      activate: [{ licenseId: waiting.licenseId, segmentControllerId: mainHall.id }],
      transfer: [],
      letExpire: [],
    });
    return waiting.licenseId;
  },
  'partner.updateCustomer': (model) => {
    model.signInPartner(partnerId(model, 'Northwind Controls'));
    const id = campusId(model);
    model.updateCustomer(id, { name: 'P2022-0208 Campus', contactEmails: ['ops@campus.example'] });
    return id;
  },
  'partner.deleteCustomer': (model) => {
    model.signInPartner(partnerId(model, 'Northwind Controls'));
    const created = model.createCustomer({ name: 'P-Annex', contactEmails: ['ops@annex.example'] });
    model.deleteCustomer(created.id);
    return created.id;
  },
  'partner.orderLicenses': (model) => {
    model.signInPartner(partnerId(model, 'Northwind Controls'));
    const { licenses } = model.orderLicenses({
      kind: 'capacity',
      deviceCount: 100,
      termYears: null,
      quantity: 1,
      purchaseOrder: 'PO-5001',
    });
    return found(licenses[0], 'ordered license').licenseId;
  },
  'cms.reimage': (model) => {
    const { id } = controller(model, 'Main Hall');
    model.reimage(id, '4.3');
    return id;
  },
  'cms.resetDatabases': (model) => {
    const { id } = controller(model, 'Main Hall');
    model.resetDatabases(id);
    return id;
  },
  'cms.restoreFactorySettings': (model) => {
    const { id } = controller(model, 'Main Hall');
    model.restoreFactorySettings(id);
    return id;
  },
  'cms.provisionDevices': (model) => {
    const device = found(
      model.listDevices().find((d) => d.state === 'unprovisioned'),
      'unprovisioned device',
    );
    model.provisionDevices(device.segmentControllerId, [device.id]);
    return device.id;
  },
  'files.activateOfflineFile': async (model) => {
    const { plantRoom, licenseId } = plantRoomWithWaitingLicense(model);
    const text = await model.issueOfflineFile({
      installCode: plantRoom.installCode,
      licenseIds: [licenseId],
    });
    await model.activateOfflineFile({ text, segmentControllerId: plantRoom.id }, null);
    return licenseId;
  },
  'notifications.saveSettings': (model) => {
    const body = { recipients: ['ops@example.com'], days: [30], notifyOnActivation: false };
    model.saveNotificationSettings(body);
    return 'notification-settings';
  },
  'partner.createCustomer': (model) => {
    model.signInPartner(partnerId(model, 'Northwind Controls'));
    return model.createCustomer({ name: 'P-Annex', contactEmails: ['ops@annex.example'] }).id;
  },
  'partner.transferToCustomer': (model) => {
    model.signInPartner(partnerId(model, 'Northwind Controls'));
    const license = found(model.partnerInventory().myInventory[0], 'license in My Inventory');
    const customer = found(model.partnerCustomers()[0], 'customer');
    model.transferToCustomer({ licenseIds: [license.licenseId], customerId: customer.id });
    return license.licenseId;
  },
  'fleet.redeemActivationCode': (model) => {
    model.redeemActivationCode(VALID_ACTIVATION_CODE);
    return VALID_ACTIVATION_CODE;
  },
  'fleet.addSensors': async (model) => {
    const body = { sensors: [{ serial: 'C0FFEE', name: 'Dock 99' }], location: 'Warehouse' };
    await model.run(fleet.addNewSensors, body);
    return 'C0FFEE';
  },
  'fleet.assignLicense': (model) => {
    const sensor = found(model.listSensors()[0], 'sensor');
    const key = found(
      model.licensesLeft().keys.find((k) => k.available > 0),
      'key with licenses left',
    );
    model.assignLicense(sensor.serial, key.id);
    return sensor.serial;
  },
  'fleet.removeQueued': (model) => {
    const sensor = sensorWithQueue(model);
    model.removeQueued(sensor.serial, found(sensor.queue[0], 'queued license').licenseId);
    return sensor.serial;
  },
  'fleet.setAutoRenewal': (model) => {
    const sensor = found(model.listSensors()[0], 'sensor');
    model.setAutoRenewal(sensor.serial, !sensor.autoRenewal);
    return sensor.serial;
  },
  'fleet.bulk': async (model) => {
    const sensor = found(model.listSensors()[0], 'sensor');
    const target = { kind: 'selected' as const, serials: [sensor.serial] };
    await model.run(fleetBulk.runBulkCommand, { action: { kind: 'removeQueued' }, target });
    return 'bulk:removeQueued';
  },
  'fleet.setExpiryRecipients': (model) => {
    model.setExpiryRecipients([found(model.expiryRecipients().users[0], 'fleet user').id]);
    return 'expiry-recipients';
  },
  'support.returnLicenses': async (model) => {
    const garage = controller(model, 'Parking Garage');
    const reference = 'RMA-1';
    await asAdministrator(model).run(support.returnToCloud, {
      segmentControllerId: garage.id,
      reference,
    });
    return garage.id;
  },
  'support.issueRemoteCms': async (model) => {
    const body = {
      customerId: campusId(model),
      segmentControllerLimit: 10,
      cmsName: 'cms.riverside.example',
      reference: 'CASE-1',
    };
    const license = await asAdministrator(model).run(support.remoteCms, body);
    return license.licenseId;
  },
};

/** Reads, and the session commands whose only change is a session (credentials, not audited). */
export const READS: Record<string, (model: CloudModel) => unknown> = {
  'cms.session': (model) => model.session(),
  'cms.signInAs': (model) => model.signInAs('Owner'),
  'cms.signOut': (model) => model.signOut(),
  'cms.expireSessions': (model) => model.expireSessions(),
  'clock.read': (model) => model.clock(),
  'cms.listSegmentControllers': (model) => model.listSegmentControllers(),
  'cms.listActivatedLicenses': (model) => model.listActivatedLicenses(),
  'cms.listDevices': (model) => model.listDevices(),
  'cms.listCloudLicenses': (model) => model.listCloudLicenses(),
  'cms.listActivationJobs': (model) => model.listActivationJobs(),
  'files.issueOfflineFile': issueForPlantRoom,
  'files.previewOfflineFile': async (model) =>
    model.previewOfflineFile(await issueForPlantRoom(model), controller(model, 'Plant Room').id),
  'notifications.settings': (model) => model.notificationSettings(),
  'notifications.outbox': (model) => model.listOutbox(),
  'partner.listPartners': (model) => model.listPartners(),
  'partner.session': (model) => model.partnerSession(),
  'partner.signIn': (model) => model.signInPartner(partnerId(model, 'Northwind Controls')),
  'partner.signOut': (model) => model.signOutPartner(),
  'partner.inventory': (model) => {
    model.signInPartner(partnerId(model, 'Northwind Controls'));
    return model.partnerInventory();
  },
  'partner.customers': (model) => {
    model.signInPartner(partnerId(model, 'Northwind Controls'));
    return model.partnerCustomers();
  },
  'partner.issueMaintenanceFile': (model) => {
    model.signInPartner(partnerId(model, 'Northwind Controls'));
    const license = found(
      model
        .partnerInventory()
        .customerInventory.find(
          (l) => l.kind === 'maintenance' && l.activatedOn === null && l.supersededBy === null,
        ),
      'customer maintenance license',
    );
    return model.issueMaintenanceFile({ licenseId: license.licenseId, installCode: INSTALL_CODE });
  },
  'customer.session': (model) => model.customerPortalSession(),
  'customer.signIn': (model) => model.signInCustomer({ eid: waitingCampusLicense(model).id }),
  'customer.signOut': (model) => model.signOutCustomer(),
  'customer.licenses': (model) => {
    model.signInCustomer({ eid: waitingCampusLicense(model).id });
    return model.customerLicenses();
  },
  'fleet.session': (model) => model.fleetSession(),
  'fleet.signInAs': (model) => model.signInFleetAs('Manager'),
  'fleet.signOut': (model) => model.signOutFleet(),
  'fleet.listSensors': (model) => model.listSensors(),
  'fleet.querySensors': (model) => model.querySensors(EVERY_SENSOR, 0, 10),
  'fleet.getSensor': (model) => model.getSensor(found(model.listSensors()[0], 'sensor').serial),
  'fleet.sensorHistory': (model) =>
    model.run(fleet.sensorHistory, {
      serial: found(model.listSensors()[0], 'sensor').serial,
      days: 90,
    }),
  'fleet.sensorTrail': (model) =>
    model.run(history.sensorTrail, found(model.listSensors()[0], 'sensor').serial),
  'fleet.overview': (model) => model.fleetOverview(),
  'fleet.forecast': (model) => model.run(fleet.forecast, undefined),
  'fleet.exportSensorsCsv': (model) => model.exportSensorsCsv(EVERY_SENSOR),
  'fleet.licensesLeft': (model) => model.licensesLeft(),
  'fleet.expiryRecipients': (model) => model.expiryRecipients(),
  'support.listStaff': (model) => model.run(support.staff, undefined),
  'lookup.find': (model) => model.run(lookup.find, 'Main'),
  'support.session': (model) => model.run(support.supportSession, undefined),
  'support.signIn': asAdministrator,
  'support.signOut': (model) => model.run(support.signOutSupport, undefined),
  'support.search': (model) => asAdministrator(model).run(support.find, 'garage'),
  'support.segmentController': (model) =>
    asAdministrator(model).run(support.segmentController, controller(model, 'Main Hall').id),
  'support.account': (model) => asAdministrator(model).run(support.account, campusId(model)),
  'support.issueMaintenanceFile': (model) => {
    const licenseId = found(
      model.state.licenses.find(
        (l) =>
          l.customerId === campusId(model) &&
          l.kind === 'maintenance' &&
          l.activation === null &&
          l.supersededBy === null,
      ),
      'waiting campus maintenance license',
    ).id;
    return asAdministrator(model).run(support.maintenanceFile, {
      licenseId,
      installCode: INSTALL_CODE,
    });
  },
  'cms.licenseHistory': (model) =>
    model.run(
      history.cmsLicenseHistory,
      found(model.listActivatedLicenses()[0], 'license').licenseId,
    ),
  'partner.licenseHistory': (model) => {
    model.signInPartner(waitingCampusLicense(model).partnerId);
    return model.run(history.partnerLicenseHistory, waitingCampusLicense(model).id);
  },
  'customer.licenseHistory': (model) => {
    model.signInCustomer({ eid: waitingCampusLicense(model).id });
    return model.run(history.customerLicenseHistory, waitingCampusLicense(model).id);
  },
  'support.licenseHistory': (model) =>
    asAdministrator(model).run(history.supportLicenseHistory, waitingCampusLicense(model).id),
  'partner.accountHistory': (model) => {
    model.signInPartner(waitingCampusLicense(model).partnerId);
    return model.run(history.partnerAccountHistory, campusId(model));
  },
  'support.accountHistory': (model) =>
    asAdministrator(model).run(history.supportAccountHistory, campusId(model)),
};
