import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import { deviceRoutes, type ProvisionBody } from './contract/devices';
import { segmentControllerQueries } from './segment-controllers';

export const deviceQueries = {
  all: () => ['devices'] as const,
  list: () =>
    queryOptions({
      queryKey: [...deviceQueries.all(), 'list'],
      queryFn: ({ signal }) => request(deviceRoutes.list, { signal }),
      select: (data) => data.items,
    }),
};

/** SS-42: unprovisioned (blue) devices become provisioned (green); `deviceIds: null` means all of them. */
export function useProvisionDevices() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProvisionBody) => request(deviceRoutes.provision, { body }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: deviceQueries.all() }),
        queryClient.invalidateQueries({ queryKey: segmentControllerQueries.all() }),
      ]),
  });
}
