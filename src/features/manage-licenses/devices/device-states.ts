import type { DeviceState } from '@/api/contract/segment-controllers';

interface DeviceStateInfo {
  label: string;
  description: string;
  /** SS-42: green, blue, purple (purple is the theme's secondary color). */
  color: 'success' | 'primary' | 'secondary';
}

/** In the order a device moves through them after a new capacity license (SS-42). */
export const DEVICE_STATES = ['provisioned', 'unprovisioned', 'unlicensed'] as const;

export const DEVICE_STATE_INFO: Record<DeviceState, DeviceStateInfo> = {
  provisioned: { label: 'Provisioned', description: 'Licensed and in use', color: 'success' },
  unprovisioned: {
    label: 'Unprovisioned',
    description: 'Licensed, waiting to be provisioned',
    color: 'primary',
  },
  unlicensed: {
    label: 'Unlicensed',
    description: 'Beyond the licensed capacity',
    color: 'secondary',
  },
};

export type DeviceStateCounts = Record<DeviceState, number>;

export function countDeviceStates(devices: readonly { state: DeviceState }[]): DeviceStateCounts {
  const counts: DeviceStateCounts = { provisioned: 0, unprovisioned: 0, unlicensed: 0 };
  for (const device of devices) counts[device.state] += 1;
  return counts;
}
