import { describe, expect, it } from 'vitest';
import type { ActivatedLicense } from '@/api/contract/licenses';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { translatorFor } from '@/lib/i18n';
import { segmentFindings } from './segment-findings';

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
};

const license = (kind: ActivatedLicense['kind'], activationDate: string): ActivatedLicense => ({
  licenseId: `L-${kind}`,
  segmentControllerId: controller.id,
  kind,
  deviceCount: kind === 'capacity' ? 10 : 0,
  termYears: null,
  activationDate,
  expiryDate: null,
  note: '',
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

  it('offers annual maintenance until 30 days after a one-time upgrade, in the user’s date style', () => {
    const upgraded = [license('capacity', '2025-01-01'), license('upgrade', '2026-10-24')];
    expect(upgradeFindingsIn('en', upgraded)).toEqual([
      'A one-time upgrade license allows the next feature release; annual maintenance can be bought until [2026-11-23].',
    ]);
    expect(upgradeFindingsIn('de', upgraded)).toEqual([
      'Eine einmalige Upgrade-Lizenz erlaubt das nächste Funktionsrelease; eine jährliche Wartung kann bis [2026-11-23] erworben werden.',
    ]);
  });

  it('says only that the next release is allowed once the 30 days are over', () => {
    expect(
      upgradeFindingsIn('en', [
        license('capacity', '2025-01-01'),
        license('upgrade', '2026-10-23'),
      ]),
    ).toEqual(['A one-time upgrade license allows the next feature release.']);
  });
});
