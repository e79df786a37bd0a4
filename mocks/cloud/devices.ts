import type { Device } from '@/api/contract/devices';
import { needsLicensing } from '@/domain/requirements';
import { findController } from './access';
import { coreLicenseRequired, lacksCoreLicense } from './core-license';
import { CloudError } from './errors';
import type { CloudState } from './state';

function activeCapacity(state: CloudState, segmentControllerId: string): number {
  return state.licenses
    .filter(
      (l) => l.kind === 'capacity' && l.activation?.segmentControllerId === segmentControllerId,
    )
    .reduce((sum, l) => sum + l.deviceCount, 0);
}

/**
 * SS-11, SS-42: after capacity or software changes, devices beyond capacity turn unlicensed
 * (purple), and unlicensed devices that now fit turn unprovisioned (blue) until someone provisions
 * them. Software 3.2 and earlier licenses every device (SS-14).
 */
export function relicenseDevices(state: CloudState, segmentControllerId: string): void {
  const controller = findController(state, segmentControllerId);
  let slots = needsLicensing(controller.softwareVersion)
    ? activeCapacity(state, segmentControllerId)
    : Number.POSITIVE_INFINITY;
  const devices = state.devices.filter((d) => d.segmentControllerId === segmentControllerId);
  for (const device of devices) {
    if (device.state === 'unlicensed') continue;
    if (slots > 0) slots -= 1;
    else device.state = 'unlicensed';
  }
  for (const device of devices) {
    if (device.state !== 'unlicensed' || slots === 0) continue;
    device.state = 'unprovisioned';
    slots -= 1;
  }
}

export function listDevices(state: CloudState): Device[] {
  return state.devices.map((d) => ({ ...d }));
}

/** SS-42: provisioning one, several or all (`null`) unprovisioned devices of a segment controller. */
export function provisionDevices(
  state: CloudState,
  segmentControllerId: string,
  deviceIds: string[] | null,
): number {
  const controller = findController(state, segmentControllerId);
  if (lacksCoreLicense(state, controller)) {
    const refusal = coreLicenseRequired(controller, 'provisioning devices');
    throw new CloudError(409, refusal.code, refusal.message, refusal.details);
  }
  const own = state.devices.filter((d) => d.segmentControllerId === segmentControllerId);
  const targets =
    deviceIds === null
      ? own.filter((d) => d.state === 'unprovisioned')
      : deviceIds.map((id) => {
          const device = own.find((d) => d.id === id);
          if (!device)
            throw new CloudError(
              404,
              'device_not_found',
              'No such device on this segment controller.',
            );
          if (device.state === 'unlicensed') {
            throw new CloudError(
              409,
              'device_unlicensed',
              `${device.name} is unlicensed: activate a capacity license first.`,
            );
          }
          return device;
        });
  const changed = targets.filter((d) => d.state === 'unprovisioned');
  for (const device of changed) device.state = 'provisioned';
  return changed.length;
}
