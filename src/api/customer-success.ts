import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import { customerSuccessRoutes, type RemoteCmsBody } from './contract/customer-success';
import { useIdempotentMutation } from './idempotent-mutation';

export const customerSuccessQueries = {
  all: () => ['customer-success'] as const,
  staff: () =>
    queryOptions({
      queryKey: [...customerSuccessQueries.all(), 'staff'],
      queryFn: ({ signal }) => request(customerSuccessRoutes.staff, { signal }),
      select: (data) => data.items,
    }),
  session: () =>
    queryOptions({
      queryKey: [...customerSuccessQueries.all(), 'session'],
      queryFn: ({ signal }) => request(customerSuccessRoutes.session, { signal }),
    }),
  /** CS-1: the previous answer stays on screen, marked busy, while the next one comes. */
  search: (q: string) =>
    queryOptions({
      queryKey: [...customerSuccessQueries.all(), 'search', q],
      queryFn: ({ signal }) => request(customerSuccessRoutes.search, { query: { q }, signal }),
      placeholderData: keepPreviousData,
    }),
  segmentController: (id: string) =>
    queryOptions({
      queryKey: [...customerSuccessQueries.all(), 'segment-controller', id],
      queryFn: ({ signal }) =>
        request(customerSuccessRoutes.segmentController, { params: { id }, signal }),
    }),
  account: (id: string) =>
    queryOptions({
      queryKey: [...customerSuccessQueries.all(), 'account', id],
      queryFn: ({ signal }) => request(customerSuccessRoutes.account, { params: { id }, signal }),
    }),
};

/**
 * What Customer Success changes shows everywhere: its own lists, and the CMS and portals that
 * list the same licenses.
 */
function useInvalidateAfterChange() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries();
}

export function useSignInSupport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (staffId: string) => request(customerSuccessRoutes.signIn, { body: { staffId } }),
    onSettled: () => queryClient.resetQueries({ queryKey: customerSuccessQueries.all() }),
  });
}

export function useSignOutSupport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request(customerSuccessRoutes.signOut, {}),
    // Nothing the previous staff member found may stay in the cache.
    onSettled: () => queryClient.resetQueries({ queryKey: customerSuccessQueries.all() }),
  });
}

/** CS-2: a retried return (same segment controller, same reference) happens once. */
export function useReturnLicenses() {
  return useIdempotentMutation({
    mutationFn: (input: { segmentControllerId: string; reference: string }, idempotencyKey) =>
      request(customerSuccessRoutes.returnLicenses, {
        params: { id: input.segmentControllerId },
        body: { reference: input.reference },
        idempotencyKey,
      }),
    onSettled: useInvalidateAfterChange(),
  });
}

/** CS-3: a retried issue (same form) creates one license. */
export function useIssueRemoteCms() {
  return useIdempotentMutation({
    mutationFn: (body: RemoteCmsBody, idempotencyKey) =>
      request(customerSuccessRoutes.remoteCms, { body, idempotencyKey }),
    onSettled: useInvalidateAfterChange(),
  });
}

/** CS-4. */
export function useSupportMaintenanceFile() {
  return useMutation({
    mutationFn: (body: { licenseId: string; installCode: string }) =>
      request(customerSuccessRoutes.maintenanceFile, { body }),
  });
}
