import { describe, expect, it } from 'vitest';
import { AUDIT_KEPT_EVENTS } from './audit';
import { READS, WRITES } from './audit-cases';
import { ALL_COMMANDS } from './commands';
import { CloudModel } from './model';
import { seedTypicalSite } from './seed';
import { buildersFor } from '@tests/builders';

const names = (list: readonly { name: string }[]) => list.map((c) => c.name).sort();
const declaredWrites = ALL_COMMANDS.filter((c) => c.write !== undefined);
const declaredReads = ALL_COMMANDS.filter((c) => c.write === undefined);

/** The state a person could see change; sessions are credentials, and signing in is not audited. */
function records(model: CloudModel) {
  const { sessions: _sessions, localClient: _client, ...rest } = structuredClone(model.state);
  return rest;
}

describe('the audit trail: every write the cloud accepts is recorded', () => {
  it('knows every command as a write or a read, as it is declared', () => {
    expect(names(declaredWrites)).toEqual(Object.keys(WRITES).sort());
    expect(names(declaredReads)).toEqual(Object.keys(READS).sort());
  });

  it.each(Object.entries(WRITES))(
    '%s records who, what, when and the ids it touched',
    async (command, write) => {
      const model = new CloudModel(seedTypicalSite(), () => Date.UTC(2026, 10, 23, 9, 30));
      const before = model.auditEvents().length;
      const touchedId = await write(model);
      const events = model.auditEvents();
      const event = events.at(-1);
      expect(events.length).toBeGreaterThan(before);
      expect(event).toMatchObject({
        command,
        actor: { id: expect.any(String), name: expect.any(String) },
        at: '2026-11-23T09:30:00.000Z',
      });
      expect(event?.day).toBe(model.clock().today);
      expect(event?.ids).toContain(touchedId);
      expect(Object.keys(event?.after ?? {})).toContain(touchedId);
    },
  );

  it.each(Object.entries(READS))('%s changes no record and records nothing', async (_, read) => {
    const model = new CloudModel(seedTypicalSite());
    const before = records(model);
    await read(model);
    expect(records(model)).toEqual(before);
  });

  it('names the actor with app, id, name and role, and snapshots the record before and after', () => {
    const model = new CloudModel(seedTypicalSite());
    const owner = model.signInAs('Owner').user;
    const license = model.listActivatedLicenses()[0];
    if (!license) throw new Error('seed');
    model.updateNote(license.licenseId, 'Rack 3');
    expect(model.auditEvents().at(-1)).toMatchObject({
      sequence: 1,
      actor: { app: 'cms', id: owner.id, name: owner.name, role: 'Owner' },
      command: 'cms.updateNote',
      ids: [license.licenseId],
      before: { [license.licenseId]: { activation: { note: license.note } } },
      after: { [license.licenseId]: { activation: { note: 'Rack 3' } } },
    });
  });

  it('AU-1: records a refusal with who tried, on what, and why; a replay records nothing', () => {
    const model = new CloudModel(seedTypicalSite(), () => Date.UTC(2026, 10, 23, 9, 30));
    const user = model.signInAs('User').user;
    const [license] = model.listActivatedLicenses();
    if (!license) throw new Error('seed');
    expect(() => model.updateNote(license.licenseId, 'x')).toThrow('Only the Owner');
    model.signInAs('Owner');
    model.transferToCloud([license.licenseId], 'key-1');
    model.transferToCloud([license.licenseId], 'key-1');
    expect(() => model.updateNote(license.licenseId, 'y')).toThrow();
    const events = model.auditEvents();
    expect(events.map((e) => [e.command, e.refusal?.code ?? 'done'])).toEqual([
      ['cms.updateNote', 'owner_only'],
      ['cms.transferToCloud', 'done'],
      ['cms.updateNote', 'license_not_activated'],
    ]);
    expect(events[0]).toMatchObject({
      actor: { app: 'cms', id: user.id, role: 'User' },
      ids: [license.licenseId],
      before: {},
      after: {},
      refusal: { status: 403, message: expect.stringContaining('Only the Owner') },
    });
  });

  it('AU-1: records each license an activation job activates or fails, as who pressed ACTIVATE', () => {
    const state = seedTypicalSite();
    buildersFor(state).the.cloud().activationTakes(0);
    const model = new CloudModel(state, () => Date.UTC(2026, 10, 23, 9, 30));
    const owner = model.signInAs('Owner').user;
    const [cloud] = model.listCloudLicenses();
    const target = cloud?.segmentControllerIds[0];
    if (!cloud || !target) throw new Error('seed');
    model.startActivation([{ licenseId: cloud.licenseId, segmentControllerId: target }], null);
    model.listActivationJobs();
    const activated = model.auditEvents().filter((e) => e.command === 'cms.activateLicense');
    expect(activated).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ id: owner.id, role: 'Owner' }),
        ids: [cloud.licenseId],
        after: {
          [cloud.licenseId]: expect.objectContaining({
            activation: expect.objectContaining({ segmentControllerId: target }),
          }),
        },
      }),
    ]);
  });

  it(`keeps the newest ${AUDIT_KEPT_EVENTS.toLocaleString('en-US')} events`, () => {
    const model = new CloudModel(seedTypicalSite());
    for (let n = 0; n < AUDIT_KEPT_EVENTS + 5; n += 1)
      model.setAutoRenewal(serialOf(model), n % 2 === 0);
    const events = model.auditEvents();
    expect(events).toHaveLength(AUDIT_KEPT_EVENTS);
    expect(events[0]?.sequence).toBe(6);
    expect(events.at(-1)?.sequence).toBe(AUDIT_KEPT_EVENTS + 5);
  });
});

function serialOf(model: CloudModel): string {
  const serial = model.state.fleet.sensors[0]?.serial;
  if (!serial) throw new Error('seed');
  return serial;
}
