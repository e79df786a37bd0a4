import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { clockQueries } from '@/api/clock';
import { cloudLicenseQueries } from '@/api/cloud-licenses';
import type { ApiError } from '@/api/errors';
import { licenseQueries } from '@/api/licenses';
import { segmentControllerQueries } from '@/api/segment-controllers';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { buildDownloadRows, type DownloadRow } from './download-rows';
import type { CoverageBasis } from './selection-warnings';

export type DownloadData =
  | { status: 'pending' }
  | { status: 'error'; error: ApiError; retry: () => void; retrying: boolean }
  | {
      status: 'success';
      rows: DownloadRow[];
      controllers: SegmentController[];
      /** For the SS-12 preview; null while it loads or when it cannot be read. */
      coverage: CoverageBasis | null;
      coverageError: ApiError | null;
      /** A background refresh failed: the table shows the last good answer. */
      refreshError: ApiError | null;
      retry: () => void;
    };

/**
 * The reads of the Download view (SS-30), started together so they run in parallel (P9). The
 * licenses and controllers make the table; the activated licenses and the clock only feed the
 * coverage warning, so their failure does not hide the table.
 */
export function useDownloadData(): DownloadData {
  const cloudLicenses = useQuery(cloudLicenseQueries.list());
  const controllers = useQuery(segmentControllerQueries.list());
  const activated = useQuery(licenseQueries.activated());
  const clock = useQuery(clockQueries.current());

  const rows = useMemo(
    () =>
      cloudLicenses.data && controllers.data
        ? buildDownloadRows(cloudLicenses.data, controllers.data)
        : null,
    [cloudLicenses.data, controllers.data],
  );
  const coverage = useMemo(
    () =>
      activated.data && clock.data ? { activated: activated.data, today: clock.data.today } : null,
    [activated.data, clock.data],
  );

  const required = [cloudLicenses, controllers];
  const error = required.find((q) => q.error)?.error ?? null;
  const retry = () => required.filter((q) => q.isError).forEach((q) => void q.refetch());

  if (rows && controllers.data) {
    return {
      status: 'success',
      rows,
      controllers: controllers.data,
      coverage,
      coverageError: activated.error ?? clock.error,
      refreshError: error,
      retry,
    };
  }
  if (error) {
    return {
      status: 'error',
      error,
      retry,
      retrying: required.some((q) => q.isError && q.isFetching),
    };
  }
  return { status: 'pending' };
}
