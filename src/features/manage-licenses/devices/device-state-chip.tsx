import Chip from '@mui/material/Chip';
import type { DeviceState } from '@/api/contract/segment-controllers';
import { DEVICE_STATE_INFO } from './device-states';
import { useText } from '@/lib/i18n';

/** SS-42: a device's state, color and words together. */
export function DeviceStateChip({ state }: { state: DeviceState }) {
  const t = useText();
  const { label, color } = DEVICE_STATE_INFO[state];
  return <Chip size="small" label={t(label)} color={color} sx={{ fontWeight: 500 }} />;
}
