import { beforeEach, describe, expect, it } from 'vitest';
import { readOfflineFile } from './license-files';
import { CloudModel } from './model';
import { seedTypicalSite } from './seed';
import { asyncRefusal, refusal } from '@tests/cloud-refusal';

const INSTALL_CODE = 'ABCDE-FGHIJ-KLMNO-PQRST-UVW23';

let model: CloudModel;

function partnerId(name: string) {
  const partner = model.state.partners.find((p) => p.name === name);
  if (!partner) throw new Error(`No partner ${name}`);
  return partner.id;
}

function customerId(name: string) {
  const customer = model.state.customers.find((c) => c.name === name);
  if (!customer) throw new Error(`No customer ${name}`);
  return customer.id;
}

/** Northwind's licenses still in My Inventory from PO-4502, by description. */
function po4502(kind: 'capacity' | 'maintenance' | 'core') {
  return model
    .partnerInventory()
    .myInventory.filter((l) => l.purchaseOrder === 'PO-4502' && l.kind === kind);
}

beforeEach(() => {
  model = new CloudModel(seedTypicalSite());
});

describe('partner sign-in (PP-1)', () => {
  it('lists the seeded partners and signs in and out', () => {
    expect(model.listPartners().map((p) => p.name)).toEqual([
      'Northwind Controls',
      'Helios Integration',
    ]);
    expect(model.partnerSession()).toEqual({ partner: null });
    const northwind = partnerId('Northwind Controls');
    expect(model.signInPartner(northwind).partner?.name).toBe('Northwind Controls');
    expect(model.partnerSession().partner?.id).toBe(northwind);
    model.signOutPartner();
    expect(model.partnerSession().partner).toBeNull();
  });

  it('refuses an unknown partner', () => {
    const error = refusal(() => model.signInPartner('0b6f3a52-9d1e-4c1f-8a2b-3c4d5e6f7a8b'));
    expect([error.status, error.code]).toEqual([404, 'partner_not_found']);
  });

  it('answers 401 partner_not_signed_in to every partner call without a session', async () => {
    const calls = [
      () => model.partnerInventory(),
      () => model.partnerCustomers(),
      () => model.createCustomer({ name: 'X', contactEmails: ['a@b.example'] }),
      () => model.transferToCustomer({ licenseIds: [], customerId: customerId('P-Building 1') }),
    ];
    for (const call of calls) {
      const error = refusal(call);
      expect([error.status, error.code]).toEqual([401, 'partner_not_signed_in']);
    }
    const file = await asyncRefusal(() =>
      model.issueMaintenanceFile({
        licenseId: model.state.licenses[0]?.id ?? '',
        installCode: INSTALL_CODE,
      }),
    );
    expect([file.status, file.code]).toEqual([401, 'partner_not_signed_in']);
  });
});

describe('inventory (PP-1, PP-5)', () => {
  it('shows Northwind what it holds and what went to its customers, with lineage', () => {
    model.signInPartner(partnerId('Northwind Controls'));
    const { myInventory, customerInventory } = model.partnerInventory();
    expect(myInventory.map((l) => l.purchaseOrder)).toEqual([
      'PO-4502',
      'PO-4502',
      'PO-4502',
      'PO-4502',
      'PO-4502',
    ]);
    const original = customerInventory.find((l) => l.supersededBy !== null);
    expect(original).toMatchObject({ customerName: 'P2022-0208', transferDate: '2026-11-02' });
    const successor = customerInventory.find((l) => l.licenseId === original?.supersededBy);
    expect(successor).toMatchObject({ customerName: 'P2022-0208', supersededBy: null });
    const onMainHall = customerInventory.filter((l) => l.activatedOn === 'Main Hall');
    expect(onMainHall).toHaveLength(4);
    expect(customerInventory.some((l) => l.activatedOn === 'Plant Room')).toBe(true);
    expect(customerInventory.every((l) => l.customerName !== 'Harbor Logistics')).toBe(true);
  });

  it('says where each customer license is, how it stands and when it expires (PP-10)', () => {
    model.signInPartner(partnerId('Northwind Controls'));
    const { customerInventory } = model.partnerInventory();
    const original = customerInventory.find((l) => l.supersededBy !== null);
    expect(original).toMatchObject({ status: 'replaced', activatedOnInstallCode: null });
    const successor = customerInventory.find((l) => l.licenseId === original?.supersededBy);
    expect(successor).toMatchObject({ status: 'in-cloud', expiryDate: null });
    const plantRoom = customerInventory.filter((l) => l.activatedOn === 'Plant Room');
    expect(plantRoom.map((l) => [l.kind, l.status, l.expiryDate])).toEqual([
      ['core', 'active', null],
      ['capacity', 'active', null],
      ['maintenance', 'expiring', '2026-12-14'],
    ]);
    expect(new Set(plantRoom.map((l) => l.activatedOnInstallCode))).toEqual(
      new Set(['TUT3I-ZVYZ5-LDGMF-K2CTP-6P7JL']),
    );
    const garage = customerInventory.filter((l) => l.activatedOn === 'Parking Garage');
    expect(garage.map((l) => l.status)).toEqual(['active', 'expired']);
  });

  it('shows Helios only its own licenses', () => {
    model.signInPartner(partnerId('Helios Integration'));
    const { myInventory, customerInventory } = model.partnerInventory();
    expect(myInventory.map((l) => l.purchaseOrder)).toEqual(['HI-2026-118', 'HI-2026-118']);
    expect(customerInventory.map((l) => l.customerName)).toEqual(['Harbor Logistics']);
    expect(model.partnerCustomers().map((c) => c.name)).toEqual(['Harbor Logistics']);
  });
});

describe('customers (PP-2)', () => {
  beforeEach(() => {
    model.signInPartner(partnerId('Northwind Controls'));
  });

  it('creates a customer with a generated lowercase UUID and trimmed name', () => {
    const created = model.createCustomer({
      name: '  P-Annex ',
      contactEmails: ['ops@annex.example', 'facilities@annex.example'],
    });
    expect(created.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(created.name).toBe('P-Annex');
    expect(model.partnerCustomers().map((c) => c.name)).toEqual([
      'P-Annex',
      'P-Building 1',
      'P2022-0208',
    ]);
  });

  it('refuses a name the partner already uses, trimmed and case-insensitive (409)', () => {
    const error = refusal(() =>
      model.createCustomer({ name: ' p-building 1 ', contactEmails: ['a@b.example'] }),
    );
    expect([error.status, error.code]).toEqual([409, 'customer_name_taken']);
    expect(error.details).toEqual({ fields: { name: expect.stringContaining('already') } });
  });

  it('allows a name another partner uses', () => {
    expect(
      model.createCustomer({ name: 'Harbor Logistics', contactEmails: ['a@b.example'] }).name,
    ).toBe('Harbor Logistics');
  });

  it('needs 1–10 valid e-mails and a name', () => {
    const cases = [
      { name: 'A', contactEmails: [] },
      { name: 'A', contactEmails: ['not-an-email'] },
      { name: 'A', contactEmails: Array.from({ length: 11 }, (_, i) => `u${i}@x.example`) },
      { name: '   ', contactEmails: ['a@b.example'] },
    ];
    for (const body of cases) {
      const error = refusal(() => model.createCustomer(body));
      expect([error.status, error.code]).toEqual([400, 'validation_failed']);
    }
    expect(
      model.createCustomer({
        name: 'Ten',
        contactEmails: Array.from({ length: 10 }, (_, i) => `u${i}@x.example`),
      }).contactEmails,
    ).toHaveLength(10);
  });
});

describe('transfer to a customer (PP-4, PP-5, PP-6)', () => {
  beforeEach(() => {
    model.signInPartner(partnerId('Northwind Controls'));
  });

  it('gives each license a new ID and freezes the original with its successor', () => {
    const [a, b] = po4502('capacity');
    const target = customerId('P-Building 1');
    const result = model.transferToCustomer({
      licenseIds: [a?.licenseId ?? '', b?.licenseId ?? ''],
      customerId: target,
    });
    expect(result.transferDate).toBe('2026-11-23');
    expect(result.transfers).toHaveLength(2);
    for (const { fromLicenseId, toLicenseId } of result.transfers) {
      expect(toLicenseId).not.toBe(fromLicenseId);
      const original = model.state.licenses.find((l) => l.id === fromLicenseId);
      const successor = model.state.licenses.find((l) => l.id === toLicenseId);
      expect(original).toMatchObject({ supersededBy: toLicenseId, customerId: null });
      expect(successor).toMatchObject({
        customerId: target,
        transferDate: '2026-11-23',
        supersededBy: null,
        kind: 'capacity',
        deviceCount: 50,
        purchaseOrder: 'PO-4502',
      });
    }
    const inventory = model.partnerInventory();
    expect(po4502('capacity')).toHaveLength(0);
    const lineage = inventory.customerInventory.filter((l) => l.customerName === 'P-Building 1');
    expect(lineage.filter((l) => l.supersededBy !== null)).toHaveLength(2);
    expect(lineage.filter((l) => l.transferDate === '2026-11-23')).toHaveLength(4);

    // PP-5: the original cannot be transferred again.
    const again = refusal(() =>
      model.transferToCustomer({ licenseIds: [a?.licenseId ?? ''], customerId: target }),
    );
    expect([again.status, again.code]).toEqual([409, 'license_superseded']);

    // PP-6: the new IDs are downloadable where that Customer ID is saved; the originals are not.
    model.saveCustomerId(
      model.state.segmentControllers.find((c) => c.name === 'Plant Room')?.id ?? '',
      target,
    );
    const downloadable = model.listCloudLicenses().map((l) => l.licenseId);
    for (const { fromLicenseId, toLicenseId } of result.transfers) {
      expect(downloadable).toContain(toLicenseId);
      expect(downloadable).not.toContain(fromLicenseId);
    }
  });

  it('transfers nothing when one license is refused', () => {
    const [a] = po4502('capacity');
    const supersededSeed = model.state.licenses.find((l) => l.supersededBy !== null);
    const count = model.state.licenses.length;
    const error = refusal(() =>
      model.transferToCustomer({
        licenseIds: [a?.licenseId ?? '', supersededSeed?.id ?? ''],
        customerId: customerId('P-Building 1'),
      }),
    );
    expect(error.code).toBe('license_superseded');
    expect(model.state.licenses).toHaveLength(count);
    expect(po4502('capacity')).toHaveLength(2);
  });

  it('refuses licenses and customers of another partner, unknown ones, and licenses with a customer', () => {
    const [a] = po4502('capacity');
    const helios = model.state.licenses.find(
      (l) => l.purchaseOrder === 'HI-2026-118' && l.kind === 'capacity',
    );
    const cases: [string[], string, number, string][] = [
      [[helios?.id ?? ''], customerId('P-Building 1'), 403, 'license_not_yours'],
      [
        ['0b6f3a52-9d1e-4c1f-8a2b-3c4d5e6f7a8b'],
        customerId('P-Building 1'),
        404,
        'license_not_found',
      ],
      [[a?.licenseId ?? ''], customerId('Harbor Logistics'), 403, 'customer_not_yours'],
      [[a?.licenseId ?? ''], '0b6f3a52-9d1e-4c1f-8a2b-3c4d5e6f7a8b', 404, 'customer_not_found'],
    ];
    for (const [licenseIds, customer, status, code] of cases) {
      const error = refusal(() => model.transferToCustomer({ licenseIds, customerId: customer }));
      expect([error.status, error.code]).toEqual([status, code]);
    }
    const withCustomer = model
      .partnerInventory()
      .customerInventory.find((l) => l.supersededBy === null && l.activatedOn === null);
    const held = refusal(() =>
      model.transferToCustomer({
        licenseIds: [withCustomer?.licenseId ?? ''],
        customerId: customerId('P-Building 1'),
      }),
    );
    expect([held.status, held.code]).toEqual([409, 'license_not_in_inventory']);
  });

  it('applies a replayed Idempotency-Key once', () => {
    const [a] = po4502('capacity');
    const request = { licenseIds: [a?.licenseId ?? ''], customerId: customerId('P-Building 1') };
    const first = model.transferToCustomer(request, 'key-1');
    expect(model.transferToCustomer(request, 'key-1')).toEqual(first);
  });
});

describe('maintenance file (PP-7)', () => {
  beforeEach(() => {
    model.signInPartner(partnerId('Northwind Controls'));
  });

  const customerMaintenance = () =>
    model
      .partnerInventory()
      .customerInventory.find(
        (l) => l.kind === 'maintenance' && l.activatedOn === null && l.supersededBy === null,
      );

  it('issues a signed file for a customer maintenance license', async () => {
    const license = customerMaintenance();
    const file = await model.issueMaintenanceFile({
      licenseId: license?.licenseId ?? '',
      installCode: INSTALL_CODE,
    });
    expect(file.fileName).toBe(`maintenance-${license?.licenseId}-${INSTALL_CODE}.lic`);
    const parsed = await readOfflineFile(file.text);
    expect(parsed.payload).toMatchObject({
      installCode: INSTALL_CODE,
      licenses: [{ licenseId: license?.licenseId, kind: 'maintenance' }],
    });
  });

  it('refuses a capacity license, one in My Inventory, another partner’s and a bad install code', async () => {
    const capacity = model
      .partnerInventory()
      .customerInventory.find((l) => l.kind === 'capacity' && l.supersededBy === null);
    const [mine] = po4502('maintenance');
    const helios = model.state.licenses.find(
      (l) => l.purchaseOrder === 'HI-2026-118' && l.kind === 'maintenance',
    );
    const cases: [string, string, number, string][] = [
      [capacity?.licenseId ?? '', INSTALL_CODE, 409, 'not_maintenance'],
      [mine?.licenseId ?? '', INSTALL_CODE, 409, 'not_customer_license'],
      [helios?.id ?? '', INSTALL_CODE, 403, 'license_not_yours'],
      [customerMaintenance()?.licenseId ?? '', 'abc', 400, 'invalid_install_code'],
    ];
    for (const [licenseId, installCode, status, code] of cases) {
      const error = await asyncRefusal(() =>
        model.issueMaintenanceFile({ licenseId, installCode }),
      );
      expect([error.status, error.code]).toEqual([status, code]);
    }
  });
});

describe('order licenses (PP-9)', () => {
  beforeEach(() => {
    model.signInPartner(partnerId('Northwind Controls'));
  });
  const order = {
    kind: 'maintenance',
    deviceCount: 50,
    termYears: 3,
    quantity: 2,
    purchaseOrder: ' PO-5001 ',
  } as const;

  it('puts the ordered licenses in My Inventory with today’s purchase date', () => {
    const { licenses } = model.orderLicenses(order);
    expect(licenses).toHaveLength(2);
    const mine = model.partnerInventory().myInventory.filter((l) => l.purchaseOrder === 'PO-5001');
    expect(mine).toEqual(licenses);
    for (const license of mine)
      expect(license).toMatchObject({
        kind: 'maintenance',
        deviceCount: 50,
        termYears: 3,
        purchaseDate: '2026-11-23',
      });
  });

  it('buys once for a retried order with the same Idempotency-Key', () => {
    const first = model.orderLicenses(order, 'order-key');
    const again = model.orderLicenses(order, 'order-key');
    expect(again).toEqual(first);
    expect(
      model.partnerInventory().myInventory.filter((l) => l.purchaseOrder === 'PO-5001'),
    ).toHaveLength(2);
  });

  it.each([
    [
      { deviceCount: 0 },
      'order_device_count',
      'deviceCount',
      'Order between 1 and 10,000 devices per license.',
    ],
    [
      { deviceCount: 10_000_000 },
      'order_device_count',
      'deviceCount',
      'Order between 1 and 10,000 devices per license.',
    ],
    [{ termYears: 2 }, 'order_term', 'termYears', 'A maintenance license runs 1 or 3 years.'],
    [
      { kind: 'capacity' as const, termYears: 1 },
      'order_term',
      'termYears',
      'Only maintenance licenses have a term.',
    ],
    [{ quantity: 0 }, 'order_quantity', 'quantity', 'Order between 1 and 100 licenses at a time.'],
    [
      { quantity: 101 },
      'order_quantity',
      'quantity',
      'Order between 1 and 100 licenses at a time.',
    ],
  ])('refuses %o at its field and buys nothing', (change, code, field, message) => {
    const before = model.partnerInventory().myInventory.length;
    const error = refusal(() => model.orderLicenses({ ...order, ...change }));
    expect(error).toMatchObject({ status: 422, code, message });
    expect(error.details).toMatchObject({ fields: { [field]: message } });
    expect(model.partnerInventory().myInventory).toHaveLength(before);
  });

  it('orders core and one-time upgrade licenses without devices or a term', () => {
    const { licenses } = model.orderLicenses({
      kind: 'upgrade',
      deviceCount: null,
      termYears: null,
      quantity: 1,
      purchaseOrder: 'PO-5002',
    });
    expect(licenses[0]).toMatchObject({ kind: 'upgrade', deviceCount: 0, termYears: null });
  });
});

describe('edit and delete a customer account (PP-8)', () => {
  beforeEach(() => {
    model.signInPartner(partnerId('Northwind Controls'));
  });

  it('changes the name and contact e-mails; the Customer ID stays', () => {
    const id = customerId('P-Building 1');
    const changed = model.updateCustomer(id, {
      name: ' P-Building 1 East ',
      contactEmails: ['OPS@building1.example', 'ops@building1.example'],
    });
    expect(changed).toMatchObject({
      id,
      name: 'P-Building 1 East',
      contactEmails: ['ops@building1.example'],
    });
  });

  it('refuses another customer’s name at the field, and keeps its own', () => {
    const id = customerId('P-Building 1');
    const error = refusal(() =>
      model.updateCustomer(id, { name: 'p2022-0208', contactEmails: ['ops@building1.example'] }),
    );
    expect(error).toMatchObject({ status: 409, code: 'customer_name_taken' });
    expect(model.partnerCustomers().find((c) => c.id === id)?.name).toBe('P-Building 1');
    expect(
      model.updateCustomer(id, { name: 'P-Building 1', contactEmails: ['new@building1.example'] })
        .contactEmails,
    ).toEqual(['new@building1.example']);
  });

  it('deletes an account without licenses, and refuses one that holds licenses, saying how many', () => {
    const annex = model.createCustomer({ name: 'P-Annex', contactEmails: ['ops@annex.example'] });
    model.deleteCustomer(annex.id);
    expect(model.partnerCustomers().map((c) => c.name)).not.toContain('P-Annex');

    const campus = customerId('P2022-0208');
    const error = refusal(() => model.deleteCustomer(campus));
    expect(error.status).toBe(409);
    expect(error.code).toBe('customer_holds_licenses');
    expect(error.message).toMatch(/^P2022-0208 holds \d+ licenses, so it cannot be deleted/);
    expect(model.partnerCustomers().map((c) => c.id)).toContain(campus);
  });

  it('refuses to change or delete another partner’s customer', () => {
    const harbor = customerId('Harbor Logistics');
    expect(refusal(() => model.deleteCustomer(harbor))).toMatchObject({
      status: 403,
      code: 'customer_not_yours',
    });
  });
});
