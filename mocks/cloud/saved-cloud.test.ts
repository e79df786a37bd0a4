import { describe, expect, it } from 'vitest';
import { inspect } from '@tests/builders';
import { stateBeforeSessions } from '@tests/saved-cloud-before-sessions';
import { scenarios, type ScenarioName } from '../scenarios';
import { CloudSaver, StorageFullError, type CloudStore } from './cloud-saver';
import { cloud, networkFaults, resetCloud } from './instance';
import {
  readSavedCloud,
  restoreSavedCloud,
  SAVED_CLOUD_VERSION,
  serializeCloud,
  type ReadResult,
} from './saved-cloud';

/** What a cloud saved before sessions reads back as: the same data, no session or audit event yet (R20). */
function withoutSessions(state: object) {
  return { ...JSON.parse(JSON.stringify(state)), sessions: {}, localClient: {}, audit: [] };
}

function expectRefused(result: ReadResult, message: RegExp | string) {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.message).toMatch(message);
}

/** The cloud after commands that create every kind of record the model writes at run time. */
function busyCloud() {
  const model = resetCloud('typical-site');
  const controller = (name: string) => {
    const found = model.state.segmentControllers.find((c) => c.name === name);
    if (!found) throw new Error(name);
    return found;
  };
  const campus = model.state.customers.find((c) => c.name === 'P2022-0208');
  if (!campus) throw new Error('seed');
  const [activated] = model.listActivatedLicenses();
  if (!activated) throw new Error('seed');
  model.saveNotificationSettings({
    recipients: ['facilities@example.com'],
    days: [30, 0],
    notifyOnActivation: true,
  });
  model.updateNote(activated.licenseId, 'Rack 3 <b>left</b>');
  model.saveCustomerId(controller('Plant Room').id, campus.id);
  const [available] = model.listCloudLicenses();
  if (!available) throw new Error('seed');
  model.startActivation(
    [{ segmentControllerId: controller('Plant Room').id, licenseId: available.licenseId }],
    'key-1',
  );
  model.transferToCloud([activated.licenseId], 'key-2');
  const { key } = model.redeemActivationCode('EF7Q-2K9M-XR4D-81NB', 'key-3');
  const [sensor] = model.listSensors();
  if (!sensor) throw new Error('seed');
  model.assignLicense(sensor.serial, key.id, 'key-4');
  model.advanceClock({ days: 400 });
  return model;
}

describe('a saved simulated cloud (R23, R24)', () => {
  it.each([
    'typical-site',
    'fresh-install',
    'expiring-soon',
    'software-upgrades',
    'fleet-1k',
  ] satisfies ScenarioName[])('the %s seed is saved and read back whole', (scenario) => {
    resetCloud(scenario);
    const result = readSavedCloud(serializeCloud());
    expect(result).toEqual({
      ok: true,
      fromVersion: SAVED_CLOUD_VERSION,
      saved: {
        version: SAVED_CLOUD_VERSION,
        scenario,
        faults: { latencyMs: 0, errorRate: 0, unreachable: false, ...scenarios[scenario].faults },
        state: inspect(),
      },
    });
  });

  it('a cloud after jobs, transfers, notes, fleet licenses and a year of days is read back whole', () => {
    const { state } = busyCloud();
    expect(state.activationJobs.length).toBeGreaterThan(0);
    expect(state.outbox.length).toBeGreaterThan(0);
    expect(Object.keys(state.idempotency)).toHaveLength(4);
    const result = readSavedCloud(serializeCloud());
    if (!result.ok) throw new Error(result.message);
    expect(result.saved.state).toEqual(JSON.parse(JSON.stringify(state)));

    resetCloud('fresh-install');
    restoreSavedCloud(result.saved);
    expect(inspect()).toEqual(result.saved.state);
    expect(
      cloud()
        .listActivatedLicenses()
        .find((l) => l.note === 'Rack 3 <b>left</b>'),
    ).toBe(
      undefined, // it went back to the cloud with Transfer to Cloud
    );
  });

  it('a cloud too large to keep is saved as its scenario and starts from its seed again', () => {
    resetCloud('fleet-1k');
    const result = readSavedCloud(serializeCloud({ maxSensors: 999 }));
    if (!result.ok) throw new Error(result.message);
    expect(result.saved.state).toBeNull();
    resetCloud('fresh-install');
    restoreSavedCloud(result.saved);
    expect(inspect().fleet.sensors).toHaveLength(1_000);
  });

  it('version 1 (the dev browser’s localStorage before versions) is migrated', () => {
    const { state } = busyCloud();
    const faults = { latencyMs: 250, errorRate: 0, unreachable: false };
    const version1 = JSON.stringify({
      state: stateBeforeSessions(state),
      faults,
      scenario: 'typical-site',
    });

    const result = readSavedCloud(version1);
    expect(result).toEqual({
      ok: true,
      fromVersion: 1,
      saved: {
        version: SAVED_CLOUD_VERSION,
        scenario: 'typical-site',
        faults,
        state: withoutSessions(state),
      },
    });
  });

  it('version 2 (one global sign-in per app) is migrated to session records, none signed in yet', () => {
    const { state } = busyCloud();
    const faults = { latencyMs: 0, errorRate: 0, unreachable: false };
    const version2 = JSON.stringify({
      version: 2,
      scenario: 'typical-site',
      faults,
      state: stateBeforeSessions(state),
    });

    const result = readSavedCloud(version2);
    expect(result).toEqual({
      ok: true,
      fromVersion: 2,
      saved: {
        version: SAVED_CLOUD_VERSION,
        scenario: 'typical-site',
        faults,
        state: withoutSessions(state),
      },
    });
  });

  it('version 3 (before the audit trail) is migrated with an empty trail', () => {
    const { state } = busyCloud();
    expect(state.audit.length).toBeGreaterThan(0);
    const faults = { latencyMs: 0, errorRate: 0, unreachable: false };
    const version3 = JSON.stringify({
      version: 3,
      scenario: 'typical-site',
      faults,
      // Version 3 had no `audit`; JSON leaves an undefined key out.
      state: { ...state, audit: undefined },
    });

    const result = readSavedCloud(version3);
    expect(result).toEqual({
      ok: true,
      fromVersion: 3,
      saved: {
        version: SAVED_CLOUD_VERSION,
        scenario: 'typical-site',
        faults,
        state: { ...JSON.parse(JSON.stringify(state)), audit: [] },
      },
    });
  });

  it('version 4 (before one-time upgrades were used up) is migrated with every license unused', () => {
    const { state } = busyCloud();
    const faults = { latencyMs: 0, errorRate: 0, unreachable: false };
    const version4 = JSON.stringify({
      version: 4,
      scenario: 'typical-site',
      faults,
      // Version 4 licenses had no `upgradeUse`; JSON leaves an undefined key out.
      state: { ...state, licenses: state.licenses.map((l) => ({ ...l, upgradeUse: undefined })) },
    });

    const result = readSavedCloud(version4);
    expect(result).toEqual({
      ok: true,
      fromVersion: 4,
      saved: {
        version: SAVED_CLOUD_VERSION,
        scenario: 'typical-site',
        faults,
        state: JSON.parse(JSON.stringify(state)),
      },
    });
    expect(result.ok && result.saved.state?.licenses.every((l) => l.upgradeUse === null)).toBe(
      true,
    );
  });

  it('version 5 (before the Customer Success console) is migrated with its staff and no returns', () => {
    const { state } = busyCloud();
    const faults = { latencyMs: 0, errorRate: 0, unreachable: false };
    const version5 = JSON.stringify({
      version: 5,
      scenario: 'typical-site',
      faults,
      // Version 5 had no staff, returns or Remote CMS field; JSON leaves an undefined key out.
      state: {
        ...state,
        supportStaff: undefined,
        licenseReturns: undefined,
        licenses: state.licenses.map((l) => ({ ...l, remoteCms: undefined })),
      },
    });

    const result = readSavedCloud(version5);
    expect(result).toEqual({
      ok: true,
      fromVersion: 5,
      saved: {
        version: SAVED_CLOUD_VERSION,
        scenario: 'typical-site',
        faults,
        state: JSON.parse(JSON.stringify(state)),
      },
    });
    expect(result.ok && result.saved.state?.supportStaff.map((s) => s.role)).toEqual([
      'License administrator',
      'Support agent',
    ]);
  });

  it('a newer version is refused, naming the versions this one reads', () => {
    resetCloud();
    const newer = serializeCloud().replace(
      `"version":${SAVED_CLOUD_VERSION}`,
      `"version":${SAVED_CLOUD_VERSION + 1}`,
    );
    expectRefused(
      readSavedCloud(newer),
      `format version ${SAVED_CLOUD_VERSION + 1} by a newer simulated cloud; this one reads versions 1 to ${SAVED_CLOUD_VERSION}`,
    );
  });

  it('damaged or foreign data is refused with where it is wrong, and nothing is loaded', () => {
    resetCloud();
    const before = cloud();
    const good = serializeCloud();
    expectRefused(readSavedCloud(good.slice(0, -10)), /not valid JSON/);
    expectRefused(readSavedCloud('[1, 2]'), /not a saved simulated cloud/);
    expectRefused(readSavedCloud('{"version":"two"}'), /not a version number/);
    expectRefused(
      readSavedCloud(good.replace('"today":"2026-11-23"', '"today":"2026-02-30"')),
      /^It does not match the format: state\.today: Expected a date as YYYY-MM-DD\.$/,
    );
    expectRefused(
      readSavedCloud(good.replace('"scenario":"typical-site"', '"scenario":"moon-base"')),
      /scenario: Not a scenario of this version/,
    );
    // A key this version does not know means it is not what it claims to be.
    expectRefused(
      readSavedCloud(good.replace('"usedOfflineFileIds":[]', '"usedOfflineFileIds":[],"extra":1')),
      /state: Unrecognized key: "extra"/,
    );
    // A version 1 copy with a broken license is refused after its migration, with the path.
    const version1 = JSON.stringify({
      state: stateBeforeSessions(inspect()),
      faults: networkFaults(),
      scenario: 'typical-site',
    }).replace(/"deviceCount":\d+/, '"deviceCount":-1');
    expectRefused(
      readSavedCloud(version1),
      /after migration from version 1\): state\.licenses\.0\.deviceCount/,
    );
    expect(cloud()).toBe(before);
    expect(networkFaults()).toEqual({ latencyMs: 0, errorRate: 0, unreachable: false });
  });
});

/** A store with a quota: a write that does not fit fails and leaves the old text (as IndexedDB does). */
function storeWithQuota(quota: number) {
  const store: { text: string | null; quota: number } = { text: null, quota };
  const cloudStore: CloudStore = {
    async write(text) {
      if (text.length > store.quota) throw new StorageFullError();
      store.text = text;
    },
  };
  return { store, cloudStore };
}

describe('saving the simulated cloud (R24: storage full)', () => {
  it('keeps the last good state when the store is full, says so, and saves again when there is room', async () => {
    resetCloud();
    const { store, cloudStore } = storeWithQuota(Infinity);
    const outcomes: string[] = [];
    const saver = new CloudSaver(cloudStore, serializeCloud, {
      onOutcome: (outcome) => outcomes.push(outcome),
    });
    expect(await saver.save()).toBe('saved');
    const lastGood = store.text;
    expect(await saver.save()).toBe('unchanged');

    store.quota = lastGood?.length ?? 0;
    const [license] = cloud().listActivatedLicenses();
    cloud().updateNote(license?.licenseId ?? '', 'A note that no longer fits');
    expect(await saver.save()).toBe('storage-full');
    expect(store.text).toBe(lastGood);
    const kept = readSavedCloud(store.text ?? '');
    expect(kept.ok).toBe(true);

    store.quota = Infinity;
    expect(await saver.save()).toBe('saved');
    expect(store.text).toContain('A note that no longer fits');
    expect(outcomes).toEqual(['saved', 'unchanged', 'storage-full', 'saved']);
  });

  it('writes saves in the order they were asked for, so the newest state is the one kept', async () => {
    resetCloud();
    const written: string[] = [];
    let releaseFirst = () => {};
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    const saver = new CloudSaver(
      {
        async write(text) {
          if (text.includes('"note":"first"')) await firstHeld;
          written.push(text);
        },
      },
      serializeCloud,
    );
    const [license] = cloud().listActivatedLicenses();
    cloud().updateNote(license?.licenseId ?? '', 'first');
    const first = saver.save();
    cloud().updateNote(license?.licenseId ?? '', 'second');
    const second = saver.save();
    releaseFirst();
    expect(await Promise.all([first, second])).toEqual(['saved', 'saved']);
    expect(written.map((text) => (text.includes('"note":"second"') ? 'second' : 'first'))).toEqual([
      'first',
      'second',
    ]);
  });
});
