import type { ActivatedLicense } from '@/api/contract/licenses';
import type { SegmentController } from '@/api/contract/segment-controllers';
import type { IsoDate } from '@/domain/dates';
import { licenseStatus, type LicenseStatus } from '@/domain/licenses';
import type { Translate } from '@/lib/i18n';
import type { SortDirection, SortKey } from '@/features/manage-licenses/dialog/manage-licenses-url';
import { licenseDescription } from '@/lib/i18n';

export interface LicenseRow {
  license: ActivatedLicense;
  segmentControllerName: string;
  description: string;
  status: LicenseStatus;
}

export function buildLicenseRows(
  licenses: readonly ActivatedLicense[],
  controllers: readonly SegmentController[],
  today: IsoDate,
  t: Translate,
): LicenseRow[] {
  const names = new Map(controllers.map((c) => [c.id, c.name]));
  return licenses.map((license) => {
    const status = licenseStatus(license, today);
    return {
      license,
      // SS-74: a Remote CMS license is activated on the CMS itself.
      segmentControllerName:
        license.segmentControllerId === null
          ? t('cms.segmentControllers.cms')
          : (names.get(license.segmentControllerId) ?? t('cms.segmentControllers.unknown')),
      description: licenseDescription(license, t),
      status,
    };
  });
}

/** Expired first, then expiring, then active; within a state, the earliest expiry first. */
const STATUS_RANK = { expired: 0, expiring: 1, active: 2, used: 3 } as const;

const compareBy: Record<SortKey, (a: LicenseRow, b: LicenseRow) => number> = {
  segmentController: (a, b) => a.segmentControllerName.localeCompare(b.segmentControllerName),
  description: (a, b) => a.description.localeCompare(b.description, undefined, { numeric: true }),
  status: (a, b) =>
    STATUS_RANK[a.status.state] - STATUS_RANK[b.status.state] ||
    (a.license.expiryDate ?? '').localeCompare(b.license.expiryDate ?? ''),
  activationDate: (a, b) => a.license.activationDate.localeCompare(b.license.activationDate),
  licenseId: (a, b) => a.license.licenseId.localeCompare(b.license.licenseId),
  note: (a, b) => a.license.note.localeCompare(b.license.note),
};

/** Within a segment controller: capacity, maintenance, core, upgrade (how the CMS lists them). */
const KIND_RANK = { capacity: 0, maintenance: 1, core: 2, upgrade: 3, 'remote-cms': 4 } as const;
const byKind = (a: LicenseRow, b: LicenseRow) =>
  KIND_RANK[a.license.kind] - KIND_RANK[b.license.kind] ||
  b.license.deviceCount - a.license.deviceCount;

/** Sorts by one column; ties fall back to segment controller, then license kind. */
export function sortLicenseRows(
  rows: readonly LicenseRow[],
  key: SortKey,
  direction: SortDirection,
): LicenseRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const primary = compareBy[key];
  return [...rows].sort(
    (a, b) => sign * primary(a, b) || compareBy.segmentController(a, b) || byKind(a, b),
  );
}
