import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from './dates';
import { licenseStatus, maintenanceExpiry } from './licenses';

const stateOn = (expiryDate: string | null, today: string) =>
  licenseStatus({ expiryDate }, today).state;

describe('SS-6 status with the 60-day window', () => {
  it('is Active for licenses that never expire', () => {
    expect(stateOn(null, '2026-11-23')).toBe('active');
  });

  it('is Active 61 days before expiry and Expiring from 60 days before', () => {
    expect(stateOn('2027-01-31', addDays('2027-01-31', -61))).toBe('active');
    expect(licenseStatus({ expiryDate: '2027-01-31' }, addDays('2027-01-31', -60))).toEqual({
      state: 'expiring',
      expiryDate: '2027-01-31',
      daysLeft: 60,
    });
  });

  it('is still Expiring on the expiry day itself (expiry is the end of that day)', () => {
    expect(licenseStatus({ expiryDate: '2027-01-31' }, '2027-01-31')).toEqual({
      state: 'expiring',
      expiryDate: '2027-01-31',
      daysLeft: 0,
    });
  });

  it('is Expired from the day after', () => {
    expect(licenseStatus({ expiryDate: '2027-01-31' }, '2027-02-01')).toEqual({
      state: 'expired',
      expiryDate: '2027-01-31',
    });
  });
});

describe('SS-13 maintenance clock', () => {
  it('covers the term to the day from the first activation', () => {
    expect(maintenanceExpiry('2026-01-15', 1)).toBe('2027-01-14');
    expect(maintenanceExpiry('2025-02-10', 3)).toBe('2028-02-09');
  });

  it('keeps running in the cloud: 12 − 3 on a server − 4 in the cloud = 5 months left', () => {
    const firstActivation = '2026-01-01';
    const returnedToCloud = addMonths(firstActivation, 3);
    const activatedElsewhere = addMonths(returnedToCloud, 4);
    const expiry = maintenanceExpiry(firstActivation, 1);
    expect(addDays(addMonths(activatedElsewhere, 5), -1)).toBe(expiry);
  });
});
