import { describe, expect, it } from 'vitest';
import { licenseStatus, type LicenseStatus } from '@/domain/licenses';
import { CloudError } from './errors';
import { CloudModel } from './model';
import { seedExpiringSoon, seedFreshInstall, seedTypicalSite, SEED_TODAY } from './seed';

/** A status as one line, e.g. `expiring 2026-12-14`. */
const statusLine = (status: LicenseStatus) =>
  status.state === 'active' || status.state === 'used'
    ? status.state
    : `${status.state} ${status.expiryDate}`;

describe('the seeded simulated cloud', () => {
  it('is deterministic: two seeds are identical', () => {
    expect(seedTypicalSite()).toEqual(seedTypicalSite());
    expect(seedFreshInstall()).toEqual(seedFreshInstall());
  });

  it('signs in the CMS Owner by default', () => {
    expect(new CloudModel(seedTypicalSite()).session().user).toMatchObject({
      name: 'Olivia Brandt',
      role: 'Owner',
    });
  });

  it('has three segment controllers: one SmartServer Pi, one offline', () => {
    const controllers = new CloudModel(seedTypicalSite()).listSegmentControllers();
    expect(controllers.map((c) => [c.name, c.platform, c.online])).toEqual([
      ['Main Hall', 'SmartServer IoT', true],
      ['Plant Room', 'SmartServer Pi', true],
      ['Parking Garage', 'SmartServer IoT', false],
    ]);
    for (const c of controllers) expect(c.installCode).toMatch(/^[A-Z2-7]{5}(-[A-Z2-7]{5}){4}$/);
  });

  it('has devices in each state', () => {
    const totals = new CloudModel(seedTypicalSite()).listSegmentControllers().reduce(
      (sum, c) => ({
        provisioned: sum.provisioned + c.devices.provisioned,
        unprovisioned: sum.unprovisioned + c.devices.unprovisioned,
        unlicensed: sum.unlicensed + c.devices.unlicensed,
      }),
      { provisioned: 0, unprovisioned: 0, unlicensed: 0 },
    );
    expect(totals.provisioned).toBeGreaterThan(0);
    expect(totals.unprovisioned).toBeGreaterThan(0);
    expect(totals.unlicensed).toBeGreaterThan(0);
  });

  it('has activated licenses in every status, including an expiring and an expired maintenance license', () => {
    const texts = new CloudModel(seedTypicalSite())
      .listActivatedLicenses()
      .map((l) => statusLine(licenseStatus(l, SEED_TODAY)));
    expect(texts).toContain('active');
    expect(texts).toContain('expiring 2026-12-14');
    expect(texts).toContain('expired 2026-05-19');
  });

  it('has licenses waiting in the cloud for a Customer ID that a segment controller saved', () => {
    const state = seedTypicalSite();
    const savedIds = new Set(state.segmentControllers.map((c) => c.customerId));
    const waiting = state.licenses.filter(
      (l) =>
        l.activation === null &&
        l.customerId !== null &&
        savedIds.has(l.customerId) &&
        l.supersededBy === null,
    );
    expect(waiting.length).toBeGreaterThanOrEqual(2);
  });

  it('has two partners with customers and purchased licenses, one superseded by a transfer', () => {
    const state = seedTypicalSite();
    expect(state.partners).toHaveLength(2);
    for (const partner of state.partners) {
      expect(state.customers.some((c) => c.partnerId === partner.id)).toBe(true);
      expect(state.licenses.some((l) => l.partnerId === partner.id && l.customerId === null)).toBe(
        true,
      );
    }
    const superseded = state.licenses.find((l) => l.supersededBy !== null);
    expect(state.licenses.some((l) => l.id === superseded?.supersededBy)).toBe(true);
  });

  it('starts a fresh install with nothing activated', () => {
    expect(new CloudModel(seedFreshInstall()).listActivatedLicenses()).toEqual([]);
  });

  it('switches the simulated user by CMS user type', () => {
    const model = new CloudModel(seedTypicalSite());
    expect(model.signInAs('Admin').user.role).toBe('Admin');
    expect(model.session().user.name).toBe('Marcus Lee');
  });

  it('refuses reads without a signed-in user', () => {
    const model = new CloudModel(seedTypicalSite());
    model.signOut();
    expect(() => model.listActivatedLicenses()).toThrow(CloudError);
  });

  it('has an expiring-soon scenario whose notices fall due within days', () => {
    const model = new CloudModel(seedExpiringSoon());
    const mainHall = model.listSegmentControllers().find((c) => c.name === 'Main Hall');
    const texts = model
      .listActivatedLicenses()
      .filter((l) => l.segmentControllerId === mainHall?.id && l.kind === 'maintenance')
      .map((l) => statusLine(licenseStatus(l, SEED_TODAY)));
    expect(texts.sort()).toEqual(['expiring 2026-11-30', 'expiring 2026-12-19']);
    model.advanceClock({ to: '2026-11-30' });
    expect(model.state.outbox.map((m) => m.subject)).toContain(
      'Maintenance license expires today: Main Hall',
    );
  });
});
