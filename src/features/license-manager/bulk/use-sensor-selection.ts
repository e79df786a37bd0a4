import { useState } from 'react';
import { MAX_BULK_SELECTED } from '@/api/contract/fleet-bulk';
import { useStableCallback } from '@/lib/use-stable-callback';

const NONE: ReadonlySet<string> = new Set();

/**
 * LM-12: the rows ticked for a bulk action. A new search, filter or order starts with none ticked,
 * so an action never reaches sensors the table no longer shows.
 */
export function useSensorSelection(queryKey: string) {
  const [ticked, setTicked] = useState({ queryKey, serials: NONE });
  const serials = ticked.queryKey === queryKey ? ticked.serials : NONE;
  const toggle = useStableCallback((serial: string) => {
    const next = new Set(serials);
    if (next.has(serial)) next.delete(serial);
    else if (next.size < MAX_BULK_SELECTED) next.add(serial);
    setTicked({ queryKey, serials: next });
  });
  const clear = useStableCallback(() => setTicked({ queryKey, serials: NONE }));
  return { serials, toggle, clear, full: serials.size >= MAX_BULK_SELECTED };
}

export type SensorSelection = ReturnType<typeof useSensorSelection>;
