import { buildersFor, found } from '@tests/builders';
import { beforeEach, describe, expect, it } from 'vitest';
import { scenarios } from '../scenarios';
import { CloudError } from './errors';
import { readOfflineFile } from './license-files';
import { CloudModel } from './model';

let model: CloudModel;

function seed() {
  const { state } = model;
  const campus = found(
    state.customers.find((c) => c.name === 'P2022-0208'),
    'campus',
  );
  const harbor = found(
    state.customers.find((c) => c.name === 'Harbor Logistics'),
    'harbor',
  );
  const waiting = state.licenses.filter(
    (l) => l.customerId === campus.id && l.activation === null && l.supersededBy === null,
  );
  return {
    campus,
    harbor,
    capacity: found(
      waiting.find((l) => l.kind === 'capacity'),
      'waiting capacity',
    ),
    maintenance: found(
      waiting.find((l) => l.kind === 'maintenance'),
      'waiting maintenance',
    ),
    activeCapacity: found(
      state.licenses.find(
        (l) => l.customerId === campus.id && l.kind === 'capacity' && l.activation !== null,
      ),
      'active capacity',
    ),
    superseded: found(
      state.licenses.find((l) => l.supersededBy !== null),
      'superseded',
    ),
    partnerOnly: found(
      state.licenses.find((l) => l.customerId === null && l.supersededBy === null),
      'partner license',
    ),
    harborLicense: found(
      state.licenses.find((l) => l.customerId === harbor.id),
      'harbor license',
    ),
    plantRoom: found(
      state.segmentControllers.find((c) => c.name === 'Plant Room'),
      'Plant Room',
    ),
  };
}

async function refusal(run: () => unknown) {
  try {
    await run();
  } catch (error) {
    if (error instanceof CloudError) return error;
    throw error;
  }
  throw new Error('Expected a refusal');
}

const CODE = 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE';

beforeEach(() => {
  model = new CloudModel(scenarios['typical-site'].seed());
});

describe('CP-1 sign in', () => {
  it('starts signed out', () => {
    expect(model.customerPortalSession()).toEqual({ customer: null });
  });

  it('signs in with the EID of a license transferred to a customer (trimmed, any case)', () => {
    const { capacity, campus } = seed();
    expect(model.signInCustomer({ eid: `  ${capacity.id.toUpperCase()} ` })).toEqual({
      customer: { id: campus.id, name: 'P2022-0208' },
      token: expect.any(String),
      expiresAt: expect.any(String),
    });
    expect(model.customerPortalSession().customer?.id).toBe(campus.id);
  });

  it('refuses a superseded original EID with 409, naming the successor', async () => {
    const { superseded } = seed();
    const error = await refusal(() => model.signInCustomer({ eid: superseded.id }));
    expect(error.status).toBe(409);
    expect(error.code).toBe('license_superseded');
    expect(error.message).toContain(superseded.supersededBy ?? 'never');
    expect(error.details).toMatchObject({ supersededBy: superseded.supersededBy });
    expect(model.customerPortalSession().customer).toBeNull();
  });

  it('refuses an unknown EID and a partner license not transferred to a customer with 404', async () => {
    const { partnerOnly } = seed();
    for (const eid of ['0b6f3a52-9d1e-4c1f-8a2b-3c4d5e6f7a8b', partnerOnly.id]) {
      const error = await refusal(() => model.signInCustomer({ eid }));
      expect(error.status).toBe(404);
      expect(error.code).toBe('customer_not_found');
      expect(error.message).toMatch(/No customer has a license with this License ID/);
      expect(error.details).toMatchObject({ fields: { eid: error.message } });
    }
  });

  it('refuses a malformed EID with 400', async () => {
    const error = await refusal(() => model.signInCustomer({ eid: 'not-an-eid' }));
    expect(error.status).toBe(400);
    expect(error.code).toBe('invalid_eid');
  });

  it('signs in with a contact e-mail, case-insensitive and trimmed', () => {
    const { harbor, campus } = seed();
    expect(model.signInCustomer({ email: ' IT@Harbor.Example ' }).customer?.id).toBe(harbor.id);
    expect(model.signInCustomer({ email: 'facilities@riverside.example' }).customer?.id).toBe(
      campus.id,
    );
  });

  it('refuses an unknown e-mail with 404 and a malformed one with 400', async () => {
    const unknown = await refusal(() => model.signInCustomer({ email: 'nobody@example.com' }));
    expect(unknown.status).toBe(404);
    expect(unknown.code).toBe('customer_not_found');
    expect(unknown.message).toMatch(/No customer account has this contact e-mail/);
    const malformed = await refusal(() => model.signInCustomer({ email: 'not an e-mail' }));
    expect(malformed.status).toBe(400);
    expect(malformed.code).toBe('invalid_email');
  });

  it('signs out', () => {
    model.signInCustomer({ email: 'it@harbor.example' });
    expect(model.signOutCustomer()).toEqual({ customer: null });
    expect(model.customerPortalSession().customer).toBeNull();
  });
});

describe('CP-2 licenses', () => {
  it('needs a customer session (401)', async () => {
    const error = await refusal(() => model.customerLicenses());
    expect(error.status).toBe(401);
    expect(error.code).toBe('customer_not_signed_in');
  });

  it('lists the customer’s licenses, not superseded ones, with where each is activated', () => {
    const { capacity, superseded, activeCapacity, campus } = seed();
    model.signInCustomer({ eid: capacity.id });
    const items = model.customerLicenses();
    const ids = items.map((l) => l.licenseId);
    expect(ids).not.toContain(superseded.id);
    expect(ids).toHaveLength(
      model.state.licenses.filter((l) => l.customerId === campus.id && !l.supersededBy).length,
    );
    expect(items.find((l) => l.licenseId === capacity.id)).toEqual({
      licenseId: capacity.id,
      kind: 'capacity',
      deviceCount: 100,
      termYears: null,
      transferDate: '2026-11-02',
      activation: null,
      files: [],
    });
    expect(items.find((l) => l.licenseId === activeCapacity.id)?.activation).toEqual({
      segmentControllerName: 'Main Hall',
      activationDate: activeCapacity.activation?.activationDate,
    });
  });

  it('shows only the signed-in customer’s licenses', () => {
    const { harborLicense } = seed();
    model.signInCustomer({ email: 'it@harbor.example' });
    expect(model.customerLicenses().map((l) => l.licenseId)).toEqual([harborLicense.id]);
  });
});

describe('CP-3 offline capacity file', () => {
  it('needs a customer session (401)', async () => {
    const { capacity } = seed();
    const error = await refusal(() =>
      model.createCapacityFile({ installCode: CODE, licenseIds: [capacity.id] }),
    );
    expect(error.status).toBe(401);
    expect(error.code).toBe('customer_not_signed_in');
  });

  it('issues a signed file bound to any well-formed install code, named after it', async () => {
    const { capacity } = seed();
    model.signInCustomer({ eid: capacity.id });
    const file = await model.createCapacityFile({
      installCode: ' aaaaa-bbbbb-ccccc-ddddd-eeeee ',
      licenseIds: [capacity.id],
    });
    expect(file.fileName).toBe(`${CODE}.lic`);
    expect(file.text).toContain(CODE);
    const { payload } = await readOfflineFile(file.text);
    expect(payload.installCode).toBe(CODE);
    expect(payload.licenses.map((l) => l.licenseId)).toEqual([capacity.id]);
  });

  it('keeps a record of each file issued, listed with its licenses (CP-4)', async () => {
    const { capacity } = seed();
    model.signInCustomer({ eid: capacity.id });
    await model.createCapacityFile({ installCode: CODE, licenseIds: [capacity.id] });
    const files = model.customerLicenses().find((l) => l.licenseId === capacity.id)?.files;
    expect(files).toEqual([
      {
        id: expect.any(String),
        fileName: `${CODE}.lic`,
        installCode: CODE,
        issuedOn: '2026-11-23',
      },
    ]);
    const refused = await refusal(() =>
      model.createCapacityFile({ installCode: 'bad', licenseIds: [capacity.id] }),
    );
    expect(refused).toBeDefined();
    expect(model.customerLicenses().find((l) => l.licenseId === capacity.id)?.files).toHaveLength(
      1,
    );
  });

  it('makes a file the CMS activates once on the segment controller it names', async () => {
    const { capacity, plantRoom } = seed();
    model.signInCustomer({ eid: capacity.id });
    const { text } = await model.createCapacityFile({
      installCode: plantRoom.installCode,
      licenseIds: [capacity.id],
    });
    const result = await model.activateOfflineFile(
      { text, segmentControllerId: plantRoom.id },
      null,
    );
    expect(result.licenses.map((l) => l.licenseId)).toEqual([capacity.id]);
    const again = await refusal(() =>
      model.activateOfflineFile({ text, segmentControllerId: plantRoom.id }, null),
    );
    expect(again.code).toBe('file_already_used');
    expect(model.customerLicenses().find((l) => l.licenseId === capacity.id)?.activation).toEqual({
      segmentControllerName: 'Plant Room',
      activationDate: '2026-11-23',
    });
  });

  it('refuses a malformed install code with 400', async () => {
    const { capacity } = seed();
    model.signInCustomer({ eid: capacity.id });
    for (const installCode of ['AAAAA-BBBBB', 'AAAAA-BBBBB-CCCCC-DDDDD-EEEE1', '']) {
      const error = await refusal(() =>
        model.createCapacityFile({ installCode, licenseIds: [capacity.id] }),
      );
      expect(error.status).toBe(400);
      expect(error.code).toBe('invalid_install_code');
    }
  });

  it('refuses no licenses (400) and a non-capacity license (422 not_capacity)', async () => {
    const { capacity, maintenance } = seed();
    model.signInCustomer({ eid: capacity.id });
    const none = await refusal(() =>
      model.createCapacityFile({ installCode: CODE, licenseIds: [] }),
    );
    expect(none.status).toBe(400);
    const notCapacity = await refusal(() =>
      model.createCapacityFile({ installCode: CODE, licenseIds: [capacity.id, maintenance.id] }),
    );
    expect(notCapacity.status).toBe(422);
    expect(notCapacity.code).toBe('not_capacity');
  });

  it('refuses an activated (409), superseded (409) or another customer’s license (404)', async () => {
    const { capacity, activeCapacity, superseded, harborLicense } = seed();
    model.signInCustomer({ eid: capacity.id });
    const active = await refusal(() =>
      model.createCapacityFile({ installCode: CODE, licenseIds: [activeCapacity.id] }),
    );
    expect([active.status, active.code]).toEqual([409, 'already_active']);
    expect(active.message).toContain('Main Hall');
    // The original of a transferred license, as if it had stayed with this customer.
    buildersFor(model.state).the.license(superseded.id).heldBy(capacity.customerId);
    const replaced = await refusal(() =>
      model.createCapacityFile({ installCode: CODE, licenseIds: [superseded.id] }),
    );
    expect([replaced.status, replaced.code]).toEqual([409, 'license_superseded']);
    const foreign = await refusal(() =>
      model.createCapacityFile({ installCode: CODE, licenseIds: [harborLicense.id] }),
    );
    expect([foreign.status, foreign.code]).toEqual([404, 'license_not_found']);
  });
});
