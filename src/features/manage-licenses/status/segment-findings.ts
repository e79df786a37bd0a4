import type { ActivatedLicense } from '@/api/contract/licenses';
import { totalDevices } from '@/api/segment-controllers';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { licensedDeviceCount, maintenanceCoverage } from '@/domain/coverage';
import type { IsoDate } from '@/domain/dates';
import {
  featureUpgradeNotice,
  missingCoreLicense,
  needsLicensing,
  type FeatureUpgradeNotice,
} from '@/domain/requirements';
import { coverageSentence, type Translate } from '@/lib/i18n';

export interface Finding {
  severity: 'error' | 'warning' | 'info';
  /** What it is about: the License Status card says `capacity` in its meter already. */
  topic: 'core' | 'capacity' | 'maintenance' | 'upgrade' | 'no-license-needed' | 'returned';
  text: string;
}

function upgradeText(
  notice: FeatureUpgradeNotice,
  t: Translate,
  day: (iso: IsoDate) => string,
): string {
  switch (notice.kind) {
    case 'needs-maintenance-or-upgrade':
      return t('dashboard.findings.featureReleasesNeedMaintenance');
    case 'upgrade-available':
      return t('dashboard.findings.upgradeAllowsNextRelease');
    case 'maintenance-after-upgrade':
      return t('dashboard.findings.maintenanceAfterUpgrade', {
        used: day(notice.use.date),
        version: notice.use.toVersion,
        day: day(notice.maintenanceUntil),
      });
  }
}

/**
 * What is wrong with one segment controller's licensing (texts without its name), worst first: a Pi without its core
 * license (SS-14), devices beyond capacity (SS-11), maintenance not covering capacity (SS-12), then what feature upgrades need (SS-14,
 * SS-72). Software 3.2 and earlier needs none (SS-71).
 * `day` writes a date in the user's style (`useDates().day`).
 */
export function segmentFindings(
  controller: SegmentController,
  licenses: readonly ActivatedLicense[],
  today: IsoDate,
  t: Translate,
  day: (iso: IsoDate) => string,
): Finding[] {
  if (!needsLicensing(controller.softwareVersion)) {
    return [
      {
        severity: 'info',
        topic: 'no-license-needed',
        text: t('dashboard.findings.noLicenseNeeded'),
      },
    ];
  }
  const own = licenses.filter((l) => l.segmentControllerId === controller.id);
  const findings: Finding[] = [];
  if (
    missingCoreLicense(
      controller.platform,
      controller.softwareVersion,
      own.map((l) => l.kind),
    )
  ) {
    findings.push({
      severity: 'error',
      topic: 'core',
      text: t('dashboard.findings.noCoreLicense'),
    });
  }
  const coverage = maintenanceCoverage(own, today);
  const devices = totalDevices(controller);
  const unlicensed = devices - licensedDeviceCount(devices, coverage.capacity);
  if (unlicensed > 0) {
    findings.push({
      severity: 'warning',
      topic: 'capacity',
      text: t('dashboard.findings.unlicensed', {
        unlicensed,
        devices,
        capacity: coverage.capacity,
      }),
    });
  }
  if (coverage.missing > 0) {
    findings.push({
      severity: 'warning',
      topic: 'maintenance',
      text: coverageSentence(coverage, t),
    });
  }
  const upgrades = featureUpgradeNotice(own, today);
  if (upgrades)
    findings.push({ severity: 'info', topic: 'upgrade', text: upgradeText(upgrades, t, day) });
  return findings;
}

/** CS-2: Customer Success returned this segment controller's licenses on its behalf (an RMA); a note, not a fault. */
export function licensesReturnedFinding(
  controller: SegmentController,
  t: Translate,
  day: (iso: IsoDate) => string,
): Finding | null {
  const returned = controller.licensesReturned;
  if (!returned) return null;
  return {
    severity: 'info',
    topic: 'returned',
    text: t('dashboard.findings.licensesReturned', {
      reference: returned.reference,
      day: day(returned.date),
    }),
  };
}
