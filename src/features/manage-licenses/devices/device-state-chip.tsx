import Chip from '@mui/material/Chip';
import type { DeviceState } from '@/api/contract/segment-controllers';
import { DEVICE_STATE_INFO } from './device-states';

/** SS-42: a device's state, color and words together. */
export function DeviceStateChip({ state }: { state: DeviceState }) {
  const { label, color } = DEVICE_STATE_INFO[state];
  return <Chip size="small" label={label} color={color} sx={{ fontWeight: 500 }} />;
}
