import { queryOptions } from '@tanstack/react-query';
import { request } from './client';
import { cloudLicenseRoutes } from './contract/cloud-licenses';

export const cloudLicenseQueries = {
  all: () => ['cloud-licenses'] as const,
  list: () =>
    queryOptions({
      queryKey: [...cloudLicenseQueries.all(), 'list'],
      queryFn: ({ signal }) => request(cloudLicenseRoutes.list, { signal }),
      select: (data) => data.items,
    }),
};
