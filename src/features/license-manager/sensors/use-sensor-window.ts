import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { fleetQueries } from '@/api/fleet';
import type { Sensor, SensorQuery } from '@/api/contract/fleet';

export const SENSOR_PAGE_SIZE = 100;

export interface SensorWindow {
  /** Rows by their index in the whole sorted, filtered fleet. */
  rows: ReadonlyMap<number, Sensor>;
  /** A page failed: its rows stay placeholders until a retry. */
  pageError: Error | null;
  refetch: () => void;
}

/**
 * LM-8: the pages of the cloud's answer that cover rows `first` … `last` (the visible ones and a
 * margin), fetched as the table scrolls. A page keeps showing its previous rows, at their own
 * offsets, while the next one loads.
 */
export function useSensorWindow(query: SensorQuery, first: number, last: number): SensorWindow {
  // Half a page of margin each way: the next page is on its way before its rows scroll in.
  const margin = SENSOR_PAGE_SIZE / 2;
  const from = Math.floor(Math.max(0, first - margin) / SENSOR_PAGE_SIZE);
  const to = Math.max(from, Math.floor(Math.max(0, last + margin) / SENSOR_PAGE_SIZE));
  const pages = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const results = useQueries({
    queries: pages.map((page) => ({
      ...fleetQueries.sensorPage(query, page, SENSOR_PAGE_SIZE),
      placeholderData: keepPreviousData,
    })),
  });

  const rows = new Map<number, Sensor>();
  for (const result of results) {
    result.data?.items.forEach((sensor, i) => rows.set((result.data?.offset ?? 0) + i, sensor));
  }
  return {
    rows,
    pageError: results.find((r) => r.isError)?.error ?? null,
    refetch: () => {
      for (const result of results) if (result.isError) void result.refetch();
    },
  };
}
