import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { clockQueries } from '@/api/clock';
import { cloudLicenseQueries } from '@/api/cloud-licenses';
import { licenseQueries } from '@/api/licenses';
import { segmentControllerQueries } from '@/api/segment-controllers';
import { combineQueries } from '@/components/query-view';
import { buildDownloadRows } from './download-rows';
import { useText } from '@/lib/i18n';

/**
 * The reads of the Download view (SS-30), started together so they run in parallel (P9). The
 * licenses and controllers make the table; the activated licenses and the clock only feed the
 * coverage warning, so their failure does not hide the table.
 */
export function useDownloadData() {
  const cloudLicenses = useQuery(cloudLicenseQueries.list());
  const controllers = useQuery(segmentControllerQueries.list());
  const activated = useQuery(licenseQueries.activated());
  const clock = useQuery(clockQueries.current());
  const t = useText();

  const rows = useMemo(
    () =>
      cloudLicenses.data && controllers.data
        ? buildDownloadRows(cloudLicenses.data, controllers.data, t)
        : null,
    [cloudLicenses.data, controllers.data, t],
  );
  const coverage = useMemo(
    () =>
      activated.data && clock.data ? { activated: activated.data, today: clock.data.today } : null,
    [activated.data, clock.data],
  );

  // Only the table's own reads decide between error and content.
  return combineQueries(
    [cloudLicenses, controllers],
    rows && controllers.data
      ? {
          rows,
          controllers: controllers.data,
          /** For the SS-12 preview; null while it loads or when it cannot be read. */
          coverage,
          coverageError: activated.error ?? clock.error,
        }
      : undefined,
  );
}

export type DownloadData = NonNullable<ReturnType<typeof useDownloadData>['data']>;
