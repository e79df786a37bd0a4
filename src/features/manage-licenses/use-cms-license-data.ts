import { useQuery } from '@tanstack/react-query';
import type { ApiError } from '@/api/errors';
import { clockQueries } from '@/api/clock';
import { licenseQueries } from '@/api/licenses';
import type { ActivatedLicense } from '@/api/contract/licenses';
import { segmentControllerQueries } from '@/api/segment-controllers';
import type { SegmentController } from '@/api/contract/segment-controllers';
import type { IsoDate } from '@/domain/dates';

export type CmsLicenseData =
  | { status: 'pending' }
  | { status: 'error'; error: ApiError; retry: () => void; retrying: boolean }
  | {
      status: 'success';
      licenses: ActivatedLicense[];
      controllers: SegmentController[];
      today: IsoDate;
      /** A background refresh failed: what is shown is the last good answer. */
      refreshError: ApiError | null;
      retry: () => void;
    };

/**
 * The three reads both the License Status display and the Manage Licenses list need. They start
 * together in one render, so they run in parallel (quality P9).
 */
export function useCmsLicenseData(): CmsLicenseData {
  const licenses = useQuery(licenseQueries.activated());
  const controllers = useQuery(segmentControllerQueries.list());
  const clock = useQuery(clockQueries.current());
  const queries = [licenses, controllers, clock];
  const error = queries.find((q) => q.error)?.error ?? null;
  const retry = () => queries.filter((q) => q.isError).forEach((q) => void q.refetch());

  if (licenses.data && controllers.data && clock.data) {
    return {
      status: 'success',
      licenses: licenses.data,
      controllers: controllers.data,
      today: clock.data.today,
      refreshError: error,
      retry,
    };
  }
  if (error) {
    return {
      status: 'error',
      error,
      retry,
      retrying: queries.some((q) => q.isError && q.isFetching),
    };
  }
  return { status: 'pending' };
}
