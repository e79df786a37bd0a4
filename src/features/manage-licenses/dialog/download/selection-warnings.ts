import type { ActivatedLicense } from '@/api/contract/licenses';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { coverageText, maintenanceCoverage } from '@/domain/coverage';
import type { IsoDate } from '@/domain/dates';
import type { LicenseTerms } from '@/domain/licenses';
import type { DownloadRow } from './download-rows';

export interface CoverageBasis {
  activated: readonly ActivatedLicense[];
  today: IsoDate;
}

const asTerms = (row: DownloadRow): LicenseTerms => ({
  kind: row.license.kind,
  deviceCount: row.license.deviceCount,
  termYears: row.license.termYears,
  // SS-13: a license returned to the cloud keeps the expiry its first activation gave it.
  expiryDate: row.license.expiryDateIfActivatedToday,
});

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Beyond this, one line sums the licenses selected twice up (select-all on a large list). */
const MAX_LISTED_DUPLICATES = 3;

/**
 * What the user should know before ACTIVATE: warnings only, the cloud has the last word (SS-35).
 * Offline segment controllers will be refused; one license can be activated on one controller only;
 * the result must keep maintenance covering capacity (SS-12).
 */
export function selectionWarnings(
  selected: readonly DownloadRow[],
  controllers: readonly SegmentController[],
  coverage: CoverageBasis | null,
): string[] {
  const warnings: string[] = [];
  const bySegment = groupBy(selected, (row) => row.license.segmentControllerId);

  for (const controller of controllers) {
    if (bySegment.has(controller.id) && !controller.online) {
      warnings.push(
        `${controller.name} is offline and cannot reach the cloud: its licenses will not be activated.`,
      );
    }
  }

  const twice = [...groupBy(selected, (row) => row.license.licenseId)].filter(
    ([, rows]) => rows.length > 1,
  );
  if (twice.length > MAX_LISTED_DUPLICATES) {
    warnings.push(
      `${twice.length} licenses are selected for more than one segment controller: each can be activated on only one of them.`,
    );
  } else {
    for (const [licenseId, rows] of twice) {
      const names = rows.map((row) => row.segmentControllerName).join(' and ');
      warnings.push(
        `License ${licenseId} is selected for ${names}: only one of them can activate it.`,
      );
    }
  }

  if (!coverage) return warnings;
  for (const controller of controllers) {
    const rows = bySegment.get(controller.id);
    if (!rows) continue;
    const current = coverage.activated.filter((l) => l.segmentControllerId === controller.id);
    const after = maintenanceCoverage([...current, ...rows.map(asTerms)], coverage.today);
    if (after.missing > 0) {
      warnings.push(`After activation on ${controller.name}: ${coverageText(after)}.`);
    }
  }
  return warnings;
}
