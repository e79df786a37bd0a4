import { describe, expect, it } from 'vitest';
import type { ActivatedLicense } from '@/api/contract/licenses';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { translatorFor } from '@/lib/i18n/translator';
import { licensesReturnedFinding, segmentFindings } from './segment-findings';

const TODAY = '2026-11-23';

const controller: SegmentController = {
  id: 'sc-1',
  name: 'Main Hall',
  installCode: 'IC-1',
  platform: 'SmartServer IoT',
  softwareVersion: '4.4',
  online: true,
  customerId: null,
  devices: { provisioned: 10, unprovisioned: 0, unlicensed: 0 },
  licensesReturned: null,
};

const license = (
  kind: ActivatedLicense['kind'],
  activationDate: string,
  upgradeUse: ActivatedLicense['upgradeUse'] = null,
): ActivatedLicense => ({
  licenseId: `L-${kind}`,
  segmentControllerId: controller.id,
  kind,
  deviceCount: kind === 'capacity' ? 10 : 0,
  termYears: null,
  segmentControllerLimit: null,
  activationDate,
  expiryDate: null,
  note: '',
  upgradeUse,
});

function upgradeFindingsIn(locale: 'en' | 'de', licenses: ActivatedLicense[]) {
  const t = translatorFor(locale);
  const day = (iso: string) => `[${iso}]`;
  return segmentFindings(controller, licenses, TODAY, t, day)
    .filter((f) => f.topic === 'upgrade')
    .map((f) => f.text);
}

describe('SS-14 feature upgrades in words', () => {
  it('needs maintenance or a one-time upgrade when neither is there', () => {
    expect(upgradeFindingsIn('en', [license('capacity', '2025-01-01')])).toEqual([
      'Feature releases need valid maintenance or a one-time upgrade license.',
    ]);
  });

  it('says an unused one-time upgrade license allows the next release', () => {
    expect(
      upgradeFindingsIn('en', [
        license('capacity', '2025-01-01'),
        license('upgrade', '2026-10-23'),
      ]),
    ).toEqual(['An unused one-time upgrade license allows the next feature release.']);
  });

  it('offers annual maintenance until 30 days after the upgrade used it, in the user’s date style (SS-72)', () => {
    const upgraded = [
      license('capacity', '2025-01-01'),
      license('upgrade', '2026-01-10', { date: '2026-10-24', toVersion: '4.4' }),
    ];
    expect(upgradeFindingsIn('en', upgraded)).toEqual([
      'The one-time upgrade license was used on [2026-10-24] (upgrade to 4.4); annual maintenance can still be bought until [2026-11-23].',
    ]);
    expect(upgradeFindingsIn('de', upgraded)).toEqual([
      'Die einmalige Upgrade-Lizenz wurde am [2026-10-24] verwendet (Upgrade auf 4.4); eine jährliche Wartung kann noch bis [2026-11-23] erworben werden.',
    ]);
  });

  it('needs maintenance again once the 30 days after the upgrade are over', () => {
    expect(
      upgradeFindingsIn('en', [
        license('capacity', '2025-01-01'),
        license('upgrade', '2026-01-10', { date: '2026-10-23', toVersion: '4.4' }),
      ]),
    ).toEqual(['Feature releases need valid maintenance or a one-time upgrade license.']);
  });

  it('says software 3.2 and earlier needs no license, and nothing else (SS-71)', () => {
    const t = translatorFor('en');
    const legacy = { ...controller, softwareVersion: '3.2' };
    expect(segmentFindings(legacy, [], TODAY, t, (iso) => iso).map((f) => f.text)).toEqual([
      'No license needed (software 3.2 or earlier).',
    ]);
  });
});

describe('CS-2 licenses returned by Customer Success', () => {
  const day = (iso: string) => `[${iso}]`;

  it('says so, with the RMA and the day, as a note rather than a fault', () => {
    const returned = {
      ...controller,
      licensesReturned: { reference: 'RMA-88231', date: TODAY, licenseIds: ['L-capacity'] },
    };
    expect(licensesReturnedFinding(returned, translatorFor('en'), day)).toEqual({
      severity: 'info',
      topic: 'returned',
      text: 'Licenses returned by Customer Success (RMA-88231, [2026-11-23])',
    });
    expect(licensesReturnedFinding(returned, translatorFor('de'), day)?.text).toBe(
      'Lizenzen von Customer Success zurückgegeben (RMA-88231, [2026-11-23])',
    );
  });

  it('says nothing for a segment controller whose licenses were never returned', () => {
    expect(licensesReturnedFinding(controller, translatorFor('en'), day)).toBeNull();
  });
});
