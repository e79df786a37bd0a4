import { useEffect } from 'react';
import { totalDevices } from '@/api/segment-controllers';
import type { Session } from '@/api/contract/session';
import { maintenanceCoverage } from '@/domain/coverage';
import { licensingNeedsAttention } from '@/domain/requirements';
import { preloadManageLicenses } from '@/features/manage-licenses/dialog/manage-licenses-dialog';
import {
  useManageLicensesOpener,
  useManageLicensesUrl,
} from '@/features/manage-licenses/dialog/manage-licenses-url';
import { useStableCallback } from '@/lib/use-stable-callback';
import type { CmsLicenseData } from './use-cms-license-data';

/** Once per browser session and user: Close dismisses it for the rest of the session (SS-2). */
export const AUTO_OPEN_STORAGE_PREFIX = 'license-console:manage-licenses-auto-opened:';

/** SS-2: after an Owner signs in, opens Manage Licenses when licensing needs attention. */
export function useAutoOpenManageLicenses(
  session: Session | undefined,
  data: CmsLicenseData,
): void {
  const { view } = useManageLicensesUrl();
  const open = useStableCallback(useManageLicensesOpener().open);
  const ownerId = session?.user.role === 'Owner' ? session.user.id : null;
  const loaded = data.data;
  const needsAttention =
    loaded !== undefined &&
    licensingNeedsAttention(
      loaded.licenses.length,
      loaded.controllers.map((c) => ({
        softwareVersion: c.softwareVersion,
        devices: totalDevices(c),
        capacity: maintenanceCoverage(
          loaded.licenses.filter((l) => l.segmentControllerId === c.id),
          loaded.today,
        ).capacity,
      })),
    );

  useEffect(() => {
    if (!ownerId) return;
    const key = `${AUTO_OPEN_STORAGE_PREFIX}${ownerId}`;
    // An Owner who has the dialog open (deep link, click) has seen it: Close must not reopen it.
    if (view !== null) {
      window.sessionStorage.setItem(key, 'shown');
      return;
    }
    if (!needsAttention || window.sessionStorage.getItem(key)) return;
    // Opened once its code is here, so it comes in whole: a dialog that suspended on its code would
    // be revealed up to 300 ms late (React holds back a Suspense boundary's reveal).
    let cancelled = false;
    preloadManageLicenses().then(
      () => {
        if (cancelled || window.sessionStorage.getItem(key)) return;
        window.sessionStorage.setItem(key, 'shown');
        open();
      },
      // Without its code (offline) the dashboard stays as it is; the button opens it later.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [ownerId, needsAttention, view, open]);
}
