import { useEffect, useState } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { isSessionEnded } from '@/api/errors';

function watchForEndedSession(queryClient: QueryClient, onEnded: () => void): () => void {
  const stopQueries = queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error') {
      if (isSessionEnded(event.action.error)) onEnded();
    }
  });
  const stopMutations = queryClient.getMutationCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error') {
      if (isSessionEnded(event.action.error)) onEnded();
    }
  });
  return () => {
    stopQueries();
    stopMutations();
  };
}

/**
 * R12: true once any request answers 401 `not_signed_in` (the CMS or License Manager session has
 * ended), until `dismiss` is called after signing in again.
 */
export function useSessionExpiry(): { expired: boolean; dismiss: () => void } {
  const queryClient = useQueryClient();
  const [expired, setExpired] = useState(false);
  useEffect(() => watchForEndedSession(queryClient, () => setExpired(true)), [queryClient]);
  return { expired, dismiss: () => setExpired(false) };
}
