import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fleetQueries } from '@/api/fleet';
import type { SensorPage, SensorQuery } from '@/api/contract/fleet';
import type { ViewQuery } from '@/components/query-view';
import { SENSOR_PAGE_SIZE } from './use-sensor-window';

export interface ShownSensors {
  /** The query whose sensors the table, its counts and the status chips show. */
  query: SensorQuery;
  /** Its first page, with the error (and Retry) of the query the user asked for. */
  head: ViewQuery<SensorPage> & { isPlaceholderData: boolean };
}

/**
 * R2 for the fleet's table: while a new search, filter or order has no answer, and when its answer
 * fails, the table, its counts and the status chips keep the last answered query's sensors (marked
 * busy while it loads; under the error and its Retry once it failed) instead of giving way to a
 * skeleton or the error. The address keeps what the user chose.
 */
export function useShownSensors(asked: SensorQuery): ShownSensors {
  const head = useQuery({
    ...fleetQueries.sensorPage(asked, 0, SENSOR_PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
  const [answered, setAnswered] = useState<SensorQuery | null>(null);
  const askedIsAnswered = head.data !== undefined && !head.isPlaceholderData;
  if (askedIsAnswered && JSON.stringify(answered) !== JSON.stringify(asked)) setAnswered(asked);
  const query = head.data === undefined && answered !== null ? answered : asked;
  const shown = useQuery({
    ...fleetQueries.sensorPage(query, 0, SENSOR_PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
  return {
    query,
    head: {
      data: shown.data,
      error: head.error,
      isFetching: head.isFetching,
      refetch: head.refetch,
      isPlaceholderData: shown.isPlaceholderData || (query !== asked && head.isFetching),
    },
  };
}
