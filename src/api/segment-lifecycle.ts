import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import { segmentControllerRoutes } from './contract/segment-controllers';
import { deviceQueries } from './devices';
import { licenseQueries } from './licenses';
import { segmentControllerQueries } from './segment-controllers';

/** SS-70: what a lifecycle action changes, read again whether it worked or not. */
function useRefreshAfterLifecycle() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: segmentControllerQueries.all() }),
      queryClient.invalidateQueries({ queryKey: deviceQueries.all() }),
      queryClient.invalidateQueries({ queryKey: licenseQueries.all() }),
    ]);
}

/** SS-70, SS-71: re-image to a release; a newer one may use up a one-time upgrade license (SS-72). */
export function useReimage() {
  const refresh = useRefreshAfterLifecycle();
  return useMutation({
    mutationFn: ({
      controllerId,
      softwareVersion,
    }: {
      controllerId: string;
      softwareVersion: string;
    }) =>
      request(segmentControllerRoutes.reimage, {
        params: { id: controllerId },
        body: { softwareVersion },
      }),
    onSettled: refresh,
  });
}

/** SS-70: Reset Databases or Restore Factory Settings; the device list is emptied, licenses stay. */
export function useClearDevices(action: 'reset-databases' | 'restore-factory-settings') {
  const refresh = useRefreshAfterLifecycle();
  const route =
    action === 'reset-databases'
      ? segmentControllerRoutes.resetDatabases
      : segmentControllerRoutes.restoreFactorySettings;
  return useMutation({
    mutationFn: (controllerId: string) => request(route, { params: { id: controllerId } }),
    onSettled: refresh,
  });
}
