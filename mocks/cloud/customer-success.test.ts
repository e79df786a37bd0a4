import { describe, expect, it } from 'vitest';
import { caseReferenceSchema } from '@/api/contract/customer-success';
import { asyncRefusal, refusal } from '@tests/cloud-refusal';
import { support } from './commands';
import { CloudModel } from './model';
import { seedCustomerSuccess, seedTypicalSite, SUPPORT_STAFF } from './seed';

const staffWith = (role: string) => SUPPORT_STAFF.find((s) => s.role === role)?.id ?? '';

function setup(seed = seedCustomerSuccess) {
  const model = new CloudModel(seed(), () => 0);
  const byName = (name: string) => {
    const controller = model.listSegmentControllers().find((c) => c.name === name);
    if (!controller) throw new Error(name);
    return controller;
  };
  const signIn = (role = 'License administrator') =>
    model.run(support.signInSupport, staffWith(role));
  return { model, byName, signIn };
}

describe('CS-1: only a license administrator may use the Customer Success console', () => {
  it('refuses a caller who is not signed in to it, also a CMS Owner', async () => {
    const { model } = setup();
    model.signInAs('Owner');
    const refused = await asyncRefusal(async () => model.run(support.find, 'garage'));
    expect(refused).toMatchObject({ status: 401, code: 'support_not_signed_in' });
  });

  it('refuses a support agent with the reason, and lets the administrator in', async () => {
    const { model, signIn } = setup();
    signIn('Support agent');
    const refused = await asyncRefusal(async () => model.run(support.find, 'garage'));
    expect(refused.status).toBe(403);
    expect(refused.code).toBe('license_administrator_only');
    expect(refused.message).toContain('signed in as Support agent');
    signIn();
    const found = await model.run(support.find, 'garage');
    expect(found.segmentControllers.items.map((c) => c.name)).toContain('Parking Garage');
  });
});

describe('CS-1: one search box', () => {
  it('finds a segment controller by install code typed with spaces and in lower case', async () => {
    const { model, byName, signIn } = setup();
    signIn();
    const garage = byName('Parking Garage');
    const typed = garage.installCode.toLowerCase().replaceAll('-', ' ');
    const found = await model.run(support.find, typed);
    expect(found.segmentControllers.items).toEqual([
      expect.objectContaining({ id: garage.id, online: false, customerName: 'P2022-0208' }),
    ]);
  });

  it('finds a replaced License ID together with its successor', async () => {
    const { model, signIn } = setup();
    signIn();
    const original = model.state.licenses.find((l) => l.supersededBy !== null);
    const found = await model.run(support.find, original?.id ?? '');
    expect(found.licenses.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ licenseId: original?.id, status: 'replaced' }),
        expect.objectContaining({ licenseId: original?.supersededBy, replaces: original?.id }),
      ]),
    );
  });

  it('finds an account by Customer ID or name, a purchase by PO without its hyphen, a partner with its accounts', async () => {
    const { model, signIn } = setup();
    signIn();
    const campus = model.state.customers.find((c) => c.name === 'P2022-0208');
    expect((await model.run(support.find, campus?.id ?? '')).accounts.items).toEqual([
      expect.objectContaining({ name: 'P2022-0208', partnerName: 'Northwind Controls' }),
    ]);
    expect((await model.run(support.find, 'harbor')).accounts.items).toHaveLength(1);
    const po = await model.run(support.find, 'po4502');
    expect(po.purchases.items).toEqual([
      { purchaseOrder: 'PO-4502', partnerName: 'Northwind Controls', licenseCount: 5 },
    ]);
    expect(po.licenses.total).toBe(5);
    const helios = await model.run(support.find, 'Helios');
    expect(helios.partners.items).toEqual([
      expect.objectContaining({ name: 'Helios Integration', accountCount: 1 }),
    ]);
    expect(helios.accounts.items.map((a) => a.name)).toEqual(['Harbor Logistics']);
  });

  it('answers an unknown install code with nothing found in every group', async () => {
    const { model, signIn } = setup();
    signIn();
    const found = await model.run(support.find, 'ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ');
    expect(Object.values(found).map((group) => group.total)).toEqual([0, 0, 0, 0, 0]);
    const punctuation = await model.run(support.find, '--');
    expect(Object.values(punctuation).map((group) => group.total)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('CS-2: RMA — licenses returned on behalf of a failed segment controller', () => {
  it('returns capacity and maintenance licenses of an offline controller with the clock running on', async () => {
    const { model, byName, signIn } = setup();
    signIn();
    const garage = byName('Parking Garage');
    const before = model.listActivatedLicenses().filter((l) => l.segmentControllerId === garage.id);
    const maintenanceExpiry = before.find((l) => l.kind === 'maintenance')?.expiryDate;
    expect(garage.online).toBe(false);
    expect(maintenanceExpiry).toBe('2028-05-19');

    const after = await model.run(support.returnToCloud, {
      segmentControllerId: garage.id,
      reference: '  RMA-88231 ',
    });

    expect(after.licenses).toEqual([]);
    expect(after.licensesReturned).toEqual({
      reference: 'RMA-88231',
      date: model.clock().today,
      licenseIds: before.map((l) => l.licenseId),
    });
    expect(byName('Parking Garage').licensesReturned?.reference).toBe('RMA-88231');
    expect(byName('Parking Garage').devices).toEqual({
      provisioned: 0,
      unprovisioned: 0,
      unlicensed: 12,
    });
    const waiting = model
      .listCloudLicenses()
      .filter((l) => before.some((b) => b.licenseId === l.licenseId));
    expect(waiting).toHaveLength(2);
    expect(waiting.find((l) => l.kind === 'maintenance')?.expiryDateIfActivatedToday).toBe(
      maintenanceExpiry,
    );
  });

  it('lets the replacement that saves the same Customer ID activate them, with the same expiry', async () => {
    const { model, byName, signIn } = setup();
    signIn();
    const garage = byName('Parking Garage');
    await model.run(support.returnToCloud, { segmentControllerId: garage.id, reference: 'RMA-1' });
    const replacement = byName('Parking Garage (replacement)');
    model.saveCustomerId(replacement.id, garage.customerId);
    const returned = model
      .listCloudLicenses()
      .filter((l) => l.segmentControllerIds.includes(replacement.id))
      .filter((l) => l.transferDate === model.clock().today);
    model.startActivation(
      returned.map((l) => ({ segmentControllerId: replacement.id, licenseId: l.licenseId })),
      null,
    );
    const onReplacement = model
      .listActivatedLicenses()
      .filter((l) => l.segmentControllerId === replacement.id);
    expect(onReplacement.map((l) => l.kind).sort()).toEqual(['capacity', 'maintenance']);
    expect(onReplacement.find((l) => l.kind === 'maintenance')?.expiryDate).toBe('2028-05-19');
  });

  it('refuses a second return with nothing left, and replays a retried one once', async () => {
    const { model, byName, signIn } = setup();
    signIn();
    const input = { segmentControllerId: byName('Parking Garage').id, reference: 'RMA-2' };
    const first = await model.run(support.returnToCloud, input, 'key-1');
    expect(await model.run(support.returnToCloud, input, 'key-1')).toEqual(first);
    const refused = await asyncRefusal(async () =>
      model.run(support.returnToCloud, input, 'key-2'),
    );
    expect(refused).toMatchObject({ status: 409, code: 'nothing_to_return' });
  });

  it('requires the RMA or case number', () => {
    const empty = caseReferenceSchema.safeParse('   ');
    expect(empty.error?.issues[0]?.message).toBe('Enter the RMA or case number.');
  });
});

describe('CS-3, SS-74: a Remote CMS license', () => {
  it('is transferred and activated at once, and listed on the CMS itself for one year', async () => {
    const { model, signIn } = setup(seedTypicalSite);
    signIn();
    const campus = model.state.customers.find((c) => c.name === 'P2022-0208');
    const license = await model.run(support.remoteCms, {
      customerId: campus?.id ?? '',
      segmentControllerLimit: 10,
      cmsName: 'cms.riverside.example',
      reference: 'CASE-4410',
    });
    expect(license).toMatchObject({
      kind: 'remote-cms',
      status: 'activated',
      segmentControllerLimit: 10,
      activatedOnName: 'cms.riverside.example',
      expiryDate: '2027-11-22',
    });
    expect(model.listActivatedLicenses()).toContainEqual(
      expect.objectContaining({
        licenseId: license.licenseId,
        segmentControllerId: null,
        segmentControllerLimit: 10,
        expiryDate: '2027-11-22',
      }),
    );
    const refused = refusal(() => model.transferToCloud([license.licenseId], null));
    expect(refused).toMatchObject({ status: 422, code: 'not_transferable' });
  });

  it('refuses a size it is not sold in, at the field, and an unknown account', async () => {
    const { model, signIn } = setup(seedTypicalSite);
    signIn();
    const campus = model.state.customers.find((c) => c.name === 'P2022-0208');
    const body = {
      customerId: campus?.id ?? '',
      segmentControllerLimit: 7,
      cmsName: 'cms',
      reference: 'CASE-1',
    };
    const size = await asyncRefusal(async () => model.run(support.remoteCms, body));
    expect(size.details).toMatchObject({ fields: { segmentControllerLimit: expect.any(String) } });
    const unknown = await asyncRefusal(async () =>
      model.run(support.remoteCms, {
        ...body,
        segmentControllerLimit: 10,
        customerId: '00000000-0000-4000-8000-000000000000',
      }),
    );
    expect(unknown).toMatchObject({ status: 404, code: 'customer_not_found' });
    expect(model.state.licenses.some((l) => l.kind === 'remote-cms')).toBe(false);
  });
});

describe('CS-4: an offline maintenance file for an install code', () => {
  it('is issued for any account’s maintenance license, and refused for a capacity license', async () => {
    const { model, byName, signIn } = setup();
    signIn();
    const waiting = (kind: string) =>
      model.state.licenses.find(
        (l) => l.kind === kind && l.customerId !== null && !l.activation && !l.supersededBy,
      )?.id ?? '';
    const installCode = byName('Parking Garage (replacement)').installCode;
    const file = await model.run(support.maintenanceFile, {
      licenseId: waiting('maintenance'),
      installCode,
    });
    expect(file.fileName).toBe(`maintenance-${waiting('maintenance')}-${installCode}.lic`);
    const refused = await asyncRefusal(async () =>
      model.run(support.maintenanceFile, { licenseId: waiting('capacity'), installCode }),
    );
    expect(refused).toMatchObject({ status: 409, code: 'not_maintenance' });
  });
});
