import type { QueryClient } from '@tanstack/react-query';
import { cloudLicenseQueries } from './cloud-licenses';
import { deviceQueries } from './devices';
import { licenseQueries } from './licenses';
import { segmentControllerQueries } from './segment-controllers';

/**
 * A license moved between the cloud and a segment controller (activation, transfer to cloud):
 * every list that shows licenses, capacity or device states is stale.
 */
export function invalidateAfterLicenseMove(queryClient: QueryClient): Promise<unknown> {
  return Promise.all(
    [
      licenseQueries.all(),
      cloudLicenseQueries.all(),
      deviceQueries.all(),
      segmentControllerQueries.all(),
    ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}
