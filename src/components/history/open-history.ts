import type { FetchQueryOptions, QueryClient } from '@tanstack/react-query';
import type { ApiError } from '@/api/errors';
import { historyQueries, type AccountHistoryApp, type LicenseHistoryApp } from '@/api/history';
import { useHistoryUrl } from './history-url';

export interface HistoryDialogProps {
  /** The app whose session reads a license's History (AU-1: it sees what the app sees). */
  licenseApp?: LicenseHistoryApp;
  /** Where accounts have a History too (the partner portal, Customer Success). */
  accountApp?: AccountHistoryApp;
  /** An account's name for the title, when the page knows it. */
  accountName?: (customerId: string) => string | undefined;
  /** Where sensors have a History (the License Manager), with a sensor's name for the title. */
  sensorName?: (serial: string) => string | undefined;
}

/** Which History the address names, among those the page offers. */
export function useOpenHistory({ licenseApp, accountApp, sensorName }: HistoryDialogProps) {
  const { licenseId, accountId, serial } = useHistoryUrl();
  if (accountApp && accountId !== null)
    return { kind: 'account', app: accountApp, accountId } as const;
  if (sensorName && serial !== null) return { kind: 'sensor', serial } as const;
  if (licenseApp && licenseId !== null)
    return { kind: 'license', app: licenseApp, licenseId } as const;
  return null;
}

/** Starts reading the History the address names, unless it is read already. */
export function prefetchOpenHistory(
  queryClient: QueryClient,
  open: ReturnType<typeof useOpenHistory>,
): void {
  const start = <T>(query: FetchQueryOptions<T, ApiError, T, string[]>) => {
    if (!queryClient.getQueryState(query.queryKey)) void queryClient.prefetchQuery(query);
  };
  if (open?.kind === 'license') start(historyQueries.license(open.app, open.licenseId));
  if (open?.kind === 'account') start(historyQueries.account(open.app, open.accountId));
  if (open?.kind === 'sensor') start(historyQueries.sensor(open.serial));
}
