import { describe, expect, it } from 'vitest';
import type { ActivatedLicense } from '@/api/contract/licenses';
import { translatorFor } from '@/lib/i18n/translator';
import { remoteCmsInForce, remoteCmsSummary } from './remote-cms-findings';

const TODAY = '2026-11-23';

const remoteCms = (limit: number, expiryDate: string): ActivatedLicense => ({
  licenseId: `L-remote-cms-${limit}-${expiryDate}`,
  segmentControllerId: null,
  kind: 'remote-cms',
  deviceCount: 0,
  termYears: 1,
  segmentControllerLimit: limit,
  activationDate: '2026-01-01',
  expiryDate,
  note: '',
  upgradeUse: null,
});

const capacity: ActivatedLicense = {
  ...remoteCms(1, '2026-01-01'),
  licenseId: 'L-capacity',
  segmentControllerId: 'sc-1',
  kind: 'capacity',
  deviceCount: 50,
  termYears: null,
  segmentControllerLimit: null,
  expiryDate: null,
};

function summaryIn(locale: 'en' | 'de', licenses: ActivatedLicense[], controllers: number) {
  const day = (iso: string) => `[${iso}]`;
  return remoteCmsSummary(licenses, controllers, TODAY, translatorFor(locale), day);
}

describe('SS-74 the Remote CMS license on License Status', () => {
  it('says nothing without a Remote CMS license', () => {
    expect(summaryIn('en', [capacity], 3)).toBeNull();
  });

  it('names its limit and expiry, with no warning while it is in force and not exceeded', () => {
    expect(summaryIn('en', [capacity, remoteCms(10, '2027-11-22')], 10)).toEqual({
      headline: 'Remote CMS: up to 10 segment controllers, expires [2027-11-22]',
      findings: [],
    });
    expect(summaryIn('de', [remoteCms(10, '2027-11-22')], 3)?.headline).toBe(
      'Remote-CMS: bis zu 10 Segment-Controller, läuft ab am [2027-11-22]',
    );
  });

  it('warns when the CMS has more segment controllers than the license allows', () => {
    expect(summaryIn('en', [remoteCms(10, '2027-11-22')], 12)?.findings).toEqual([
      {
        severity: 'warning',
        text: 'This CMS has 12 segment controllers; its Remote CMS license allows 10.',
      },
    ]);
  });

  it('warns once it has expired (the day after its expiry day), and says so in the headline', () => {
    const expired = summaryIn('en', [remoteCms(10, '2026-11-22')], 3);
    expect(expired?.headline).toBe(
      'Remote CMS: up to 10 segment controllers, expired [2026-11-22]',
    );
    expect(expired?.findings).toEqual([
      {
        severity: 'warning',
        text: 'The Remote CMS license expired on [2026-11-22]; contact Customer Success to renew it.',
      },
    ]);
    expect(summaryIn('de', [remoteCms(10, '2026-11-22')], 3)?.findings[0]?.text).toBe(
      'Die Remote-CMS-Lizenz ist am [2026-11-22] abgelaufen; wenden Sie sich an Customer Success, um sie zu verlängern.',
    );
  });

  it('warns within the expiring window of SS-6, up to and including the expiry day', () => {
    expect(summaryIn('en', [remoteCms(10, TODAY)], 3)?.findings.map((f) => f.text)).toEqual([
      'The Remote CMS license expires on [2026-11-23] (today); contact Customer Success to renew it.',
    ]);
    expect(summaryIn('en', [remoteCms(10, '2027-01-22')], 3)?.findings.map((f) => f.text)).toEqual([
      'The Remote CMS license expires on [2027-01-22] (60 days left); contact Customer Success to renew it.',
    ]);
    expect(summaryIn('en', [remoteCms(10, '2027-01-23')], 3)?.findings).toEqual([]);
  });

  it('goes by the license that runs longest when there are several', () => {
    const licenses = [remoteCms(25, '2026-05-19'), remoteCms(5, '2027-11-22'), capacity];
    expect(remoteCmsInForce(licenses)).toEqual({ limit: 5, expiryDate: '2027-11-22' });
    expect(summaryIn('en', licenses, 6)?.findings.map((f) => f.text)).toEqual([
      'This CMS has 6 segment controllers; its Remote CMS license allows 5.',
    ]);
  });
});
