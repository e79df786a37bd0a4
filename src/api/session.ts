import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import { sessionRoutes, type CmsRole } from './contract/session';

export const sessionQueries = {
  all: () => ['session'] as const,
  current: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'current'],
      queryFn: ({ signal }) => request(sessionRoutes.get, { signal }),
      staleTime: 5 * 60_000,
    }),
};

/** Simulated sign-in as another CMS user type (the simulated cloud only). */
export function signInAs(role: CmsRole) {
  return request(sessionRoutes.signIn, { body: { role } });
}

/** Another user sees other things: everything cached for the previous one is dropped. */
export function useSignInAs() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signInAs,
    onSuccess: () => queryClient.resetQueries(),
  });
}
