import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { request } from './client';
import { lookupRoutes } from './contract/lookup';

export const lookupQueries = {
  all: () => ['lookup'] as const,
  /** AU-2: the previous answer stays on screen, marked busy, while the next keystroke's comes. */
  find: (q: string) =>
    queryOptions({
      queryKey: [...lookupQueries.all(), q],
      queryFn: ({ signal }) => request(lookupRoutes.lookup, { query: { q }, signal }),
      placeholderData: keepPreviousData,
      // Signing in or out of an app, or any change there, changes the answer: never reuse one.
      staleTime: 0,
    }),
};
