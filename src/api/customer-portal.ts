import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import {
  customerPortalRoutes,
  type CreateCapacityFileBody,
  type CustomerSignInBody,
} from './contract/customer-portal';

export const customerPortalQueries = {
  all: () => ['customer-portal'] as const,
  session: () =>
    queryOptions({
      queryKey: [...customerPortalQueries.all(), 'session'],
      queryFn: ({ signal }) => request(customerPortalRoutes.session, { signal }),
      select: (data) => data.customer,
    }),
  licenses: () =>
    queryOptions({
      queryKey: [...customerPortalQueries.all(), 'licenses'],
      queryFn: ({ signal }) => request(customerPortalRoutes.licenses, { signal }),
      select: (data) => data.items,
    }),
};

/** CP-1: a new session means another customer's licenses: everything of the portal is stale. */
export function useSignInCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CustomerSignInBody) => request(customerPortalRoutes.signIn, { body }),
    onSuccess: async ({ customer }) => {
      queryClient.removeQueries({ queryKey: customerPortalQueries.licenses().queryKey });
      // R20: the token stays in its HttpOnly cookie; the cache holds who signed in only.
      queryClient.setQueryData(customerPortalQueries.session().queryKey, { customer });
      await queryClient.invalidateQueries({ queryKey: customerPortalQueries.all() });
    },
  });
}

export function useSignOutCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request(customerPortalRoutes.signOut, {}),
    onSuccess: (session) => {
      // Nothing of the previous customer stays in the cache.
      queryClient.removeQueries({ queryKey: customerPortalQueries.licenses().queryKey });
      queryClient.setQueryData(customerPortalQueries.session().queryKey, session);
    },
  });
}

/**
 * CP-3: issuing a file changes no license but is recorded with them (CP-4); a refusal (e.g.
 * activated meanwhile, or signed out elsewhere) means the list or the session shown is stale.
 */
export function useCreateCapacityFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCapacityFileBody) =>
      request(customerPortalRoutes.createCapacityFile, { body }),
    // Either way the list is stale: a new file joins its licenses' record (CP-4).
    onSettled: () => queryClient.invalidateQueries({ queryKey: customerPortalQueries.all() }),
  });
}
