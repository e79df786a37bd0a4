import { useQuery } from '@tanstack/react-query';
import { clockQueries } from '@/api/clock';
import { licenseQueries } from '@/api/licenses';
import { segmentControllerQueries } from '@/api/segment-controllers';
import { combineQueries } from '@/components/query-view';

/**
 * The three reads both the License Status display and the Manage Licenses list need. They start
 * together in one render, so they run in parallel (quality P9).
 */
export function useCmsLicenseData() {
  const licenses = useQuery(licenseQueries.activated());
  const controllers = useQuery(segmentControllerQueries.list());
  const clock = useQuery(clockQueries.current());
  return combineQueries(
    [licenses, controllers, clock],
    licenses.data && controllers.data && clock.data
      ? { licenses: licenses.data, controllers: controllers.data, today: clock.data.today }
      : undefined,
  );
}

export type CmsLicenseData = ReturnType<typeof useCmsLicenseData>;
