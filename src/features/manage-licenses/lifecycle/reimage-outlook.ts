import type { ActivatedLicense } from '@/api/contract/licenses';
import type { SegmentController } from '@/api/contract/segment-controllers';
import type { IsoDate } from '@/domain/dates';
import { upgradeEntitlement, upgradeNeedsLicense } from '@/domain/software-releases';

/** SS-71: what re-imaging a segment controller to a release needs, as the UI shows it before trying. */
export type ReimageOutlook =
  | { kind: 'no-license-needed' }
  | { kind: 'maintenance'; expiryDate: IsoDate | null }
  | { kind: 'uses-upgrade-license'; licenseId: string }
  | { kind: 'maintenance-required' };

export function reimageOutlook(
  controller: SegmentController,
  licenses: readonly ActivatedLicense[],
  today: IsoDate,
  toVersion: string,
): ReimageOutlook {
  if (!upgradeNeedsLicense(controller.softwareVersion, toVersion)) {
    return { kind: 'no-license-needed' };
  }
  const own = licenses.filter((l) => l.segmentControllerId === controller.id);
  const entitlement = upgradeEntitlement(own, today);
  switch (entitlement.kind) {
    case 'maintenance':
      return { kind: 'maintenance', expiryDate: entitlement.license.expiryDate };
    case 'upgrade-license':
      return { kind: 'uses-upgrade-license', licenseId: entitlement.license.licenseId };
    case 'none':
      return { kind: 'maintenance-required' };
  }
}
