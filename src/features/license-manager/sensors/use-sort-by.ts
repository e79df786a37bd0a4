import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { fleetQueries } from '@/api/fleet';
import type { SensorQuery, SensorSort } from '@/api/contract/fleet';
import type { useFleetUrl } from '@/features/license-manager/fleet-url';
import { useStableCallback } from '@/lib/use-stable-callback';
import { SENSOR_PAGE_SIZE } from './use-sensor-window';

/** How long a new order waits for its first page before the table shows that it is busy. */
const QUICK_ANSWER_MS = 100;

type Order = Pick<SensorQuery, 'sort' | 'direction'>;

/** A second click on the sorted column turns its direction; another column starts ascending. */
function nextOrder(current: Order, sort: SensorSort): Order {
  return {
    sort,
    direction: sort === current.sort && current.direction === 'asc' ? 'desc' : 'asc',
  };
}

export interface SortBy {
  /** A click on a column's header. */
  sortBy: (sort: SensorSort) => void;
  /** The pointer came over a column's header, or it took focus: a click is likely to follow. */
  prepareSort: (sort: SensorSort) => void;
}

/**
 * LM-8, P4: a click on a column's header asks for the new order's first page at once, and changes
 * the address (the header's arrow, the rows) once that page is here or QUICK_ANSWER_MS have
 * passed. A quick answer is drawn once, in its new order; drawing the busy table first kept the
 * page from passing the request on to the simulated cloud until it was drawn. A slow answer shows
 * the previous rows, marked busy, as any new query does. A click turns the order the header shows
 * (`shown`: the last answered one, if the asked one failed); clicks while an order waits build on it.
 * A header that the pointer comes over (or that takes focus) asks for its order's first page
 * already, so the click usually finds it here: the same request a click would send, kept as long
 * as any other answer (the query client's staleTime) and asked for once even if both happen.
 */
export function useSortBy(url: ReturnType<typeof useFleetUrl>, shown: Order): SortBy {
  const queryClient = useQueryClient();
  const waiting = useRef<Order | null>(null);
  const apply = useStableCallback((order: Order) => url.setQuery(order));
  // Shown elsewhere by then: an order still waiting must not write this table's address.
  useEffect(() => () => void (waiting.current = null), []);
  const firstPageOf = (order: Order) =>
    queryClient.prefetchQuery(
      fleetQueries.sensorPage({ ...url.query, ...order }, 0, SENSOR_PAGE_SIZE),
    );
  const prepareSort = useStableCallback((sort: SensorSort) => {
    void firstPageOf(nextOrder(waiting.current ?? shown, sort));
  });
  const sortBy = useStableCallback((sort: SensorSort) => {
    const order = nextOrder(waiting.current ?? shown, sort);
    waiting.current = order;
    const firstPage = firstPageOf(order);
    const slow = new Promise((resolve) => setTimeout(resolve, QUICK_ANSWER_MS));
    void Promise.race([firstPage, slow]).then(() => {
      if (waiting.current !== order) return;
      waiting.current = null;
      apply(order);
    });
  });
  return { sortBy, prepareSort };
}
