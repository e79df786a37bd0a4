import type { DeviceState } from '@/api/contract/segment-controllers';
import type { MessageId } from '@/lib/i18n';

interface DeviceStateInfo {
  label: MessageId;
  description: MessageId;
  /** SS-42: green, blue, purple (purple is the theme's secondary color). */
  color: 'success' | 'primary' | 'secondary';
}

/** In the order a device moves through them after a new capacity license (SS-42). */
export const DEVICE_STATES = ['provisioned', 'unprovisioned', 'unlicensed'] as const;

export const DEVICE_STATE_INFO: Record<DeviceState, DeviceStateInfo> = {
  provisioned: {
    label: 'dashboard.devices.state.provisioned',
    description: 'dashboard.devices.state.provisionedDescription',
    color: 'success',
  },
  unprovisioned: {
    label: 'dashboard.devices.state.unprovisioned',
    description: 'dashboard.devices.state.unprovisionedDescription',
    color: 'primary',
  },
  unlicensed: {
    label: 'dashboard.devices.state.unlicensed',
    description: 'dashboard.devices.state.unlicensedDescription',
    color: 'secondary',
  },
};

export type DeviceStateCounts = Record<DeviceState, number>;

export function countDeviceStates(devices: readonly { state: DeviceState }[]): DeviceStateCounts {
  const counts: DeviceStateCounts = { provisioned: 0, unprovisioned: 0, unlicensed: 0 };
  for (const device of devices) counts[device.state] += 1;
  return counts;
}
