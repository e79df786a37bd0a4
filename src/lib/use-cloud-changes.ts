import { useEffect } from 'react';
import type { QueryClient } from '@tanstack/react-query';

/**
 * A cloud that can tell this page another client changed its data dispatches this on `window`:
 * the demo build's simulated cloud does, for the other tabs of the same browser (R24).
 */
export const CLOUD_CHANGED_EVENT = 'license-console:cloud-changed';

/** Refetches what is on screen when another tab changed the cloud, so it shows without a reload. */
export function useRefetchOnCloudChange(queryClient: QueryClient): void {
  useEffect(() => {
    const refetch = () => void queryClient.invalidateQueries();
    window.addEventListener(CLOUD_CHANGED_EVENT, refetch);
    return () => window.removeEventListener(CLOUD_CHANGED_EVENT, refetch);
  }, [queryClient]);
}
