import type { ActivatedLicense } from '@/api/contract/licenses';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { maintenanceCoverage } from '@/domain/coverage';
import type { IsoDate } from '@/domain/dates';
import type { LicenseTerms } from '@/domain/licenses';
import { coverageSentence, type Translate } from '@/lib/i18n';
import type { Destination, DownloadRow } from './download-rows';

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

/** A selected license and the segment controller ACTIVATE sends it to. */
export interface PlannedActivation {
  row: DownloadRow;
  destination: Destination;
}

/**
 * What the user should know before ACTIVATE: a warning only, the cloud has the last word (SS-35).
 * Offline controllers and a license sent twice cannot be chosen (SS-76); what is left is that the
 * result must keep maintenance covering capacity (SS-12).
 */
export function selectionWarnings(
  planned: readonly PlannedActivation[],
  controllers: readonly SegmentController[],
  coverage: CoverageBasis | null,
  t: Translate,
): string[] {
  if (!coverage) return [];
  const warnings: string[] = [];
  for (const controller of controllers) {
    const rows = planned.filter((p) => p.destination.id === controller.id).map((p) => p.row);
    if (rows.length === 0) continue;
    const current = coverage.activated.filter((l) => l.segmentControllerId === controller.id);
    const after = maintenanceCoverage([...current, ...rows.map(asTerms)], coverage.today);
    if (after.missing > 0) {
      warnings.push(
        t('cms.download.coverageWarning', {
          segment: controller.name,
          coverage: coverageSentence(after, t),
        }),
      );
    }
  }
  return warnings;
}
