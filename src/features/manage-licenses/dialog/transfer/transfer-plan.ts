import type { ActivatedLicense } from '@/api/contract/licenses';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { describeLicense } from '@/domain/licenses';

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
): TransferPlan {
  const ids = new Set(licenses.map((l) => l.segmentControllerId));
  const nameOf = (id: string) => controllers.find((c) => c.id === id)?.name ?? 'Unknown';
  return {
    licenseIds: licenses.map((l) => l.licenseId),
    items: licenses.map((l) => ({
      licenseId: l.licenseId,
      description: describeLicense(l),
      controllerName: nameOf(l.segmentControllerId),
    })),
    capacity: licenses.filter((l) => l.kind === 'capacity').length,
    maintenance: licenses.filter((l) => l.kind === 'maintenance').length,
    controllerNames: controllers.filter((c) => ids.has(c.id)).map((c) => c.name),
  };
}

const plural = (count: number, word: string) => (count === 1 ? word : `${word}s`);

/** "Main Hall", "Main Hall and Plant Room", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** SS-40: "2 capacity and 2 maintenance licenses from Main Hall". */
export function describePlan({ capacity, maintenance, controllerNames }: TransferPlan): string {
  const counts = [
    capacity > 0 ? `${capacity} capacity` : null,
    maintenance > 0 ? `${maintenance} maintenance` : null,
  ].filter((part) => part !== null);
  // The noun agrees with the count next to it: "2 capacity and 1 maintenance license".
  const last = maintenance > 0 ? maintenance : capacity;
  const what = `${counts.join(' and ')} ${plural(last, 'license')}`;
  return controllerNames.length > 0 ? `${what} from ${joinNames(controllerNames)}` : what;
}

/** The success message (SS-42): how many went back, on which day, and what it did to the devices. */
export function transferredMessage(plan: TransferPlan, count: number, date: string): string {
  const done = `${count} ${plural(count, 'license')} transferred to the cloud on ${date}.`;
  return plan.capacity > 0 ? `${done} Their devices are now unlicensed.` : done;
}
