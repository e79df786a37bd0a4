import type { ActivatedLicense } from '@/api/contract/licenses';
import { totalDevices } from '@/api/segment-controllers';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { coverageText, licensedDeviceCount, maintenanceCoverage } from '@/domain/coverage';
import type { IsoDate } from '@/domain/dates';
import { featureUpgradeNotice, missingCoreLicense, needsLicensing } from '@/domain/requirements';

export interface Finding {
  severity: 'error' | 'warning' | 'info';
  /** What it is about: the License Status card says `capacity` in its meter already. */
  topic: 'core' | 'capacity' | 'maintenance' | 'upgrade';
  text: string;
}

/**
 * What is wrong with one segment controller's licensing (texts without its name), worst first: a Pi without its core
 * license (SS-14), devices beyond capacity (SS-11), maintenance not covering capacity (SS-12), then what feature upgrades need (SS-14).
 */
export function segmentFindings(
  controller: SegmentController,
  licenses: readonly ActivatedLicense[],
  today: IsoDate,
): Finding[] {
  if (!needsLicensing(controller.softwareVersion)) return [];
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
      text: 'SmartServer Pi without a core license: nothing on it works until one is activated.',
    });
  }
  const coverage = maintenanceCoverage(own, today);
  const devices = totalDevices(controller);
  const unlicensed = devices - licensedDeviceCount(devices, coverage.capacity);
  if (unlicensed > 0) {
    findings.push({
      severity: 'warning',
      topic: 'capacity',
      text: `${unlicensed} of ${devices} devices are unlicensed: capacity is ${coverage.capacity}.`,
    });
  }
  if (coverage.missing > 0) {
    findings.push({ severity: 'warning', topic: 'maintenance', text: coverageText(coverage) });
  }
  const upgrades = featureUpgradeNotice(own, today);
  if (upgrades) findings.push({ severity: 'info', topic: 'upgrade', text: upgrades });
  return findings;
}
