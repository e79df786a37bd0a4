import type { ErrorBody } from '@/api/contract/common';
import { missingCoreLicense } from '@/domain/requirements';
import type { CloudState, SegmentControllerRecord } from './state';

/** SS-73: a SmartServer Pi on a licensed release works only with an active core license. */
export function lacksCoreLicense(state: CloudState, controller: SegmentControllerRecord): boolean {
  const kinds = state.licenses
    .filter((l) => l.activation?.segmentControllerId === controller.id)
    .map((l) => l.kind);
  return missingCoreLicense(controller.platform, controller.softwareVersion, kinds);
}

/** SS-73: the refusal, naming the way to get a core license. */
export function coreLicenseRequired(
  controller: SegmentControllerRecord,
  action: string,
): ErrorBody {
  return {
    code: 'core_license_required',
    message:
      `${controller.name} is a SmartServer Pi without an active core license, so ${action} is not possible. ` +
      `Activate a SmartServer Core license on ${controller.name} first; your partner sells them.`,
    details: { controller: controller.name, action },
  };
}
