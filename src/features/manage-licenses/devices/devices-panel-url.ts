import { z } from 'zod';
import { useUrlState } from '@/lib/url-state';

const devicesUrlSchema = z.object({ devices: z.string().nullable().default(null) });

/** The Devices panel's segment controller, in the URL like every other list filter. */
export function useDevicesSegment(): [string | null, (id: string) => void] {
  const [state, set] = useUrlState(devicesUrlSchema);
  return [state.devices, (id) => set({ devices: id })];
}
