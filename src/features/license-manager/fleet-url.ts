import { useSearchParams } from 'wouter';
import {
  DEFAULT_SENSOR_QUERY,
  sensorQueryFromParamsSchema,
  type SensorQuery,
} from '@/api/contract/fleet';
import { paramsObject, sensorQueryParams } from '@/api/fleet';

/**
 * LM-8: search, filters and order live in the address (`/fleet?status=expiring&sort=sensor`), as
 * does the open sensor (`&sensor=S000A3F1`): links, reloads and back/forward show the same table.
 */
export function useFleetUrl() {
  const [params, setParams] = useSearchParams();
  const parsed = sensorQueryFromParamsSchema.safeParse(paramsObject(params));
  const query: SensorQuery = parsed.success
    ? { ...parsed.data, search: parsed.data.search.slice(0, 100) }
    : DEFAULT_SENSOR_QUERY;
  const openSerial = params.get('sensor');

  const write = (next: SensorQuery, serial: string | null, replace: boolean) => {
    const nextParams = sensorQueryParams(next);
    if (serial !== null) nextParams.set('sensor', serial);
    setParams(nextParams, { replace });
  };

  return {
    query,
    openSerial,
    /** Typing replaces the entry; choosing a filter or an order adds one, so Back undoes it. */
    setQuery: (patch: Partial<SensorQuery>, options: { replace?: boolean } = {}) =>
      write({ ...query, ...patch }, openSerial, options.replace ?? false),
    openSensor: (serial: string | null) => write(query, serial, false),
  };
}
