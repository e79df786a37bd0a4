import { z } from 'zod/mini';
import {
  DEFAULT_SENSOR_QUERY,
  sensorQueryFromParamsSchema,
  type SensorQuery,
} from '@/api/contract/fleet';
import { useUrlState } from '@/lib/url-state';

const fleetUrlSchema = z.extend(sensorQueryFromParamsSchema, {
  // LM-8: longer text is no sensor's name or serial.
  search: z._default(
    z.pipe(
      z.string(),
      z.transform((text) => text.slice(0, 100)),
    ),
    '',
  ),
  sensor: z._default(z.nullable(z.string()), null),
});

/** Defaults are left out of the address, as the API's own parameters leave them out. */
function withoutDefaults(query: SensorQuery) {
  return {
    ...query,
    sort: query.sort === DEFAULT_SENSOR_QUERY.sort ? null : query.sort,
    direction: query.direction === DEFAULT_SENSOR_QUERY.direction ? null : query.direction,
  };
}

/**
 * LM-8: search, filters and order live in the address (`/fleet?status=expiring&sort=sensor`), as
 * does the open sensor (`&sensor=S000A3F1`): links, reloads and back/forward show the same table.
 */
export function useFleetUrl() {
  const [{ sensor: openSerial, ...query }, set] = useUrlState(fleetUrlSchema);
  return {
    query,
    openSerial,
    /** Typing replaces the entry; choosing a filter or an order adds one, so Back undoes it. */
    setQuery: (patch: Partial<SensorQuery>, options: { replace?: boolean } = {}) =>
      set(withoutDefaults({ ...query, ...patch }), { push: !(options.replace ?? false) }),
    openSensor: (serial: string | null) => set({ sensor: serial }, { push: true }),
  };
}
