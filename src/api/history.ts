import { queryOptions } from '@tanstack/react-query';
import { request } from './client';
import { historyRoutes } from './contract/history';

/** The apps a license's History opens from, each through its own session (AU-1). */
export type LicenseHistoryApp = 'cms' | 'partner' | 'customer' | 'support';
export type AccountHistoryApp = 'partner' | 'support';

const LICENSE_ROUTES = {
  cms: historyRoutes.cmsLicense,
  partner: historyRoutes.partnerLicense,
  customer: historyRoutes.customerLicense,
  support: historyRoutes.supportLicense,
} as const;

const ACCOUNT_ROUTES = {
  partner: historyRoutes.partnerAccount,
  support: historyRoutes.supportAccount,
} as const;

export const historyQueries = {
  all: () => ['history'] as const,
  license: (app: LicenseHistoryApp, licenseId: string) =>
    queryOptions({
      queryKey: [...historyQueries.all(), 'license', app, licenseId],
      queryFn: ({ signal }) => request(LICENSE_ROUTES[app], { params: { id: licenseId }, signal }),
    }),
  /** A sensor's, read by the License Manager's session. */
  sensor: (serial: string) =>
    queryOptions({
      queryKey: [...historyQueries.all(), 'sensor', serial],
      queryFn: ({ signal }) => request(historyRoutes.fleetSensor, { params: { serial }, signal }),
    }),
  account: (app: AccountHistoryApp, customerId: string) =>
    queryOptions({
      queryKey: [...historyQueries.all(), 'account', app, customerId],
      queryFn: ({ signal }) => request(ACCOUNT_ROUTES[app], { params: { id: customerId }, signal }),
    }),
};
