import { z } from 'zod/mini';
import { useUrlState } from '@/lib/url-state';

const devicesUrlSchema = z.object({ devices: z._default(z.nullable(z.string()), null) });

/** The Devices panel's segment controller, in the URL like every other list filter. */
export function useDevicesSegment(): [string | null, (id: string) => void] {
  const [state, set] = useUrlState(devicesUrlSchema);
  return [state.devices, (id) => set({ devices: id })];
}
