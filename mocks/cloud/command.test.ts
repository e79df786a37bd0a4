import { describe, expect, expectTypeOf, it } from 'vitest';
import { licenseRoutes } from '@/api/contract/licenses';
import type { Link } from './actors';
import { command, perform, type NotAnsweringTheirRoute } from './command';
import { cms } from './commands';
import { CloudModel } from './model';
import { seedTypicalSite } from './seed';
import type { Caller } from './sessions';
import { refusal } from '@tests/cloud-refusal';

/** A client of the HTTP cloud: without credentials it is nobody (R20). */
const NOBODY: Caller = { bearer: null, cookies: {}, local: false };

const partnerNamed = (model: CloudModel, name: string) => {
  const partner = model.listPartners().find((p) => p.name === name);
  if (!partner) throw new Error(`seed: ${name}`);
  return partner.id;
};

describe('the command wrapper: one way into the model', () => {
  it('answers 401 with each app’s own code when the caller holds no session', () => {
    const model = new CloudModel(seedTypicalSite()).as(NOBODY);
    const codes = [
      () => model.listSegmentControllers(),
      () => model.licensesLeft(),
      () => model.partnerInventory(),
      () => model.customerLicenses(),
    ].map((call) => [refusal(call).status, refusal(call).code]);
    expect(codes).toEqual([
      [401, 'not_signed_in'],
      [401, 'not_signed_in'],
      [401, 'partner_not_signed_in'],
      [401, 'customer_not_signed_in'],
    ]);
  });

  it('answers 403 for the wrong role, before the command looks at its input', () => {
    const model = new CloudModel(seedTypicalSite());
    model.signInAs('Supervisor');
    expect(refusal(() => model.updateNote('no such license', 'x'))).toMatchObject({
      status: 403,
      code: 'owner_only',
    });
    model.signInFleetAs('Analyst');
    expect(refusal(() => model.setAutoRenewal('no such sensor', true))).toMatchObject({
      status: 403,
      code: 'fleet_role_forbidden',
      details: { role: 'Analyst' },
    });
  });

  it('brings the activation jobs up to now before a command runs, reads included', () => {
    let now = 0;
    const seed = { ...seedTypicalSite(), settings: { activationMsPerLicense: 1_000 } };
    const model = new CloudModel(seed, () => now);
    const plantRoom = model.listSegmentControllers().find((c) => c.name === 'Plant Room');
    const campus = model.state.customers.find((c) => c.name === 'P2022-0208');
    if (!plantRoom || !campus) throw new Error('seed');
    model.saveCustomerId(plantRoom.id, campus.id);
    const [waiting] = model.listCloudLicenses();
    if (!waiting) throw new Error('seed');
    model.startActivation(
      [{ segmentControllerId: plantRoom.id, licenseId: waiting.licenseId }],
      null,
    );
    const isActive = () =>
      model.listActivatedLicenses().some((l) => l.licenseId === waiting.licenseId);
    expect(isActive()).toBe(false);
    now = 1_500;
    expect(isActive()).toBe(true);
  });

  it('runs a command of any area the same way: resolve, catch up, run', () => {
    const model = new CloudModel(seedTypicalSite());
    const link: Link = { state: model.state, now: () => 0, caller: NOBODY };
    const whoAmI = command({ name: 'test.whoAmI', access: 'cms', run: ({ actor }) => actor.name });
    expect(refusal(() => perform(link, whoAmI, undefined)).status).toBe(401);
    const anyone = command({ name: 'test.anyone', access: 'public', run: () => 'ok' });
    expect(perform(link, anyone, undefined)).toBe('ok');
  });

  it('runs a declared command through model.run, with the same checks as its shorthand', () => {
    const model = new CloudModel(seedTypicalSite());
    const [license] = model.listActivatedLicenses();
    if (!license) throw new Error('seed');
    model.signInAs('Supervisor');
    expect(
      refusal(() => model.run(cms.setNote, { licenseId: license.licenseId, note: 'x' })),
    ).toMatchObject({ status: 403, code: 'owner_only' });
    model.signInAs('Owner');
    expect(model.run(cms.setNote, { licenseId: license.licenseId, note: 'Rack 3' })).toMatchObject({
      licenseId: license.licenseId,
      note: 'Rack 3',
    });
    expect(model.auditEvents().at(-1)).toMatchObject({ command: 'cms.updateNote' });
  });

  it('names, at compile time, a command whose result is not its route’s answer', () => {
    const _wrong = command({
      name: 'test.wrongAnswer',
      access: 'public',
      run: () => 'a text, not a license',
      http: { route: licenseRoutes.updateNote, input: () => undefined },
    });
    expectTypeOf<NotAnsweringTheirRoute<{ wrong: typeof _wrong }>>().toEqualTypeOf<'wrong'>();
    expectTypeOf<NotAnsweringTheirRoute<typeof cms>>().toEqualTypeOf<never>();
  });

  it('replays a key only for the same caller and the same route (R22)', () => {
    const model = new CloudModel(seedTypicalSite());
    const key = 'the-same-key';
    model.signInPartner(partnerNamed(model, 'Northwind Controls'));
    const northwind = model.createCustomer(
      { name: 'P-Annex', contactEmails: ['a@annex.example'] },
      key,
    );
    expect(
      model.createCustomer({ name: 'P-Annex', contactEmails: ['a@annex.example'] }, key),
    ).toEqual(northwind);

    model.signInPartner(partnerNamed(model, 'Helios Integration'));
    const helios = model.createCustomer(
      { name: 'P-Annex', contactEmails: ['a@annex.example'] },
      key,
    );
    expect(helios.id).not.toBe(northwind.id);

    // Another route of the same caller: the key is not "reused for a different request" there.
    const [license] = model.partnerInventory().myInventory;
    if (!license) throw new Error('seed');
    const moved = model.transferToCustomer(
      { licenseIds: [license.licenseId], customerId: helios.id },
      key,
    );
    expect(moved.transfers).toHaveLength(1);
    expect(model.state.customers.filter((c) => c.name === 'P-Annex')).toHaveLength(2);
  });
});
