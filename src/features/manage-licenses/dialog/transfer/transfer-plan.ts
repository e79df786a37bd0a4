import type { ActivatedLicense } from '@/api/contract/licenses';
import type { SegmentController } from '@/api/contract/segment-controllers';
import type { Translate } from '@/lib/i18n';
import { joinWithAnd } from '@/features/manage-licenses/dialog/join-names';
import { licenseDescription } from '@/lib/i18n';

/** What one Transfer to Cloud sends back (SS-41), fixed when the confirmation opens. */
export interface TransferPlan {
  licenseIds: string[];
  items: { licenseId: string; description: string; controllerName: string }[];
  capacity: number;
  maintenance: number;
  controllerNames: string[];
}

export function planTransfer(
  licenses: readonly ActivatedLicense[],
  controllers: readonly SegmentController[],
  t: Translate,
): TransferPlan {
  const ids = new Set(licenses.map((l) => l.segmentControllerId));
  const nameOf = (id: string | null) =>
    controllers.find((c) => c.id === id)?.name ?? t('cms.transfer.unknownSegment');
  return {
    licenseIds: licenses.map((l) => l.licenseId),
    items: licenses.map((l) => ({
      licenseId: l.licenseId,
      description: licenseDescription(l, t),
      controllerName: nameOf(l.segmentControllerId),
    })),
    capacity: licenses.filter((l) => l.kind === 'capacity').length,
    maintenance: licenses.filter((l) => l.kind === 'maintenance').length,
    controllerNames: controllers.filter((c) => ids.has(c.id)).map((c) => c.name),
  };
}

/** SS-40: "2 capacity and 2 maintenance licenses from Main Hall". */
export function describePlan(
  { capacity, maintenance, controllerNames }: TransferPlan,
  t: Translate,
): string {
  // The noun agrees with the count next to it: "2 capacity and 1 maintenance license".
  const what =
    maintenance === 0
      ? t('cms.transfer.plan.capacity', { capacity })
      : capacity === 0
        ? t('cms.transfer.plan.maintenance', { maintenance })
        : t('cms.transfer.plan.both', { capacity, maintenance });
  return controllerNames.length > 0
    ? t('cms.transfer.plan.from', { licenses: what, names: joinWithAnd(controllerNames, t) })
    : what;
}

/**
 * The success message (SS-42): how many went back, on which day (as the user reads dates), and
 * what it did to the devices.
 */
export function transferredMessage(
  plan: TransferPlan,
  count: number,
  date: string,
  t: Translate,
): string {
  return t(plan.capacity > 0 ? 'cms.transfer.doneUnlicensed' : 'cms.transfer.done', {
    count,
    date,
  });
}
