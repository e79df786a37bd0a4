import { describe, expect, it } from 'vitest';
import { buildersFor, found } from '@tests/builders';
import { history } from './commands';
import { CloudError } from './errors';
import { CloudModel } from './model';
import { seedTypicalSite } from './seed';
import { seedLongHistory } from './seed-long-history';

/**
 * AU-1: a partner's capacity license goes to a new customer under a new ID, is activated on Plant
 * Room, sent back to the cloud, and activated on Main Hall; one refusal on the way.
 */
function travelledLicense() {
  const state = seedTypicalSite();
  buildersFor(state).the.cloud().activationTakes(0);
  const model = new CloudModel(state, () => Date.UTC(2026, 10, 23, 9, 30));
  const northwind = found(
    model.listPartners().find((p) => p.name === 'Northwind Controls'),
    'Northwind',
  );
  model.signInPartner(northwind.id);
  const original = found(
    model
      .partnerInventory()
      .myInventory.find((l) => l.purchaseOrder === 'PO-4502' && l.kind === 'capacity'),
    'PO-4502 capacity license',
  ).licenseId;
  const annex = model.createCustomer({ name: 'P-Annex', contactEmails: ['ops@annex.example'] });
  const successor = model.transferToCustomer({ licenseIds: [original], customerId: annex.id })
    .transfers[0]?.toLicenseId;
  if (!successor) throw new Error('no successor');
  const controller = (name: string) =>
    found(
      model.listSegmentControllers().find((c) => c.name === name),
      name,
    );
  const [plantRoom, mainHall] = [controller('Plant Room'), controller('Main Hall')];
  model.signInAs('Owner');
  const activateOn = (segmentControllerId: string) => {
    model.saveCustomerId(segmentControllerId, annex.id);
    model.startActivation([{ licenseId: successor, segmentControllerId }], null);
    model.listActivationJobs();
  };
  activateOn(plantRoom.id);
  model.signInAs('User');
  expect(() => model.transferToCloud([successor], null)).toThrow(CloudError);
  model.signInAs('Owner');
  model.transferToCloud([successor], null);
  activateOn(mainHall.id);
  return { model, northwind, original, successor, annex };
}

const story = async (model: CloudModel, licenseId: string) =>
  await model.run(history.cmsLicenseHistory, licenseId);

describe('a license History across its IDs (AU-1)', async () => {
  it('tells the whole story in order, with who did what and where, from the old or the new ID', async () => {
    const { model, original, successor } = travelledLicense();
    const fromNew = await story(model, successor);
    expect(fromNew.lineage).toEqual([original, successor]);
    expect(
      fromNew.items.map((e) => [e.kind, e.actor?.name ?? null, e.where, e.refusal?.code ?? null]),
    ).toEqual([
      ['purchased', 'Northwind Controls', null, null],
      ['transferredToCustomer', 'Northwind Controls', 'P-Annex', null],
      ['activationStarted', 'Olivia Brandt', 'Plant Room', null],
      ['activated', 'Olivia Brandt', 'Plant Room', null],
      ['transferredToCloud', 'Tom Becker', null, 'owner_only'],
      ['transferredToCloud', 'Olivia Brandt', 'Plant Room', null],
      ['activationStarted', 'Olivia Brandt', 'Main Hall', null],
      ['activated', 'Olivia Brandt', 'Main Hall', null],
    ]);
    expect(await story(model, original)).toEqual(fromNew);
  });

  it('names the IDs of a transfer and the values before and after', async () => {
    const { model, original, successor } = travelledLicense();
    const items = (await story(model, successor)).items;
    const transfer = found(
      items.find((e) => e.kind === 'transferredToCustomer'),
      'transfer',
    );
    expect(transfer).toMatchObject({ licenseId: original, relatedLicenseId: successor });
    expect(transfer.changes).toContainEqual({ field: 'successor', before: null, after: successor });
    const back = found(
      items.find((e) => e.kind === 'transferredToCloud' && !e.refusal),
      'return',
    );
    expect(back.changes).toContainEqual({
      field: 'segmentController',
      before: 'Plant Room',
      after: null,
    });
    expect(items[0]).toMatchObject({ kind: 'purchased', reference: 'PO-4502', at: null });
  });

  it('is open to each app that may see the license, and 404 to one that may not', async () => {
    const { model, northwind, original, successor, annex } = travelledLicense();
    const expected = (await story(model, successor)).items;
    expect((await model.run(history.partnerLicenseHistory, original)).items).toEqual(expected);
    model.signInCustomer({ eid: successor });
    expect((await model.run(history.customerLicenseHistory, original)).items).toEqual(expected);
    const helios = found(
      model.listPartners().find((p) => p.id !== northwind.id),
      'other partner',
    );
    model.signInPartner(helios.id);
    await expect(async () => model.run(history.partnerLicenseHistory, successor)).rejects.toThrow(
      expect.objectContaining({ status: 404, code: 'license_not_found' }),
    );
    model.signInPartner(northwind.id);
    const account = (await model.run(history.partnerAccountHistory, annex.id)).items;
    expect(account.map((e) => e.command)).toContain('partner.createCustomer');
    expect(account.map((e) => e.command)).toContain('cms.activateLicense');
  });

  it('adds the maintenance expiry once it has passed', async () => {
    const model = new CloudModel(seedTypicalSite());
    const expired = found(
      model
        .listActivatedLicenses()
        .find((l) => l.expiryDate !== null && l.expiryDate < '2026-11-23'),
      'expired license',
    );
    const items = (await story(model, expired.licenseId)).items;
    expect(items.at(-1)).toMatchObject({ kind: 'expired', day: expired.expiryDate, actor: null });
  });
});

describe('AU-1: the long-history scenario, on which the History’s opening time is measured', () => {
  it('gives one license 1,000 events in order, the refused ones among them', async () => {
    const model = new CloudModel(seedLongHistory(), () => Date.UTC(2026, 10, 23, 9, 30));
    const license = found(model.listActivatedLicenses()[0], 'activated license');
    const { items } = await model.run(history.cmsLicenseHistory, license.licenseId);
    const noteEvents = items.filter((e) => e.kind === 'noteChanged');
    expect(noteEvents).toHaveLength(1_000);
    expect(noteEvents.filter((e) => e.refusal !== null)).toHaveLength(100);
    expect(items.map((e) => e.day)).toEqual(items.map((e) => e.day).sort());
    expect(license.note).toBe('Rack 999');
  });
});
