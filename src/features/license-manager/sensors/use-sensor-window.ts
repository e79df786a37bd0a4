import { useState } from 'react';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { fleetQueries } from '@/api/fleet';
import type { Sensor, SensorPage, SensorQuery } from '@/api/contract/fleet';

export const SENSOR_PAGE_SIZE = 100;

export interface SensorWindow {
  /** Rows by their index in the whole sorted, filtered fleet. */
  rows: ReadonlyMap<number, Sensor>;
  /** Some rows shown are the previous query's, until this query's pages arrive. */
  updating: boolean;
  /** A page failed: its rows stay placeholders until a retry. */
  pageError: Error | null;
  refetch: () => void;
}

/**
 * LM-8: the pages of the cloud's answer that cover rows `first` … `last` (the visible ones and a
 * margin), fetched as the table scrolls. While a new search, filter or order loads, each page shows
 * the last complete query's rows at the same offsets: the table stays as it was (marked busy)
 * instead of mounting placeholders, and only swaps rows once the answer is in.
 */
export function useSensorWindow(query: SensorQuery, first: number, last: number): SensorWindow {
  const queryClient = useQueryClient();
  const key = JSON.stringify(query);
  // useQueries makes a new observer for each new key, so keepPreviousData never applies to it.
  const [complete, setComplete] = useState({ key, query });
  // Half a page of margin each way: the next page is on its way before its rows scroll in.
  const margin = SENSOR_PAGE_SIZE / 2;
  const from = Math.floor(Math.max(0, first - margin) / SENSOR_PAGE_SIZE);
  const to = Math.max(from, Math.floor(Math.max(0, last + margin) / SENSOR_PAGE_SIZE));
  const pages = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const results = useQueries({
    queries: pages.map((page) => ({
      ...fleetQueries.sensorPage(query, page, SENSOR_PAGE_SIZE),
      placeholderData: (previous: SensorPage | undefined) =>
        previous ??
        queryClient.getQueryData(
          fleetQueries.sensorPage(complete.query, page, SENSOR_PAGE_SIZE).queryKey,
        ),
    })),
  });
  const updating = results.some((result) => result.isPlaceholderData);
  if (complete.key !== key && !updating && results.every((r) => r.data !== undefined))
    setComplete({ key, query });

  const rows = new Map<number, Sensor>();
  for (const result of results) {
    result.data?.items.forEach((sensor, i) => rows.set((result.data?.offset ?? 0) + i, sensor));
  }
  return {
    rows,
    updating,
    pageError: results.find((r) => r.isError)?.error ?? null,
    refetch: () => {
      for (const result of results) if (result.isError) void result.refetch();
    },
  };
}
